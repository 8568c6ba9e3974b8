import { execFileSync } from 'node:child_process';
import type { Response as AgentResponse } from 'superagent';

/** The body as bytes, whatever its type: for supertest's `.buffer(true).parse(binary)`. */
export function binary(res: AgentResponse, done: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}

export interface PdfReading {
  pages: string[];
  /** The text of the structure tree, without the page furniture marked as artifacts. */
  content: string;
  /** The page furniture: its text and how far from the top of the page it is set. */
  furniture: Array<{ page: number; text: string; fromTop: number }>;
  headings: Array<{ tag: string; text: string }>;
  roles: string[];
  info: { Title?: string; Language?: string };
  markInfo: { Marked?: boolean } | null;
}

/**
 * pdf.js reads the PDF as a reader's software would: its text page by page, the text of each heading tag in
 * reading order, the roles of the structure tree, the title and language. pdf.js is an ES module, which jest
 * cannot load in CommonJS, so it runs in its own node.
 */
const readPdfScript = `
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const pdf = await getDocument({ data: new Uint8Array(Buffer.concat(chunks)), isEvalSupported: false, verbosity: 0 }).promise;
const pages = [], headings = [], roles = new Set(), furniture = [];
let content = '';
const walk = (node) => { if (node.role) roles.add(node.role); for (const child of node.children ?? []) walk(child); };
for (let n = 1; n <= pdf.numPages; n++) {
  const page = await pdf.getPage(n);
  const marked = await page.getTextContent({ includeMarkedContent: true });
  let text = '', tags = [];
  for (const item of marked.items) {
    if (item.type === 'beginMarkedContentProps' || item.type === 'beginMarkedContent') {
      tags.push(item.tag);
      if (/^H[1-6]$/.test(item.tag)) headings.push({ tag: item.tag, text: '' });
    } else if (item.type === 'endMarkedContent') tags.pop();
    else if (typeof item.str === 'string') {
      text += item.str + (item.hasEOL ? '\\n' : '');
      if (!tags.includes('Artifact')) content += item.str + (item.hasEOL ? '\\n' : '');
      else if (item.str.trim()) furniture.push({ page: n, text: item.str, fromTop: page.view[3] - item.transform[5] });
      if (/^H[1-6]$/.test(tags.at(-1) ?? '')) headings.at(-1).text += item.str + (item.hasEOL ? ' ' : '');
    }
  }
  pages.push(text);
  walk((await page.getStructTree()) ?? {});
}
const { info } = await pdf.getMetadata();
process.stdout.write(JSON.stringify({ pages, content, furniture, headings, roles: [...roles], info, markInfo: await pdf.getMarkInfo() }));
`;

export function readPdf(pdf: Buffer): PdfReading {
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', readPdfScript], {
    input: pdf,
    cwd: process.cwd(),
    maxBuffer: 64 * 2 ** 20,
  });
  const reading = JSON.parse(out.toString()) as PdfReading;
  reading.headings = reading.headings.map((h) => ({ tag: h.tag, text: h.text.replace(/\s+/g, ' ').trim() })).filter((h) => h.text !== '');
  return reading;
}

const name = '[A-Za-z_][\\w.:-]*';
const tag = new RegExp(`<(/?)(${name})((?:\\s+${name}\\s*=\\s*"[^"<]*")*)\\s*(/?)>`, 'y');
const reference = /^&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/;
const notXml = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/**
 * Whether the text is well-formed XML as the writers produce it (a declaration, elements, attributes in
 * double quotes, character data, no comments or CDATA): the first fault found, or null.
 */
export function xmlFault(xml: string): string | null {
  const open: string[] = [];
  let at = /^<\?xml [^?]*\?>\s*/.exec(xml)?.[0].length ?? 0;
  let roots = 0;
  while (at < xml.length) {
    const lt = xml.indexOf('<', at);
    const text = xml.slice(at, lt < 0 ? xml.length : lt);
    if (notXml.test(text)) return `a character XML does not allow at ${at}`;
    for (let amp = text.indexOf('&'); amp >= 0; amp = text.indexOf('&', amp + 1))
      if (!reference.test(text.slice(amp))) return `a bare & at ${at + amp}`;
    if (text.trim() !== '' && open.length === 0) return `text outside the root element at ${at}`;
    if (lt < 0) break;
    tag.lastIndex = lt;
    const m = tag.exec(xml);
    if (!m) return `a malformed tag at ${lt}: ${xml.slice(lt, lt + 60)}`;
    const [whole, closing, element, attributes = '', selfClosing] = m;
    const names = [...attributes.matchAll(new RegExp(`(${name})\\s*=`, 'g'))].map(([, a]) => a);
    if (new Set(names).size !== names.length) return `a repeated attribute in <${element}> at ${lt}`;
    if (closing) {
      if (selfClosing || attributes) return `a malformed end tag at ${lt}`;
      const expected = open.pop();
      if (expected !== element) return `</${element}> at ${lt} closes <${expected ?? 'nothing'}>`;
    } else {
      if (open.length === 0 && ++roots > 1) return `a second root element at ${lt}`;
      if (!selfClosing) open.push(element ?? '');
    }
    at = lt + whole.length;
  }
  if (open.length > 0) return `<${open.at(-1)}> is never closed`;
  return roots === 1 ? null : 'no root element';
}

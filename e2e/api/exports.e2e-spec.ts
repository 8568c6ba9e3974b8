import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createServer, get, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { strFromU8, unzipSync } from 'fflate';
import { strategyDocument } from '@belong/contracts';
import { ExportSlots, type Release } from '../../apps/api/src/modules/exports/export-slots';
import { binary, readPdf, xmlFault } from '../../apps/api/test/support/exports';
import { draftStrategy, type DraftedStrategy } from '../../apps/api/test/support/strategy-fixtures';
import { world, type Actor, type World, businessSignatoryOf } from '../../apps/api/test/support/fixtures';
import { decideOnCurrent, expectProblem, fieldPaths, send } from '../../apps/api/test/support/http';
import { createTestApp, type TestApp } from '../../apps/api/test/support/test-app';

/** Every partner language's letters, in a section body: the PDF must embed glyphs for each and give them back as text. */
const diacritics = 'ä ö ü ß, á é í ó ú ñ ç l·l, à è ì ò ù, ą ć ę ł ń ó ś ź ż, ă â î ș ț, å ä ö, Fáilte: é í ó ú';

const firstBody = `Die Region will **alle** erreichen, *besonders* Neuankommende ([mehr](https://example.org/strategie)).

# Ziele

${diacritics}

- Sprachkurse für alle
- Beratung in **zehn** Sprachen

| Maßnahme | Träger |
|---|---|
| Abendkurse | Volkshochschule |

<script>alert("nie")</script>
`;

/** Waits until `condition` holds, for what happens on the server in the meantime (up to 10 s). */
async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 50));
  expect(condition()).toBe(true);
}

function flat(text: string): string {
  return text.replace(/\s+/g, ' ');
}

describe('exports of the consolidated strategy', () => {
  let t: TestApp;
  let w: World;
  let businessSignatory: Actor;
  let s: DraftedStrategy;
  let recommendationId: string;
  let checksum: string;

  const exportOf = (format: string, actor: Actor | null = w.people.coordinator, version?: number) =>
    send(t, 'get', `/api/strategies/${s.id}/export?format=${format}${version ? `&version=${version}` : ''}`, actor)
      .buffer(true)
      .parse(binary);

  /**
   * A strategy taken to the authority: a request for changes answered by a new revision, approvals by two
   * organisations, a recommendation from an accepted proposal and a comment; then frozen as version 1.
   */
  beforeAll(async () => {
    t = await createTestApp();
    w = await world(t);
    businessSignatory = await businessSignatoryOf(t, w);
    s = await draftStrategy(t, w.leipzig, w.people.coordinator, ['Erster Entwurf.', 'Wohnen für alle.'], 'consultation');
    const [first, second] = s.sectionIds as [string, string];
    await decideOnCurrent(t, first, w.people.signatory, {
      decision: 'request_changes',
      note: 'Bitte Ziele nennen',
    });
    await send(t, 'patch', `/api/sections/${first}`, w.people.coordinator, { body: firstBody }).set('If-Match', '"1"').expect(200);
    const comment = (
      await send(t, 'post', `/api/sections/${second}/comments`, businessSignatory, {
        body: 'Auch für Azubis',
        anchor: { exact: 'für alle' },
      }).expect(201)
    ).body;
    for (const id of s.sectionIds) {
      await decideOnCurrent(t, id, w.people.signatory, { decision: 'approve' });
      await decideOnCurrent(t, id, businessSignatory, { decision: 'approve', note: 'Einverstanden' });
    }
    const proposal = (
      await send(t, 'post', `/api/regions/${w.leipzig}/proposals`, w.people.signatory, {
        title: 'Abendkurse für Berufstätige',
        problem: 'P',
        proposal: 'V',
        strategyId: s.id,
      }).expect(201)
    ).body;
    await send(t, 'post', `/api/proposals/${proposal.id}/transitions`, w.people.coordinator, { to: 'under_review' }).expect(200);
    await send(t, 'post', `/api/proposals/${proposal.id}/transitions`, w.people.coordinator, { to: 'accepted', answer: 'Gut' }).expect(200);
    recommendationId = (
      await send(t, 'post', `/api/strategies/${s.id}/recommendations`, w.people.coordinator, {
        title: 'Abendkurse ausbauen',
        body: 'Die Region finanziert **mehr** Abendkurse.',
        proposalIds: [proposal.id],
        commentIds: [comment.id],
      }).expect(201)
    ).body.id;
    await send(t, 'post', `/api/strategies/${s.id}/transitions`, w.people.coordinator, { to: 'consolidation' }).expect(200);
    await send(t, 'post', `/api/strategies/${s.id}/transitions`, w.people.coordinator, { to: 'submitted' }).expect(200);
    checksum = (await send(t, 'get', `/api/strategies/${s.id}/versions`, w.people.coordinator).expect(200)).body.items[0].checksum;
  });
  afterAll(() => t.close());

  async function answer() {
    await send(t, 'post', `/api/recommendations/${recommendationId}/response`, w.people.official, {
      decision: 'agreed_in_part',
      answer: 'Ab 2028 im Haushalt',
      department: 'Sozialamt',
      dueDate: '2027-12-31',
    }).expect(201);
  }

  it('needs a session (401)', async () => {
    expectProblem(await send(t, 'get', `/api/strategies/${s.id}/export?format=pdf`), 401, 'UNAUTHENTICATED');
  });

  it('refuses an unknown format or parameter (400) and an unknown version or strategy (404)', async () => {
    expect(fieldPaths(await send(t, 'get', `/api/strategies/${s.id}/export?format=odt`, w.people.coordinator).expect(400))).toEqual([
      'query.format',
    ]);
    expect(fieldPaths(await send(t, 'get', `/api/strategies/${s.id}/export`, w.people.coordinator).expect(400))).toEqual(['query.format']);
    expectProblem(await send(t, 'get', `/api/strategies/${s.id}/export?format=pdf&version=7`, w.people.coordinator), 404, 'NOT_FOUND');
    expectProblem(
      await send(t, 'get', `/api/strategies/6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b/export?format=md`, w.people.coordinator),
      404,
      'NOT_FOUND',
    );
  });

  it('keeps a draft from members of other regions (404), and gives it to its coordinator with the checksum of its JSON', async () => {
    const draft = await draftStrategy(t, w.leipzig, w.people.coordinator, ['Noch geheim']);
    const path = `/api/strategies/${draft.id}/export?format=json`;
    expectProblem(await send(t, 'get', path, w.people.donegalCoordinator), 404, 'NOT_FOUND');
    expectProblem(await send(t, 'get', path, w.people.signatory), 404, 'NOT_FOUND');
    const res = await send(t, 'get', path, w.people.coordinator).buffer(true).parse(binary).expect(200);
    const doc = strategyDocument.parse(JSON.parse((res.body as Buffer).toString()));
    expect(doc).toEqual(expect.objectContaining({ version: null, submittedAt: null }));
    expect(doc.sections.map((x) => x.body)).toEqual(['Noch geheim']);
    expect(res.headers['x-checksum-sha256']).toBe(
      createHash('sha256')
        .update(res.body as Buffer)
        .digest('hex'),
    );
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="leipzig-integrationsstrategie-2027-draft\.json"$/);
  });

  it('serves a version’s JSON byte for byte as frozen, valid against its schema, before and after the authority answers', async () => {
    const before = await exportOf('json', w.people.coordinator, 1).expect(200);
    expect(before.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(before.headers['x-checksum-sha256']).toBe(checksum);
    expect(
      createHash('sha256')
        .update(before.body as Buffer)
        .digest('hex'),
    ).toBe(checksum);
    const doc = strategyDocument.parse(JSON.parse((before.body as Buffer).toString()));
    expect(doc.version).toBe(1);
    expect(doc.sections.map((x) => x.heading)).toEqual(['Abschnitt 1', 'Abschnitt 2']);
    expect(doc.recommendations.map((r) => r.title)).toEqual(['Abendkurse ausbauen']);

    await answer();
    // Open data for everyone once submitted: another region reads the same bytes.
    const after = await exportOf('json', w.people.donegalCoordinator, 1).expect(200);
    expect(Buffer.compare(after.body as Buffer, before.body as Buffer)).toBe(0);
    // The working draft stays the region's own, submitted or not.
    expectProblem(await send(t, 'get', `/api/strategies/${s.id}/export?format=json`, w.people.donegalCoordinator), 403, 'FORBIDDEN');
  });

  it('lays out a few documents at once: the next waits its turn, and when the queue is full it is refused (503) for now', async () => {
    const slots = t.app.get(ExportSlots);
    const held: Array<Promise<Release>> = [];
    try {
      while (slots.load.running < t.config.exports.concurrency) held.push(Promise.resolve(await slots.acquire()));

      let done = false;
      // The working draft, which is laid out anew each time (a submitted version's is kept).
      const waiting = exportOf('pdf', w.people.coordinator).then((res) => ((done = true), res));
      await until(() => slots.load.waiting === 1);
      expect(done).toBe(false);
      // JSON (the stored version itself) and Markdown take milliseconds: they never wait.
      await exportOf('json', w.people.coordinator, 1).expect(200);
      await exportOf('md', w.people.coordinator, 1).expect(200);

      while (slots.load.waiting < t.config.exports.queue) held.push(slots.acquire());
      const refused = await send(t, 'get', `/api/strategies/${s.id}/export?format=docx`, w.people.coordinator);
      expectProblem(refused, 503, 'EXPORTS_BUSY');
      expect(refused.headers['retry-after']).toBe('5');

      await Promise.all(held.splice(0, t.config.exports.concurrency).map((slot) => slot.then((release) => release())));
      const pdf = await waiting;
      expect(pdf.status).toBe(200);
      expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
    } finally {
      // Each hands its slot on as soon as it has it.
      await Promise.all(held.map((slot) => slot.then((release) => release())));
    }
    await until(() => slots.load.running === 0 && slots.load.waiting === 0);
  });

  it('hands the slot on when a download is dropped, while it waits its turn or while it is laid out', async () => {
    const slots = t.app.get(ExportSlots);
    // A listener of its own, so that the one supertest uses stays as it is.
    const app = t.app.getHttpServer() as Server;
    const server = createServer((req, res) => app.emit('request', req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const download = () =>
      get({
        host: '127.0.0.1',
        port,
        path: `/api/strategies/${s.id}/export?format=pdf`,
        headers: { authorization: w.people.coordinator.bearer },
      }).on('error', () => undefined);
    const held: Release[] = [];
    try {
      while (slots.load.running < t.config.exports.concurrency) held.push(await slots.acquire());
      const waiting = download();
      await until(() => slots.load.waiting === 1);
      waiting.destroy();
      await until(() => slots.load.waiting === 0);
      held.splice(0).forEach((release) => release());

      const dropped = download();
      await until(() => slots.load.running === 1);
      dropped.destroy();
      await until(() => slots.load.running === 0);

      const [response] = (await once(download(), 'response')) as [IncomingMessage];
      expect(response.statusCode).toBe(200);
      // Laid out in full before the first byte goes: the browser can show how much has come.
      expect(Number(response.headers['content-length'])).toBeGreaterThan(1000);
      response.resume();
      await once(response, 'end');
    } finally {
      held.forEach((release) => release());
      server.close();
    }
  });

  describe('once answered', () => {
    beforeAll(async () => {
      // Answered by the test before; answered here when that one is filtered out.
      const recommendation = await send(t, 'get', `/api/recommendations/${recommendationId}`, w.people.coordinator).expect(200);
      if (!recommendation.body.response) await answer();
    });

    it('Markdown: title page, every section with its sign-off, the recommendation with its answer, the checksum', async () => {
      const res = await exportOf('md', w.people.observer, 1).expect(200);
      expect(res.headers['content-type']).toBe('text/markdown; charset=utf-8');
      expect(res.headers['x-checksum-sha256']).toBe(checksum);
      const md = (res.body as Buffer).toString();
      expect(md).toContain('# Integrationsstrategie 2027');
      expect(md.indexOf('## 1. Abschnitt 1')).toBeLessThan(md.indexOf('## 2. Abschnitt 2'));
      // The section's own heading sits under the section's.
      expect(md).toContain('### Ziele');
      expect(md).toContain(diacritics);
      expect(md).toContain('| Willkommen e.V. | Nichtregierungsorganisation | Änderungen erbeten (zu einer früheren Überarbeitung) | 1 |');
      expect(md).toContain('### 1. Abendkurse ausbauen');
      expect(md).toContain('Vorschläge: Abendkurse für Berufstätige (Willkommen e.V., Nichtregierungsorganisation) · Angenommen');
      expect(md).toContain('Kommentare: „Auch für Azubis“ (Business Signatory, Maschinenbau GmbH)');
      expect(md).toContain('Teilweise zugestimmt: Ab 2028 im Haushalt');
      expect(md).toContain('- Frist: 31.12.2027');
      expect(md).toContain(`Fassung 1 · SHA-256 \`${checksum}\``);
    });

    it('PDF: tagged, titled, in the strategy’s language, fonts embedded, its text extractable in reading order', async () => {
      const res = await exportOf('pdf', w.people.coordinator, 1).expect(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.headers['content-disposition']).toBe('attachment; filename="leipzig-integrationsstrategie-2027-v1.pdf"');
      expect(res.headers['x-checksum-sha256']).toBe(checksum);
      const bytes = res.body as Buffer;
      // Laid out the same way every time: the same bytes, until the authority answers again.
      expect(Buffer.compare((await exportOf('pdf', w.people.official, 1).expect(200)).body as Buffer, bytes)).toBe(0);
      const raw = bytes.toString('latin1');
      expect(raw.startsWith('%PDF-1.7')).toBe(true);
      expect(raw).toContain('/StructTreeRoot');
      expect(raw).toMatch(/\/MarkInfo \d+ 0 R/);
      expect(raw).toMatch(/\/Marked true/);
      expect(raw).toContain('/Lang (de-DE)');
      expect(raw).toContain('/DisplayDocTitle true');
      expect(raw).toContain('/FontFile2');
      // Only embedded fonts: none of the standard 14 a reader would have to substitute.
      expect(raw).not.toMatch(/\/BaseFont \/(Helvetica|Times|Courier)/);

      const pdf = readPdf(bytes);
      expect(pdf.info).toEqual(expect.objectContaining({ Title: 'Integrationsstrategie 2027', Language: 'de-DE' }));
      expect(pdf.markInfo).toEqual(expect.objectContaining({ Marked: true }));
      expect(pdf.headings.map((h) => `${h.tag} ${h.text}`)).toEqual([
        'H1 Integrationsstrategie 2027',
        'H2 Inhalt',
        'H2 1. Abschnitt 1',
        'H3 Ziele',
        'H3 Zustimmung der Organisationen',
        'H2 2. Abschnitt 2',
        'H3 Zustimmung der Organisationen',
        'H2 3. Anhang: Empfehlungen an die Landesbehörde',
        'H3 1. Abendkurse ausbauen',
        'H4 Quellen',
        'H4 Antwort der Behörde',
        'H2 4. Beteiligung',
        'H3 Vorschläge',
      ]);
      expect(pdf.roles).toEqual(
        expect.arrayContaining(['Document', 'Sect', 'P', 'L', 'LI', 'Lbl', 'LBody', 'Table', 'TR', 'TH', 'TD', 'Link', 'TOC', 'TOCI']),
      );

      const text = flat(pdf.pages.join('\n'));
      expect(text).toContain(diacritics);
      expect(text).toContain('Die Region will alle erreichen, besonders Neuankommende (mehr).');
      expect(text).toContain('<script>alert("nie")</script>');
      expect(text).toContain('Eingereicht bei: Aufbauwerk Region Leipzig GmbH');
      expect(text).toContain(`SHA-256 dieser Fassung: ${checksum}`);
      expect(text).toMatch(
        /Willkommen e\.V\. Nichtregierungsorganisation Änderungen erbeten \(zu einer früheren Überarbeitung\) 1 \d\d\.\d\d\.\d{4} Bitte Ziele nennen/,
      );
      expect(text).toContain('Abendkurse ausbauen Die Region finanziert mehr Abendkurse.');
      expect(text).toContain(
        'Antwort der Behörde Teilweise zugestimmt: Ab 2028 im Haushalt Zuständige Stelle: Sozialamt Frist: 31.12.2027',
      );
      // Reading order: the sections, then the annex, then the participation summary.
      expect(text.indexOf('Bitte Ziele nennen')).toBeLessThan(text.indexOf('Auch für Azubis'));
      expect(text.indexOf('Auch für Azubis')).toBeLessThan(text.indexOf('4. Beteiligung Art Organisationen'));
      // Which text the reader holds, on every page.
      expect(pdf.pages.length).toBeGreaterThanOrEqual(3);
      pdf.pages.forEach((page, i) => expect(flat(page)).toContain(`Fassung 1 · SHA-256 ${checksum} Seite ${i + 1}`));
    });

    it('PDF: a paragraph that runs over a page break reads as one, the page header kept out of the structure', async () => {
      // Styled runs: pdfkit lays out the paragraph in pieces, and the page breaks inside one of them.
      const sentences = Array.from({ length: 160 }, (_, i) => `Satz ${i + 1} über *gelingende* Integration.`);
      const d = await draftStrategy(t, w.leipzig, w.people.coordinator, [sentences.join(' '), 'Kurz.']);
      const long = sentences.join(' ').replace(/\*/g, '');
      const res = await send(t, 'get', `/api/strategies/${d.id}/export?format=pdf`, w.people.coordinator)
        .buffer(true)
        .parse(binary)
        .expect(200);
      const pdf = readPdf(res.body as Buffer);
      expect(pdf.pages.length).toBeGreaterThanOrEqual(4);
      expect(flat(pdf.content)).toContain(`Thema: Arbeit und Beschäftigung · Überarbeitung 1 ${long} Zustimmung der Organisationen`);
      const stamp = `Arbeitsentwurf · SHA-256 ${res.headers['x-checksum-sha256']}`;
      expect(flat(pdf.pages.join(' '))).toContain(stamp);
      expect(flat(pdf.content)).not.toContain(stamp);
      // On one line at the head of each page, above the text, even where the page broke inside a paragraph.
      expect(pdf.furniture.filter((f) => f.text.trim() === stamp).map((f) => f.page)).toEqual(pdf.pages.map((_, i) => i + 1));
      expect(new Set(pdf.furniture.map((f) => f.fromTop.toFixed(1))).size).toBe(1);
      expect(pdf.furniture[0]?.fromTop).toBeLessThan(56);
    });

    it('DOCX: heading styles, a table of contents, the sign-off as tables, the language, version and checksum in the header', async () => {
      const res = await exportOf('docx', w.people.coordinator, 1).expect(200);
      expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
      expect(res.headers['x-checksum-sha256']).toBe(checksum);
      const files = unzipSync(new Uint8Array(res.body as Buffer));
      const part = (name: string) => strFromU8(files[name] ?? new Uint8Array());
      const xml = part('word/document.xml');
      const paragraphs = [...xml.matchAll(/<w:p>(.*?)<\/w:p>/g)].map(([, p]) => ({
        style: /<w:pStyle w:val="([^"]+)"/.exec(p!)?.[1],
        text: [...p!.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map(([, x]) => x).join(''),
      }));
      const headings = paragraphs.filter((p) => p.style?.startsWith('Heading')).map((p) => `${p.style} ${p.text}`);
      expect(headings).toEqual([
        'Heading1 1. Abschnitt 1',
        'Heading2 Ziele',
        'Heading2 Zustimmung der Organisationen',
        'Heading1 2. Abschnitt 2',
        'Heading2 Zustimmung der Organisationen',
        'Heading1 3. Anhang: Empfehlungen an die Landesbehörde',
        'Heading2 1. Abendkurse ausbauen',
        'Heading3 Quellen',
        'Heading3 Antwort der Behörde',
        'Heading1 4. Beteiligung',
        'Heading2 Vorschläge',
      ]);
      expect(paragraphs[1]).toEqual({ style: 'Title', text: 'Integrationsstrategie 2027' });
      expect(xml).toMatch(/<w:instrText[^>]*>\s*TOC /);
      expect(part('word/styles.xml')).toMatch(/<w:style w:type="paragraph" w:styleId="Heading1">.*?<w:outlineLvl w:val="0"\/>/);
      expect(part('word/styles.xml')).toContain('<w:lang w:val="de-DE"/>');

      const tables = [...xml.matchAll(/<w:tbl>(.*?)<\/w:tbl>/g)].map(([, table]) =>
        [...table!.matchAll(/<w:tr>(.*?)<\/w:tr>/g)].map(([, row]) =>
          [...row!.matchAll(/<w:tc>(.*?)<\/w:tc>/g)].map(([, cell]) =>
            [...cell!.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map(([, x]) => x).join(''),
          ),
        ),
      );
      const signOff = tables.find((rows) => rows[0]?.[0] === 'Organisation');
      expect(signOff?.[0]).toEqual(['Organisation', 'Art', 'Entscheidung', 'Überarbeitung', 'Datum', 'Anmerkung']);
      expect(signOff?.[1]).toEqual([
        'Willkommen e.V.',
        'Nichtregierungsorganisation',
        'Änderungen erbeten (zu einer früheren Überarbeitung)',
        '1',
        expect.stringMatching(/^\d\d\.\d\d\.\d{4}$/),
        'Bitte Ziele nennen',
      ]);
      expect(tables).toContainEqual([
        ['Maßnahme', 'Träger'],
        ['Abendkurse', 'Volkshochschule'],
      ]);
      expect(xml).toContain(diacritics);
      expect(xml).toContain('Teilweise zugestimmt: Ab 2028 im Haushalt');
      expect(xml).toMatch(/<w:hyperlink [^>]*r:id="[^"]+"[^>]*>.*?mehr/);
      const headers = Object.keys(files).filter((name) => /^word\/header\d*\.xml$/.test(name));
      expect(headers.map(part).join('')).toContain(`Fassung 1 · SHA-256 ${checksum}`);
    });

    it('DOCX: a whole Word package, every part well-formed, dated by its submission and the same bytes on every export', async () => {
      const res = await exportOf('docx', w.people.coordinator, 1).expect(200);
      const files = unzipSync(new Uint8Array(res.body as Buffer));
      const part = (name: string) => strFromU8(files[name] ?? new Uint8Array());
      expect(Object.keys(files)).toEqual(
        expect.arrayContaining([
          '[Content_Types].xml',
          '_rels/.rels',
          'word/document.xml',
          'word/_rels/document.xml.rels',
          'word/styles.xml',
          'word/numbering.xml',
          'word/settings.xml',
          'docProps/core.xml',
        ]),
      );
      for (const name of Object.keys(files).filter((n) => /\.(xml|rels)$/.test(n)))
        expect({ name, fault: xmlFault(part(name)) }).toEqual({ name, fault: null });
      // Every part the package names is there, and every part there is named.
      const types = part('[Content_Types].xml');
      for (const name of Object.keys(files).filter((n) => n.endsWith('.xml') && n !== '[Content_Types].xml'))
        expect(types).toContain(`PartName="/${name}"`);
      expect(part('_rels/.rels')).toMatch(/relationships\/officeDocument" Target="word\/document\.xml"/);
      const rels = part('word/_rels/document.xml.rels');
      for (const target of ['styles.xml', 'numbering.xml', 'settings.xml', 'header1.xml', 'footer1.xml'])
        expect(rels).toContain(`Target="${target}"`);
      expect(rels).toContain('Target="https://example.org/strategie" TargetMode="External"');
      // Every relationship the body refers to exists.
      const ids = new Set([...rels.matchAll(/Id="([^"]+)"/g)].map(([, id]) => id));
      for (const [, id] of part('word/document.xml').matchAll(/r:id="([^"]+)"/g)) expect(ids).toContain(id);

      const styles = part('word/styles.xml');
      for (const level of [1, 2, 3, 4, 5, 6])
        expect(styles).toMatch(
          new RegExp(`<w:style w:type="paragraph" w:styleId="Heading${level}">.*?<w:outlineLvl w:val="${level - 1}"/>`),
        );
      expect(styles).toContain('w:styleId="Title"');
      expect(part('word/settings.xml')).toContain('<w:updateFields w:val="true"/>');
      expect(part('word/footer1.xml')).toMatch(/<w:instrText[^>]*> PAGE <\/w:instrText>/);
      expect(part('word/numbering.xml')).toMatch(/<w:numFmt w:val="bullet"\/>/);

      const submittedAt = (await send(t, 'get', `/api/strategies/${s.id}/versions`, w.people.coordinator).expect(200)).body.items[0]
        .submittedAt as string;
      const core = part('docProps/core.xml');
      expect(core).toContain('<dc:title>Integrationsstrategie 2027</dc:title>');
      expect(core).toContain('<dc:language>de-DE</dc:language>');
      expect(core).toContain(`<dcterms:created xsi:type="dcterms:W3CDTF">${submittedAt.replace(/\.\d+Z$/, 'Z')}</dcterms:created>`);
      expect(part('docProps/custom.xml')).toContain(`<vt:lpwstr>${checksum}</vt:lpwstr>`);

      const again = await exportOf('docx', w.people.official, 1).expect(200);
      expect(Buffer.compare(again.body as Buffer, res.body as Buffer)).toBe(0);
    });

    it('DOCX: whatever a writer types is escaped or left out, lists count from their start, tables stay apart', async () => {
      const body = [
        `Tom & Jerry <b>"zitiert"</b> 'einfach' \u0001Glocke\u000b \uffff Ende`,
        '',
        '3. drei',
        '4. vier',
        '   1. eins',
        '',
        '- oben',
        '  - unten',
        '',
        '| A | B |',
        '|---|---|',
        '| 1 & 2 | <3 |',
        '',
        '| C |',
        '|---|',
        '| x |',
        '',
        '```',
        'a\tb',
        '```',
        '',
      ].join('\n');
      const d = await draftStrategy(t, w.leipzig, w.people.coordinator, [body]);
      const res = await send(t, 'get', `/api/strategies/${d.id}/export?format=docx`, w.people.coordinator)
        .buffer(true)
        .parse(binary)
        .expect(200);
      const files = unzipSync(new Uint8Array(res.body as Buffer));
      const xml = strFromU8(files['word/document.xml'] ?? new Uint8Array());
      expect(xmlFault(xml)).toBeNull();
      expect(xml).toContain('Tom &amp; Jerry &lt;b&gt;&quot;zitiert&quot;&lt;/b&gt; &apos;einfach&apos; Glocke  Ende');
      expect(xml).toContain('<w:t xml:space="preserve">a</w:t><w:tab/><w:t xml:space="preserve">b</w:t>');
      expect(xml).toContain('1 &amp; 2');
      expect(xml).toMatch(/<\/w:tbl><w:p\/><w:tbl>/);
      const numbering = strFromU8(files['word/numbering.xml'] ?? new Uint8Array());
      expect(numbering).toContain('<w:lvlOverride w:ilvl="0"><w:startOverride w:val="3"/></w:lvlOverride>');
      expect(numbering).toContain('<w:lvlOverride w:ilvl="1"><w:startOverride w:val="1"/></w:lvlOverride>');
      expect(xml).toMatch(/<w:numPr><w:ilvl w:val="1"\/><w:numId w:val="1"\/><\/w:numPr><\/w:pPr><w:r><w:t xml:space="preserve">unten/);
      // The working draft has no date: the package carries none, and its files the earliest a ZIP can hold.
      expect(strFromU8(files['docProps/core.xml'] ?? new Uint8Array())).not.toContain('dcterms:created');
    });

    it('the working draft carries the answer too, and the checksum of the draft’s JSON', async () => {
      const md = await exportOf('md').expect(200);
      const json = await exportOf('json').expect(200);
      expect(md.headers['x-checksum-sha256']).toBe(json.headers['x-checksum-sha256']);
      expect(json.headers['x-checksum-sha256']).toBe(
        createHash('sha256')
          .update(json.body as Buffer)
          .digest('hex'),
      );
      expect((md.body as Buffer).toString()).toContain('**Arbeitsentwurf**');
      expect((md.body as Buffer).toString()).toContain('Teilweise zugestimmt: Ab 2028 im Haushalt');
    });

    it('keeps a version laid out: the next download is the kept file, even with every slot taken, until the answer changes', async () => {
      const kept = () =>
        t.db.query(`SELECT rendered_at FROM rendered_documents WHERE checksum = $1 AND format = 'pdf' AND language = 'de'`, [checksum]);
      const first = (await exportOf('pdf', w.people.coordinator, 1).expect(200)).body as Buffer;
      const [{ rendered_at: renderedAt }] = await kept();

      const slots = t.app.get(ExportSlots);
      const held: Array<Promise<Release>> = [];
      try {
        while (slots.load.running < t.config.exports.concurrency) held.push(Promise.resolve(await slots.acquire()));
        while (slots.load.waiting < t.config.exports.queue) held.push(slots.acquire());
        expectProblem(await send(t, 'get', `/api/strategies/${s.id}/export?format=pdf`, w.people.coordinator), 503, 'EXPORTS_BUSY');
        const again = await exportOf('pdf', w.people.observer, 1).expect(200);
        expect(Buffer.compare(again.body as Buffer, first)).toBe(0);
        expect(await kept()).toEqual([{ rendered_at: renderedAt }]);
      } finally {
        await Promise.all(held.map((slot) => slot.then((release) => release())));
      }

      await send(t, 'post', `/api/recommendations/${recommendationId}/response`, w.people.official, {
        decision: 'agreed',
        answer: 'Schon ab 2027',
      }).expect(201);
      const answeredAgain = readPdf((await exportOf('pdf', w.people.coordinator, 1).expect(200)).body as Buffer);
      expect(flat(answeredAgain.content)).toContain('Schon ab 2027');
      expect(flat(answeredAgain.content)).not.toContain('Ab 2028 im Haushalt');
      const [{ rendered_at: laidOutAgain }] = await kept();
      expect(laidOutAgain.getTime()).toBeGreaterThan(renderedAt.getTime());
      await answer();
    });
  });
});

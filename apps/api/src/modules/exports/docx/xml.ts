/** What XML 1.0 allows in text: tab, line feed, carriage return and the rest of Unicode bar surrogates, U+FFFE and U+FFFF. */
const notXml = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const markup = /[&<>"']/g;
const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text as XML character data or an attribute value: markup escaped, characters XML cannot hold left out. */
export function esc(text: string): string {
  return text.replace(notXml, '').replace(markup, (c) => entities[c] ?? c);
}

export const declaration = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export const ns = {
  w: 'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  rels: 'http://schemas.openxmlformats.org/package/2006/relationships',
  types: 'http://schemas.openxmlformats.org/package/2006/content-types',
};

/** WordprocessingML measures in twentieths of a point and sizes type in half points. */
export const page = { width: 11906, height: 16838, margin: 1134 };
/** A4 less 2 cm margins, in twentieths of a point. */
export const textWidth = page.width - 2 * page.margin;
export const accent = '14365D';
export const muted = '555555';
export const codeFont = 'Consolas';

import { Readable } from 'node:stream';
import { Zip, ZipDeflate } from 'fflate';
import type { DocumentAnswer, StrategyDocument } from '@belong/contracts';
import { stamp, versionName } from './document-parts';
import { DocumentBody } from './docx/document-body';
import {
  appProperties,
  contentTypes,
  coreProperties,
  customProperties,
  documentRels,
  footer,
  header,
  numbering,
  packageRels,
  settings,
  styles,
  type Properties,
} from './docx/package-parts';
import { languageTag, type DocumentLabels } from './labels';

/** How much XML to gather before it is compressed: large enough for the compressor, small enough to stream. */
const batch = 64 * 1024;
/** The time stamp of every file in the archive of the working draft: the earliest a ZIP file can hold. */
const draftTime = '1980-01-01T00:00:00.000Z';

/**
 * A moment as the ZIP format records it: in local time of day, which fflate reads from the Date. The
 * moment's UTC figures are given as local ones, so that the archive is the same on any server's time zone.
 */
function zipTime(iso: string): Date {
  const t = new Date(iso);
  return new Date(t.getUTCFullYear(), t.getUTCMonth(), t.getUTCDate(), t.getUTCHours(), t.getUTCMinutes(), t.getUTCSeconds());
}

/**
 * The consolidated strategy as an editable Word document, zipped as it is written: the document body goes
 * out section by section and is never held whole. A submitted version is dated by its submission, the working
 * draft by no date at all, so that the same content gives the same bytes on every export.
 */
export function renderDocx(doc: StrategyDocument, answers: DocumentAnswer[], checksum: string, l: DocumentLabels): Readable {
  return Readable.from(docxChunks(doc, answers, checksum, l), { objectMode: false });
}

function* docxChunks(doc: StrategyDocument, answers: DocumentAnswer[], checksum: string, l: DocumentLabels): Generator<Buffer> {
  const language = languageTag(l.lang, doc.region.country);
  const properties: Properties = {
    title: doc.strategy.title,
    subject: `${doc.region.name}: ${versionName(doc, l)}`,
    description: stamp(doc, checksum, l),
    keywords: `SHA-256 ${checksum}`,
    language,
    date: doc.submittedAt,
    custom: [
      { name: 'Version', value: versionName(doc, l) },
      { name: 'SHA-256', value: checksum },
    ],
  };
  const body = new DocumentBody(doc, answers, checksum, l);
  const parts: Array<[string, () => Iterable<string>]> = [
    ['[Content_Types].xml', () => [contentTypes()]],
    ['_rels/.rels', () => [packageRels()]],
    ['docProps/core.xml', () => [coreProperties(properties)]],
    ['docProps/app.xml', () => [appProperties()]],
    ['docProps/custom.xml', () => [customProperties(properties)]],
    ['word/styles.xml', () => [styles(language)]],
    ['word/settings.xml', () => [settings()]],
    ['word/header1.xml', () => [header(stamp(doc, checksum, l))]],
    ['word/footer1.xml', () => [footer()]],
    ['word/document.xml', () => body.pieces()],
    // Written after the body, which finds the lists and links they hold.
    ['word/numbering.xml', () => [numbering(body.numberedLists)]],
    ['word/_rels/document.xml.rels', () => [documentRels(body.links)]],
  ];

  const out: Uint8Array[] = [];
  const failed: { error?: Error } = {};
  const zip = new Zip((error, chunk) => {
    if (error) failed.error = error;
    else out.push(chunk);
  });
  const take = (): Buffer[] => {
    if (failed.error) throw failed.error;
    return out.length > 0 ? [Buffer.concat(out.splice(0))] : [];
  };
  const mtime = zipTime(doc.submittedAt ?? draftTime);
  const encoder = new TextEncoder();
  for (const [name, xml] of parts) {
    const file = new ZipDeflate(name, { level: 6 });
    file.mtime = mtime;
    zip.add(file);
    let pending = '';
    for (const piece of xml()) {
      pending += piece;
      if (pending.length >= batch) {
        file.push(encoder.encode(pending));
        pending = '';
        yield* take();
      }
    }
    file.push(encoder.encode(pending), true);
    yield* take();
  }
  zip.end();
  yield* take();
}

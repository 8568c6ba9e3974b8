import type { Readable } from 'node:stream';
import type { DocumentAnswer, StrategyDocument } from '@belong/contracts';
import { move } from 'piscina';
import type { LaidOutFormat } from './file-types';
import { labelsFor, type DocumentTranslation } from './labels';
import { renderDocx } from './render-docx';
import { renderPdf } from './render-pdf';

/** What a worker thread needs to lay a document out: plain data, as it crosses threads by structured clone. */
export interface LayoutTask {
  format: LaidOutFormat;
  doc: StrategyDocument;
  answers: DocumentAnswer[];
  checksum: string;
  /** The document's language (its labels are made again on this side: they hold functions). */
  lang: string;
  translation: DocumentTranslation | null;
}

const layouts = { pdf: renderPdf, docx: renderDocx };

/**
 * Runs in a worker thread of the RenderPool, never on the thread that answers requests: lays the document out
 * and hands its bytes over without a copy.
 */
export async function layOut(task: LayoutTask): Promise<Uint8Array> {
  const stream = layouts[task.format](task.doc, task.answers, task.checksum, labelsFor(task.lang, task.translation));
  const bytes = await collect(stream);
  // A buffer of its own (a small Buffer may share Node's pool with others), so that it can be moved.
  return move(new Uint8Array(bytes)) as Uint8Array;
}

async function collect(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

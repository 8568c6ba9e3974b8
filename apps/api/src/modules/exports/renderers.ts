import { Readable } from 'node:stream';
import type { DocumentAnswer, StrategyDocument } from '@belong/contracts';
import type { exportFormats } from '@belong/contracts';
import type { DocumentLabels } from './labels';
import { renderDocx } from './render-docx';
import { renderMarkdown } from './render-markdown';
import { renderPdf } from './render-pdf';

export interface Renderer {
  extension: string;
  contentType: string;
  /** Whether laying it out takes long enough (seconds, for a PDF) that it waits for a slot: see ExportSlots. */
  waitsForSlot: boolean;
  render(doc: StrategyDocument, answers: DocumentAnswer[], checksum: string, labels: DocumentLabels): Promise<Readable>;
}

/** How each format is written. JSON is the frozen canonical JSON itself, never re-rendered. */
export const exportRenderers: Record<(typeof exportFormats)[number], Renderer> = {
  pdf: {
    extension: 'pdf',
    contentType: 'application/pdf',
    waitsForSlot: true,
    render: (doc, answers, checksum, labels) => Promise.resolve(renderPdf(doc, answers, checksum, labels)),
  },
  docx: {
    extension: 'docx',
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    waitsForSlot: true,
    render: (doc, answers, checksum, labels) => Promise.resolve(renderDocx(doc, answers, checksum, labels)),
  },
  json: {
    extension: 'json',
    contentType: 'application/json; charset=utf-8',
    waitsForSlot: false,
    render: () => Promise.reject(new Error('JSON is served as stored')),
  },
  md: {
    extension: 'md',
    contentType: 'text/markdown; charset=utf-8',
    waitsForSlot: false,
    render: (doc, answers, checksum, labels) =>
      Promise.resolve(Readable.from([Buffer.from(renderMarkdown(doc, answers, checksum, labels))])),
  },
};

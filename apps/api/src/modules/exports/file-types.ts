import type { exportFormats } from '@belong/contracts';

export type ExportFormat = (typeof exportFormats)[number];

/** The formats laid out page by page, which takes seconds for a large strategy: in a worker thread (RenderPool). */
export type LaidOutFormat = Extract<ExportFormat, 'pdf' | 'docx'>;

export interface FileType {
  extension: string;
  contentType: string;
}

/** How each format is named and served. */
export const fileTypes: Record<ExportFormat, FileType> = {
  pdf: { extension: 'pdf', contentType: 'application/pdf' },
  docx: { extension: 'docx', contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  json: { extension: 'json', contentType: 'application/json; charset=utf-8' },
  md: { extension: 'md', contentType: 'text/markdown; charset=utf-8' },
};

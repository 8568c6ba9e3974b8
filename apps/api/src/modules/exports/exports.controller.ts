import { Controller, Get, Res, StreamableFile } from '@nestjs/common';
import type { Response } from 'express';
import { z } from 'zod';
import { exportQuery, strategyDocument, strategyParams, type ExportQuery } from '@belong/contracts';
import { CurrentUser, type AuthUser } from '../../infra/auth/auth-user';
import { Doc } from '../../infra/http/route-doc';
import { ValidParams, ValidQuery } from '../../infra/http/validation';
import { ExportsService } from './exports.service';
import { fileTypes } from './file-types';

@Controller('strategies/:id/export')
export class ExportsController {
  constructor(private readonly exportsService: ExportsService) {}

  @Get()
  @Doc({
    summary: 'The consolidated strategy as a download: PDF, DOCX, Markdown or JSON, of a submitted version or of the working draft',
    content: {
      [fileTypes.pdf.contentType]: 'binary',
      [fileTypes.docx.contentType]: 'binary',
      [fileTypes.md.contentType]: z.string(),
      [fileTypes.json.contentType]: strategyDocument,
    },
    headers: {
      'Content-Disposition': 'attachment, with a file name of the region, the title and the version',
      'X-Checksum-SHA256': "The SHA-256 of the version's canonical JSON (of the draft's, for the working draft)",
    },
    errors: ['FORBIDDEN', 'NOT_FOUND', 'EXPORTS_BUSY'],
  })
  async export(
    @CurrentUser() caller: AuthUser,
    @ValidParams(strategyParams) params: { id: string },
    @ValidQuery(exportQuery) query: ExportQuery,
    @Res({ passthrough: true }) res: Response,
  ) {
    // A caller who gives up while the document waits for its turn leaves the queue.
    const gone = new AbortController();
    res.once('close', () => gone.abort());
    const file = await this.exportsService.export(caller, params.id, query, gone.signal);
    res.setHeader('Content-Type', file.contentType);
    res.setHeader('Content-Length', file.body.length);
    res.setHeader('Content-Disposition', `attachment; filename="${file.filename}"`);
    res.setHeader('X-Checksum-SHA256', file.checksum);
    res.setHeader('Cache-Control', 'private, no-store');
    return new StreamableFile(file.body);
  }
}

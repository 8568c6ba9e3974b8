import { Injectable } from '@nestjs/common';
import { Transactions } from '../../infra/database/transactions';
import { RenderedDocumentEntity } from './rendered-document.entity';

export interface RenderedKey {
  checksum: string;
  format: string;
  language: string;
  inputs: string;
}

@Injectable()
export class RenderedDocumentsRepository {
  constructor(private readonly tx: Transactions) {}

  private get rows() {
    return this.tx.manager().getRepository(RenderedDocumentEntity);
  }

  /** The kept document, if it was laid out from the same inputs. */
  async find({ checksum, format, language, inputs }: RenderedKey): Promise<Buffer | null> {
    const kept = await this.rows.findOne({ select: { body: true }, where: { checksum, format, language, inputs } });
    return kept?.body ?? null;
  }

  /** Keeps the document, in place of one laid out from older inputs. */
  async keep(key: RenderedKey, body: Buffer): Promise<void> {
    await this.rows.upsert({ ...key, body, renderedAt: new Date() }, ['checksum', 'format', 'language']);
  }
}

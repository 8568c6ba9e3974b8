import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { existsSync } from 'node:fs';
import { join, sep } from 'node:path';
import { Piscina } from 'piscina';
import { APP_CONFIG, type AppConfig } from '../../infra/config/config';
import type { LayoutTask } from './render-worker';

/**
 * The worker runs compiled JavaScript: the file beside this one once built. Under ts-jest, which runs the
 * sources, that is the file `npm test` builds first (its `pretest`).
 */
function workerFile(): string {
  const beside = join(__dirname, 'render-worker.js');
  return existsSync(beside) ? beside : beside.replace(`${sep}src${sep}`, `${sep}dist${sep}`);
}

/**
 * Worker threads that lay PDF and DOCX documents out, as many as documents may be laid out at once
 * (`EXPORT_CONCURRENCY`; ExportSlots keeps the queue). A large strategy holds a core for a second or two: on
 * the thread that answers requests, every other request would wait that long. Threads start when a document
 * is asked for and end after a minute without one, so an instance that exports nothing holds none.
 */
@Injectable()
export class RenderPool implements OnModuleDestroy {
  private readonly pool: Piscina<LayoutTask, Uint8Array>;

  constructor(@Inject(APP_CONFIG) config: Pick<AppConfig, 'exports'>) {
    this.pool = new Piscina({
      filename: workerFile(),
      name: 'layOut',
      minThreads: 0,
      maxThreads: config.exports.concurrency,
      idleTimeout: 60_000,
      // A runaway layout ends its own thread, not the instance.
      resourceLimits: { maxOldGenerationSizeMb: 256 },
    });
  }

  /** The document's bytes; `signal` ends the layout (and its thread) when the caller has gone away. */
  async layOut(task: LayoutTask, signal?: AbortSignal): Promise<Buffer> {
    const bytes = await this.pool.run(task, { signal });
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  async onModuleDestroy(): Promise<void> {
    await this.pool.destroy();
  }
}

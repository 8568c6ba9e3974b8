import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';

const hourly = 60 * 60_000;

/**
 * Old rows that nobody needs any more (idempotency keys, ended sessions) are swept once an hour by every API
 * process. A sweep is one idempotent DELETE, so several processes on one database may run it at once.
 */
@Injectable()
export class Housekeeping implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Housekeeping');
  private readonly sweeps = new Map<string, () => Promise<number>>();
  private timer?: NodeJS.Timeout;

  /** `sweep` deletes what is due and says how many rows went. */
  register(name: string, sweep: () => Promise<number>): void {
    this.sweeps.set(name, sweep);
  }

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.sweepAll(), hourly);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  /** Every sweep once; one that fails is logged and tried again at the next round. */
  async sweepAll(): Promise<Record<string, number>> {
    const swept: Record<string, number> = {};
    for (const [name, sweep] of this.sweeps) {
      try {
        swept[name] = await sweep();
      } catch (error) {
        this.logger.error(`${name}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    return swept;
  }
}

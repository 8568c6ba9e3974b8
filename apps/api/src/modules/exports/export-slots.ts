import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../infra/config/config';
import { AppError } from '../../infra/http/app-error';

/** Hands the slot back; calling it again does nothing. */
export type Release = () => void;

/** How long a refused caller is asked to wait, in seconds. */
export const busyRetryAfterSeconds = 5;

/**
 * Laying out a large strategy holds a core and some 20 MB for a second or two, so only a few documents are
 * laid out at once and the rest wait their turn, first come first served. A request that finds the queue
 * full is refused at once (503, Retry-After) rather than held; one whose caller goes away leaves the queue.
 */
@Injectable()
export class ExportSlots {
  private running = 0;
  private readonly waiting: Array<{ grant: (release: Release) => void }> = [];
  private readonly limit: number;
  private readonly queueLength: number;

  constructor(@Inject(APP_CONFIG) config: Pick<AppConfig, 'exports'>) {
    this.limit = config.exports.concurrency;
    this.queueLength = config.exports.queue;
  }

  /** Resolves with the slot once it is this caller's turn; rejects when the queue is full or `signal` aborts. */
  acquire(signal?: AbortSignal): Promise<Release> {
    if (signal?.aborted) return Promise.reject(abortReason(signal));
    if (this.running < this.limit) {
      this.running += 1;
      return Promise.resolve(this.releaser());
    }
    if (this.waiting.length >= this.queueLength) return Promise.reject(busy());
    return new Promise<Release>((resolve, reject) => {
      const waiter = {
        grant: (release: Release) => {
          signal?.removeEventListener('abort', leave);
          resolve(release);
        },
      };
      const leave = () => {
        this.waiting.splice(this.waiting.indexOf(waiter), 1);
        reject(abortReason(signal));
      };
      signal?.addEventListener('abort', leave, { once: true });
      this.waiting.push(waiter);
    });
  }

  /** Documents being laid out now, and callers waiting for their turn. */
  get load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }

  private releaser(): Release {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      // The slot passes straight to the next in line, so nobody can overtake the queue in between.
      if (next) next.grant(this.releaser());
      else this.running -= 1;
    };
  }
}

function busy(): AppError {
  return AppError.retryLater(
    'EXPORTS_BUSY',
    'Many documents are being prepared right now; try again in a few seconds',
    busyRetryAfterSeconds,
  );
}

function abortReason(signal?: AbortSignal): Error {
  return signal?.reason instanceof Error ? signal.reason : new Error('The caller went away');
}

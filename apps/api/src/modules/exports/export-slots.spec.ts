import { AppError } from '../../infra/http/app-error';
import { ExportSlots, type Release } from './export-slots';

const slots = (concurrency: number, queue: number) => new ExportSlots({ exports: { concurrency, queue } });

/** Whether the promise has settled by the time the microtasks queued now have run. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  promise.then(
    () => (done = true),
    () => (done = true),
  );
  await new Promise((resolve) => setImmediate(resolve));
  return done;
}

describe('export slots', () => {
  it('lay out as many documents at once as allowed; the next waits until one is sent', async () => {
    const s = slots(2, 5);
    const first = await s.acquire();
    await s.acquire();
    const third = s.acquire();
    expect(await settled(third)).toBe(false);
    expect(s.load).toEqual({ running: 2, waiting: 1 });

    first();
    expect(await settled(third)).toBe(true);
    expect(s.load).toEqual({ running: 2, waiting: 0 });
  });

  it('serve the waiting in the order they came, and a slot handed back twice frees only one', async () => {
    const s = slots(1, 5);
    const release = await s.acquire();
    const order: string[] = [];
    const waiting = ['a', 'b', 'c'].map((name) => s.acquire().then((next) => (order.push(name), next)));

    release();
    release();
    const a = await waiting[0]!;
    expect(order).toEqual(['a']);
    a();
    (await waiting[1]!)();
    (await waiting[2]!)();
    expect(order).toEqual(['a', 'b', 'c']);
    expect(s.load).toEqual({ running: 0, waiting: 0 });
  });

  it('refuse at once with 503 and Retry-After when the queue is full', async () => {
    const s = slots(1, 1);
    await s.acquire();
    void s.acquire();
    const refused = await s.acquire().catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({ code: 'EXPORTS_BUSY', status: 503, headers: { 'Retry-After': '5' } });
    expect(s.load).toEqual({ running: 1, waiting: 1 });
  });

  it('let a caller who went away leave the queue, so that the slot goes to the next one', async () => {
    const s = slots(1, 5);
    const release = await s.acquire();
    const gone = new AbortController();
    const leaving = s.acquire(gone.signal);
    const staying = s.acquire();
    gone.abort(new Error('closed'));
    await expect(leaving).rejects.toThrow('closed');
    expect(s.load).toEqual({ running: 1, waiting: 1 });

    release();
    const next: Release = await staying;
    next();
    expect(s.load).toEqual({ running: 0, waiting: 0 });
  });

  it('take no slot for a caller who is already gone', async () => {
    const s = slots(1, 5);
    const gone = new AbortController();
    gone.abort(new Error('closed'));
    await expect(s.acquire(gone.signal)).rejects.toThrow('closed');
    expect(s.load).toEqual({ running: 0, waiting: 0 });
  });
});

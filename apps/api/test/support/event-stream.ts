import type { LiveEvent } from '@belong/contracts';

export interface ReceivedEvent extends LiveEvent {
  id: string;
}

/**
 * A client of `GET /api/events` as a browser's EventSource is: it reads the stream as it comes and keeps each
 * `change` event. Real HTTP against `baseUrl`.
 */
export async function openEventStream(
  baseUrl: string,
  authorization: string,
  lastEventId?: string,
): Promise<{
  events: ReceivedEvent[];
  waitFor(match: (e: ReceivedEvent) => boolean, timeoutMs?: number): Promise<ReceivedEvent>;
  close(): void;
}> {
  const abort = new AbortController();
  const response = await fetch(`${baseUrl}/api/events`, {
    headers: { Authorization: authorization, Accept: 'text/event-stream', ...(lastEventId ? { 'Last-Event-ID': lastEventId } : {}) },
    signal: abort.signal,
  });
  if (response.status !== 200 || !response.body) throw new Error(`GET /api/events: ${response.status}`);
  const events: ReceivedEvent[] = [];
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  void (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += value;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) !== -1) {
          const frame = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const fields = Object.fromEntries(
            frame
              .split('\n')
              .filter((line) => !line.startsWith(':') && line.includes(': '))
              .map((line) => [line.slice(0, line.indexOf(': ')), line.slice(line.indexOf(': ') + 2)]),
          );
          if (fields.event === 'change' && fields.data && fields.id)
            events.push({ ...(JSON.parse(fields.data) as LiveEvent), id: fields.id });
        }
      }
    } catch {
      // closed
    }
  })();
  return {
    events,
    async waitFor(match, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = events.find(match);
        if (found) return found;
        if (Date.now() > deadline)
          throw new Error(`No such event within ${timeoutMs} ms; got ${JSON.stringify(events.map((e) => e.type))}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    close: () => abort.abort(),
  };
}

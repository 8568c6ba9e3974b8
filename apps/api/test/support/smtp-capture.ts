import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface Captured extends ParsedMail {
  /** The envelope's recipients, as the server was told them. */
  rcptTo: string[];
}

/**
 * A real SMTP server on 127.0.0.1 that keeps every message it is given, parsed (or refuses it for now while
 * `refuse()` says so): what Belong's mail worker talks
 * to in the tests. Plain SMTP without STARTTLS, as a relay on the same host would be.
 */
export async function startSmtpCapture(options: { refuse?: () => boolean } = {}): Promise<{
  url: string;
  messages: Captured[];
  /** The first message (arrived or arriving within `timeoutMs`) that `match` accepts. */
  waitFor(match: (m: Captured) => boolean, timeoutMs?: number): Promise<Captured>;
  /** The messages to `address` so far. */
  to(address: string): Captured[];
  stop(): Promise<void>;
}> {
  const messages: Captured[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      if (options.refuse?.()) {
        // A server that is there but cannot take mail now: "451 try again later".
        stream.resume();
        stream.on('end', () => callback(Object.assign(new Error('Try again later'), { responseCode: 451 })));
        return;
      }
      simpleParser(stream)
        .then((parsed) => {
          messages.push(Object.assign(parsed, { rcptTo: session.envelope.rcptTo.map((r) => r.address) }));
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    async waitFor(match, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = messages.find(match);
        if (found) return found;
        if (Date.now() > deadline)
          throw new Error(`No such message within ${timeoutMs} ms; got: ${messages.map((m) => m.subject).join(' | ')}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    to: (address) => messages.filter((m) => m.rcptTo.includes(address)),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The link in a message's text that starts with `prefix`, e.g. the invitation page. */
export function linkIn(message: ParsedMail, prefix: string): string {
  const found = (message.text ?? '').split(/\s+/).find((word) => word.startsWith(prefix));
  if (!found) throw new Error(`No link to ${prefix} in "${message.subject}"`);
  return found;
}

/** A header's value as it was sent (mailparser folds the List-* headers into one structure). */
export function headerOf(message: ParsedMail, name: string): string | undefined {
  const line = message.headerLines.find((h) => h.key === name.toLowerCase())?.line;
  return line?.slice(line.indexOf(':') + 1).trim();
}

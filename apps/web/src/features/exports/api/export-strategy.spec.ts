/// <reference types="node" />
import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import i18next from 'i18next';
import { resources } from '@belong/i18n';
import { isApiError } from '../../../lib/api-error';
import { exportErrorMessage } from '../components/export-error-message';
import { exportStrategy } from './export-strategy';

/**
 * A server that answers the export route as the API does (its problem documents, Retry-After and
 * Content-Disposition), so that the real fetch, error and message code runs over real HTTP.
 */
const requested: string[] = [];
function answer(req: IncomingMessage, res: ServerResponse) {
  requested.push(req.url ?? '');
  const problem = (status: number, code: string, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'Content-Type': 'application/problem+json', ...headers });
    res.end(JSON.stringify({ type: 'about:blank', title: code, status, detail: code, code }));
  };
  if (req.url?.startsWith('/api/strategies/busy/')) return problem(503, 'EXPORTS_BUSY', { 'Retry-After': '5' });
  if (req.url?.startsWith('/api/strategies/gone/')) return problem(404, 'NOT_FOUND');
  if (req.url?.startsWith('/api/strategies/large')) {
    // A large document in pieces, with its length, as the API sends a laid-out PDF; "slow" holds the last piece.
    const pieces = Array.from({ length: 4 }, () => Buffer.alloc(64 * 1024, 'x'));
    res.writeHead(200, { 'Content-Type': 'application/pdf', 'Content-Length': String(4 * 64 * 1024) });
    pieces.slice(0, 3).forEach((piece) => res.write(piece));
    if (!req.url.startsWith('/api/strategies/large-slow/')) res.end(pieces[3]);
    return;
  }
  res.writeHead(200, { 'Content-Type': 'application/pdf', 'Content-Disposition': 'attachment; filename="leipzig-plan-v2.pdf"' });
  res.end('%PDF-1.7');
}

const server = createServer(answer);
const realFetch = globalThis.fetch;
const i18n = i18next.createInstance();

beforeAll(async () => {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // The browser resolves the app's relative addresses against the page; here, against the server.
  globalThis.fetch = (input, init) => realFetch(new URL(input as string, base), init);
  await i18n.init({ resources, lng: 'en', interpolation: { escapeValue: false } });
});

afterAll(async () => {
  globalThis.fetch = realFetch;
  server.close();
  await once(server, 'close');
});

beforeEach(() => {
  requested.length = 0;
});

/** What an export that should fail fails with. */
async function failure(strategyId: string): Promise<unknown> {
  try {
    await exportStrategy({ strategyId, format: 'pdf', version: 1 });
  } catch (error) {
    return error;
  }
  throw new Error('the export should have failed');
}

describe('exporting a strategy', () => {
  it('gives the file with the name the API gave it', async () => {
    const file = await exportStrategy({ strategyId: 's1', format: 'pdf', version: 2 });
    expect(file.filename).toBe('leipzig-plan-v2.pdf');
    expect(await file.blob.text()).toBe('%PDF-1.7');
    expect(requested).toEqual(['/api/strategies/s1/export?format=pdf&version=2']);
  });

  it('asks for the working draft when no version is chosen, and escapes what it puts in the path', async () => {
    await exportStrategy({ strategyId: 'a/b', format: 'md' });
    expect(requested).toEqual(['/api/strategies/a%2Fb/export?format=md']);
  });

  it('says when to try again while every export slot is busy, in English and German', async () => {
    const error = await failure('busy');
    expect(isApiError(error, 'EXPORTS_BUSY')).toBe(true);
    expect(exportErrorMessage(i18n.getFixedT('en'), error)).toBe('Many documents are being prepared right now. Try again in 5 seconds.');
    expect(exportErrorMessage(i18n.getFixedT('de'), error)).toBe(
      'Gerade werden viele Dokumente erstellt. Versuchen Sie es in 5 Sekunden erneut.',
    );
  });

  it('says that a version that does not exist could not be found', async () => {
    const error = await failure('gone');
    expect(exportErrorMessage(i18n.getFixedT('en'), error)).toBe(
      'This document could not be made: the strategy or the chosen version was not found, or you do not have access to it.',
    );
  });

  it('tells how much of a large file has come, of how much', async () => {
    const seen: Array<{ received: number; total: number | null }> = [];
    const file = await exportStrategy({ strategyId: 'large', format: 'pdf' }, { onProgress: (p) => seen.push(p) });
    expect(file.blob.size).toBe(256 * 1024);
    expect(seen[0]).toEqual({ received: 0, total: 256 * 1024 });
    expect(seen.at(-1)).toEqual({ received: 256 * 1024, total: 256 * 1024 });
    expect(seen.map((p) => p.received)).toEqual([...seen.map((p) => p.received)].sort((a, b) => a - b));
  });

  it('stops a download the person cancels half way', async () => {
    const cancelling = new AbortController();
    const file = exportStrategy(
      { strategyId: 'large-slow', format: 'pdf' },
      { signal: cancelling.signal, onProgress: (p) => p.received > 0 && cancelling.abort() },
    );
    await expect(file).rejects.toEqual(expect.objectContaining({ code: 'NETWORK_ERROR' }));
  });
});

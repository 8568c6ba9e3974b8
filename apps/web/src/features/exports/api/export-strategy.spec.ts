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
});

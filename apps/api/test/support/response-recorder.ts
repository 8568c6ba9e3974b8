import type { INestApplication } from '@nestjs/common';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { OPENAPI_DOCUMENT } from '../../src/infra/openapi/openapi.provider';
import type { OpenApiDocument } from './openapi-conformance';

/** One response the app sent, as a client saw it: enough to check it against the OpenAPI document. */
export interface RecordedResponse {
  method: string;
  /** The path requested, without the query. */
  path: string;
  /** Express's route template (`/api/sections/:id`) when a route answered; absent when nothing was routed. */
  route?: string;
  status: number;
  contentType?: string;
  headers: Record<string, string | undefined>;
  /** The body as text, kept for JSON only: other bodies are checked by their content type. */
  jsonText?: string;
  bodyLength: number;
}

export interface RecordedApp {
  /** The document the app serves, as a client reads it. */
  document: OpenApiDocument;
  responses: RecordedResponse[];
}

const recording: { on: boolean; apps: RecordedApp[] } = { on: false, apps: [] };

/** Turns recording on for the test apps created from now on in this test file (the e2e setup asks for it). */
export function recordResponses(): RecordedApp[] {
  recording.on = true;
  return recording.apps;
}

const isJson = (contentType: string | undefined) => /^application\/(?:[\w.-]+\+)?json\b/i.test(contentType ?? '');

/** Keeps every finished response of the app, when recording is on; called by createTestApp. */
export function watchResponses(app: INestApplication): void {
  if (!recording.on) return;
  const document = JSON.parse(JSON.stringify(app.get<() => unknown>(OPENAPI_DOCUMENT)())) as OpenApiDocument;
  const recorded: RecordedApp = { document, responses: [] };
  recording.apps.push(recorded);
  // Ahead of Express on the server itself, so that answers given before any route (body parser, 404) are seen too.
  (app.getHttpServer() as Server).prependListener('request', (req: IncomingMessage, res: ServerResponse) => {
    // As asked: Express rewrites `url` while it routes.
    const method = req.method ?? 'GET';
    const path = new URL(req.url ?? '/', 'http://test').pathname;
    const chunks: Buffer[] = [];
    let bodyLength = 0;
    const keep = (chunk: unknown, encoding: unknown) => {
      if (chunk === undefined || chunk === null || typeof chunk === 'function') return;
      const bytes =
        typeof chunk === 'string'
          ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
          : Buffer.from(chunk as Uint8Array);
      bodyLength += bytes.length;
      if (isJson(res.getHeader('content-type') as string | undefined)) chunks.push(bytes);
    };
    const write = res.write.bind(res) as (...args: unknown[]) => boolean;
    const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
    res.write = ((...args: unknown[]) => {
      keep(args[0], args[1]);
      return write(...args);
    }) as typeof res.write;
    res.end = ((...args: unknown[]) => {
      keep(args[0], args[1]);
      return end(...args);
    }) as typeof res.end;
    res.once('finish', () => {
      const contentType = res.getHeader('content-type') as string | undefined;
      const route = (req as IncomingMessage & { route?: { path?: unknown } }).route?.path;
      recorded.responses.push({
        method,
        path,
        route: typeof route === 'string' ? route : undefined,
        status: res.statusCode,
        contentType,
        headers: Object.fromEntries(
          Object.entries(res.getHeaders()).map(([name, value]) => [name, value === undefined ? undefined : String(value)]),
        ),
        jsonText: isJson(contentType) ? Buffer.concat(chunks).toString('utf8') : undefined,
        bodyLength,
      });
    });
  });
}

import { csrfHeader } from '@belong/contracts';
import type { z } from 'zod';
import { ApiError } from './api-error';
import { attachmentFilename } from './attachment-filename';

/**
 * The CSRF token lives in memory only: it comes back with every sign-in and every `GET /api/auth/me`,
 * so a reload recovers it without storing anything in the browser.
 */
let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type Query = Record<string, string | number | undefined>;

interface RequestOptions {
  method?: Method;
  body?: unknown;
  query?: Query;
  /** The revision a change is based on, sent as `If-Match: "<revision>"`: the API answers 412 when it is stale. */
  ifMatch?: number;
  /** What the caller accepts besides a problem document; JSON unless said otherwise. */
  accept?: string;
  /** Ends the request when the person cancels it. */
  signal?: AbortSignal;
}

function url(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) if (value !== undefined) params.set(key, String(value));
  const search = params.toString();
  return `/api${path}${search ? `?${search}` : ''}`;
}

async function send(
  path: string,
  { method = 'GET', body, query, ifMatch, accept = 'application/json', signal }: RequestOptions,
): Promise<Response> {
  const headers: Record<string, string> = { Accept: `${accept}, application/problem+json` };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (ifMatch !== undefined) headers['If-Match'] = `"${ifMatch}"`;
  if (method !== 'GET' && csrfToken) headers[csrfHeader] = csrfToken;
  let response: Response;
  try {
    response = await fetch(url(path, query), {
      method,
      headers,
      credentials: 'same-origin',
      // The query cache decides what is fresh. The browser's HTTP cache must not: the API's ETag is the
      // revision of the text, which stays the same while approvals, comments and sections change.
      cache: 'no-store',
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
    });
  } catch {
    throw new ApiError(0, 'NETWORK_ERROR');
  }
  if (!response.ok) throw await ApiError.fromResponse(response);
  return response;
}

/** Calls the API and parses the answer with its contract schema, so that drift shows up at once. */
export async function apiRequest<S extends z.ZodType>(path: string, schema: S, options: RequestOptions = {}): Promise<z.output<S>> {
  const response = await send(path, options);
  const parsed = schema.safeParse(await response.json().catch(() => undefined));
  if (!parsed.success) throw new ApiError(response.status, 'UNEXPECTED_RESPONSE');
  return parsed.data;
}

/** Calls the API for a request answered with 204 No Content. */
export async function apiSend(path: string, options: RequestOptions): Promise<void> {
  await send(path, options);
}

/** A file the API answers with: its bytes, and the name the API gives it (Content-Disposition), if any. */
export interface ApiFile {
  blob: Blob;
  filename: string | undefined;
}

/** How much of a file has come: bytes so far, and of how many when the API says (it does for exports). */
export interface FileProgress {
  received: number;
  total: number | null;
}

export interface FileOptions {
  signal?: AbortSignal;
  /** Called as the file comes in, for a progress bar; first with nothing received, once the answer has begun. */
  onProgress?: (progress: FileProgress) => void;
}

/** Fetches a file from the API; a problem answer (a 404, a 503 …) becomes an ApiError like any other. */
export async function apiFile(path: string, query?: Query, { signal, onProgress }: FileOptions = {}): Promise<ApiFile> {
  const response = await send(path, { query, accept: '*/*', signal });
  const length = Number(response.headers.get('Content-Length'));
  const total = Number.isFinite(length) && length > 0 ? length : null;
  // The body may still break off after the headers came.
  const blob = await readBody(response, (received) => onProgress?.({ received, total })).catch(() => {
    throw new ApiError(0, 'NETWORK_ERROR');
  });
  return { blob, filename: attachmentFilename(response.headers.get('Content-Disposition')) };
}

async function readBody(response: Response, progress: (received: number) => void): Promise<Blob> {
  const type = response.headers.get('Content-Type') ?? '';
  if (!response.body) return response.blob();
  const reader = response.body.getReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let received = 0;
  progress(received);
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    chunks.push(next.value);
    received += next.value.byteLength;
    progress(received);
  }
  return new Blob(chunks, { type });
}

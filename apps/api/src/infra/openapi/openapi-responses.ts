import { z } from 'zod';
import { errorStatus, problemOf, type ErrorCode } from '@belong/contracts';
import type { RouteDoc } from '../http/route-doc';

export type JsonSchema = Record<string, unknown>;

export function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any', reused: 'inline' }) as JsonSchema;
  return rest;
}

const problemMediaType = 'application/problem+json';

/** The codes whose problem tells the caller when to come back (AppError.retryLater). */
const retryAfterCodes: ReadonlySet<ErrorCode> = new Set(['TOO_MANY_REQUESTS', 'EXPORTS_BUSY']);

const successDescriptions: Record<string, string> = { '200': 'OK', '201': 'Created', '202': 'Accepted', '204': 'No content' };

function header(description: string, required: boolean): JsonSchema {
  return { description, required, schema: { type: 'string' } };
}

/** How a route's answer is tagged: with the resource's revision (writes), or as a whole (detail reads). */
export type ETagKind = 'revision' | 'answer' | null;

/**
 * The success response: JSON from `response`, other bodies from `content`, and its headers. `ETag` is
 * declared where an ETag interceptor runs: the revision where the body carries one (writes), a weak tag of
 * the whole answer on detail reads.
 */
export function successResponse(doc: RouteDoc, etag: ETagKind): [string, JsonSchema] {
  const status = String(doc.status ?? (doc.response || doc.content ? 200 : 204));
  const json = doc.response ? jsonSchema(doc.response, 'output') : undefined;
  const content: Record<string, JsonSchema> = {
    ...(json ? { 'application/json': { schema: json } } : {}),
    ...Object.fromEntries(
      Object.entries(doc.content ?? {}).map(([mediaType, schema]) => [
        mediaType,
        schema === 'binary' ? {} : { schema: jsonSchema(schema, 'output') },
      ]),
    ),
  };
  const sendsRevision = etag === 'revision' && Object.hasOwn((json?.properties as object | undefined) ?? {}, 'revision');
  const headers: Record<string, JsonSchema> = {
    ...(sendsRevision ? { ETag: header('The revision of the resource, `"<revision>"`: send it back as If-Match to change it', true) } : {}),
    ...(etag === 'answer' ? { ETag: header(answerETagDescription, true) } : {}),
    ...Object.fromEntries(Object.entries(doc.headers ?? {}).map(([name, description]) => [name, header(description, true)])),
  };
  return [
    status,
    {
      description: successDescriptions[status] ?? 'Success',
      ...(Object.keys(headers).length > 0 ? { headers } : {}),
      ...(Object.keys(content).length > 0 ? { content } : {}),
    },
  ];
}

const answerETagDescription =
  'A weak tag of the whole answer, `W/"…"`: it changes whenever anything in the answer does. Send it as If-None-Match to be told 304 while your copy is current';

/** The answer to If-None-Match naming the current answer: no body, the same ETag. */
export const notModifiedResponse: [string, JsonSchema] = [
  '304',
  { description: 'Not modified: the copy If-None-Match names is current', headers: { ETag: header(answerETagDescription, true) } },
];

/**
 * One response per status for the given codes: the problem document of each code with its extensions,
 * told apart by `code` where a status has several.
 */
export function problemResponses(codes: readonly ErrorCode[]): Array<[string, JsonSchema]> {
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of new Set(codes)) byStatus.set(errorStatus[code], [...(byStatus.get(errorStatus[code]) ?? []), code]);
  return [...byStatus.entries()]
    .sort(([a], [b]) => a - b)
    .map(([status, ofStatus]) => {
      const schemas = ofStatus.map((code) => jsonSchema(problemOf(code), 'output'));
      const schema = schemas.length === 1 ? schemas[0] : { type: 'object', oneOf: schemas, discriminator: { propertyName: 'code' } };
      const retryAfter = ofStatus.filter((code) => retryAfterCodes.has(code));
      const headers =
        retryAfter.length > 0
          ? { headers: { 'Retry-After': header('Seconds to wait before trying again', retryAfter.length === ofStatus.length) } }
          : {};
      return [String(status), { description: ofStatus.join(', '), ...headers, content: { [problemMediaType]: { schema } } }];
    });
}

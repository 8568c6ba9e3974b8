import { RequestMethod } from '@nestjs/common';
import { INTERCEPTORS_METADATA, METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import type { z } from 'zod';
import type { ErrorCode } from '@belong/contracts';
import { IS_PUBLIC } from '../auth/public.decorator';
import { IDEMPOTENT } from '../http/idempotency/idempotent.decorator';
import { AnswerETag, IF_MATCH, RevisionETag } from '../http/revision';
import { ROUTE_DOC, type RouteDoc } from '../http/route-doc';
import { INPUT_SCHEMAS, type InputSchemas } from '../http/validation';
import { jsonSchema, notModifiedResponse, problemResponses, successResponse, type ETagKind, type JsonSchema } from './openapi-responses';

export interface RouteHandler {
  controller: object;
  method: string;
}

const methodNames: Partial<Record<RequestMethod, string>> = {
  [RequestMethod.GET]: 'get',
  [RequestMethod.POST]: 'post',
  [RequestMethod.PUT]: 'put',
  [RequestMethod.PATCH]: 'patch',
  [RequestMethod.DELETE]: 'delete',
};

function parameters(schema: z.ZodType | undefined, where: 'path' | 'query'): JsonSchema[] {
  if (!schema) return [];
  const object = jsonSchema(schema, 'input');
  const properties = (object.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((object.required as string[] | undefined) ?? []);
  return Object.entries(properties).map(([name, property]) => ({
    name,
    in: where,
    required: where === 'path' || required.has(name),
    schema: property,
  }));
}

const ifMatchParameter = {
  name: 'If-Match',
  in: 'header',
  required: true,
  description: 'The revision your change is based on, as the ETag gave it: `"3"`. Missing: 428; stale: 412 with `currentRevision`',
  schema: { type: 'string', pattern: '^\\s*(?:W/)?"?\\d{1,9}"?\\s*$' },
};

const ifNoneMatchParameter = {
  name: 'If-None-Match',
  in: 'header',
  required: false,
  description: 'The ETag of the answer you have: 304 while it is current',
  schema: { type: 'string' },
};

const idempotencyKeyParameter = {
  name: 'Idempotency-Key',
  in: 'header',
  required: false,
  description: 'A retry with the same key and body gets the first response and creates nothing; another body is a 422',
  schema: { type: 'string', minLength: 1, maxLength: 200 },
};

function joinPath(...parts: string[]): string {
  const path = `/${parts.join('/')}`.replace(/\/+/g, '/').replace(/\/$/, '');
  return path.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
}

function paths(metadata: unknown): string[] {
  return (Array.isArray(metadata) ? metadata : [metadata ?? '']).map(String);
}

/** The problems a route answers with: its own, and those that come with its inputs, guards and headers. */
function errorCodes(
  doc: RouteDoc,
  route: { inputs: InputSchemas; isPublic: boolean; verb: string; ifMatch: boolean; idempotent: boolean },
) {
  const { inputs, isPublic, verb, ifMatch, idempotent } = route;
  const codes: ErrorCode[] = [
    ...(inputs.body || inputs.query || inputs.params || ifMatch || idempotent ? (['VALIDATION_FAILED'] as const) : []),
    // The JSON body parser runs before the route: these come with any route that takes a body.
    ...(inputs.body ? (['MALFORMED_JSON', 'PAYLOAD_TOO_LARGE', 'UNSUPPORTED_MEDIA_TYPE'] as const) : []),
    ...(isPublic ? [] : (['UNAUTHENTICATED'] as const)),
    ...(isPublic || verb === 'get' ? [] : (['CSRF_TOKEN_INVALID'] as const)),
    ...(ifMatch ? (['PRECONDITION_REQUIRED', 'STALE_REVISION'] as const) : []),
    ...(idempotent ? (['IDEMPOTENCY_KEY_REUSED', 'IDEMPOTENCY_KEY_IN_USE'] as const) : []),
    ...(doc.errors ?? []),
    'INTERNAL',
  ];
  return codes;
}

function hasInterceptor(interceptor: unknown, ...targets: object[]): boolean {
  return targets.some((target) =>
    ((Reflect.getMetadata(INTERCEPTORS_METADATA, target) as unknown[] | undefined) ?? []).includes(interceptor),
  );
}

/**
 * The OpenAPI 3.1 document of every route, built from the routes' own contract schemas. A route handler
 * without `@Doc` is an error: the document would not tell the truth about it.
 */
export function buildOpenApiDocument(handlers: RouteHandler[], globalPrefix: string): JsonSchema {
  const operations: Record<string, Record<string, JsonSchema>> = {};
  for (const { controller, method } of handlers) {
    const type = controller.constructor;
    const prototype = Object.getPrototypeOf(controller) as object;
    const fn = (controller as Record<string, unknown>)[method] as object;
    const routePaths = Reflect.getMetadata(PATH_METADATA, fn) as unknown;
    if (routePaths === undefined) continue; // not a route handler
    const name = `${type.name}.${method}`;
    const verb = methodNames[Reflect.getMetadata(METHOD_METADATA, fn) as RequestMethod];
    if (!verb) throw new Error(`${name}: the OpenAPI document describes GET, POST, PUT, PATCH and DELETE routes only`);
    const doc = Reflect.getMetadata(ROUTE_DOC, fn) as RouteDoc | undefined;
    if (!doc) throw new Error(`${name} has no @Doc(...): describe the route for the OpenAPI document`);
    const inputs = (Reflect.getMetadata(INPUT_SCHEMAS, prototype, method) ?? {}) as InputSchemas;
    const isPublic = Boolean(Reflect.getMetadata(IS_PUBLIC, fn) ?? Reflect.getMetadata(IS_PUBLIC, type));
    const ifMatch = Boolean(Reflect.getMetadata(IF_MATCH, prototype, method));
    const idempotent = Boolean(Reflect.getMetadata(IDEMPOTENT, fn));
    const etag: ETagKind = hasInterceptor(AnswerETag, type, fn)
      ? 'answer'
      : verb !== 'get' && hasInterceptor(RevisionETag, type, fn)
        ? 'revision'
        : null;
    const operation = {
      summary: doc.summary,
      security: isPublic ? [] : [{ bearer: [] }, { cookie: [] }],
      parameters: [
        ...parameters(inputs.params, 'path'),
        ...parameters(inputs.query, 'query'),
        ...(ifMatch ? [ifMatchParameter] : []),
        ...(idempotent ? [idempotencyKeyParameter] : []),
        ...(etag === 'answer' ? [ifNoneMatchParameter] : []),
      ],
      ...(inputs.body
        ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(inputs.body, 'input') } } } }
        : {}),
      responses: Object.fromEntries([
        successResponse(doc, etag),
        ...(etag === 'answer' ? [notModifiedResponse] : []),
        ...problemResponses(errorCodes(doc, { inputs, isPublic, verb, ifMatch, idempotent })),
      ]),
    };
    for (const controllerPath of paths(Reflect.getMetadata(PATH_METADATA, type))) {
      for (const routePath of paths(routePaths)) {
        const path = joinPath(globalPrefix, controllerPath, routePath);
        operations[path] ??= {};
        operations[path][verb] = { ...operation, tags: [path.split('/')[2] ?? 'api'] };
      }
    }
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Belong API',
      version: '0.1.0',
      description:
        'Regions co-design their integration strategies. Authenticate with `Authorization: Bearer <token>` from `POST /api/auth/login`, or with the session cookie plus `X-CSRF-Token` for changes. Errors are RFC 9457 problem details.',
    },
    paths: operations,
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer' },
        cookie: { type: 'apiKey', in: 'cookie', name: 'belong_session' },
      },
      responses: {
        // OpenAPI has no place for paths a document does not list; this is the answer they all get.
        UnknownPath: { ...problemResponses(['NOT_FOUND'])[0]![1], description: 'Any method and path under /api that is not listed' },
      },
    },
  };
}

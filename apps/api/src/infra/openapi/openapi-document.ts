import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { z } from 'zod';
import { errorStatus, problem, type ErrorCode } from '@belong/contracts';
import { IS_PUBLIC } from '../auth/public.decorator';
import { IDEMPOTENT } from '../http/idempotency/idempotent.decorator';
import { ROUTE_DOC, type RouteDoc } from '../http/route-doc';
import { INPUT_SCHEMAS, type InputSchemas } from '../http/validation';

export interface RouteHandler {
  controller: object;
  method: string;
}

type JsonSchema = Record<string, unknown>;

const methodNames: Partial<Record<RequestMethod, string>> = {
  [RequestMethod.GET]: 'get',
  [RequestMethod.POST]: 'post',
  [RequestMethod.PUT]: 'put',
  [RequestMethod.PATCH]: 'patch',
  [RequestMethod.DELETE]: 'delete',
};

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any', reused: 'inline' }) as JsonSchema;
  return rest;
}

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

function problemResponse(code: ErrorCode | 'COMMON'): [string, JsonSchema] {
  const status = code === 'COMMON' ? '400' : String(errorStatus[code]);
  return [
    status,
    {
      description: code === 'COMMON' ? 'Invalid input' : code,
      content: { 'application/problem+json': { schema: jsonSchema(problem, 'output') } },
    },
  ];
}

function joinPath(...parts: string[]): string {
  const path = `/${parts.join('/')}`.replace(/\/+/g, '/').replace(/\/$/, '');
  return path.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
}

/** The OpenAPI 3.1 document of every route, built from the routes' own contract schemas. */
export function buildOpenApiDocument(handlers: RouteHandler[], globalPrefix: string): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const { controller, method } of handlers) {
    const type = controller.constructor;
    const fn = (controller as Record<string, unknown>)[method] as object;
    const verb = methodNames[Reflect.getMetadata(METHOD_METADATA, fn) as RequestMethod];
    const doc = Reflect.getMetadata(ROUTE_DOC, fn) as RouteDoc | undefined;
    if (!verb || !doc) continue;
    const path = joinPath(
      globalPrefix,
      String(Reflect.getMetadata(PATH_METADATA, type) ?? ''),
      String(Reflect.getMetadata(PATH_METADATA, fn) ?? ''),
    );
    const inputs = (Reflect.getMetadata(INPUT_SCHEMAS, Object.getPrototypeOf(controller) as object, method) ?? {}) as InputSchemas;
    const isPublic = Boolean(Reflect.getMetadata(IS_PUBLIC, fn) ?? Reflect.getMetadata(IS_PUBLIC, type));
    const status = String(doc.status ?? (doc.response ? 200 : 204));
    const success: JsonSchema = doc.response
      ? { description: 'OK', content: { [doc.produces ?? 'application/json']: { schema: jsonSchema(doc.response, 'output') } } }
      : { description: 'No content' };
    const errors = [
      ...(inputs.body || inputs.query || inputs.params ? (['COMMON'] as const) : []),
      ...(isPublic ? [] : (['UNAUTHENTICATED'] as const)),
      ...(doc.errors ?? []),
    ];
    const idempotencyHeader = Reflect.getMetadata(IDEMPOTENT, fn)
      ? [{ name: 'Idempotency-Key', in: 'header', required: false, schema: { type: 'string', maxLength: 200 } }]
      : [];
    paths[path] ??= {};
    paths[path][verb] = {
      summary: doc.summary,
      tags: [path.split('/')[2] ?? 'api'],
      security: isPublic ? [] : [{ bearer: [] }, { cookie: [] }],
      parameters: [...parameters(inputs.params, 'path'), ...parameters(inputs.query, 'query'), ...idempotencyHeader],
      ...(inputs.body
        ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(inputs.body, 'input') } } } }
        : {}),
      responses: { [status]: success, ...Object.fromEntries(errors.map(problemResponse)) },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Belong API',
      version: '0.1.0',
      description:
        'Regions co-design their integration strategies. Authenticate with `Authorization: Bearer <token>` from `POST /api/auth/login`, or with the session cookie plus `X-CSRF-Token` for changes. Errors are RFC 9457 problem details.',
    },
    paths,
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer' },
        cookie: { type: 'apiKey', in: 'cookie', name: 'belong_session' },
      },
    },
  };
}

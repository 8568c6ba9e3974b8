import { SetMetadata } from '@nestjs/common';
import type { z } from 'zod';
import type { ErrorCode } from '@belong/contracts';

export const ROUTE_DOC = 'belong:route-doc';

export interface RouteDoc {
  summary: string;
  /** The success response as JSON; omit for 204. */
  response?: z.ZodType;
  status?: number;
  /** Error codes this route answers with beyond the ones every route has. */
  errors?: ErrorCode[];
  /** A success body that is not JSON, by media type (an HTML page, a download); `binary` for bytes without a schema. */
  content?: Record<string, z.ZodType | 'binary'>;
  /** Response headers of the success response, by name, with what they carry. */
  headers?: Record<string, string>;
}

/**
 * Describes a route for the OpenAPI document; input schemas come from the validating parameter decorators.
 * Every route needs one: the document refuses to build without it, and the app does not start.
 */
export const Doc = (doc: RouteDoc) => SetMetadata(ROUTE_DOC, doc);

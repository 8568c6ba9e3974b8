import { SetMetadata } from '@nestjs/common';
import type { z } from 'zod';
import type { ErrorCode } from '@belong/contracts';

export const ROUTE_DOC = 'belong:route-doc';

export interface RouteDoc {
  summary: string;
  /** The success response; omit for 204. */
  response?: z.ZodType;
  status?: number;
  /** Error codes this route answers with beyond the ones every route has. */
  errors?: ErrorCode[];
  /** A text body that is not JSON (e.g. an HTML page). */
  produces?: string;
}

/** Describes a route for the OpenAPI document; input schemas come from the validating parameter decorators. */
export const Doc = (doc: RouteDoc) => SetMetadata(ROUTE_DOC, doc);

import 'reflect-metadata';
import { Body, Param, Query, type PipeTransform } from '@nestjs/common';
import type { z } from 'zod';
import { parseOrThrow } from './zod-validation';

export const INPUT_SCHEMAS = 'belong:input-schemas';
export type InputPart = 'body' | 'query' | 'params';
export type InputSchemas = Partial<Record<InputPart, z.ZodType>>;

class ZodPipe implements PipeTransform {
  constructor(
    private readonly schema: z.ZodType,
    private readonly part: InputPart,
  ) {}

  transform(value: unknown): unknown {
    return parseOrThrow(this.schema, value, this.part);
  }
}

/** Records the schema on the route (for the OpenAPI document) and validates the input with it. */
function validated(part: InputPart, schema: z.ZodType, bind: (pipe: ZodPipe) => ParameterDecorator): ParameterDecorator {
  return (target, key, index) => {
    if (key === undefined) return;
    const schemas: InputSchemas = { ...(Reflect.getMetadata(INPUT_SCHEMAS, target, key) as InputSchemas | undefined), [part]: schema };
    Reflect.defineMetadata(INPUT_SCHEMAS, schemas, target, key);
    bind(new ZodPipe(schema, part))(target, key, index);
  };
}

export const ValidBody = (schema: z.ZodType): ParameterDecorator => validated('body', schema, (pipe) => Body(pipe));
export const ValidQuery = (schema: z.ZodType): ParameterDecorator => validated('query', schema, (pipe) => Query(pipe));
export const ValidParams = (schema: z.ZodType): ParameterDecorator => validated('params', schema, (pipe) => Param(pipe));

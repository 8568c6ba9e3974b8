import type { Response } from 'express';
import type { ErrorCode } from '@belong/contracts';
import type { FieldError } from './app-error';

const titles: Partial<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  412: 'Precondition Failed',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  428: 'Precondition Required',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
};

export interface ProblemInput {
  status: number;
  code: ErrorCode;
  detail: string;
  errors?: FieldError[];
  extensions?: Record<string, unknown>;
  headers?: Record<string, string>;
}

/** Writes an RFC 9457 problem document. */
export function sendProblem(res: Response, { status, code, detail, errors, extensions, headers }: ProblemInput): void {
  for (const [name, value] of Object.entries(headers ?? {})) res.setHeader(name, value);
  const body = {
    ...extensions,
    type: `https://belong.eu/problems/${code.toLowerCase().replace(/_/g, '-')}`,
    title: titles[status] ?? 'Error',
    status,
    detail,
    code,
    ...(errors ? { errors } : {}),
  };
  res.status(status).type('application/problem+json').send(JSON.stringify(body));
}

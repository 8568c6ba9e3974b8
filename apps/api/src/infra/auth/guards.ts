import { Injectable, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import type { Request } from 'express';
import { loginRequest, sessionCookie } from '@belong/contracts';
import { AppError } from '../http/app-error';
import { parseOrThrow } from '../http/zod-validation';
import { IS_PUBLIC } from './public.decorator';

/**
 * Global: every route needs a session unless it is marked `@Public()`. A public route still learns who calls
 * when a valid session comes with the request (to say what they may do), and ignores one that is not.
 */
@Injectable()
export class SessionGuard extends AuthGuard('session') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean | undefined>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    if (!isPublic) return (await super.canActivate(context)) as boolean;
    const req = context.switchToHttp().getRequest<Request>();
    if (!req.headers.authorization && !(req.cookies as Record<string, unknown> | undefined)?.[sessionCookie]) return true;
    try {
      await super.canActivate(context);
    } catch {
      // A stale cookie on a public page is no reason to refuse it.
    }
    return true;
  }

  override handleRequest<T>(error: unknown, user: T): T {
    if (error) throw asError(error);
    if (!user) throw new AppError('UNAUTHENTICATED', 'Sign in first');
    return user;
  }
}

/** The sign-in route: the body is validated first, so a malformed one is a 400 and not a failed sign-in. */
@Injectable()
export class LocalGuard extends AuthGuard('local') {
  override canActivate(context: ExecutionContext) {
    const req = context.switchToHttp().getRequest<Request>();
    req.body = parseOrThrow(loginRequest, req.body, 'body');
    return super.canActivate(context);
  }

  override handleRequest<T>(error: unknown, user: T): T {
    if (error) throw asError(error);
    if (!user) throw new AppError('INVALID_CREDENTIALS', 'The email address or the password is wrong');
    return user;
  }
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

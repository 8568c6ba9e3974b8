import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { Request } from 'express';
import { Strategy } from 'passport-custom';
import { csrfHeader, sessionCookie } from '@belong/contracts';
import type { AuthUser } from '../../infra/auth/auth-user';
import { csrfTokenFor, sameSecret } from '../../infra/auth/tokens';
import { AppError } from '../../infra/http/app-error';
import { SessionsService } from './sessions.service';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Authenticates a request by `Authorization: Bearer <token>` (scripts) or by the session cookie (the
 * browser). A cookie alone does not authorise a change: the request must echo the CSRF token.
 */
@Injectable()
export class SessionStrategy extends PassportStrategy(Strategy, 'session') {
  constructor(private readonly sessions: SessionsService) {
    super();
  }

  async validate(req: Request): Promise<AuthUser> {
    const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
    const cookie = (req.cookies as Record<string, string | undefined> | undefined)?.[sessionCookie];
    const token = bearer ?? cookie;
    if (!token) throw new AppError('UNAUTHENTICATED', 'Sign in first');
    const via = bearer ? 'bearer' : 'cookie';
    const user = await this.sessions.resolve(token, via);
    if (!user) throw new AppError('UNAUTHENTICATED', 'Your session has ended; sign in again');
    if (via === 'cookie' && !safeMethods.has(req.method)) {
      const sent = req.headers[csrfHeader];
      if (typeof sent !== 'string' || !sameSecret(sent, csrfTokenFor(token))) {
        throw new AppError('CSRF_TOKEN_INVALID', `Send the ${csrfHeader} header with the csrfToken of your session`);
      }
    }
    return user;
  }
}

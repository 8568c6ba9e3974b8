import type { Request, Response } from 'express';
import { sessionCookie } from '@belong/contracts';
import type { AppConfig } from '../config/config';

/** The browser's copy of a new session: HttpOnly, SameSite=Lax, Secure over HTTPS, as long as the session lives. */
export function setSessionCookie(req: Request, res: Response, token: string, config: AppConfig): void {
  res.cookie(sessionCookie, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: config.cookieSecure ?? req.secure,
    path: '/',
    maxAge: config.sessionHours * 3600_000,
  });
}

import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Locale, Membership } from '@belong/contracts';
import type { Caller } from '@belong/domain';

/** The signed-in person behind a request, with the memberships that decide what they may do. */
export interface AuthUser extends Caller {
  email: string;
  name: string;
  locale: Locale;
  memberships: Membership[];
  sessionId: string;
  /** How the request proved who it is: the browser's cookie or a script's bearer token. */
  via: 'cookie' | 'bearer';
  token: string;
}

export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): AuthUser => {
  const user = context.switchToHttp().getRequest<{ user?: AuthUser }>().user;
  if (!user) throw new Error('CurrentUser used on a public route');
  return user;
});

/** On a public route: the caller when they sent a valid session, else null. */
export const OptionalUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): AuthUser | null => context.switchToHttp().getRequest<{ user?: AuthUser }>().user ?? null,
);

import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { Request } from 'express';
import { Strategy } from 'passport-local';
import { AuthService, type SignedIn } from './auth.service';

/** Email and password, checked against the argon2id hash; throttled per account and per address. */
@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy, 'local') {
  constructor(private readonly auth: AuthService) {
    super({ usernameField: 'email', passwordField: 'password', passReqToCallback: true, session: false });
  }

  validate(req: Request, email: string, password: string): Promise<SignedIn> {
    return this.auth.signIn(email.trim().toLowerCase(), password, req.ip ?? 'unknown');
  }
}

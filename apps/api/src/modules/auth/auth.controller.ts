import { Controller, Get, HttpCode, Inject, Patch, Post, Req, Res, UseGuards } from '@nestjs/common';
import type { Request, Response } from 'express';
import { loginRequest, loginResponse, meResponse, sessionCookie, updateMeRequest, type UpdateMeRequest } from '@belong/contracts';
import { CurrentUser, type AuthUser } from '../../infra/auth/auth-user';
import { LocalGuard } from '../../infra/auth/guards';
import { setSessionCookie } from '../../infra/auth/session-cookie';
import { Public } from '../../infra/auth/public.decorator';
import { APP_CONFIG, type AppConfig } from '../../infra/config/config';
import { Doc } from '../../infra/http/route-doc';
import { ValidBody } from '../../infra/http/validation';
import { AuthService, type SignedIn } from './auth.service';

@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post('login')
  @Public()
  @HttpCode(200)
  @UseGuards(LocalGuard)
  @Doc({
    summary: 'Sign in; sets the session cookie and returns a bearer token',
    response: loginResponse,
    headers: { 'Set-Cookie': 'The HttpOnly session cookie' },
    errors: ['INVALID_CREDENTIALS', 'TOO_MANY_REQUESTS'],
  })
  login(@ValidBody(loginRequest) _body: unknown, @Req() req: Request & { user: SignedIn }, @Res({ passthrough: true }) res: Response) {
    const { authUser: _authUser, ...signedIn } = req.user;
    setSessionCookie(req, res, signedIn.token, this.config);
    return signedIn;
  }

  @Post('logout')
  @HttpCode(204)
  @Doc({ summary: 'Sign out; the session is revoked', headers: { 'Set-Cookie': 'Clears the session cookie' } })
  async logout(@CurrentUser() caller: AuthUser, @Res({ passthrough: true }) res: Response): Promise<void> {
    await this.auth.signOut(caller);
    res.clearCookie(sessionCookie, { path: '/' });
  }

  @Get('me')
  @Doc({ summary: 'Who is signed in, with their memberships', response: meResponse })
  me(@CurrentUser() caller: AuthUser) {
    return this.auth.me(caller);
  }

  @Patch('me')
  @Doc({ summary: 'Change your own name or interface language', response: meResponse })
  updateMe(@CurrentUser() caller: AuthUser, @ValidBody(updateMeRequest) body: UpdateMeRequest) {
    return this.auth.updateMe(caller, body);
  }
}

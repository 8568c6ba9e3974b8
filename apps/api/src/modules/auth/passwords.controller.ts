import { Controller, HttpCode, Post, Req } from '@nestjs/common';
import type { Request } from 'express';
import {
  changePasswordRequest,
  newPasswordRequest,
  passwordResetRequest,
  tokenParams,
  type ChangePasswordRequest,
  type NewPasswordRequest,
  type PasswordResetRequest,
} from '@belong/contracts';
import { CurrentUser, type AuthUser } from '../../infra/auth/auth-user';
import { Public } from '../../infra/auth/public.decorator';
import { Doc } from '../../infra/http/route-doc';
import { ValidBody, ValidParams } from '../../infra/http/validation';
import { PasswordsService } from './passwords.service';

@Controller('auth')
export class PasswordsController {
  constructor(private readonly passwords: PasswordsService) {}

  @Post('password-reset')
  @Public()
  @HttpCode(202)
  @Doc({
    summary: 'Email a link to choose a new password; the same answer whether or not the account exists',
    status: 202,
    errors: ['TOO_MANY_REQUESTS'],
  })
  requestReset(@ValidBody(passwordResetRequest) body: PasswordResetRequest, @Req() req: Request): Promise<void> {
    return this.passwords.requestReset(body.email, req.ip ?? 'unknown');
  }

  @Post('password-reset/:token')
  @Public()
  @HttpCode(204)
  @Doc({ summary: 'Choose a new password with the emailed link; every session of the account ends', errors: ['LINK_GONE'] })
  completeReset(
    @ValidParams(tokenParams) params: { token: string },
    @ValidBody(newPasswordRequest) body: NewPasswordRequest,
  ): Promise<void> {
    return this.passwords.completeReset(params.token, body.password);
  }

  @Post('password')
  @HttpCode(204)
  @Doc({ summary: 'Change your password; your other sessions end', errors: ['TOO_MANY_REQUESTS'] })
  change(
    @CurrentUser() caller: AuthUser,
    @ValidBody(changePasswordRequest) body: ChangePasswordRequest,
    @Req() req: Request,
  ): Promise<void> {
    return this.passwords.change(caller, body.currentPassword, body.newPassword, req.ip ?? 'unknown');
  }
}

import { Controller, Delete, Get, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import {
  acceptInvitationRequest,
  createInvitationRequest,
  invitation,
  invitationListQuery,
  invitationParams,
  invitationPreview,
  listOf,
  loginResponse,
  regionParams,
  tokenParams,
  type AcceptInvitationRequest,
  type CreateInvitationRequest,
  type InvitationListQuery,
} from '@belong/contracts';
import { CurrentUser, type AuthUser } from '../../infra/auth/auth-user';
import { Public } from '../../infra/auth/public.decorator';
import { setSessionCookie } from '../../infra/auth/session-cookie';
import { APP_CONFIG, type AppConfig } from '../../infra/config/config';
import { Idempotent } from '../../infra/http/idempotency/idempotent.decorator';
import { Doc } from '../../infra/http/route-doc';
import { ValidBody, ValidParams, ValidQuery } from '../../infra/http/validation';
import { InvitationsService } from './invitations.service';

type InvitationParams = { regionId: string; invitationId: string };

@Controller()
export class InvitationsController {
  constructor(
    private readonly invitations: InvitationsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post('regions/:regionId/invitations')
  @HttpCode(201)
  @Idempotent()
  @Doc({
    summary: 'Invite an email address into the region with a role; the link goes by email (administrators, coordinators)',
    response: invitation,
    status: 201,
    errors: ['FORBIDDEN', 'NOT_FOUND', 'ALREADY_MEMBER'],
  })
  invite(
    @CurrentUser() caller: AuthUser,
    @ValidParams(regionParams) params: { regionId: string },
    @ValidBody(createInvitationRequest) body: CreateInvitationRequest,
  ) {
    return this.invitations.invite(caller, params.regionId, body);
  }

  @Get('regions/:regionId/invitations')
  @Doc({
    summary: "The region's invitations, newest first; `?status=` filters",
    response: listOf(invitation),
    errors: ['FORBIDDEN', 'NOT_FOUND'],
  })
  list(
    @CurrentUser() caller: AuthUser,
    @ValidParams(regionParams) params: { regionId: string },
    @ValidQuery(invitationListQuery) query: InvitationListQuery,
  ) {
    return this.invitations.list(caller, params.regionId, query);
  }

  @Post('regions/:regionId/invitations/:invitationId/resend')
  @HttpCode(200)
  @Doc({
    summary: 'Send an open invitation again, with a new link valid for a week; the old link stops working',
    response: invitation,
    errors: ['FORBIDDEN', 'NOT_FOUND', 'INVALID_STATE'],
  })
  resend(@CurrentUser() caller: AuthUser, @ValidParams(invitationParams) params: InvitationParams) {
    return this.invitations.resend(caller, params.regionId, params.invitationId);
  }

  @Delete('regions/:regionId/invitations/:invitationId')
  @HttpCode(204)
  @Doc({ summary: 'Withdraw an open invitation: its link stops working', errors: ['FORBIDDEN', 'NOT_FOUND', 'INVALID_STATE'] })
  revoke(@CurrentUser() caller: AuthUser, @ValidParams(invitationParams) params: InvitationParams): Promise<void> {
    return this.invitations.revoke(caller, params.regionId, params.invitationId);
  }

  @Get('invitations/:token')
  @Public()
  @Doc({
    summary: 'What an invitation link invites to (public: the link is the key)',
    response: invitationPreview,
    errors: ['INVITATION_GONE'],
  })
  preview(@ValidParams(tokenParams) params: { token: string }) {
    return this.invitations.preview(params.token);
  }

  @Post('invitations/:token/accept')
  @Public()
  @HttpCode(201)
  @Doc({
    summary: 'Accept an invitation: a new account (name and password) or the existing one (its password); signed in',
    response: loginResponse,
    status: 201,
    headers: { 'Set-Cookie': 'The HttpOnly session cookie' },
    errors: ['INVITATION_GONE', 'INVALID_CREDENTIALS', 'TOO_MANY_REQUESTS'],
  })
  async accept(
    @ValidParams(tokenParams) params: { token: string },
    @ValidBody(acceptInvitationRequest) body: AcceptInvitationRequest,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    const { authUser: _authUser, ...signedIn } = await this.invitations.accept(params.token, body, req.ip ?? 'unknown');
    setSessionCookie(req, res, signedIn.token, this.config);
    return signedIn;
  }
}

import { Injectable } from '@nestjs/common';
import type {
  AcceptInvitationRequest,
  CreateInvitationRequest,
  Invitation,
  InvitationListQuery,
  InvitationPreview,
  List,
} from '@belong/contracts';
import { password as passwordRule } from '@belong/contracts';
import { decide, type Caller } from '@belong/domain';
import { isUiLanguage } from '@belong/i18n';
import { hashToken, newSessionToken } from '../../infra/auth/tokens';
import { Transactions } from '../../infra/database/transactions';
import { AppError } from '../../infra/http/app-error';
import { enforce } from '../../infra/http/enforce';
import { AuditService } from '../audit/audit.service';
import { AuthService, type SignedIn } from '../auth/auth.service';
import { MembersService } from '../members/members.service';
import { OrganisationsService } from '../organisations/organisations.service';
import { RegionsService } from '../regions/regions.service';
import { UsersService } from '../users/users.service';
import { InvitationMail } from './invitation-mail';
import { toInvitation } from './invitation.mapper';
import { InvitationsRepository, type InvitationRecord } from './invitations.repository';

const lifetimeMs = 7 * 24 * 3600_000;

@Injectable()
export class InvitationsService {
  constructor(
    private readonly invitations: InvitationsRepository,
    private readonly regions: RegionsService,
    private readonly organisations: OrganisationsService,
    private readonly members: MembersService,
    private readonly users: UsersService,
    private readonly auth: AuthService,
    private readonly mail: InvitationMail,
    private readonly audit: AuditService,
    private readonly tx: Transactions,
  ) {}

  /**
   * Invites an address into the region with a role, and emails the link. Inviting an address that has an open
   * invitation renews that one (new link, new week, the role as now given); a member already is a 409.
   */
  async invite(caller: Caller, regionId: string, input: CreateInvitationRequest): Promise<Invitation> {
    await this.assert(caller, regionId);
    return this.tx.run(async () => {
      const organisation = input.organisationId ? await this.organisations.inRegion(regionId, input.organisationId) : null;
      if (input.organisationId && !organisation)
        throw AppError.invalid('body.organisationId', 'No organisation of this region has this id');
      const existing = await this.users.findByEmail(input.email);
      if (existing && (await this.members.isMember(regionId, existing.id)))
        throw new AppError('ALREADY_MEMBER', 'This person is a member of the region already');
      const token = newSessionToken();
      const fields = {
        role: input.role,
        organisationId: input.organisationId ?? null,
        signatory: input.signatory ?? false,
        department: input.department ?? null,
        tokenHash: hashToken(token),
        invitedBy: caller.userId,
        expiresAt: new Date(Date.now() + lifetimeMs),
      };
      const open = await this.invitations.findPendingLocked(regionId, input.email);
      const invitation = open
        ? await this.invitations.update(open.id, { ...fields, sentAt: new Date() })
        : await this.invitations.insert({ regionId, email: input.email, ...fields });
      await this.mail.send(invitation, token, existing?.locale);
      await this.record(caller.userId, invitation, open ? 'invitation.renewed' : 'invitation.sent');
      return (await this.view([invitation]))[0]!;
    });
  }

  async list(caller: Caller, regionId: string, query: InvitationListQuery): Promise<List<Invitation>> {
    await this.assert(caller, regionId);
    const page = await this.invitations.pageOfRegion(regionId, query);
    return { items: await this.view(page.items), nextCursor: page.nextCursor };
  }

  /** A new link and a new week for an invitation nobody accepted yet; the old link stops working. */
  async resend(caller: Caller, regionId: string, id: string): Promise<Invitation> {
    await this.assert(caller, regionId);
    return this.tx.run(async () => {
      const found = await this.pending(regionId, id);
      const token = newSessionToken();
      const invitation = await this.invitations.update(found.id, {
        tokenHash: hashToken(token),
        sentAt: new Date(),
        expiresAt: new Date(Date.now() + lifetimeMs),
      });
      const existing = await this.users.findByEmail(invitation.email);
      await this.mail.send(invitation, token, existing?.locale);
      await this.record(caller.userId, invitation, 'invitation.renewed');
      return (await this.view([invitation]))[0]!;
    });
  }

  async revoke(caller: Caller, regionId: string, id: string): Promise<void> {
    await this.assert(caller, regionId);
    await this.tx.run(async () => {
      const found = await this.pending(regionId, id);
      const invitation = await this.invitations.update(found.id, { status: 'revoked' });
      await this.record(caller.userId, invitation, 'invitation.revoked');
    });
  }

  /** What the link's holder is invited to (public: the token is the key). */
  async preview(token: string): Promise<InvitationPreview> {
    const invitation = usable(await this.invitations.findByToken(hashToken(token)));
    const [region, organisation, inviter, account] = await Promise.all([
      this.regions.found(invitation.regionId),
      invitation.organisationId ? this.organisations.inRegion(invitation.regionId, invitation.organisationId) : null,
      invitation.invitedBy ? this.users.find(invitation.invitedBy) : null,
      this.users.findByEmail(invitation.email),
    ]);
    return {
      email: invitation.email,
      regionId: region.id,
      regionName: region.name,
      role: invitation.role,
      organisationName: organisation?.name ?? null,
      signatory: invitation.signatory,
      department: invitation.department,
      invitedBy: inviter?.name ?? null,
      expiresAt: invitation.expiresAt.toISOString(),
      hasAccount: account !== null,
    };
  }

  /**
   * Joins the region as invited, signed in: a new account with the chosen name and password, or the existing
   * account of the address when its password is given. The invitation is locked, so that it is used once.
   */
  async accept(token: string, input: AcceptInvitationRequest, address: string): Promise<SignedIn> {
    const person = await this.tx.run(async () => {
      const invitation = usable(await this.invitations.findByToken(hashToken(token), true));
      const existing = await this.users.findByEmail(invitation.email);
      const joining = existing
        ? await this.auth.checkPassword(invitation.email, input.password, address)
        : await this.newAccount(invitation, input);
      await this.members.insert(invitation.invitedBy, invitation.regionId, {
        userId: joining.id,
        role: invitation.role,
        organisationId: invitation.organisationId ?? undefined,
        signatory: invitation.signatory,
        department: invitation.department ?? undefined,
      });
      const accepted = await this.invitations.update(invitation.id, { status: 'accepted', acceptedBy: joining.id });
      await this.record(joining.id, accepted, 'invitation.accepted');
      return joining;
    });
    return this.auth.startSession(person);
  }

  private async newAccount(invitation: InvitationRecord, input: AcceptInvitationRequest) {
    if (!input.name) throw AppError.invalid('body.name', 'Choose the name others will see');
    const password = passwordRule.safeParse(input.password);
    if (!password.success) throw AppError.invalid('body.password', 'Choose a password of 12 to 128 characters');
    // The language the person accepted in, else the region's first: the one the invitation was written in.
    const language = input.locale ?? (await this.regions.found(invitation.regionId)).languages[0];
    const locale = isUiLanguage(language) ? language : undefined;
    await this.users.insert(null, { email: invitation.email, name: input.name, password: input.password, locale });
    return (await this.users.findByEmail(invitation.email))!;
  }

  private async pending(regionId: string, id: string): Promise<InvitationRecord> {
    const invitation = await this.invitations.findInRegionLocked(regionId, id);
    if (!invitation) throw AppError.notFound('The invitation');
    if (invitation.status !== 'pending') throw new AppError('INVALID_STATE', `The invitation was ${invitation.status} already`);
    return invitation;
  }

  private async view(rows: InvitationRecord[]): Promise<Invitation[]> {
    const [organisations, people] = await Promise.all([
      this.organisations.names(rows.flatMap((r) => (r.organisationId ? [r.organisationId] : []))),
      this.users.names(rows.flatMap((r) => (r.invitedBy ? [r.invitedBy] : []))),
    ]);
    return rows.map((r) => toInvitation(r, organisations, people));
  }

  private async record(actorId: string, invitation: InvitationRecord, action: string): Promise<void> {
    await this.audit.record({
      actorId,
      regionId: invitation.regionId,
      action,
      entityType: 'invitation',
      entityId: invitation.id,
      data: { email: invitation.email, role: invitation.role, organisationId: invitation.organisationId },
    });
  }

  private async assert(caller: Caller, regionId: string): Promise<void> {
    await this.regions.found(regionId);
    enforce(decide(caller, 'manageMembers', { type: 'region', id: regionId }), 'The region');
  }
}

/** A link that was used, revoked or outlived its week invites nobody any more. */
function usable(invitation: InvitationRecord | null): InvitationRecord {
  if (!invitation || invitation.status !== 'pending' || invitation.expiresAt <= new Date())
    throw new AppError('INVITATION_GONE', 'This invitation was used, withdrawn or has expired; ask the coordinator for a new one');
  return invitation;
}

import { Injectable } from '@nestjs/common';
import type { CreateMemberRequest, List, ListQuery, Member, Membership, Role } from '@belong/contracts';
import { decide, type Caller } from '@belong/domain';
import { Transactions } from '../../infra/database/transactions';
import { AppError } from '../../infra/http/app-error';
import { enforce } from '../../infra/http/enforce';
import { AuditService } from '../audit/audit.service';
import { OrganisationsService } from '../organisations/organisations.service';
import { RegionsService } from '../regions/regions.service';
import { UsersService } from '../users/users.service';
import { toMember, toMembership } from './member.mapper';
import { MembersRepository } from './members.repository';

@Injectable()
export class MembersService {
  constructor(
    private readonly memberships: MembersRepository,
    private readonly tx: Transactions,
    private readonly regions: RegionsService,
    private readonly users: UsersService,
    private readonly organisations: OrganisationsService,
    private readonly audit: AuditService,
  ) {}

  /** Three queries a page, whatever its size: the memberships, then the people and organisations named. */
  async list(caller: Caller, regionId: string, query: ListQuery): Promise<List<Member>> {
    await this.assert(caller, regionId, 'readMembers');
    const page = await this.memberships.pageOfRegion(regionId, query);
    const [people, organisations] = await Promise.all([
      this.users.names(page.items.map((m) => m.userId)),
      this.organisations.names(page.items.flatMap((m) => (m.organisationId ? [m.organisationId] : []))),
    ]);
    return {
      items: page.items.map((m) => toMember(m, people.get(m.userId), m.organisationId ? organisations.get(m.organisationId) : undefined)),
      nextCursor: page.nextCursor,
    };
  }

  async add(caller: Caller, regionId: string, input: CreateMemberRequest): Promise<Member> {
    await this.assert(caller, regionId, 'manageMembers');
    return this.insert(caller.userId, regionId, input);
  }

  /** Also used by the demo data. */
  async insert(actorId: string | null, regionId: string, input: CreateMemberRequest): Promise<Member> {
    return this.tx.run(async () => {
      const person = await this.users.find(input.userId);
      if (!person) throw AppError.invalid('body.userId', 'No account has this id');
      const organisation = input.organisationId ? await this.organisations.inRegion(regionId, input.organisationId) : null;
      if (input.organisationId && !organisation)
        throw AppError.invalid('body.organisationId', 'No organisation of this region has this id');
      const membership = await this.memberships.insert({
        regionId,
        userId: input.userId,
        role: input.role,
        organisationId: input.organisationId ?? null,
        signatory: input.signatory ?? false,
        department: input.department ?? null,
      });
      if (!membership) throw new AppError('ALREADY_MEMBER', 'This person is a member of the region already');
      await this.audit.record({
        actorId,
        regionId,
        action: 'member.added',
        entityType: 'membership',
        entityId: membership.id,
        data: { userId: input.userId, role: input.role, organisationId: input.organisationId ?? null, signatory: input.signatory ?? false },
      });
      return toMember(membership, person, organisation ?? undefined);
    });
  }

  async remove(caller: Caller, regionId: string, userId: string): Promise<void> {
    await this.assert(caller, regionId, 'manageMembers');
    await this.tx.run(async () => {
      const membership = await this.memberships.find(regionId, userId);
      if (!membership) throw AppError.notFound('The member');
      await this.memberships.delete(membership.id);
      await this.audit.record({
        actorId: caller.userId,
        regionId,
        action: 'member.removed',
        entityType: 'membership',
        entityId: membership.id,
        data: { userId, role: membership.role },
      });
    });
  }

  /** Every region a person belongs to, with their role there: what the policy decides from. */
  async of(userId: string): Promise<Membership[]> {
    return (await this.memberships.ofUser(userId)).map(toMembership);
  }

  /** Who of a region to tell something: by role, organisation, signatory right. */
  whoAre(
    regionId: string,
    filter: { roles?: readonly Role[]; organisationIds?: readonly string[]; signatories?: boolean },
  ): Promise<string[]> {
    return this.memberships.whoAre(regionId, filter);
  }

  async isMember(regionId: string, userId: string): Promise<boolean> {
    return (await this.memberships.find(regionId, userId)) !== null;
  }

  private async assert(caller: Caller, regionId: string, action: 'readMembers' | 'manageMembers'): Promise<void> {
    await this.regions.found(regionId);
    enforce(decide(caller, action, { type: 'region', id: regionId }), 'The region');
  }
}

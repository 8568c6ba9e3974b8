import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { DataSource, Repository } from 'typeorm';
import type { CreateMemberRequest, List, ListQuery, Member } from '@belong/contracts';
import type { AuthUser } from '../../infra/auth/auth-user';
import { AppError } from '../../infra/http/app-error';
import { mapList, paginate } from '../../infra/http/pagination';
import { AuditService } from '../audit/audit.service';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { RegionsService } from '../regions/regions.service';
import { UserEntity } from '../users/user.entity';
import { toMember } from './member.mapper';
import { MembershipEntity } from './membership.entity';

@Injectable()
export class MembersService {
  constructor(
    @InjectRepository(MembershipEntity) private readonly memberships: Repository<MembershipEntity>,
    @InjectDataSource() private readonly db: DataSource,
    private readonly regions: RegionsService,
    private readonly audit: AuditService,
  ) {}

  /** One query a page: people and organisations are joined, not fetched per row. */
  async list(caller: AuthUser, regionId: string, query: ListQuery): Promise<List<Member>> {
    await this.regions.assertAccess(caller, regionId, 'members.read');
    const page = await paginate(
      this.memberships
        .createQueryBuilder('m')
        .innerJoinAndSelect('m.user', 'u')
        .leftJoinAndSelect('m.organisation', 'o')
        .where('m.regionId = :regionId', { regionId }),
      'm',
      query,
    );
    return mapList(page, toMember);
  }

  async add(caller: AuthUser, regionId: string, input: CreateMemberRequest): Promise<Member> {
    await this.regions.assertAccess(caller, regionId, 'members.write');
    return this.insert(caller.userId, regionId, input);
  }

  /** Also used by the demo data. */
  async insert(actorId: string | null, regionId: string, input: CreateMemberRequest): Promise<Member> {
    return this.db.transaction(async (manager) => {
      if (!(await manager.exists(UserEntity, { where: { id: input.userId } }))) {
        throw AppError.invalid('body.userId', 'No account has this id');
      }
      if (input.organisationId && !(await manager.exists(OrganisationEntity, { where: { id: input.organisationId, regionId } }))) {
        throw AppError.invalid('body.organisationId', 'No organisation of this region has this id');
      }
      const result = await manager
        .createQueryBuilder()
        .insert()
        .into(MembershipEntity)
        .values({
          regionId,
          userId: input.userId,
          role: input.role,
          organisationId: input.organisationId ?? null,
          signatory: input.signatory ?? false,
          department: input.department ?? null,
        })
        .orIgnore()
        .returning('id')
        .execute();
      const id = (result.raw as Array<{ id: string }>)[0]?.id;
      if (!id) throw new AppError('ALREADY_MEMBER', 'This person is a member of the region already');
      await this.audit.record(manager, {
        actorId,
        regionId,
        action: 'member.added',
        entityType: 'membership',
        entityId: id,
        data: { userId: input.userId, role: input.role, organisationId: input.organisationId ?? null, signatory: input.signatory ?? false },
      });
      const membership = await manager.findOneOrFail(MembershipEntity, { where: { id }, relations: { user: true, organisation: true } });
      return toMember(membership);
    });
  }

  async remove(caller: AuthUser, regionId: string, userId: string): Promise<void> {
    await this.regions.assertAccess(caller, regionId, 'members.write');
    await this.db.transaction(async (manager) => {
      const membership = await manager.findOne(MembershipEntity, { where: { regionId, userId } });
      if (!membership) throw AppError.notFound('The member');
      await manager.delete(MembershipEntity, { id: membership.id });
      await this.audit.record(manager, {
        actorId: caller.userId,
        regionId,
        action: 'member.removed',
        entityType: 'membership',
        entityId: membership.id,
        data: { userId, role: membership.role },
      });
    });
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { DataSource, Repository } from 'typeorm';
import type { CreateOrganisationRequest, List, ListQuery, Organisation } from '@belong/contracts';
import type { AuthUser } from '../../infra/auth/auth-user';
import { AppError } from '../../infra/http/app-error';
import { mapList, paginate } from '../../infra/http/pagination';
import { AuditService } from '../audit/audit.service';
import { RegionsService } from '../regions/regions.service';
import { OrganisationEntity } from './organisation.entity';

export function toOrganisation(o: OrganisationEntity): Organisation {
  return { id: o.id, regionId: o.regionId, name: o.name, type: o.type, website: o.website, createdAt: o.createdAt.toISOString() };
}

@Injectable()
export class OrganisationsService {
  constructor(
    @InjectRepository(OrganisationEntity) private readonly organisations: Repository<OrganisationEntity>,
    @InjectDataSource() private readonly db: DataSource,
    private readonly regions: RegionsService,
    private readonly audit: AuditService,
  ) {}

  async list(caller: AuthUser, regionId: string, query: ListQuery): Promise<List<Organisation>> {
    await this.regions.assertAccess(caller, regionId, 'organisations.read');
    const page = await paginate(this.organisations.createQueryBuilder('o').where('o.regionId = :regionId', { regionId }), 'o', query);
    return mapList(page, toOrganisation);
  }

  async create(caller: AuthUser, regionId: string, input: CreateOrganisationRequest): Promise<Organisation> {
    await this.regions.assertAccess(caller, regionId, 'organisations.write');
    return this.insert(caller.userId, regionId, input);
  }

  /** Also used by the demo data. */
  async insert(actorId: string | null, regionId: string, input: CreateOrganisationRequest): Promise<Organisation> {
    return this.db.transaction(async (manager) => {
      const result = await manager
        .createQueryBuilder()
        .insert()
        .into(OrganisationEntity)
        .values({ regionId, name: input.name, type: input.type, website: input.website ?? null })
        .orIgnore()
        .returning('id')
        .execute();
      const id = (result.raw as Array<{ id: string }>)[0]?.id;
      if (!id) throw new AppError('ORGANISATION_NAME_TAKEN', 'This region has an organisation of that name already');
      const organisation = await manager.findOneByOrFail(OrganisationEntity, { id });
      await this.audit.record(manager, {
        actorId,
        regionId,
        action: 'organisation.created',
        entityType: 'organisation',
        entityId: id,
        data: { name: organisation.name, type: organisation.type },
      });
      return toOrganisation(organisation);
    });
  }
}

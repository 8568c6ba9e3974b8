import { Injectable } from '@nestjs/common';
import type { CreateOrganisationRequest, List, ListQuery, Organisation, OrganisationType } from '@belong/contracts';
import { decide, type Caller } from '@belong/domain';
import { Transactions } from '../../infra/database/transactions';
import { AppError } from '../../infra/http/app-error';
import { enforce } from '../../infra/http/enforce';
import { mapList } from '../../infra/http/pagination';
import { AuditService } from '../audit/audit.service';
import { RegionsService } from '../regions/regions.service';
import { OrganisationsRepository, type OrganisationRecord } from './organisations.repository';

export type { OrganisationRecord } from './organisations.repository';

export function toOrganisation(o: OrganisationRecord): Organisation {
  return { id: o.id, regionId: o.regionId, name: o.name, type: o.type, website: o.website, createdAt: o.createdAt.toISOString() };
}

/** An organisation as others see it next to what it did. */
export interface OrganisationName {
  id: string;
  name: string;
  type: OrganisationType;
}

@Injectable()
export class OrganisationsService {
  constructor(
    private readonly organisations: OrganisationsRepository,
    private readonly tx: Transactions,
    private readonly regions: RegionsService,
    private readonly audit: AuditService,
  ) {}

  async list(caller: Caller, regionId: string, query: ListQuery): Promise<List<Organisation>> {
    await this.regions.found(regionId);
    enforce(decide(caller, 'readOrganisations', { type: 'region', id: regionId }), 'The region');
    return mapList(await this.organisations.pageOfRegion(regionId, query), toOrganisation);
  }

  async create(caller: Caller, regionId: string, input: CreateOrganisationRequest): Promise<Organisation> {
    await this.regions.found(regionId);
    enforce(decide(caller, 'manageOrganisations', { type: 'region', id: regionId }), 'The region');
    return this.insert(caller.userId, regionId, input);
  }

  /** Also used by the demo data. */
  async insert(actorId: string | null, regionId: string, input: CreateOrganisationRequest): Promise<Organisation> {
    return this.tx.run(async () => {
      const organisation = await this.organisations.insert({
        regionId,
        name: input.name,
        type: input.type,
        website: input.website ?? null,
      });
      if (!organisation) throw new AppError('ORGANISATION_NAME_TAKEN', 'This region has an organisation of that name already');
      await this.audit.record({
        actorId,
        regionId,
        action: 'organisation.created',
        entityType: 'organisation',
        entityId: organisation.id,
        data: { name: organisation.name, type: organisation.type },
      });
      return toOrganisation(organisation);
    });
  }

  /** Names and types for a page of things organisations did: one query for any number of them. */
  async names(ids: readonly string[]): Promise<Map<string, OrganisationName>> {
    const rows = await this.organisations.findMany(ids);
    return new Map(rows.map((o) => [o.id, { id: o.id, name: o.name, type: o.type }]));
  }

  /** Every organisation of the region (for figures over all of them). */
  ofRegion(regionId: string): Promise<OrganisationRecord[]> {
    return this.organisations.ofRegion(regionId);
  }

  /** The organisation if it belongs to the region, else null. */
  inRegion(regionId: string, id: string): Promise<OrganisationRecord | null> {
    return this.organisations.findInRegion(regionId, id);
  }

  findByName(regionId: string, name: string): Promise<OrganisationRecord | null> {
    return this.organisations.findByName(regionId, name);
  }

  /** How many organisations of each type the region has: what an approval rule can ask for. */
  async countByType(regionId: string): Promise<Partial<Record<OrganisationType, number>>> {
    return Object.fromEntries((await this.organisations.countByType(regionId)).map((r) => [r.type, r.count]));
  }
}

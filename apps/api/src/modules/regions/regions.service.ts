import { Injectable } from '@nestjs/common';
import type { List, Region } from '@belong/contracts';
import { actionsOpen, type Caller } from '@belong/domain';
import { AppError } from '../../infra/http/app-error';
import { RegionsRepository, type RegionRecord } from './regions.repository';

function toRegion(r: RegionRecord, caller: Caller | null): Region {
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    country: r.country,
    nuts: r.nuts,
    languages: r.languages,
    authority: r.authority,
    can: caller ? actionsOpen(caller, { type: 'region', id: r.id }) : [],
  };
}

@Injectable()
export class RegionsService {
  constructor(private readonly regions: RegionsRepository) {}

  /** Eleven regions: one page holds them all, and the list keeps the contract's shape. */
  async list(caller: Caller | null): Promise<List<Region>> {
    return { items: (await this.regions.all()).map((r) => toRegion(r, caller)), nextCursor: null };
  }

  /** Public; a signed-in caller also learns what they may do in it. */
  async get(regionId: string, caller: Caller | null = null): Promise<Region> {
    return toRegion(await this.found(regionId), caller);
  }

  /** The region's record, or 404. */
  async found(regionId: string): Promise<RegionRecord> {
    const region = await this.regions.find(regionId);
    if (!region) throw AppError.notFound('The region');
    return region;
  }

  /** For the demo data and the tests: a region by its code (`leipzig`). */
  async idOf(code: string): Promise<string> {
    const region = await this.regions.findByCode(code);
    if (!region) throw new Error(`No region has the code ${code}`);
    return region.id;
  }
}

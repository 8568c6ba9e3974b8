import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { List, Region } from '@belong/contracts';
import { decideRegionAccess, type RegionAction } from '@belong/domain';
import type { AuthUser } from '../../infra/auth/auth-user';
import { AppError } from '../../infra/http/app-error';
import { RegionEntity } from './region.entity';

function toRegion(r: RegionEntity): Region {
  return { id: r.id, code: r.code, name: r.name, country: r.country, nuts: r.nuts, languages: r.languages, authority: r.authority };
}

@Injectable()
export class RegionsService {
  constructor(@InjectRepository(RegionEntity) private readonly regions: Repository<RegionEntity>) {}

  /** Eleven regions: one page holds them all, and the list keeps the contract's shape. */
  async list(): Promise<List<Region>> {
    const rows = await this.regions.find({ order: { name: 'ASC' } });
    return { items: rows.map(toRegion), nextCursor: null };
  }

  async get(regionId: string): Promise<Region> {
    const region = await this.regions.findOne({ where: { id: regionId } });
    if (!region) throw AppError.notFound('The region');
    return toRegion(region);
  }

  /**
   * The access check of every region-scoped route: 404 when the region does not exist or the caller is not
   * in it (nothing leaks), 403 when the caller's role does not allow the action.
   */
  async assertAccess(caller: AuthUser, regionId: string, action: RegionAction): Promise<void> {
    const decision = decideRegionAccess(caller, regionId, action);
    if (decision === 'not_found') throw AppError.notFound('The region');
    if (decision === 'forbidden') throw new AppError('FORBIDDEN', 'Your role in this region does not allow this');
    if (caller.isAdmin && !(await this.regions.exists({ where: { id: regionId } }))) throw AppError.notFound('The region');
  }
}

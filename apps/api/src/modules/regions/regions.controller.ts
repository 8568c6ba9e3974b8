import { Controller, Get } from '@nestjs/common';
import { listOf, region, regionParams, type Region } from '@belong/contracts';
import { OptionalUser, type AuthUser } from '../../infra/auth/auth-user';
import { Public } from '../../infra/auth/public.decorator';
import { Doc } from '../../infra/http/route-doc';
import { ValidParams } from '../../infra/http/validation';
import { RegionsService } from './regions.service';

@Controller('regions')
export class RegionsController {
  constructor(private readonly regions: RegionsService) {}

  @Get()
  @Public()
  @Doc({ summary: 'The partner regions (with what a signed-in caller may do in each)', response: listOf(region) })
  list(@OptionalUser() caller: AuthUser | null) {
    return this.regions.list(caller);
  }

  @Get(':regionId')
  @Public()
  @Doc({ summary: 'One region (with what a signed-in caller may do in it)', response: region, errors: ['NOT_FOUND'] })
  get(@OptionalUser() caller: AuthUser | null, @ValidParams(regionParams) params: { regionId: string }): Promise<Region> {
    return this.regions.get(params.regionId, caller);
  }
}

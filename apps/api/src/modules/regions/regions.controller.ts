import { Controller, Get } from '@nestjs/common';
import { listOf, region, regionParams, type Region } from '@belong/contracts';
import { Public } from '../../infra/auth/public.decorator';
import { Doc } from '../../infra/http/route-doc';
import { ValidParams } from '../../infra/http/validation';
import { RegionsService } from './regions.service';

@Controller('regions')
export class RegionsController {
  constructor(private readonly regions: RegionsService) {}

  @Get()
  @Public()
  @Doc({ summary: 'The partner regions', response: listOf(region) })
  list() {
    return this.regions.list();
  }

  @Get(':regionId')
  @Public()
  @Doc({ summary: 'One region', response: region, errors: ['NOT_FOUND'] })
  get(@ValidParams(regionParams) params: { regionId: string }): Promise<Region> {
    return this.regions.get(params.regionId);
  }
}

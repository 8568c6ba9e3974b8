import { Controller, Get } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { health } from '@belong/contracts';
import { Public } from '../../infra/auth/public.decorator';
import { Doc } from '../../infra/http/route-doc';

@Controller('health')
export class HealthController {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @Get()
  @Public()
  @Doc({ summary: 'Liveness and database reachability', response: health })
  async check() {
    await this.db.query('SELECT 1');
    return { status: 'ok', db: 'up' } as const;
  }
}

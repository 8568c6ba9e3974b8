import { Global, Module } from '@nestjs/common';
import { RegionsModule } from '../regions/regions.module';
import { AuditController } from './audit.controller';
import { AuditService } from './audit.service';

@Global()
@Module({ imports: [RegionsModule], controllers: [AuditController], providers: [AuditService], exports: [AuditService] })
export class AuditModule {}

import { Module } from '@nestjs/common';
import { RegionsModule } from '../regions/regions.module';
import { MembersController } from './members.controller';
import { MembersService } from './members.service';

@Module({ imports: [RegionsModule], controllers: [MembersController], providers: [MembersService], exports: [MembersService] })
export class MembersModule {}

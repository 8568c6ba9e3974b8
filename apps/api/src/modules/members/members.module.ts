import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { RegionsModule } from '../regions/regions.module';
import { UsersModule } from '../users/users.module';
import { MembersController } from './members.controller';
import { MembersRepository } from './members.repository';
import { MembershipEntity } from './membership.entity';
import { MembersService } from './members.service';

@Module({
  imports: [TypeOrmModule.forFeature([MembershipEntity]), RegionsModule, UsersModule, OrganisationsModule, AuditModule],
  controllers: [MembersController],
  providers: [MembersRepository, MembersService],
  exports: [MembersService],
})
export class MembersModule {}

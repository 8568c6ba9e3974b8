import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { MailModule } from '../mail/mail.module';
import { MembersModule } from '../members/members.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { RegionsModule } from '../regions/regions.module';
import { UsersModule } from '../users/users.module';
import { InvitationMail } from './invitation-mail';
import { InvitationEntity } from './invitation.entity';
import { InvitationsController } from './invitations.controller';
import { InvitationsRepository } from './invitations.repository';
import { InvitationsService } from './invitations.service';

/** Invitations into a region by email: `invitations`. Above members and auth (accepting signs the person in). */
@Module({
  imports: [
    TypeOrmModule.forFeature([InvitationEntity]),
    RegionsModule,
    OrganisationsModule,
    MembersModule,
    UsersModule,
    AuthModule,
    MailModule,
    AuditModule,
  ],
  controllers: [InvitationsController],
  providers: [InvitationsRepository, InvitationsService, InvitationMail],
})
export class InvitationsModule {}

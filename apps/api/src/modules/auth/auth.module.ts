import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { PassportModule } from '@nestjs/passport';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SessionGuard } from '../../infra/auth/guards';
import { AuditModule } from '../audit/audit.module';
import { MailModule } from '../mail/mail.module';
import { MembersModule } from '../members/members.module';
import { UsersModule } from '../users/users.module';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { LocalStrategy } from './local.strategy';
import { LoginThrottle } from './login-throttle';
import { PasswordResetEntity } from './password-reset.entity';
import { PasswordResetsRepository } from './password-resets.repository';
import { PasswordsController } from './passwords.controller';
import { PasswordsService } from './passwords.service';
import { SessionEntity } from './session.entity';
import { SessionStrategy } from './session.strategy';
import { SessionsRepository } from './sessions.repository';
import { SessionsService } from './sessions.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([SessionEntity, PasswordResetEntity]),
    PassportModule,
    UsersModule,
    MembersModule,
    AuditModule,
    MailModule,
  ],
  controllers: [AuthController, PasswordsController],
  providers: [
    AuthService,
    SessionsRepository,
    SessionsService,
    LoginThrottle,
    PasswordResetsRepository,
    PasswordsService,
    LocalStrategy,
    SessionStrategy,
    { provide: APP_GUARD, useClass: SessionGuard },
  ],
  exports: [SessionsService, AuthService],
})
export class AuthModule {}

import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { PassportModule } from '@nestjs/passport';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SessionGuard } from '../../infra/auth/guards';
import { AuditModule } from '../audit/audit.module';
import { MembersModule } from '../members/members.module';
import { UsersModule } from '../users/users.module';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { LocalStrategy } from './local.strategy';
import { LoginThrottle } from './login-throttle';
import { SessionEntity } from './session.entity';
import { SessionStrategy } from './session.strategy';
import { SessionsRepository } from './sessions.repository';
import { SessionsService } from './sessions.service';

@Module({
  imports: [TypeOrmModule.forFeature([SessionEntity]), PassportModule, UsersModule, MembersModule, AuditModule],
  controllers: [AuthController],
  providers: [
    AuthService,
    SessionsRepository,
    SessionsService,
    LoginThrottle,
    LocalStrategy,
    SessionStrategy,
    { provide: APP_GUARD, useClass: SessionGuard },
  ],
  exports: [SessionsService],
})
export class AuthModule {}

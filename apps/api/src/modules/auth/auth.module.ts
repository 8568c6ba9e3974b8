import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { PassportModule } from '@nestjs/passport';
import { SessionGuard } from '../../infra/auth/guards';
import { LocalStrategy } from '../../infra/auth/local.strategy';
import { SessionStrategy } from '../../infra/auth/session.strategy';
import { UsersModule } from '../users/users.module';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { LoginThrottle } from './login-throttle';
import { SessionsService } from './sessions.service';

@Module({
  imports: [PassportModule, UsersModule],
  controllers: [AuthController],
  providers: [AuthService, SessionsService, LoginThrottle, LocalStrategy, SessionStrategy, { provide: APP_GUARD, useClass: SessionGuard }],
})
export class AuthModule {}

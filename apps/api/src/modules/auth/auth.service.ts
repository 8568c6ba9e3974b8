import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { LoginResponse, Me, UpdateMeRequest } from '@belong/contracts';
import type { AuthUser } from '../../infra/auth/auth-user';
import { csrfTokenFor } from '../../infra/auth/tokens';
import { AppError } from '../../infra/http/app-error';
import { AuditService } from '../audit/audit.service';
import { hashPassword, verifyPassword } from '../users/password';
import { UserEntity } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import { LoginThrottle } from './login-throttle';
import { SessionsService } from './sessions.service';

export interface SignedIn extends LoginResponse {
  authUser: AuthUser;
}

/** Compared against when the account does not exist, so that a wrong email takes as long as a wrong password. */
const decoyHash = hashPassword('decoy password that matches nothing');

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersService,
    private readonly sessions: SessionsService,
    private readonly throttle: LoginThrottle,
    private readonly audit: AuditService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  async signIn(email: string, password: string, address: string): Promise<SignedIn> {
    // Counted before the (slow) check, so that attempts sent at once cannot all be checked; a failure stays counted.
    await this.throttle.admit(email, address);
    const user = await this.users.findByEmail(email);
    const valid = await verifyPassword(user?.passwordHash ?? (await decoyHash), password);
    if (!user || !valid) throw new AppError('INVALID_CREDENTIALS', 'The email address or the password is wrong');
    await this.throttle.succeeded(email, address);
    const { token, session } = await this.sessions.open(user.id);
    await this.audit.record(this.db.manager, {
      actorId: user.id,
      regionId: null,
      action: 'session.opened',
      entityType: 'session',
      entityId: session.id,
    });
    const authUser = await this.sessions.toAuthUser(user, session, token, 'bearer');
    return { token, csrfToken: csrfTokenFor(token), user: this.me(authUser), authUser };
  }

  async signOut(caller: AuthUser): Promise<void> {
    await this.sessions.revoke(caller.sessionId);
    await this.audit.record(this.db.manager, {
      actorId: caller.userId,
      regionId: null,
      action: 'session.revoked',
      entityType: 'session',
      entityId: caller.sessionId,
    });
  }

  me(caller: AuthUser): Me & { csrfToken: string } {
    return {
      id: caller.userId,
      email: caller.email,
      name: caller.name,
      locale: caller.locale,
      isAdmin: caller.isAdmin,
      memberships: caller.memberships,
      csrfToken: csrfTokenFor(caller.token),
    };
  }

  async updateMe(caller: AuthUser, input: UpdateMeRequest): Promise<Me> {
    await this.db.transaction(async (manager) => {
      await manager.update(UserEntity, { id: caller.userId }, input);
      await this.audit.record(manager, {
        actorId: caller.userId,
        regionId: null,
        action: 'user.updated',
        entityType: 'user',
        entityId: caller.userId,
        data: { fields: Object.keys(input) },
      });
    });
    return this.me({ ...caller, ...input });
  }
}

import { Injectable } from '@nestjs/common';
import type { LoginResponse, MeResponse, UpdateMeRequest } from '@belong/contracts';
import { actionsOpen } from '@belong/domain';
import type { AuthUser } from '../../infra/auth/auth-user';
import { csrfTokenFor } from '../../infra/auth/tokens';
import { Transactions } from '../../infra/database/transactions';
import { AppError } from '../../infra/http/app-error';
import { AuditService } from '../audit/audit.service';
import { hashPassword, verifyPassword } from '../users/password';
import { UsersService, type UserRecord } from '../users/users.service';
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
    private readonly tx: Transactions,
  ) {}

  async signIn(email: string, password: string, address: string): Promise<SignedIn> {
    const user = await this.checkPassword(email, password, address);
    return this.startSession(user);
  }

  /**
   * The account whose password this is, or INVALID_CREDENTIALS; throttled per account and per address. Counted
   * before the (slow) check, so that attempts sent at once cannot all be checked; a failure stays counted.
   */
  async checkPassword(email: string, password: string, address: string): Promise<UserRecord> {
    await this.throttle.admit(email, address);
    const user = await this.users.findByEmail(email);
    const valid = await verifyPassword(user?.passwordHash ?? (await decoyHash), password);
    if (!user || !valid) throw new AppError('INVALID_CREDENTIALS', 'The email address or the password is wrong');
    await this.throttle.succeeded(email, address);
    return user;
  }

  /** A new session for someone whose identity is established (a password, an accepted invitation). */
  async startSession(user: UserRecord): Promise<SignedIn> {
    const { token, session } = await this.tx.run(async () => {
      const opened = await this.sessions.open(user.id);
      await this.audit.record({
        actorId: user.id,
        regionId: null,
        action: 'session.opened',
        entityType: 'session',
        entityId: opened.session.id,
      });
      return opened;
    });
    const authUser = await this.sessions.toAuthUser(user, session, token, 'bearer');
    return { token, csrfToken: csrfTokenFor(token), user: this.me(authUser), authUser };
  }

  async signOut(caller: AuthUser): Promise<void> {
    await this.tx.run(async () => {
      await this.sessions.revoke(caller.sessionId);
      await this.audit.record({
        actorId: caller.userId,
        regionId: null,
        action: 'session.revoked',
        entityType: 'session',
        entityId: caller.sessionId,
      });
    });
  }

  me(caller: AuthUser): MeResponse {
    return {
      id: caller.userId,
      email: caller.email,
      name: caller.name,
      locale: caller.locale,
      isAdmin: caller.isAdmin,
      memberships: caller.memberships,
      csrfToken: csrfTokenFor(caller.token),
      can: actionsOpen(caller, { type: 'platform' }),
    };
  }

  async updateMe(caller: AuthUser, input: UpdateMeRequest): Promise<MeResponse> {
    await this.users.updateOwn(caller.userId, input);
    return this.me({ ...caller, ...input });
  }
}

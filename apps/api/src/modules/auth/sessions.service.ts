import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../infra/config/config';
import { hashToken, newSessionToken } from '../../infra/auth/tokens';
import type { AuthUser } from '../../infra/auth/auth-user';
import { Housekeeping } from '../../infra/database/housekeeping';
import { MembersService } from '../members/members.service';
import type { UserRecord } from '../users/users.service';
import { UsersService } from '../users/users.service';
import { SessionsRepository, type SessionRecord } from './sessions.repository';

/** How long an ended session stays on record before it is swept. */
const keptAfterEnd = 24 * 3600_000;

@Injectable()
export class SessionsService implements OnModuleInit {
  constructor(
    private readonly sessions: SessionsRepository,
    private readonly users: UsersService,
    private readonly members: MembersService,
    private readonly housekeeping: Housekeeping,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.housekeeping.register('ended sessions', () => this.sweep());
  }

  async open(userId: string): Promise<{ token: string; session: SessionRecord }> {
    const token = newSessionToken();
    const expiresAt = new Date(Date.now() + this.config.sessionHours * 3600_000);
    const session = await this.sessions.insert({ userId, tokenHash: hashToken(token), expiresAt });
    return { token, session };
  }

  /** The person behind a token, or null when the token is unknown, revoked or expired. */
  async resolve(token: string, via: AuthUser['via']): Promise<AuthUser | null> {
    const session = await this.sessions.findLive(hashToken(token));
    if (!session) return null;
    const user = await this.users.find(session.userId);
    if (!user) return null;
    return this.toAuthUser(user, session, token, via);
  }

  async toAuthUser(user: UserRecord, session: SessionRecord, token: string, via: AuthUser['via']): Promise<AuthUser> {
    return {
      userId: user.id,
      email: user.email,
      name: user.name,
      locale: user.locale,
      isAdmin: user.isAdmin,
      memberships: await this.members.of(user.id),
      sessionId: session.id,
      via,
      token,
    };
  }

  async revoke(sessionId: string): Promise<void> {
    await this.sessions.revoke(sessionId);
  }

  revokeAllOf(userId: string, keep?: string): Promise<void> {
    return this.sessions.revokeAllOf(userId, keep);
  }

  /** Sessions that ended more than a day ago. */
  sweep(now = Date.now()): Promise<number> {
    return this.sessions.deleteEndedBefore(new Date(now - keptAfterEnd));
  }
}

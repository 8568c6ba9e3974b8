import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, MoreThan, type Repository } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../infra/config/config';
import { hashToken, newSessionToken } from '../../infra/auth/tokens';
import type { AuthUser } from '../../infra/auth/auth-user';
import { MembershipEntity } from '../members/membership.entity';
import { toMembership } from '../members/member.mapper';
import { SessionEntity } from './session.entity';
import { UserEntity } from '../users/user.entity';

@Injectable()
export class SessionsService {
  constructor(
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectRepository(MembershipEntity) private readonly memberships: Repository<MembershipEntity>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async open(userId: string): Promise<{ token: string; session: SessionEntity }> {
    const token = newSessionToken();
    const expiresAt = new Date(Date.now() + this.config.sessionHours * 3600_000);
    const session = await this.sessions.save(this.sessions.create({ userId, tokenHash: hashToken(token), expiresAt, revokedAt: null }));
    return { token, session };
  }

  /** The person behind a token, or null when the token is unknown, revoked or expired. */
  async resolve(token: string, via: AuthUser['via']): Promise<AuthUser | null> {
    const session = await this.sessions.findOne({
      where: { tokenHash: hashToken(token), revokedAt: IsNull(), expiresAt: MoreThan(new Date()) },
    });
    if (!session) return null;
    const user = await this.users.findOne({ where: { id: session.userId } });
    if (!user) return null;
    return this.toAuthUser(user, session, token, via);
  }

  async toAuthUser(user: UserEntity, session: SessionEntity, token: string, via: AuthUser['via']): Promise<AuthUser> {
    const memberships = await this.memberships.find({ where: { userId: user.id }, order: { createdAt: 'ASC' } });
    return {
      userId: user.id,
      email: user.email,
      name: user.name,
      locale: user.locale,
      isAdmin: user.isAdmin,
      memberships: memberships.map(toMembership),
      sessionId: session.id,
      via,
      token,
    };
  }

  async revoke(sessionId: string): Promise<void> {
    await this.sessions.update({ id: sessionId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }
}

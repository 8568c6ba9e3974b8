import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { AuthUser } from '../../infra/auth/auth-user';
import { hashToken, newSessionToken } from '../../infra/auth/tokens';
import { Housekeeping } from '../../infra/database/housekeeping';
import { Transactions } from '../../infra/database/transactions';
import { translator } from '../../infra/i18n/catalogue';
import { AppError } from '../../infra/http/app-error';
import { AuditService } from '../audit/audit.service';
import { MailService } from '../mail/mail.service';
import { UsersService } from '../users/users.service';
import { AuthService } from './auth.service';
import { LoginThrottle } from './login-throttle';
import { PasswordResetsRepository } from './password-resets.repository';
import { SessionsService } from './sessions.service';

const resetLifetimeMs = 60 * 60_000;

/** Forgotten and changed passwords. */
@Injectable()
export class PasswordsService implements OnModuleInit {
  constructor(
    private readonly resets: PasswordResetsRepository,
    private readonly users: UsersService,
    private readonly sessions: SessionsService,
    private readonly auth: AuthService,
    private readonly throttle: LoginThrottle,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    private readonly tx: Transactions,
    private readonly housekeeping: Housekeeping,
  ) {}

  onModuleInit(): void {
    this.housekeeping.register('password reset links', () => this.resets.deleteEndedBefore(new Date(Date.now() - 24 * 3600_000)));
  }

  /**
   * Sends a link to choose a new password, when the account exists. The answer is the same either way, and as
   * quick (the message is sent by a worker), so that nobody learns from it who has an account.
   */
  async requestReset(email: string, address: string): Promise<void> {
    await this.throttle.admitResetRequest(email, address);
    const user = await this.users.findByEmail(email);
    if (!user) return;
    const token = newSessionToken();
    await this.tx.run(async () => {
      await this.resets.retireOf(user.id);
      await this.resets.insert({ userId: user.id, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + resetLifetimeMs) });
      const { lang, t } = translator(user.locale);
      await this.mail.send({
        to: user.email,
        userId: user.id,
        purpose: 'password_reset',
        lang,
        subject: t('mail.reset.subject'),
        paragraphs: [t('mail.reset.body', { email: user.email }), t('mail.reset.ignore')],
        action: { label: t('mail.reset.action'), url: this.mail.link(`/reset-password/${token}`) },
        reason: t('mail.reset.reason'),
      });
      await this.audit.record({
        actorId: null,
        regionId: null,
        action: 'user.password_reset_requested',
        entityType: 'user',
        entityId: user.id,
      });
    });
  }

  /** The link's new password; every session of the account ends, wherever it was. */
  async completeReset(token: string, password: string): Promise<void> {
    await this.tx.run(async () => {
      const userId = await this.resets.use(hashToken(token));
      if (!userId) throw new AppError('LINK_GONE', 'This link was used already or has expired; ask for a new one');
      await this.users.setPassword(userId, password);
      await this.sessions.revokeAllOf(userId);
    });
  }

  /** A signed-in person's new password, given the current one; their other sessions end. */
  async change(caller: AuthUser, currentPassword: string, newPassword: string, address: string): Promise<void> {
    try {
      await this.auth.checkPassword(caller.email, currentPassword, address);
    } catch (error) {
      if (error instanceof AppError && error.code === 'INVALID_CREDENTIALS')
        throw AppError.invalid('body.currentPassword', 'This is not your current password');
      throw error;
    }
    await this.tx.run(async () => {
      await this.users.setPassword(caller.userId, newPassword);
      await this.sessions.revokeAllOf(caller.userId, caller.sessionId);
    });
  }
}

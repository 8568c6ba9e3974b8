import { Injectable } from '@nestjs/common';
import type { CreateUserRequest, Locale, User } from '@belong/contracts';
import { decide, type Caller } from '@belong/domain';
import { Transactions } from '../../infra/database/transactions';
import { AppError } from '../../infra/http/app-error';
import { enforce } from '../../infra/http/enforce';
import { AuditService } from '../audit/audit.service';
import { hashPassword } from './password';
import { UsersRepository, type UserRecord } from './users.repository';

export type { UserRecord } from './users.repository';

export function toUser(u: UserRecord): User {
  return { id: u.id, email: u.email, name: u.name, locale: u.locale, isAdmin: u.isAdmin, createdAt: u.createdAt.toISOString() };
}

/** A person as others see them next to what they wrote. */
export interface PersonName {
  id: string;
  name: string;
  email: string;
}

@Injectable()
export class UsersService {
  constructor(
    private readonly users: UsersRepository,
    private readonly tx: Transactions,
    private readonly audit: AuditService,
  ) {}

  async create(caller: Caller, input: CreateUserRequest): Promise<User> {
    enforce(decide(caller, 'createAccount', { type: 'platform' }), 'Accounts');
    return this.insert(caller.userId, input);
  }

  /** Also used by start-up (the administrator from the environment) and by the demo data. */
  async insert(actorId: string | null, input: CreateUserRequest): Promise<User> {
    const passwordHash = await hashPassword(input.password);
    return this.tx.run(async () => {
      const user = await this.users.insert({
        email: input.email,
        name: input.name,
        passwordHash,
        locale: input.locale ?? 'en',
        isAdmin: input.isAdmin ?? false,
      });
      if (!user) throw new AppError('EMAIL_TAKEN', 'An account with this email address exists already');
      await this.audit.record({
        actorId,
        regionId: null,
        action: 'user.created',
        entityType: 'user',
        entityId: user.id,
        data: { isAdmin: user.isAdmin },
      });
      return toUser(user);
    });
  }

  findByEmail(email: string): Promise<UserRecord | null> {
    return this.users.findByEmail(email);
  }

  find(id: string): Promise<UserRecord | null> {
    return this.users.find(id);
  }

  /** Names for a page of things people wrote: one query for any number of them. */
  async names(ids: readonly string[]): Promise<Map<string, PersonName>> {
    const rows = await this.users.findMany(ids);
    return new Map(rows.map((u) => [u.id, { id: u.id, name: u.name, email: u.email }]));
  }

  /** Your own name and interface language. An empty change changes nothing and is not recorded. */
  async updateOwn(userId: string, changes: { name?: string; locale?: Locale }): Promise<void> {
    const fields = Object.keys(changes).filter((key) => changes[key as keyof typeof changes] !== undefined);
    if (fields.length === 0) return;
    await this.tx.run(async () => {
      await this.users.update(userId, changes);
      await this.audit.record({
        actorId: userId,
        regionId: null,
        action: 'user.updated',
        entityType: 'user',
        entityId: userId,
        data: { fields },
      });
    });
  }

  /** A new password, hashed; the caller ends the sessions that must end with the old one. */
  async setPassword(userId: string, password: string): Promise<void> {
    const passwordHash = await hashPassword(password);
    await this.tx.run(async () => {
      await this.users.update(userId, { passwordHash });
      await this.audit.record({ actorId: userId, regionId: null, action: 'user.password_changed', entityType: 'user', entityId: userId });
    });
  }

  /**
   * Exact lookup by email, so that a coordinator can add a known person to the region without browsing
   * everyone's accounts.
   */
  async lookup(caller: Caller, email: string): Promise<Pick<User, 'id' | 'name' | 'email'>> {
    enforce(decide(caller, 'lookUpPeople', { type: 'platform' }), 'People');
    const user = await this.findByEmail(email);
    if (!user) throw AppError.notFound('No account with this email address');
    return { id: user.id, name: user.name, email: user.email };
  }
}

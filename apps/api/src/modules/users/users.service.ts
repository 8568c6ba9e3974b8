import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { DataSource, Repository } from 'typeorm';
import type { CreateUserRequest, User } from '@belong/contracts';
import type { AuthUser } from '../../infra/auth/auth-user';
import { AppError } from '../../infra/http/app-error';
import { AuditService } from '../audit/audit.service';
import { hashPassword } from './password';
import { UserEntity } from './user.entity';

export function toUser(u: UserEntity): User {
  return { id: u.id, email: u.email, name: u.name, locale: u.locale, isAdmin: u.isAdmin, createdAt: u.createdAt.toISOString() };
}

@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async create(caller: AuthUser, input: CreateUserRequest): Promise<User> {
    if (!caller.isAdmin) throw new AppError('FORBIDDEN', 'Only an administrator creates accounts');
    return this.insert(caller.userId, input);
  }

  /** Also used by start-up (the administrator from the environment) and by the demo data. */
  async insert(actorId: string | null, input: CreateUserRequest): Promise<User> {
    const passwordHash = await hashPassword(input.password);
    return this.db.transaction(async (manager) => {
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(UserEntity)
        .values({ email: input.email, name: input.name, passwordHash, locale: input.locale ?? 'en', isAdmin: input.isAdmin ?? false })
        .orIgnore()
        .returning('*')
        .execute();
      const id = (inserted.raw as Array<{ id: string }>)[0]?.id;
      if (!id) throw new AppError('EMAIL_TAKEN', 'An account with this email address exists already');
      const user = await manager.findOneByOrFail(UserEntity, { id });
      await this.audit.record(manager, {
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

  async findByEmail(email: string): Promise<UserEntity | null> {
    return this.users.findOne({ where: { email } });
  }

  /**
   * Exact lookup by email, so that a coordinator can add a known person to the region without browsing
   * everyone's accounts.
   */
  async lookup(caller: AuthUser, email: string): Promise<Pick<User, 'id' | 'name' | 'email'>> {
    const mayLookUp = caller.isAdmin || caller.memberships.some((m) => m.role === 'coordinator');
    if (!mayLookUp) throw new AppError('FORBIDDEN', 'Only administrators and coordinators look people up');
    const user = await this.findByEmail(email);
    if (!user) throw AppError.notFound('No account with this email address');
    return { id: user.id, name: user.name, email: user.email };
  }
}

import { Injectable } from '@nestjs/common';
import type { Locale } from '@belong/contracts';
import { EntityRepository } from '../../infra/database/entity-repository';
import { Transactions } from '../../infra/database/transactions';
import { UserEntity } from './user.entity';

export type UserRecord = UserEntity;

@Injectable()
export class UsersRepository extends EntityRepository<UserEntity> {
  constructor(tx: Transactions) {
    super(tx, UserEntity);
  }

  /** Null when the email is taken (the unique index decides, so two at once cannot both have it). */
  async insert(values: Pick<UserEntity, 'email' | 'name' | 'passwordHash' | 'locale' | 'isAdmin'>): Promise<UserRecord | null> {
    const inserted = await this.rows.createQueryBuilder().insert().values(values).orIgnore().returning('*').execute();
    const id = (inserted.raw as Array<{ id: string }>)[0]?.id;
    return id ? this.rows.findOneByOrFail({ id }) : null;
  }

  findByEmail(email: string): Promise<UserRecord | null> {
    return this.rows.findOneBy({ email });
  }

  async update(id: string, changes: { name?: string; locale?: Locale; passwordHash?: string }): Promise<void> {
    await this.rows.update({ id }, changes);
  }
}

import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import type { Locale } from '@belong/contracts';
import { Transactions } from '../../infra/database/transactions';
import { UserEntity } from './user.entity';

export type UserRecord = UserEntity;

@Injectable()
export class UsersRepository {
  constructor(private readonly tx: Transactions) {}

  private get rows() {
    return this.tx.manager().getRepository(UserEntity);
  }

  /** Null when the email is taken (the unique index decides, so two at once cannot both have it). */
  async insert(values: Pick<UserEntity, 'email' | 'name' | 'passwordHash' | 'locale' | 'isAdmin'>): Promise<UserRecord | null> {
    const inserted = await this.rows.createQueryBuilder().insert().values(values).orIgnore().returning('*').execute();
    const id = (inserted.raw as Array<{ id: string }>)[0]?.id;
    return id ? this.rows.findOneByOrFail({ id }) : null;
  }

  find(id: string): Promise<UserRecord | null> {
    return this.rows.findOneBy({ id });
  }

  findByEmail(email: string): Promise<UserRecord | null> {
    return this.rows.findOneBy({ email });
  }

  findMany(ids: readonly string[]): Promise<UserRecord[]> {
    return ids.length ? this.rows.findBy({ id: In([...new Set(ids)]) }) : Promise.resolve([]);
  }

  async update(id: string, changes: { name?: string; locale?: Locale }): Promise<void> {
    await this.rows.update({ id }, changes);
  }
}

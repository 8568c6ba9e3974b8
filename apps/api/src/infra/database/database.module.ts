import { Global, Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { dataSourceOptions } from './data-source';
import { Housekeeping } from './housekeeping';
import { SqlLogger } from './sql-logger';
import { Transactions } from './transactions';

/**
 * The connection and the transactions. Each module registers its own entities (`TypeOrmModule.forFeature`);
 * TypeORM loads them from there, so no list here knows every table.
 */
@Global()
@Module({})
export class DatabaseModule {
  static register(url: string, logSql: boolean): DynamicModule {
    const logger = new SqlLogger(logSql);
    return {
      module: DatabaseModule,
      imports: [TypeOrmModule.forRoot({ ...dataSourceOptions(url, logger), autoLoadEntities: true })],
      providers: [{ provide: SqlLogger, useValue: logger }, Transactions, Housekeeping],
      exports: [SqlLogger, Transactions, Housekeeping],
    };
  }
}

import { Global, Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { dataSourceOptions } from './data-source';
import { entities } from './entities';
import { SqlLogger } from './sql-logger';

@Global()
@Module({})
export class DatabaseModule {
  static register(url: string, logSql: boolean): DynamicModule {
    const logger = new SqlLogger(logSql);
    return {
      module: DatabaseModule,
      imports: [TypeOrmModule.forRoot(dataSourceOptions(url, logger)), TypeOrmModule.forFeature(entities)],
      providers: [{ provide: SqlLogger, useValue: logger }],
      exports: [TypeOrmModule, SqlLogger],
    };
  }
}

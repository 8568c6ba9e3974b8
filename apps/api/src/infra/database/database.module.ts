import { Global, Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { dataSourceOptions } from './data-source';
import { entities } from './entities';

@Global()
@Module({})
export class DatabaseModule {
  static register(url: string, logSql: boolean): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [TypeOrmModule.forRoot(dataSourceOptions(url, logSql)), TypeOrmModule.forFeature(entities)],
      exports: [TypeOrmModule],
    };
  }
}

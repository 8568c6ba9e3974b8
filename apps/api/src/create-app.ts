import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { INestApplication } from '@nestjs/common';
import { AppModule } from './app.module';
import type { AppConfig } from './infra/config/config';
import { configureHttp } from './infra/http/configure-http';

/** The API as main.ts serves it and as the tests drive it. */
export async function createApp(config: AppConfig & { databaseUrl: string }): Promise<INestApplication> {
  const app = await NestFactory.create(AppModule.register(config), { bodyParser: false, logger: ['error', 'warn'] });
  configureHttp(app, config);
  await app.init();
  return app;
}

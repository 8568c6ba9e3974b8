import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { openApiProvider } from '../../infra/openapi/openapi.provider';
import { DocsController } from './docs.controller';

@Module({ imports: [DiscoveryModule], controllers: [DocsController], providers: [openApiProvider] })
export class DocsModule {}

import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { openApiProviders } from '../../infra/openapi/openapi.provider';
import { DocsController } from './docs.controller';

@Module({ imports: [DiscoveryModule], controllers: [DocsController], providers: openApiProviders })
export class DocsModule {}

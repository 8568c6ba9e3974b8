import 'reflect-metadata';
import { Controller, Get, Module, Patch } from '@nestjs/common';
import { DiscoveryModule, NestFactory } from '@nestjs/core';
import { z } from 'zod';
import { IfMatch } from '../http/revision';
import { Doc } from '../http/route-doc';
import { buildOpenApiDocument } from './openapi-document';
import { openApiProviders } from './openapi.provider';

@Controller('things')
class DocumentedController {
  @Get()
  @Doc({ summary: 'The things', response: z.object({ name: z.string() }) })
  list() {
    return { name: 'thing' };
  }

  @Patch(':id')
  @Doc({ summary: 'Change a thing', response: z.object({ revision: z.number() }), errors: ['NOT_FOUND'] })
  update(@IfMatch() basedOn: number) {
    return { revision: basedOn + 1 };
  }

  /** Not a route: the document leaves it alone. */
  helper() {
    return 'help';
  }
}

@Controller('secrets')
class UndocumentedController {
  @Get()
  reveal() {
    return 'secret';
  }
}

const handlers = (controller: object) =>
  Object.getOwnPropertyNames(Object.getPrototypeOf(controller))
    .filter((method) => method !== 'constructor')
    .map((method) => ({ controller, method }));

describe('the OpenAPI document builder', () => {
  it('refuses a route handler without @Doc, naming the controller and the method', () => {
    expect(() => buildOpenApiDocument([...handlers(new DocumentedController()), ...handlers(new UndocumentedController())], 'api')).toThrow(
      'UndocumentedController.reveal has no @Doc(...)',
    );
  });

  it('stops the app from starting when a route has no @Doc', async () => {
    @Module({ imports: [DiscoveryModule], controllers: [DocumentedController, UndocumentedController], providers: openApiProviders })
    class AppWithAnUndocumentedRoute {}
    const app = await NestFactory.create(AppWithAnUndocumentedRoute, { logger: false });
    try {
      await expect(app.init()).rejects.toThrow('UndocumentedController.reveal has no @Doc(...)');
    } finally {
      await app.close();
    }
  });

  it('describes the documented routes, and If-Match with its 412 and 428 where a route reads it', () => {
    const document = buildOpenApiDocument(handlers(new DocumentedController()), 'api') as {
      paths: Record<string, Record<string, { parameters: Array<{ name: string; in: string; required: boolean }>; responses: object }>>;
    };
    expect(Object.keys(document.paths)).toEqual(['/api/things', '/api/things/{id}']);
    const update = document.paths['/api/things/{id}']!.patch!;
    expect(update.parameters).toContainEqual(expect.objectContaining({ name: 'If-Match', in: 'header', required: true }));
    expect(Object.keys(update.responses)).toEqual(expect.arrayContaining(['200', '404', '412', '428']));
    expect(document.paths['/api/things']!.get!.parameters).toEqual([]);
  });
});

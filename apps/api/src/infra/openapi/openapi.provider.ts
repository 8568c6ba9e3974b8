import { Inject, Injectable, type OnApplicationBootstrap, type Provider } from '@nestjs/common';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { buildOpenApiDocument, type RouteHandler } from './openapi-document';

export const OPENAPI_DOCUMENT = Symbol('OPENAPI_DOCUMENT');
export const API_PREFIX = 'api';

/** Builds the document once every controller is registered, and keeps it. */
const openApiProvider: Provider = {
  provide: OPENAPI_DOCUMENT,
  inject: [DiscoveryService, MetadataScanner],
  useFactory: (discovery: DiscoveryService, scanner: MetadataScanner) => {
    let document: Record<string, unknown> | undefined;
    return () => {
      document ??= buildOpenApiDocument(
        discovery.getControllers().flatMap((wrapper): RouteHandler[] => {
          const controller = wrapper.instance as object | undefined;
          if (!controller) return [];
          return scanner.getAllMethodNames(Object.getPrototypeOf(controller) as object).map((method) => ({ controller, method }));
        }),
        API_PREFIX,
      );
      return document;
    };
  },
};

/** Builds the document while the app starts, so that a route it cannot describe stops the start. */
@Injectable()
class OpenApiOnBootstrap implements OnApplicationBootstrap {
  constructor(@Inject(OPENAPI_DOCUMENT) private readonly document: () => Record<string, unknown>) {}

  onApplicationBootstrap(): void {
    this.document();
  }
}

export const openApiProviders: Provider[] = [openApiProvider, OpenApiOnBootstrap];

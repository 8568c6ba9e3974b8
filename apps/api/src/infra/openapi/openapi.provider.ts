import type { Provider } from '@nestjs/common';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { buildOpenApiDocument, type RouteHandler } from './openapi-document';

export const OPENAPI_DOCUMENT = Symbol('OPENAPI_DOCUMENT');
export const API_PREFIX = 'api';

/** Builds the document on first request, when every controller is registered, and keeps it. */
export const openApiProvider: Provider = {
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

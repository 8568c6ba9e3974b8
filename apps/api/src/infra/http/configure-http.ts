import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import express, { type NextFunction, type Request, type Response } from 'express';
import expressStaticGzip from 'express-static-gzip';
import helmet from 'helmet';
import { existsSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import type { AppConfig } from '../config/config';
import { API_PREFIX } from '../openapi/openapi.provider';
import { refuseDeepJson } from './json-depth';
import { fromBodyParserError } from './problem.filter';
import { sendProblem } from './problem';

/** Everything HTTP around the routes: headers, parsing, the docs' assets and the web app. */
export function configureHttp(nest: INestApplication, config: AppConfig): void {
  const app = nest as NestExpressApplication;
  app.setGlobalPrefix(API_PREFIX);
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  // An ETag is the revision of a resource (RevisionETag), for If-Match; not Express's hash of every body.
  app.set('etag', false);
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          frameAncestors: ["'none'"],
          upgradeInsecureRequests: null,
        },
      },
      strictTransportSecurity: false,
    }),
  );
  app.use(`/${API_PREFIX}`, (req: Request, res: Response, next: NextFunction) => {
    // Answers depend on who asks: never stored by a cache. A client may still ask with If-None-Match whether
    // its copy is current (the weak ETag is of the whole answer, see RevisionETag); dates are no validator.
    res.setHeader('Cache-Control', 'no-store');
    delete req.headers['if-modified-since'];
    next();
  });
  app.use(cookieParser());
  app.use(express.json({ limit: '1mb', strict: true, type: ['application/json', 'application/*+json'] }));
  // Mail programs unsubscribe with a form post (RFC 8058: `List-Unsubscribe=One-Click`); no other route takes forms.
  app.use(`/${API_PREFIX}/unsubscribe`, express.urlencoded({ extended: false, limit: '1kb' }));
  app.use((error: unknown, _req: Request, res: Response, next: NextFunction) => {
    const problem = fromBodyParserError(error);
    if (problem) sendProblem(res, problem);
    else next(error);
  });
  app.use(refuseDeepJson);
  app.use(`/${API_PREFIX}/docs/assets`, express.static(dirname(require.resolve('swagger-ui-dist/package.json')), { index: false }));
  serveWebApp(app, config.webDist);
}

/** Vite names what it builds into assets/ by a hash of the content: a new release is a new name. */
const hashedAssets = `${sep}assets${sep}`;

/**
 * The built single-page app, with its index.html for every path the API does not own. Files go out as the build
 * precompressed them (brotli, else gzip, by the browser's Accept-Encoding); hashed assets are cached for a year,
 * anything else is revalidated.
 */
function serveWebApp(app: NestExpressApplication, webDist: string): void {
  const index = join(webDist, 'index.html');
  if (!existsSync(index)) return;
  const ownedByApi = (req: Request) => req.path === `/${API_PREFIX}` || req.path.startsWith(`/${API_PREFIX}/`);
  const files = expressStaticGzip(webDist, {
    enableBrotli: true,
    orderPreference: ['br', 'gzip'],
    index: false,
    serveStatic: {
      setHeaders: (res, path) => {
        res.setHeader('Cache-Control', path.includes(hashedAssets) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    },
  });
  // The API's paths are no files: looking for one on disk cost every API request a stat.
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (ownedByApi(req)) next();
    else files(req, res, next);
  });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (ownedByApi(req) || (req.method !== 'GET' && req.method !== 'HEAD')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}

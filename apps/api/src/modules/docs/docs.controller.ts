import { Controller, Get, Header, Inject } from '@nestjs/common';
import { OPENAPI_DOCUMENT } from '../../infra/openapi/openapi.provider';
import { Public } from '../../infra/auth/public.decorator';
import { Doc } from '../../infra/http/route-doc';
import { z } from 'zod';

const page = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Belong API</title>
  <link rel="stylesheet" href="/api/docs/assets/swagger-ui.css">
</head>
<body>
  <main id="swagger-ui"></main>
  <script src="/api/docs/assets/swagger-ui-bundle.js"></script>
  <script src="/api/docs/init.js"></script>
</body>
</html>`;

const init = `window.ui = SwaggerUIBundle({ url: '/api/docs/openapi.json', dom_id: '#swagger-ui', deepLinking: true });`;

@Controller('docs')
@Public()
export class DocsController {
  constructor(@Inject(OPENAPI_DOCUMENT) private readonly document: () => Record<string, unknown>) {}

  @Get()
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Doc({ summary: 'Swagger UI', content: { 'text/html': z.string() } })
  ui(): string {
    return page;
  }

  @Get('init.js')
  @Header('Content-Type', 'text/javascript; charset=utf-8')
  @Doc({ summary: 'The script that starts Swagger UI', content: { 'text/javascript': z.string() } })
  initScript(): string {
    return init;
  }

  @Get('openapi.json')
  @Doc({ summary: 'The OpenAPI 3.1 document of every route', response: z.record(z.string(), z.unknown()) })
  openApi() {
    return this.document();
  }
}

import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { RecordedResponse } from './response-recorder';

interface ResponseObject {
  headers?: Record<string, { required?: boolean }>;
  content?: Record<string, { schema?: object }>;
}
export interface OpenApiDocument {
  paths: Record<string, Record<string, { responses: Record<string, ResponseObject> }>>;
  components?: { responses?: Record<string, ResponseObject> };
}

/** Headers that mean something to a client: where the API sends one, the document must declare it. */
const meaningfulHeaders = ['etag', 'retry-after', 'content-disposition', 'x-checksum-sha256', 'set-cookie'];

const bare = (contentType: string) => contentType.split(';')[0]!.trim().toLowerCase();
const isJson = (mediaType: string) => /^application\/(?:[\w.-]+\+)?json$/.test(mediaType);

function describeErrors(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? [])
    .slice(0, 10)
    .map((e) => `    ${e.instancePath || '(body)'} ${e.message ?? ''} ${JSON.stringify(e.params)}`)
    .join('\n');
}

/**
 * Checks a response against the OpenAPI document of the app that sent it: the operation exists, the status
 * is documented for it, the content type for that status, a JSON body validates against its schema, and
 * the headers a client relies on are declared. Answers what is wrong, in words; nothing when it is right.
 */
export class OpenApiConformance {
  private readonly ajv = new Ajv2020({ strict: true, allErrors: true, discriminator: true });
  private readonly validators = new Map<object, ValidateFunction>();
  private readonly templates: Array<{ template: string; pattern: RegExp }>;

  constructor(private readonly document: OpenApiDocument) {
    addFormats(this.ajv);
    // Literal paths before templated ones, as the router matches `/users/lookup` before `/users/{id}`.
    this.templates = Object.keys(document.paths)
      .sort((a, b) => (a.match(/\{/g)?.length ?? 0) - (b.match(/\{/g)?.length ?? 0))
      .map((template) => ({ template, pattern: new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}/?$`) }));
  }

  check(response: RecordedResponse): string[] {
    const { label, documented } = this.documentedResponse(response);
    const heading = `${response.method} ${response.path} answered ${response.status} ${response.contentType ?? '(no content type)'} [${label}]`;
    if (typeof documented === 'string') return [`${heading}\n  ${documented}`];
    const problems = [...this.contentProblems(response, documented), ...this.headerProblems(response, documented)];
    return problems.length > 0 ? [`${heading}\n${problems.map((p) => `  ${p}`).join('\n')}`] : [];
  }

  /** The documented response for this status of the operation that answered, or why there is none. */
  private documentedResponse(response: RecordedResponse): { label: string; documented: ResponseObject | string } {
    const verb = response.method.toLowerCase() === 'head' ? 'get' : response.method.toLowerCase();
    const template = response.route
      ? response.route.replace(/:([A-Za-z0-9_]+)/g, '{$1}')
      : this.templates.find(({ template, pattern }) => pattern.test(response.path) && this.document.paths[template]?.[verb])?.template;
    if (!template) {
      // Express answered before any route: a path (or method) the API does not have.
      const unknown = this.document.components?.responses?.UnknownPath;
      if (!unknown) return { label: 'no route', documented: 'no route answered and the document has no components.responses.UnknownPath' };
      return { label: 'no route', documented: response.status === 404 ? unknown : `a path the API does not have must answer 404` };
    }
    const label = `${verb.toUpperCase()} ${template}`;
    const operation = this.document.paths[template]?.[verb];
    if (!operation) return { label, documented: 'the document has no such operation' };
    const documented = operation.responses[String(response.status)] ?? operation.responses.default;
    const statuses = Object.keys(operation.responses).join(', ');
    return { label, documented: documented ?? `status ${response.status} is not documented (documented: ${statuses})` };
  }

  private contentProblems(response: RecordedResponse, documented: ResponseObject): string[] {
    const mediaType = response.contentType ? bare(response.contentType) : undefined;
    // A documented media type may carry parameters (`; charset=utf-8`); the type itself is what must match.
    const content = Object.fromEntries(Object.entries(documented.content ?? {}).map(([type, media]) => [bare(type), media]));
    const mediaTypes = Object.keys(content);
    if (!mediaType) {
      return mediaTypes.length > 0 && response.method !== 'HEAD' ? [`no body, but the document says ${mediaTypes.join(' or ')}`] : [];
    }
    if (mediaTypes.length === 0) return [`a ${mediaType} body, but the document says there is none`];
    const media = content[mediaType];
    if (!media) return [`content type ${mediaType} is not documented (documented: ${mediaTypes.join(', ')})`];
    if (!isJson(mediaType) || !media.schema || response.method === 'HEAD') return [];
    let body: unknown;
    try {
      body = JSON.parse(response.jsonText ?? '');
    } catch {
      return [`the body is not JSON: ${JSON.stringify((response.jsonText ?? '').slice(0, 200))}`];
    }
    const validate = this.validator(media.schema);
    return validate(body) ? [] : [`the body does not match the documented schema:\n${describeErrors(validate.errors)}`];
  }

  private headerProblems(response: RecordedResponse, documented: ResponseObject): string[] {
    const declared = new Map(Object.entries(documented.headers ?? {}).map(([name, header]) => [name.toLowerCase(), header]));
    return meaningfulHeaders.flatMap((name) => {
      const sent = response.headers[name] !== undefined;
      if (sent && !declared.has(name)) return [`sends the ${name} header, which the document does not declare`];
      if (!sent && declared.get(name)?.required) return [`does not send the ${name} header, which the document declares required`];
      return [];
    });
  }

  private validator(schema: object): ValidateFunction {
    let validate = this.validators.get(schema);
    if (!validate) {
      validate = this.ajv.compile(schema);
      this.validators.set(schema, validate);
    }
    return validate;
  }
}

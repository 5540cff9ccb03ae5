// OpenAPI 3.1 description built from the route schemas, served at /openapi.json, with Swagger UI at /docs.
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

interface QueryParameter {
  in: string;
  required?: boolean;
  description?: string;
  example?: unknown;
  examples?: unknown;
  schema?: { default?: unknown };
}

/**
 * Parameters as a client sees them. A query parameter with a default is optional (the server fills it in);
 * an example goes into the description, because Swagger UI's "Try it out" would send an example as a value
 * (a user typing only speaker=Antonov would also send q, outlet, dates, a cursor and format=csv).
 */
function presentQueryParameters(document: { paths?: object }): void {
  for (const pathItem of Object.values(document.paths ?? {}) as (object | undefined)[]) {
    for (const operation of Object.values(pathItem ?? {})) {
      const parameters = (operation as { parameters?: QueryParameter[] }).parameters ?? [];
      for (const parameter of parameters) {
        if (parameter.in === 'query' && parameter.schema?.default !== undefined) parameter.required = false;
        if (parameter.example !== undefined && parameter.example !== parameter.schema?.default) {
          const shown = [parameter.example]
            .flat()
            .map((value) => `\`${String(value)}\``)
            .join(', ');
          const description = parameter.description ?? '';
          parameter.description = `${description}${/[.)]$/.test(description) || !description ? '' : '.'} Example: ${shown}.`.trim();
        }
        delete parameter.example;
        delete parameter.examples;
      }
    }
  }
}

export default fp(
  async function openapiPlugin(app: FastifyInstance, options: { version: string }) {
    await app.register(swagger, {
      openapi: {
        openapi: '3.1.0',
        info: {
          title: 'whosaid',
          version: options.version,
          description:
            'Who said what in the news: articles, the people in them and their statements (direct quotes and reported speech), ' +
            'extracted from raw article text. Errors are RFC 9457 `application/problem+json`.',
          license: { name: 'MIT', identifier: 'MIT' },
        },
        components: {
          securitySchemes: {
            apiKey: { type: 'http', scheme: 'bearer', description: 'An API key from API_KEYS, sent as `Authorization: Bearer <key>` (write routes only)' },
          },
        },
        tags: [
          { name: 'health', description: 'Liveness and readiness probes' },
          { name: 'statements', description: 'Direct quotes and reported speech, each attributed to a speaker' },
          { name: 'people', description: 'People named in the articles, merged across articles' },
          { name: 'articles', description: 'Cleaned articles with their people and statements' },
          { name: 'stats', description: 'Counts for charts' },
        ],
      },
      transformObject: (documentObject) => {
        if ('openapiObject' in documentObject) presentQueryParameters(documentObject.openapiObject);
        return 'openapiObject' in documentObject ? documentObject.openapiObject : documentObject.swaggerObject;
      },
      // Shared schemas keep their $id as their component name ("Problem", not "def-0").
      refResolver: {
        buildLocalReference: (json, _baseUri, _fragment, i) => (typeof json.$id === 'string' ? json.$id : `def-${i}`),
      },
    });

    await app.register(swaggerUi, {
      routePrefix: '/docs',
      uiConfig: { docExpansion: 'list', deepLinking: true },
    });

    app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  },
  { name: 'openapi', dependencies: ['errors'] },
);

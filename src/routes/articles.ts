import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type, type Static } from 'typebox';
import { Article, ArticleSummary, ArticlesQuery, NewArticle } from '../schemas/article.js';
import { DATABASE_UNAVAILABLE, IdParams, itemResponses, NoQuery, listResponses, notFound } from '../schemas/common.js';
import { problemResponse } from '../schemas/problem.js';
import { deleteArticle, ingestArticle } from '../ingest/article-ingest.js';
import { getArticle, listArticles } from '../services/articles.js';
import { articlesFeed } from '../services/feeds.js';
import { feedRequest, listQuery, sendAtom, wantsAtom } from './feed.js';
import { sendList } from './list-reply.js';

const writeProblems = {
  401: problemResponse('No API key, or not a valid one (Authorization: Bearer <key>)', {
    status: 401,
    code: 'INVALID_API_KEY',
    detail: 'The API key is not valid.',
  }),
  403: problemResponse('Writes are turned off on this server (no API_KEYS configured)', {
    status: 403,
    code: 'WRITES_DISABLED',
    detail: 'Writes are turned off on this server: no API key is configured (API_KEYS).',
  }),
  429: problemResponse('Too many requests; retry after Retry-After seconds', {
    status: 429,
    code: 'RATE_LIMITED',
    detail: 'Rate limit of 600 requests per 1 minute exceeded; retry after 12 s.',
  }),
  503: problemResponse('The database is unreachable; retry after Retry-After seconds', DATABASE_UNAVAILABLE),
};

const articleRoutes: FastifyPluginAsyncTypebox<{ maxArticleBytes: number }> = async (app, options) => {
  // A web page arrives as a string like text/plain; src/extract/html reads it (scripts never run, nothing is fetched).
  app.addContentTypeParser('text/html', { parseAs: 'string', bodyLimit: options.maxArticleBytes }, (_request, body, done) => done(null, body));
  app.get(
    '/articles',
    {
      schema: {
        tags: ['articles'],
        operationId: 'listArticles',
        summary: 'Search articles',
        description:
          'Article summaries (no text; GET /v1/articles/{id} has it), newest first. person accepts an id or a name; an unknown name gives an empty list. ' +
          'Cursor-paged; format=csv|ndjson (or Accept) streams them all; format=atom (or Accept: application/atom+xml) is an Atom 1.0 feed of the newest 50.',
        querystring: ArticlesQuery,
        response: listResponses(ArticleSummary, 'articles', undefined, { feed: true }),
      },
    },
    async (request, reply) =>
      wantsAtom(request, request.query)
        ? sendAtom(reply, await articlesFeed(app.models, feedRequest(request), request.query))
        : sendList(request, reply, await listArticles(app.models, listQuery(request.query)), listQuery(request.query)),
  );

  app.get(
    '/articles/:id',
    {
      schema: {
        tags: ['articles'],
        operationId: 'getArticle',
        summary: 'One clean article with its people and statements',
        description: 'The cleaned paragraphs, the people the article names (with the roles it gives them) and its statements in reading order.',
        params: IdParams,
        querystring: NoQuery,
        response: itemResponses(Article, 'The article', 'article'),
      },
    },
    async (request) => getArticle(app.models, request.params.id),
  );

  app.post(
    '/articles',
    {
      bodyLimit: options.maxArticleBytes,
      preHandler: app.requireApiKey,
      schema: {
        tags: ['articles'],
        operationId: 'createArticle',
        summary: 'Import one raw article',
        description:
          'Runs the same extraction and storage as the seeder on one raw scraped article: a text/plain body, a whole web page as text/html, or JSON whose optional fields ' +
          'override what extraction finds. 201 with the stored article and its statements; 200 with the existing article when the same text ' +
          'was imported before (or when `filename` names a stored article whose text changed: it is replaced). Needs `Authorization: Bearer <key>`. ' +
          'A web page (text/html, or JSON text that opens like HTML) is reduced to its story by Mozilla Readability; its markup metadata ' +
          '(JSON-LD NewsArticle, Open Graph, <meta name="author">, <link rel="canonical"> as url, <time datetime>) comes first, and article.fieldSources says where each field came from.',
        security: [{ apiKey: [] }],
        querystring: NoQuery,
        body: {
          content: {
            'text/plain': { schema: Type.String({ minLength: 1, description: 'The raw article text as scraped' }) },
            'text/html': {
              schema: Type.String({
                minLength: 1,
                description: 'A whole web page as saved or crawled; statement offsets refer to the story text extracted from it',
              }),
            },
            'application/json': { schema: NewArticle },
          },
        },
        response: {
          201: { description: 'Imported', content: { 'application/json': { schema: Article } } },
          200: { description: 'Already imported: the stored article', content: { 'application/json': { schema: Article } } },
          400: problemResponse('The body is malformed (invalidParams names the field)', {
            status: 400,
            code: 'INVALID_PARAMETER',
            detail: "Body parameter 'text' must NOT have fewer than 1 characters",
          }),
          413: problemResponse('The body is larger than MAX_ARTICLE_BYTES', {
            status: 413,
            code: 'FST_ERR_CTP_BODY_TOO_LARGE',
            detail: 'Request body is too large',
          }),
          415: problemResponse('Only text/plain, text/html and application/json are accepted', {
            status: 415,
            code: 'FST_ERR_CTP_INVALID_MEDIA_TYPE',
            detail: 'Unsupported Media Type: application/xml',
          }),
          422: problemResponse('The text cannot be read as an article (empty, binary, not text), or the page has no readable article', {
            status: 422,
            code: 'NOT_AN_ARTICLE',
            detail: 'The text cannot be read as an article (EMPTY): input is empty or whitespace only',
          }),
          ...writeProblems,
        },
      },
    },
    async (request, reply) => {
      // Validated by the content-type's schema above: a string for text/plain and text/html, a NewArticle for JSON.
      const body = request.body as string | Static<typeof NewArticle>;
      const input =
        typeof body === 'string'
          ? { file: null, raw: body, ...(/^text\/html\b/i.test(request.headers['content-type'] ?? '') ? { html: true } : {}) }
          : {
              file: body.filename ?? null,
              raw: body.text,
              overrides: {
                ...(body.url !== undefined ? { url: body.url } : {}),
                ...(body.outlet !== undefined ? { outlet: body.outlet } : {}),
                ...(body.publishedAt !== undefined ? { publishedAt: body.publishedAt } : {}),
              },
            };
      const { created, article } = await ingestArticle(app.models, input);
      if (created) reply.code(201).header('location', `${request.url.split('?')[0]}/${article.id}`);
      return article;
    },
  );

  app.delete(
    '/articles/:id',
    {
      preHandler: app.requireApiKey,
      schema: {
        tags: ['articles'],
        operationId: 'deleteArticle',
        summary: 'Remove an article and its statements',
        description: "Removes the article and its statements and updates its people's figures; a person left with no article is removed too.",
        security: [{ apiKey: [] }],
        params: IdParams,
        querystring: NoQuery,
        response: {
          204: { description: 'Removed', type: 'null' },
          400: problemResponse('The id is malformed', {
            status: 400,
            code: 'INVALID_PARAMETER',
            detail: 'Path parameter \'id\' must match pattern "^[0-9a-fA-F]{24}$"',
          }),
          404: problemResponse('No such article', notFound('article')),
          ...writeProblems,
        },
      },
    },
    async (request, reply) => {
      await deleteArticle(app.models, request.params.id);
      return reply.code(204).send(null);
    },
  );
};

export default articleRoutes;

import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Article, ArticleSummary, ArticlesQuery } from '../schemas/article.js';
import { IdParams, itemResponses, NoQuery, listResponses } from '../schemas/common.js';
import { getArticle, listArticles } from '../services/articles.js';

const articleRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/articles',
    {
      schema: {
        tags: ['articles'],
        operationId: 'listArticles',
        summary: 'Search articles',
        description:
          'Article summaries (no text; GET /v1/articles/{id} has it), newest first. person accepts an id or a name; an unknown name gives an empty list. ' +
          'Cursor-paged; format=csv|ndjson (or Accept) streams them all.',
        querystring: ArticlesQuery,
        response: listResponses(ArticleSummary, 'articles'),
      },
    },
    async (request, reply) => listArticles(app.models, request, reply, request.query),
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
        response: itemResponses(Article, 'The article'),
      },
    },
    async (request) => getArticle(app.models, request.params.id),
  );
};

export default articleRoutes;

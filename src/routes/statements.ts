import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { IdParams, itemResponses, NoQuery, listResponses } from '../schemas/common.js';
import { Statement, StatementDetail, StatementsQuery } from '../schemas/statement.js';
import { getStatement, listStatements } from '../services/statements.js';
import { statementsFeed } from '../services/feeds.js';
import { feedRequest, listQuery, sendAtom, wantsAtom } from './feed.js';
import { sendList } from './list-reply.js';

const statementRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/statements',
    {
      schema: {
        tags: ['statements'],
        operationId: 'listStatements',
        summary: 'Search statements: who said what, filtered, newest first',
        description:
          'Direct quotes and reported speech. Filters combine (all must hold); repeatable ones (speaker, outlet) match any of their values. ' +
          'An unknown speaker or mentioned name gives an empty list, not an error. Pages are cursor-based: follow page.nextCursor or the Link header. ' +
          'With format=csv or format=ndjson (or Accept: text/csv / application/x-ndjson) the whole filtered result is streamed as a file; ' +
          'limit and cursor are then ignored. With format=atom (or Accept: application/atom+xml): an Atom 1.0 feed of the newest 50, ' +
          'one entry per statement with a stable id, the speaker as author.',
        querystring: StatementsQuery,
        response: listResponses(Statement, 'statements', undefined, { feed: true }),
      },
    },
    async (request, reply) =>
      wantsAtom(request, request.query)
        ? sendAtom(reply, await statementsFeed(app.models, feedRequest(request), request.query))
        : sendList(request, reply, await listStatements(app.models, listQuery(request.query)), listQuery(request.query)),
  );

  app.get(
    '/statements/:id',
    {
      schema: {
        tags: ['statements'],
        operationId: 'getStatement',
        summary: 'One statement in context',
        description:
          'The statement with its speaker (id, name, roles), its article (id, title, outlet, date), the paragraph it stands in with the offsets ' +
          'that locate it (paragraph.text.slice(start, end) is the statement), and the other reports of the same remark by other outlets.',
        params: IdParams,
        querystring: NoQuery,
        response: itemResponses(StatementDetail, 'The statement in context', 'statement'),
      },
    },
    async (request) => getStatement(app.models, request.params.id),
  );
};

export default statementRoutes;

import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { jsonResponses } from '../schemas/common.js';
import { StatsQuery, StatsResult } from '../schemas/statement.js';
import { statementStats } from '../services/stats.js';

const statsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/stats/statements',
    {
      schema: {
        tags: ['stats'],
        operationId: 'statementStats',
        summary: 'Statement counts per speaker, outlet, kind or month',
        description:
          'For charts: who is quoted most, which outlets, statements per month. Takes every filter of GET /v1/statements. ' +
          'Groups come largest first (months in calendar order). Statements without a named speaker, outlet or date are no group: ' +
          'their number is `ungrouped`, beside the groups, so "the ten most quoted people" are ten people.',
        querystring: StatsQuery,
        response: jsonResponses(StatsResult, 'Counts per group'),
      },
    },
    async (request) => statementStats(app.models, request.query),
  );
};

export default statsRoutes;

import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { IdParams, itemResponses, NoQuery, listResponses } from '../schemas/common.js';
import { PeopleQuery, Person } from '../schemas/person.js';
import { PersonStatementsQuery, Statement } from '../schemas/statement.js';
import { getPerson, listPeople, listPersonStatements } from '../services/people.js';
import { personStatementsFeed } from '../services/feeds.js';
import { feedRequest, listQuery, sendAtom, wantsAtom } from './feed.js';
import { sendList } from './list-reply.js';

const peopleRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/people',
    {
      schema: {
        tags: ['people'],
        operationId: 'listPeople',
        summary: 'Find people by name, role or affiliation',
        description:
          'People named in the articles, merged across articles. q matches names and aliases by word prefix, folded. ' +
          'Cursor-paged like every list; format=csv|ndjson (or Accept) streams them all.',
        querystring: PeopleQuery,
        response: listResponses(Person, 'people'),
      },
    },
    async (request, reply) => sendList(request, reply, listPeople(app.models, request.query), request.query),
  );

  app.get(
    '/people/:id',
    {
      schema: {
        tags: ['people'],
        operationId: 'getPerson',
        summary: 'One person',
        description: 'A person with aliases, roles (with when they were first and last given), affiliation and counts.',
        params: IdParams,
        querystring: NoQuery,
        response: itemResponses(Person, 'The person', 'person'),
      },
    },
    async (request) => getPerson(app.models, request.params.id),
  );

  app.get(
    '/people/:id/statements',
    {
      schema: {
        tags: ['people', 'statements'],
        operationId: 'listPersonStatements',
        summary: "A person's statements",
        description:
          'What this person said; every filter of GET /v1/statements applies except speaker. 404 when there is no such person. ' +
          'format=atom (or Accept: application/atom+xml) gives an Atom 1.0 feed of their newest 50 statements: subscribe to be told when they are quoted.',
        params: IdParams,
        querystring: PersonStatementsQuery,
        response: listResponses(Statement, 'statements', 'person', { feed: true }),
      },
    },
    async (request, reply) =>
      wantsAtom(request, request.query)
        ? sendAtom(reply, await personStatementsFeed(app.models, feedRequest(request), request.params.id, request.query))
        : sendList(request, reply, await listPersonStatements(app.models, request.params.id, listQuery(request.query)), listQuery(request.query)),
  );
};

export default peopleRoutes;

// RFC 9457 problem details: the one error shape every route answers with.
import { STATUS_CODES } from 'node:http';
import { Type, type Static } from 'typebox';

export const InvalidParam = Type.Object(
  {
    name: Type.String({ description: 'The offending parameter (query, path or header name, or body field path)', examples: ['limit'] }),
    in: Type.Union([Type.Literal('query'), Type.Literal('path'), Type.Literal('header'), Type.Literal('body')], {
      description: 'Where the parameter was sent',
    }),
    reason: Type.String({ description: 'What is wrong with it', examples: ['must be <= 100'] }),
  },
  { $id: 'InvalidParam' },
);

export const Problem = Type.Object(
  {
    type: Type.String({ description: 'A URI identifying the problem type; about:blank means the status says it all', examples: ['about:blank'] }),
    title: Type.String({ description: 'Short summary of the problem type', examples: ['Bad Request'] }),
    status: Type.Integer({ description: 'HTTP status code', examples: [400] }),
    detail: Type.Optional(Type.String({ description: 'Explanation specific to this occurrence', examples: ["Query parameter 'limit' must be <= 100"] })),
    instance: Type.Optional(Type.String({ description: 'The request path this problem occurred on', examples: ['/v1/statements'] })),
    code: Type.String({ description: 'Stable machine-readable error code', examples: ['INVALID_PARAMETER'] }),
    requestId: Type.Optional(Type.String({ description: 'Request id, also sent as the x-request-id header; quote it when reporting a problem' })),
    invalidParams: Type.Optional(Type.Array(Type.Ref('InvalidParam'), { description: 'For 400 validation problems: every offending parameter' })),
  },
  { $id: 'Problem', description: 'RFC 9457 problem details (media type application/problem+json)' },
);

export type ProblemBody = Static<typeof Problem> & { invalidParams?: Static<typeof InvalidParam>[] };

/** What an example problem of one response says; type and title follow from the status. */
export interface ProblemExample {
  status: number;
  code: string;
  detail: string;
}

/** A response entry for route schemas: problem+json with a description and an example of that very status. */
export function problemResponse(description: string, example: ProblemExample) {
  return {
    description,
    content: {
      'application/problem+json': {
        schema: Type.Ref('Problem'),
        example: { type: 'about:blank', title: STATUS_CODES[example.status] ?? 'Error', ...example },
      },
    },
  };
}

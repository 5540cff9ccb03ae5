import { Type, type Static } from 'typebox';
import { DateTime, Id, ListParams, Nullable, sortParam } from './common.js';

export const Person = Type.Object({
  id: Id,
  name: Type.String({ examples: ['Anatoly Antonov'] }),
  aliases: Type.Array(Type.String(), { description: 'Other forms the articles use', examples: [['Antonov']] }),
  roles: Type.Array(
    Type.Object({
      role: Type.String({ examples: ['Russian Ambassador to the United States'] }),
      articleCount: Type.Integer({ description: 'Articles giving this role' }),
      firstSeenAt: Nullable(DateTime),
      lastSeenAt: Nullable(DateTime),
    }),
  ),
  affiliation: Nullable(Type.String({ examples: ['Russia'] })),
  articleCount: Type.Integer(),
  statementCount: Type.Integer(),
  firstSeenAt: Nullable(DateTime),
  lastSeenAt: Nullable(DateTime),
});
export type PersonOut = Static<typeof Person>;

export const PeopleQuery = Type.Object(
  {
    q: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 200,
        description: 'Name or alias: every word must begin a word of the name or an alias (case and diacritics folded; "jose mul" finds José Müller)',
        examples: ['antonov'],
      }),
    ),
    role: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'Words of a role, all must occur (folded)', examples: ['ambassador'] })),
    affiliation: Type.Optional(
      Type.String({ minLength: 1, maxLength: 200, description: 'Country or organisation: its words, all as whole words (folded)', examples: ['Russia'] }),
    ),
    speaks: Type.Optional(Type.Boolean({ description: 'true: people quoted at least once; false: people only mentioned', examples: [true] })),
    sort: sortParam(['-statementCount', 'name', '-lastSeenAt'], '-statementCount', 'Most quoted first, by name, or most recently seen first (never seen last)'),
    ...ListParams,
  },
  { additionalProperties: false },
);
export type PeopleQueryIn = Static<typeof PeopleQuery>;

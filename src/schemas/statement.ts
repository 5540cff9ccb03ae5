import { Type, type Static } from 'typebox';
import { OBJECT_ID_PATTERN } from '../ids.js';
import { DateRangeParams, StringEnum, DateTime, FeedListParams, Id, Nullable, repeatable, sortParam } from './common.js';

export const Statement = Type.Object({
  id: Id,
  text: Type.String({ description: 'What was said, as printed', examples: ['The U.S. has no right to lecture us how to live.'] }),
  kind: StringEnum(['direct', 'indirect'], { description: 'direct: a quotation; indirect: reported speech' }),
  cue: Nullable(Type.String({ description: 'The verb that reports it', examples: ['said'] })),
  confidence: Nullable(Type.Number({ description: 'Extractor confidence, 0–1' })),
  speakerId: Nullable(Type.String({ description: 'Id of the speaking person; null when no person is named' })),
  speakerName: Nullable(Type.String({ description: "The speaker's canonical name", examples: ['Anatoly Antonov'] })),
  speakerMention: Nullable(Type.String({ description: 'How the article referred to the speaker there', examples: ['he'] })),
  source: Nullable(Type.String({ description: 'Who spoke when no person is named', examples: ['the US National Security Council'] })),
  articleId: Id,
  outlet: Nullable(Type.String({ examples: ['TASS'] })),
  publishedAt: Nullable(DateTime),
  paragraph: Type.Integer({ description: 'Index of the paragraph in the article' }),
  start: Type.Integer({ description: 'Offset of the text in the paragraph (UTF-16 code units)' }),
  end: Type.Integer({ description: 'End offset (exclusive) of the text in the paragraph' }),
  mentionIds: Type.Array(Type.String(), { description: 'People named inside the statement' }),
  groupId: Type.String({ description: 'Shared by every report of the same remark, across outlets' }),
});
export type StatementOut = Static<typeof Statement>;

export const StatementDetail = Type.Object({
  ...Statement.properties,
  speaker: Nullable(
    Type.Object({ id: Id, name: Type.String(), roles: Type.Array(Type.String(), { examples: [['Russian Ambassador to the United States']] }) }),
  ),
  article: Type.Object({ id: Id, title: Nullable(Type.String()), outlet: Nullable(Type.String()), publishedAt: Nullable(DateTime) }),
  paragraph: Type.Object(
    {
      index: Type.Integer(),
      text: Type.String({ description: 'The whole paragraph' }),
      start: Type.Integer({ description: 'Where the statement starts in text' }),
      end: Type.Integer({ description: 'Where it ends (exclusive): text.slice(start, end) is the statement' }),
    },
    { description: 'The paragraph the statement stands in, with its offsets, for highlighting' },
  ),
  otherReports: Type.Array(Type.Object({ id: Id, text: Type.String(), outlet: Nullable(Type.String()), publishedAt: Nullable(DateTime), articleId: Id }), {
    description: 'Other reports of the same remark (same groupId), newest first (the order of the statement list)',
  }),
});

/** The statement filters shared by /v1/statements, /v1/people/{id}/statements and /v1/stats/statements. */
export const StatementFilterParams = {
  q: Type.Optional(
    Type.String({
      minLength: 1,
      maxLength: 500,
      description: 'Words in the text: all must occur as whole words, case and diacritics folded. Plain text (no operators or patterns).',
      examples: ['nuclear power'],
    }),
  ),
  speaker: repeatable('Speaker: a person id, or a name or alias (folded, "antonov" works); repeat for any of several', 'Anatoly Antonov'),
  article: Type.Optional(
    Type.String({ pattern: OBJECT_ID_PATTERN, description: 'Only statements of this article (id)', examples: ['665f1c2ab9e7d3a1c4f00a11'] }),
  ),
  outlet: repeatable('Outlet (case-insensitive exact name); repeat for any of several', 'TASS'),
  kind: Type.Optional(StringEnum(['direct', 'indirect'], { description: 'direct quotes or reported (indirect) speech', examples: ['direct'] })),
  ...DateRangeParams,
  mentions: Type.Optional(
    Type.String({ minLength: 1, maxLength: 200, description: 'A person named inside the statement: id, or name or alias', examples: ['Kim Jong Un'] }),
  ),
};

const statementSort = sortParam(
  ['-publishedAt', 'publishedAt'],
  '-publishedAt',
  'Newest first (-publishedAt, undated last) or oldest first (publishedAt, undated first); statements published at the same time ' +
    'come by article, then in reading order (paragraph, then offset)',
);

export const StatementsQuery = Type.Object({ ...StatementFilterParams, sort: statementSort, ...FeedListParams }, { additionalProperties: false });
export type StatementsQueryIn = Static<typeof StatementsQuery>;

const { speaker: _speaker, ...filtersWithoutSpeaker } = StatementFilterParams;
export const PersonStatementsQuery = Type.Object({ ...filtersWithoutSpeaker, sort: statementSort, ...FeedListParams }, { additionalProperties: false });

export const StatsQuery = Type.Object(
  {
    groupBy: StringEnum(['speaker', 'outlet', 'kind', 'month'], { description: 'What to count statements per', examples: ['speaker'] }),
    ...StatementFilterParams,
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, description: 'Keep only the largest groups (months: the first ones)', examples: [10] })),
  },
  { additionalProperties: false },
);
export type StatsQueryIn = Static<typeof StatsQuery>;

export const StatsResult = Type.Object({
  groupBy: Type.String({ examples: ['speaker'] }),
  data: Type.Array(
    Type.Object({
      key: Type.String({ description: 'Person id, outlet, kind or YYYY-MM', examples: ['665f1c2ab9e7d3a1c4f00a11'] }),
      label: Type.Optional(Type.String({ description: 'Speaker name (groupBy=speaker)', examples: ['Anatoly Antonov'] })),
      count: Type.Integer({ examples: [42] }),
    }),
    { description: 'Largest first; for months, chronological. Only statements that have a value to group by (limit counts these groups alone).' },
  ),
  ungrouped: Type.Integer({
    minimum: 0,
    description:
      'Statements matching the filters that have nothing to group by: no named person as speaker (groupBy=speaker), no outlet, or no date (groupBy=month). ' +
      'Counted here, beside the groups, so that they never take a place among them.',
    examples: [7],
  }),
});
export type StatsResultOut = Static<typeof StatsResult>;

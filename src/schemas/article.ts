import { Type, type Static } from 'typebox';
import { DATE_PARAM_PATTERN } from '../dates.js';
import { DateRangeParams, StringEnum, DateTime, FeedListParams, Id, Nullable, repeatable, sortParam } from './common.js';
import { Statement } from './statement.js';

const fieldSource = (field: string) =>
  StringEnum(['markup', 'text', 'input'], {
    description: `Where ${field} came from: the page's markup, the text, or the request (a value given when posting)`,
  });

const FieldSources = Type.Object(
  {
    title: fieldSource('title'),
    outlet: fieldSource('outlet'),
    publisher: fieldSource('publisher'),
    publishedAt: fieldSource('publishedAt'),
    modifiedAt: fieldSource('modifiedAt'),
    authors: fieldSource('authors'),
    url: fieldSource('url'),
  },
  {
    description:
      'Provenance of each page-level field. For HTML input the markup (JSON-LD NewsArticle, Open Graph, <meta name="author">, <link rel="canonical">, <time datetime>) is read first; ' +
      'what it does not state comes from the extracted text.',
  },
);

const articleFields = {
  id: Id,
  title: Nullable(Type.String({ examples: ['Russian diplomat slams US for presenting Russia-DPRK dialogue as factor of instability'] })),
  outlet: Nullable(Type.String({ examples: ['TASS'] })),
  publisher: Nullable(Type.String({ description: 'Site that printed the page, when it is not the outlet' })),
  originalSource: Nullable(Type.String({ description: 'Wire agency the story came from, when it differs' })),
  publishedAt: Nullable(DateTime),
  datePrecision: Nullable(Type.String({ description: 'second, minute, day, month, year or given', examples: ['day'] })),
  yearInferred: Type.Boolean({ description: 'The year was not printed and was inferred' }),
  dateline: Nullable(Type.String({ examples: ['Washington'] })),
  language: Nullable(Type.String({ examples: ['en'] })),
  url: Nullable(Type.String({ description: "Where the article was published: the page's canonical URL for HTML input, or the url given when posting" })),
  authors: Type.Array(Type.String(), { description: 'Bylines a web page\'s markup states (JSON-LD author, <meta name="author">); empty for text' }),
  modifiedAt: Nullable({ ...DateTime, description: 'When a web page says it was last changed (JSON-LD dateModified, article:modified_time)' }),
  fieldSources: FieldSources,
  sourceFile: Nullable(Type.String({ examples: ['000_5737fbf914914f1a.txt'] })),
  statementCount: Type.Integer(),
};

export const ArticleSummary = Type.Object({
  ...articleFields,
  people: Type.Array(Type.Object({ id: Id, name: Type.String() }), { description: 'People named in the article' }),
});
export type ArticleSummaryOut = Static<typeof ArticleSummary>;

export const Article = Type.Object({
  ...articleFields,
  paragraphs: Type.Array(Type.String(), { description: 'The clean story paragraphs; statement offsets refer to these' }),
  people: Type.Array(
    Type.Object({
      id: Id,
      name: Type.String({ description: 'Canonical name' }),
      nameInArticle: Type.String({ description: 'The fullest form this article uses' }),
      aliases: Type.Array(Type.String()),
      roles: Type.Array(Type.String(), { description: 'Roles as this article gives them' }),
      affiliation: Nullable(Type.String()),
    }),
  ),
  statements: Type.Array(Statement, { description: 'In reading order' }),
});
export type ArticleOut = Static<typeof Article>;

export const NewArticle = Type.Object(
  {
    text: Type.String({
      minLength: 1,
      description: 'The raw article text as scraped',
      examples: ['WASHINGTON, June 5, 2024 (Reuters) - "We will not back down," Jane Doe said.'],
    }),
    filename: Type.Optional(
      Type.String({ minLength: 1, maxLength: 300, description: 'Name of the source file; a changed text under the same name replaces that article' }),
    ),
    url: Type.Optional(Type.String({ format: 'uri', maxLength: 2000, description: 'Where the article was published' })),
    outlet: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'Overrides the outlet found in the text', examples: ['Reuters'] })),
    publishedAt: Type.Optional(
      Type.String({
        pattern: DATE_PARAM_PATTERN,
        description: 'Overrides the publication date found in the text (ISO date or date-time)',
        examples: ['2024-06-05T14:30:00Z'],
      }),
    ),
  },
  { additionalProperties: false },
);

export const ArticlesQuery = Type.Object(
  {
    q: Type.Optional(
      Type.String({ minLength: 1, maxLength: 500, description: 'Words in the title or body: all must occur as whole words (folded)', examples: ['Pyongyang'] }),
    ),
    outlet: repeatable('Outlet (case-insensitive exact name); repeat for any of several', 'TASS'),
    ...DateRangeParams,
    person: Type.Optional(
      Type.String({ minLength: 1, maxLength: 200, description: 'A person named in the article: id, or name or alias', examples: ['Vladimir Putin'] }),
    ),
    dateline: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'Dateline place (case-insensitive)', examples: ['Washington'] })),
    sort: sortParam(['-publishedAt', 'publishedAt'], '-publishedAt', 'Newest first (undated last) or oldest first (undated first)'),
    ...FeedListParams,
  },
  { additionalProperties: false },
);
export type ArticlesQueryIn = Static<typeof ArticlesQuery>;

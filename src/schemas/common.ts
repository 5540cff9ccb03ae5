// Building blocks shared by every /v1 route schema: ids, dates, pagination, formats, the page envelope and responses.
import { Type, type TSchemaOptions, type TSchema } from 'typebox';
import { DATE_PARAM_PATTERN } from '../dates.js';
import { OBJECT_ID_PATTERN } from '../ids.js';
import { problemResponse, type ProblemExample } from './problem.js';

/** An enum of strings that says it is a string (a bare `enum` shows as type "any" in Swagger UI and generators). */
export const StringEnum = <const S extends string[]>(values: [...S], options: TSchemaOptions = {}) => Type.Enum(values, { ...options, type: 'string' });

export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

export const Id = Type.String({ pattern: OBJECT_ID_PATTERN, description: 'Object id (24 hex characters)', examples: ['665f1c2ab9e7d3a1c4f00a11'] });
export const DateTime = Type.String({ format: 'date-time', description: 'ISO 8601 date-time, UTC', examples: ['2024-06-17T22:29:00.000Z'] });

export const IdParams = Type.Object(
  { id: Type.String({ pattern: OBJECT_ID_PATTERN, description: 'Object id: 24 hex characters', examples: ['665f1c2ab9e7d3a1c4f00a11'] }) },
  { additionalProperties: false },
);

/** Routes without query parameters still reject unknown ones. */
export const NoQuery = Type.Object({}, { additionalProperties: false });

const dateParam = (description: string, example: string) => Type.Optional(Type.String({ pattern: DATE_PARAM_PATTERN, description, examples: [example] }));

export const DateRangeParams = {
  from: dateParam(
    'Published on or after this date (inclusive): a year, year-month, date or date-time (UTC unless a zone is given). Undated items never match a date range.',
    '2024-01-01',
  ),
  to: dateParam('Published on or before this date (inclusive): a date-only or partial value includes the whole day, month or year.', '2024-12-31'),
};

export const FORMATS = ['json', 'csv', 'ndjson'] as const;
export type Format = (typeof FORMATS)[number];

export const ListParams = {
  limit: Type.Integer({ minimum: 1, maximum: 100, default: 20, description: 'Page size (JSON only; exports are never paged)', examples: [20] }),
  cursor: Type.Optional(
    Type.String({
      minLength: 1,
      maxLength: 512,
      pattern: '^[A-Za-z0-9_-]+$',
      description: 'Opaque cursor from page.nextCursor (or the Link header) of the previous page, for the same filters and sort',
      examples: ['WyItcHVibGlzaGVkQXQiLCIyMDI0LTA2LTE3VDIyOjI5OjAwLjAwMFoiLCI2NjVmMWMyYWI5ZTdkM2ExYzRmMDBhMTEiXQ'],
    }),
  ),
  format: Type.Optional(
    StringEnum([...FORMATS], {
      description:
        'json (default, one page) or an export of the whole filtered result: csv (RFC 4180 with a header row) or ndjson (one JSON object a line). ' +
        'Also chosen by the Accept header (text/csv, application/x-ndjson); this parameter wins.',
      examples: ['csv'],
    }),
  ),
  bom: Type.Optional(
    Type.Boolean({
      description:
        'CSV only: true starts the file with a UTF-8 byte order mark (EF BB BF), so Excel opens it as UTF-8 (apostrophes and accents intact). ' +
        'Refused (400) with any other format; false or absent: no BOM.',
    }),
  ),
};

/** ListParams of the lists that also answer as an Atom feed: statements (all, or one person's) and articles. */
export const FeedListParams = {
  ...ListParams,
  format: Type.Optional(
    StringEnum([...FORMATS, 'atom'], {
      description:
        'json (default, one page), an export of the whole filtered result (csv, ndjson), or atom: an Atom 1.0 feed of the newest 50 items of the filtered list ' +
        '(newest publication first; limit, cursor and sort are then ignored). Also chosen by the Accept header (text/csv, application/x-ndjson, application/atom+xml); this parameter wins.',
      examples: ['atom'],
    }),
  ),
};

export const sortParam = <const S extends string[]>(values: [...S], fallback: S[number], description: string) =>
  StringEnum(values, { default: fallback, description, examples: [fallback] });

/** A repeatable query parameter: `?outlet=TASS&outlet=Sputnik` arrives as an array, one value as an array of one. */
export const repeatable = (description: string, example: string) =>
  Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 200 }), { minItems: 1, maxItems: 50, description, examples: [[example]] }));

export const Page = Type.Object({
  limit: Type.Integer({ description: 'The page size used', examples: [20] }),
  nextCursor: Nullable(
    Type.String({
      description: 'Cursor of the next page; null on the last page',
      examples: ['WyItcHVibGlzaGVkQXQiLG51bGwsIjY2NWYxYzJhYjllN2QzYTFjNGYwMGExMSJd'],
    }),
  ),
});

type Resource = 'article' | 'person' | 'statement';
/** The 404 a service answers for an unknown id of this resource. */
export const notFound = (resource: Resource): ProblemExample => ({
  status: 404,
  code: `${resource.toUpperCase()}_NOT_FOUND`,
  detail: `No ${resource} with id 665f1c2ab9e7d3a1c4f00a11`,
});
export const DATABASE_UNAVAILABLE: ProblemExample = { status: 503, code: 'DATABASE_UNAVAILABLE', detail: 'The database is unreachable; retry shortly.' };

const errorResponses = {
  304: { description: 'Not modified: the If-None-Match ETag still matches', type: 'null' },
  400: problemResponse('A parameter is invalid or unknown (invalidParams names it)', {
    status: 400,
    code: 'INVALID_PARAMETER',
    detail: "Query parameter 'limit' must be <= 100",
  }),
  503: problemResponse('The database is unreachable; retry after Retry-After seconds', DATABASE_UNAVAILABLE),
} as const;

/** Responses of a list route: one JSON page, or a CSV / NDJSON export of everything. */
export function listResponses(item: TSchema, what: string, parent?: Resource, options: { feed?: boolean } = {}) {
  return {
    ...(parent ? { 404: problemResponse(`No ${parent} with this id`, notFound(parent)) } : {}),
    200: {
      description: `A page of ${what}, or with format=csv|ndjson the whole filtered result, streamed`,
      content: {
        'application/json': { schema: Type.Object({ data: Type.Array(item), page: Page }) },
        'text/csv': { schema: Type.String({ description: `RFC 4180 CSV with a header row, one ${what.replace(/s$/, '')} a line` }) },
        'application/x-ndjson': { schema: Type.String({ description: `One JSON object a line, the same shape as data[] in JSON` }) },
        ...(options.feed
          ? { 'application/atom+xml': { schema: Type.String({ description: `Atom 1.0 feed of the newest 50 ${what}: one entry each, with a stable id` }) } }
          : {}),
      },
    },
    ...errorResponses,
  };
}

/** Responses of a single-resource route or a JSON-only route. */
export function itemResponses(item: TSchema, description: string, resource: Resource) {
  return {
    200: { description, content: { 'application/json': { schema: item } } },
    ...errorResponses,
    404: problemResponse('No such id', notFound(resource)),
  };
}

/** Responses of a JSON-only route with no id. */
export function jsonResponses(item: TSchema, description: string) {
  return { 200: { description, content: { 'application/json': { schema: item } } }, ...errorResponses };
}

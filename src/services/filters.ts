// Turning user-supplied filter values into MongoDB conditions. Values only ever land in operand positions
// (never as operators), text is folded the way it was stored (src/text.ts), and any text that reaches a
// regex is escaped first.
import { Types } from 'mongoose';
import { personKey } from '../ingest/identity.js';
import type { Models } from '../models/index.js';
import { HttpProblem } from '../plugins/errors.js';
import { foldText, searchTerms } from '../text.js';

export type Filter = Record<string, unknown>;

/** A condition no document satisfies: an unknown name or a query with no searchable word finds nothing. */
export const MATCH_NOTHING: Filter = Object.freeze({ _id: { $in: [] } });

export function and(conditions: Filter[]): Filter {
  if (conditions.length === 0) return {};
  return conditions.length === 1 ? conditions[0]! : { $and: conditions };
}

export function escapeRegex(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
}

const isObjectIdHex = (value: string) => /^[0-9a-fA-F]{24}$/.test(value);

/** `{ terms: { $all: words } }` for the folded words of q; a q made only of stopwords or punctuation matches nothing. */
export function wordsFilter(q: string): Filter {
  const words = searchTerms(q);
  return words.length ? { terms: { $all: words } } : MATCH_NOTHING;
}

function invalidDate(name: string, reason: string): HttpProblem {
  return new HttpProblem(400, 'INVALID_PARAMETER', `Query parameter '${name}' ${reason}`, { invalidParams: [{ name, in: 'query', reason }] });
}

/**
 * The instant a date parameter stands for. Partial values cover a period: `from` takes its first instant and
 * `to` its last, so `to=2024-06-17` includes that whole day. A date-time without a zone is UTC.
 */
export function parseDateParam(name: string, value: string, edge: 'start' | 'end'): Date {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?)?)?$/.exec(value);
  if (!match) throw invalidDate(name, 'is not an ISO date or date-time');
  const [, y, mo, d, h, mi, s, zone] = match;
  const year = Number(y);
  const month = mo === undefined ? undefined : Number(mo);
  const day = d === undefined ? undefined : Number(d);
  const startOfDay = Date.UTC(year, (month ?? 1) - 1, day ?? 1);
  const check = new Date(startOfDay);
  if ((month !== undefined && (month < 1 || month > 12)) || (day !== undefined && check.getUTCDate() !== day) || year < 1000) {
    throw invalidDate(name, 'is not a valid calendar date');
  }
  if (h !== undefined) {
    if (Number(h) > 23 || Number(mi) > 59 || (s !== undefined && Number(s) > 59)) throw invalidDate(name, 'is not a valid time');
    const instant = new Date(zone ? value : `${value}Z`);
    if (Number.isNaN(instant.getTime())) throw invalidDate(name, 'is not a valid date-time');
    return instant;
  }
  if (edge === 'start') return check;
  const next = day !== undefined ? Date.UTC(year, month! - 1, day + 1) : month !== undefined ? Date.UTC(year, month, 1) : Date.UTC(year + 1, 0, 1);
  return new Date(next - 1);
}

/** `{ $gte, $lte }` for from/to (both inclusive), or undefined when neither is given; from after to is a 400. */
export function dateRange(from?: string, to?: string): Filter | undefined {
  const start = from === undefined ? undefined : parseDateParam('from', from, 'start');
  const end = to === undefined ? undefined : parseDateParam('to', to, 'end');
  if (start && end && start > end) {
    const reason = 'from must not be later than to';
    throw new HttpProblem(400, 'INVALID_PARAMETER', `Query parameters 'from' and 'to': ${reason}`, {
      invalidParams: [
        { name: 'from', in: 'query', reason },
        { name: 'to', in: 'query', reason },
      ],
    });
  }
  if (!start && !end) return undefined;
  return { ...(start ? { $gte: start } : {}), ...(end ? { $lte: end } : {}) };
}

/**
 * Person ids for values that are each an id (24 hex characters) or a name or alias, looked up folded
 * ("José Müller", "jose muller" and "Kim Jong-un" / "kim jong un" are the same). Unknown names add nothing.
 */
export async function resolvePeople(models: Models, values: readonly string[]): Promise<Types.ObjectId[]> {
  const ids = values.filter(isObjectIdHex).map((value) => new Types.ObjectId(value));
  const keys = [...new Set(values.filter((value) => !isObjectIdHex(value)).flatMap((value) => [foldText(value), personKey(value)]))].filter(Boolean);
  if (keys.length) {
    const found = await models.Person.find({ aliasKeys: { $in: keys } }, { _id: 1 }).lean();
    ids.push(...found.map((person) => person._id));
  }
  return ids;
}

/** The stored values of `field` equal to any of `values` once folded ("tass" finds "TASS"), for an exact, indexed $in. */
export async function storedValuesLike(model: { distinct(field: string): PromiseLike<unknown[]> }, field: string, values: readonly string[]): Promise<string[]> {
  const wanted = new Set(values.map(foldText));
  const stored: unknown[] = await model.distinct(field);
  return stored.filter((value): value is string => typeof value === 'string' && wanted.has(foldText(value)));
}

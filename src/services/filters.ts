// Turning user-supplied filter values into MongoDB conditions. Values only ever land in operand positions
// (never as operators), text is folded the way it was stored (src/text.ts), and any text that reaches a
// regex is escaped first.
import { Types } from 'mongoose';
import { InvalidDateParam, parseDateParam } from '../dates.js';
import { HttpProblem, invalidParameter } from '../errors.js';
import { isObjectIdHex } from '../ids.js';
import type { Models } from '../models/index.js';
import { personKey } from '../names.js';
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

/** `{ terms: { $all: words } }` for the folded words of q; a q made only of stopwords or punctuation matches nothing. */
export function wordsFilter(q: string): Filter {
  const words = searchTerms(q);
  return words.length ? { terms: { $all: words } } : MATCH_NOTHING;
}

/** A from/to value as an instant; 400 naming the parameter when it is not a date. */
function dateParam(name: 'from' | 'to', value: string, edge: 'start' | 'end'): Date {
  try {
    return parseDateParam(value, edge);
  } catch (error) {
    if (error instanceof InvalidDateParam) throw invalidParameter(name, error.message);
    throw error;
  }
}

/** `{ $gte, $lte }` for from/to (both inclusive), or undefined when neither is given; from after to is a 400. */
export function dateRange(from?: string, to?: string): Filter | undefined {
  const start = from === undefined ? undefined : dateParam('from', from, 'start');
  const end = to === undefined ? undefined : dateParam('to', to, 'end');
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
export async function storedValuesLike(
  model: { distinct(field: string): PromiseLike<unknown[]> },
  field: string,
  values: readonly string[],
): Promise<string[]> {
  const wanted = new Set(values.map(foldText));
  const stored: unknown[] = await model.distinct(field);
  return stored.filter((value): value is string => typeof value === 'string' && wanted.has(foldText(value)));
}

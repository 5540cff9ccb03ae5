// Keyset pagination on (sort key, _id): each page continues strictly after the last item of the previous one,
// so inserts never shift pages and no offset is ever scanned. Sort keys may be null (an undated article):
// MongoDB orders null below every value, so nulls come last when descending and first when ascending.
import { Types } from 'mongoose';
import { invalidParameter, type HttpProblem } from '../errors.js';
import { isObjectIdHex } from '../ids.js';

export interface SortSpec {
  /** The public name, e.g. "-publishedAt"; a cursor is only valid for the sort it came from. */
  name: string;
  field: string;
  direction: 1 | -1;
  type: 'date' | 'number' | 'string';
}

type SortValue = Date | number | string | null;
type Filter = Record<string, unknown>;

export function sortSpec(name: string, type: SortSpec['type']): SortSpec {
  return name.startsWith('-') ? { name, field: name.slice(1), direction: -1, type } : { name, field: name, direction: 1, type };
}

export function mongoSort(sort: SortSpec): Record<string, 1 | -1> {
  return { [sort.field]: sort.direction, _id: sort.direction };
}

export function encodeCursor(sort: SortSpec, doc: Record<string, unknown>): string {
  const value = (doc[sort.field] ?? null) as SortValue;
  const id = (doc._id as Types.ObjectId).toHexString();
  return Buffer.from(JSON.stringify([sort.name, value instanceof Date ? value.toISOString() : value, id])).toString('base64url');
}

function badCursor(reason: string): HttpProblem {
  return invalidParameter('cursor', reason, 'query', 'INVALID_CURSOR');
}

/** The position a cursor points after; 400 naming `cursor` for anything we did not issue for this sort. */
export function decodeCursor(sort: SortSpec, cursor: string): { value: SortValue; id: Types.ObjectId } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badCursor('is not a cursor this API issued');
  }
  if (!Array.isArray(parsed) || parsed.length !== 3) throw badCursor('is not a cursor this API issued');
  const [name, raw, id] = parsed as unknown[];
  if (name !== sort.name) throw badCursor(`belongs to another sort order than ${sort.name}`);
  if (typeof id !== 'string' || !isObjectIdHex(id)) throw badCursor('is not a cursor this API issued');
  let value: SortValue = null;
  if (raw !== null) {
    if (sort.type === 'date' && typeof raw === 'string' && !Number.isNaN(Date.parse(raw))) value = new Date(raw);
    else if (sort.type === 'number' && typeof raw === 'number' && Number.isFinite(raw)) value = raw;
    else if (sort.type === 'string' && typeof raw === 'string') value = raw;
    else throw badCursor('is not a cursor this API issued');
  }
  return { value, id: new Types.ObjectId(id) };
}

/** Documents strictly after (value, id) in the order of `sort`, with nulls lowest as MongoDB orders them. */
export function afterFilter(sort: SortSpec, value: SortValue, id: Types.ObjectId): Filter {
  const f = sort.field;
  if (sort.direction === -1) {
    if (value === null) return { [f]: null, _id: { $lt: id } };
    return { $or: [{ [f]: { $lt: value } }, { [f]: value, _id: { $lt: id } }, { [f]: null }] };
  }
  if (value === null) return { $or: [{ [f]: null, _id: { $gt: id } }, { [f]: { $ne: null } }] };
  return { $or: [{ [f]: { $gt: value } }, { [f]: value, _id: { $gt: id } }] };
}

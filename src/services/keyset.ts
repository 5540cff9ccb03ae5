// Keyset pagination on a list of sort keys ending in _id: each page continues strictly after the last item of
// the previous one, so inserts never shift pages and no offset is ever scanned. The public sort key may be null
// (an undated article): MongoDB orders null below every value, so nulls come last when descending and first
// when ascending. The keys after it break its ties; _id last makes the order total.
import { Types } from 'mongoose';
import { invalidParameter, type HttpProblem } from '../errors.js';
import { isObjectIdHex } from '../ids.js';

export interface SortKey {
  field: string;
  direction: 1 | -1;
  type: 'date' | 'number' | 'string' | 'id';
  /** Whether documents may lack a value (only these get the branches that place nulls). */
  nullable: boolean;
}

export interface SortSpec {
  /** The public name, e.g. "-publishedAt"; a cursor is only valid for the sort it came from. */
  name: string;
  /** Lexicographic: the public key first, its tie-breakers after, _id last. */
  keys: readonly SortKey[];
}

type SortValue = Date | number | string | Types.ObjectId | null;
type Filter = Record<string, unknown>;

/** The keys that break ties of the public key, given its direction; by default _id in the same direction. */
export type TieKeys = (direction: 1 | -1) => SortKey[];

const byId: TieKeys = (direction) => [{ field: '_id', direction, type: 'id', nullable: false }];

export function sortSpec(name: string, type: Exclude<SortKey['type'], 'id'>, ties: TieKeys = byId): SortSpec {
  const direction = name.startsWith('-') ? -1 : 1;
  const field = direction === -1 ? name.slice(1) : name;
  return { name, keys: [{ field, direction, type, nullable: true }, ...ties(direction)] };
}

export function mongoSort(sort: SortSpec): Record<string, 1 | -1> {
  return Object.fromEntries(sort.keys.map((key) => [key.field, key.direction]));
}

const cursorValue = (value: SortValue): unknown =>
  value instanceof Date ? value.toISOString() : value instanceof Types.ObjectId ? value.toHexString() : value;

export function encodeCursor(sort: SortSpec, doc: Record<string, unknown>): string {
  const values = sort.keys.map((key) => cursorValue((doc[key.field] ?? null) as SortValue));
  return Buffer.from(JSON.stringify([sort.name, ...values])).toString('base64url');
}

function badCursor(reason: string): HttpProblem {
  return invalidParameter('cursor', reason, 'query', 'INVALID_CURSOR');
}

function decodeValue(key: SortKey, raw: unknown): SortValue {
  if (raw === null && key.nullable) return null;
  if (key.type === 'date' && typeof raw === 'string' && !Number.isNaN(Date.parse(raw))) return new Date(raw);
  if (key.type === 'number' && typeof raw === 'number' && Number.isFinite(raw)) return raw;
  if (key.type === 'string' && typeof raw === 'string') return raw;
  if (key.type === 'id' && typeof raw === 'string' && isObjectIdHex(raw)) return new Types.ObjectId(raw);
  throw badCursor('is not a cursor this API issued');
}

/**
 * The position a cursor points after, one value per sort key; 400 naming `cursor` for anything we did not issue
 * for this sort, including a cursor of this sort from before its tie-breakers changed (its position in the
 * new order is unknown: the client starts again from the first page).
 */
export function decodeCursor(sort: SortSpec, cursor: string): SortValue[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badCursor('is not a cursor this API issued');
  }
  if (!Array.isArray(parsed) || parsed.length < 2) throw badCursor('is not a cursor this API issued');
  const [name, ...raw] = parsed as unknown[];
  if (name !== sort.name) throw badCursor(`belongs to another sort order than ${sort.name}`);
  if (raw.length !== sort.keys.length) throw badCursor('was issued for an earlier form of this sort order; start again from the first page');
  return sort.keys.map((key, i) => decodeValue(key, raw[i]));
}

/** The conditions on one key that place a document after `value` in the key's direction, nulls lowest. */
function pastValue(key: SortKey, value: SortValue): unknown[] {
  if (value === null) return key.direction === -1 ? [] : [{ $ne: null }];
  const past = { [key.direction === -1 ? '$lt' : '$gt']: value };
  return key.direction === -1 && key.nullable ? [past, null] : [past];
}

/** Documents strictly after `values` in the order of `sort`: equal on the first keys and past the next one, for each key. */
export function afterFilter(sort: SortSpec, values: readonly SortValue[]): Filter {
  const branches: Filter[] = [];
  const equal: Filter = {};
  sort.keys.forEach((key, i) => {
    const value = values[i] ?? null;
    for (const condition of pastValue(key, value)) branches.push({ ...equal, [key.field]: condition });
    equal[key.field] = value;
  });
  return branches.length === 1 ? branches[0]! : { $or: branches };
}

// A model of MongoDB's index selection, for commands recorded through driver command monitoring: which index
// serves a find/aggregate/count/distinct, whether it also yields the sort, and what is left to filter after it.
// The rules are MongoDB's (ESR): equality fields first, then the sort keys in order with one relative
// direction (an equality on a sort key takes that key out of the sort), then range fields. $in of n values
// before the sort keys gives n sorted runs that MongoDB merges (SORT_MERGE) only up to
// internalQueryMaxScansToExplode = 200; beyond that it sorts in memory.

export type Direction = 1 | -1;
export interface IndexSpec {
  collection: string;
  name: string;
  key: [string, Direction][];
}

export const MAX_MERGED_RUNS = 200;

/**
 * Fields whose equality selects a large share of a collection: importState is 'complete' on every article but
 * those being written, kind has two values. Bounds on them alone do not bound the work while a selective
 * condition is left to filter fetched documents; MongoDB's planner, racing candidate plans, prefers the selective index.
 */
export const UNSELECTIVE_FIELDS: ReadonlySet<string> = new Set(['importState', 'kind']);

/** What one field's condition gives an index: n point intervals, a range, or nothing it can bound (filter only). */
type Predicate = { kind: 'points'; n: number } | { kind: 'range' } | { kind: 'filter' };

export interface QueryShape {
  collection: string;
  operation: 'find' | 'aggregate' | 'count' | 'distinct';
  predicates: Map<string, Predicate[]>;
  sort: [string, Direction][];
  /** A keyset cursor condition ($or over the sort keys): a range on the sort keys. */
  keyset: boolean;
  /** distinct's key, or an aggregate's $group key. */
  key?: string;
}

export interface Verdict {
  shape: string;
  index: string | null;
  served: boolean;
  /** 'index' | 'index (merge of n runs)' | 'no sort' | 'in memory'. */
  sort: string;
  residual: string[];
  reason: string;
}

type Doc = Record<string, unknown>;
const isOperatorObject = (value: unknown): value is Doc =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  !('_bsontype' in value) &&
  !(value instanceof Date) &&
  Object.keys(value).some((k) => k.startsWith('$'));

function predicateOf(value: unknown): Predicate[] {
  if (!isOperatorObject(value)) return [{ kind: 'points', n: 1 }];
  const out: Predicate[] = [];
  for (const [op, operand] of Object.entries(value)) {
    if (op === '$eq') out.push({ kind: 'points', n: 1 });
    else if (op === '$in') out.push({ kind: 'points', n: (operand as unknown[]).length });
    else if (op === '$all')
      out.push({ kind: 'points', n: 1 }); // one element bounds the scan, the others filter
    else if (['$gt', '$gte', '$lt', '$lte'].includes(op)) out.push({ kind: 'range' });
    else if (op === '$regex') out.push(/^\^[\p{L}\p{N} ]/u.test(String(operand)) ? { kind: 'range' } : { kind: 'filter' });
    else if (op === '$options') continue;
    else out.push({ kind: 'filter' }); // $ne, $nin, $exists, $not: no bounds
  }
  return out;
}

function collect(filter: Doc, into: Map<string, Predicate[]>, sortFields: Set<string>): boolean {
  let keyset = false;
  for (const [field, value] of Object.entries(filter)) {
    if (field === '$and') {
      for (const part of value as Doc[]) keyset = collect(part, into, sortFields) || keyset;
    } else if (field === '$or') {
      const fields = new Set((value as Doc[]).flatMap((branch) => Object.keys(branch)));
      if ([...fields].every((f) => sortFields.has(f))) keyset = true;
      else for (const f of fields) into.set(f, [...(into.get(f) ?? []), { kind: 'filter' }]);
    } else {
      into.set(field, [...(into.get(field) ?? []), ...predicateOf(value)]);
    }
  }
  return keyset;
}

/** The query shape of a recorded command, or null for commands that read no collection (getMore, listIndexes, ping...). */
export function shapeOf(command: Doc): QueryShape | null {
  // The driver hands sorts over as Maps (key order matters), pipelines' $sort as plain objects.
  const entries = (o: unknown): [string, Direction][] =>
    o instanceof Map ? [...(o as Map<string, Direction>)] : Object.entries((o ?? {}) as Record<string, Direction>);
  let collection: string,
    operation: QueryShape['operation'],
    filter: Doc,
    sort: [string, Direction][] = [],
    key: string | undefined;
  if (typeof command.find === 'string') {
    [collection, operation, filter, sort] = [command.find, 'find', (command.filter ?? {}) as Doc, entries(command.sort)];
  } else if (typeof command.aggregate === 'string') {
    const pipeline = command.pipeline as Doc[];
    [collection, operation] = [command.aggregate, 'aggregate'];
    filter = (pipeline.find((stage) => '$match' in stage)?.$match ?? {}) as Doc;
    const firstSort = pipeline.findIndex((stage) => '$sort' in stage);
    const firstGroup = pipeline.findIndex((stage) => '$group' in stage);
    if (firstSort >= 0 && (firstGroup < 0 || firstSort < firstGroup)) sort = entries(pipeline[firstSort]!.$sort);
    const group = pipeline[firstGroup]?.$group as Doc | undefined;
    if (typeof group?._id === 'string') key = group._id.slice(1);
  } else if (typeof command.count === 'string') {
    [collection, operation, filter] = [command.count, 'count', (command.query ?? {}) as Doc];
  } else if (typeof command.distinct === 'string') {
    [collection, operation, filter, key] = [command.distinct, 'distinct', (command.query ?? {}) as Doc, String(command.key)];
  } else {
    return null;
  }
  const predicates = new Map<string, Predicate[]>();
  const keyset = collect(filter, predicates, new Set(sort.map(([f]) => f)));
  return { collection, operation, predicates, sort, keyset, key };
}

export function describeShape(shape: QueryShape): string {
  const pred = (p: Predicate) => (p.kind === 'points' ? (p.n === 1 ? 'eq' : `$in[${p.n}]`) : p.kind);
  const filter = [...shape.predicates].map(([f, ps]) => `${f}: ${ps.map(pred).join('+')}`);
  if (shape.keyset) filter.push('cursor: after (sort keys)');
  const parts = [`${shape.collection}.${shape.operation}`, `{${filter.join(', ')}}`];
  if (shape.sort.length) parts.push(`sort {${shape.sort.map(([f, d]) => `${f}: ${d}`).join(', ')}}`);
  if (shape.key) parts.push(`${shape.operation === 'distinct' ? 'distinct' : 'group by'} ${shape.key}`);
  return parts.join(' ');
}

interface Plan {
  index: IndexSpec;
  bounded: boolean;
  /** Bounded by a field outside UNSELECTIVE_FIELDS. */
  selectiveBound: boolean;
  sortServed: boolean;
  runs: number;
  residual: string[];
}

const isPoint = (ps: Predicate[] | undefined, n?: number) => ps?.some((p) => p.kind === 'points' && (n === undefined || p.n === n)) ?? false;
const pointCount = (ps: Predicate[]) => Math.min(...ps.filter((p) => p.kind === 'points').map((p) => (p as { n: number }).n));

function plan(shape: QueryShape, index: IndexSpec): Plan {
  const { predicates: P, keyset } = shape;
  const inIndex = new Set<string>();
  let i = 0;
  let runs = 1;
  // Equality prefix (points; n > 1 makes n sorted runs).
  while (i < index.key.length && isPoint(P.get(index.key[i]![0]))) {
    runs *= pointCount(P.get(index.key[i]![0])!);
    inIndex.add(index.key[i]![0]);
    i++;
  }
  const lead = index.key[0]![0];
  const bounded = i > 0 || P.has(lead) || (keyset && shape.sort[0]?.[0] === lead);
  const boundFields = index.key.slice(0, i).map(([f]) => f);
  // Sort keys in order, one relative direction; a sort key with an equality is constant and drops out.
  const wanted = shape.sort.filter(([f]) => !isPoint(P.get(f), 1));
  let matched = 0;
  let relative: number | null = null;
  for (let k = i; k < index.key.length && matched < wanted.length; k++) {
    const [field, direction] = index.key[k]!;
    if (field === wanted[matched]![0] && (relative === null || relative === direction * wanted[matched]![1])) {
      if (k === boundFields.length && P.has(field)) boundFields.push(field); // a range on the leading sort key bounds the scan (a cursor alone bounds nothing much)
      relative = direction * wanted[matched]![1];
      inIndex.add(field);
      matched++;
    } else if (isPoint(P.get(field), 1)) {
      inIndex.add(field);
    } else {
      break;
    }
  }
  const sortServed = matched === wanted.length && (runs <= 1 || runs <= MAX_MERGED_RUNS);
  // Remaining index fields: ranges and filters are checked on index keys, before any document is fetched.
  for (const [field] of index.key) if (P.has(field)) inIndex.add(field);
  const residual = [...P.keys()].filter((f) => !inIndex.has(f));
  if (boundFields.length === 0 && P.has(lead)) boundFields.push(lead);
  const selectiveBound = boundFields.some((f) => !UNSELECTIVE_FIELDS.has(f));
  return { index, bounded, selectiveBound, sortServed, runs, residual };
}

/**
 * Served: the index yields the sort, and either bounds the scan by its leading fields (what is left is filtered
 * on the documents those bounds select) or, unbounded, is walked in sort order with every condition checked on
 * its keys, stopping at the page's limit (ESR with no equality).
 */
function isServed(p: Plan, shape: QueryShape): boolean {
  if (!p.sortServed) return false;
  if (p.residual.some((f) => !UNSELECTIVE_FIELDS.has(f))) return p.selectiveBound;
  return p.bounded || (p.residual.length === 0 && shape.sort.length > 0);
}

/** The best index for a shape and whether MongoDB would serve the query from it without a scan or an unbounded sort. */
export function judge(shape: QueryShape, indexes: readonly IndexSpec[]): Verdict {
  const description = describeShape(shape);
  const own = indexes.filter((ix) => ix.collection === shape.collection);
  const verdict = (v: Omit<Verdict, 'shape'>): Verdict => ({ shape: description, ...v });
  if ([...shape.predicates.values()].some((ps) => isPoint(ps, 0))) {
    return verdict({ index: null, served: true, sort: 'no sort', residual: [], reason: 'an empty $in: no scan at all (EOF)' });
  }
  if (shape.operation === 'count' && shape.predicates.size === 0) {
    return verdict({ index: null, served: true, sort: 'no sort', residual: [], reason: 'count of a whole collection: from its metadata' });
  }
  if (shape.operation === 'distinct' && shape.predicates.size === 0) {
    const index = own.find((ix) => ix.key[0]![0] === shape.key);
    return verdict({
      index: index?.name ?? null,
      served: Boolean(index),
      sort: 'no sort',
      residual: [],
      reason: index ? 'DISTINCT_SCAN' : `no index leads with ${shape.key}`,
    });
  }
  if (shape.predicates.size === 0 && shape.sort.length === 0 && !shape.keyset) {
    return verdict({ index: null, served: false, sort: 'no sort', residual: [], reason: 'collection scan: no filter and no sort for an index to serve' });
  }
  const plans = own.map((ix) => plan(shape, ix));
  const score = (p: Plan) => {
    const served = isServed(p, shape);
    return (
      (served ? 1000 : 0) +
      (p.selectiveBound ? 200 : 0) +
      (p.bounded ? 100 : 0) +
      (p.residual.length === 0 ? 10 : 0) -
      5 * p.residual.filter((f) => !UNSELECTIVE_FIELDS.has(f)).length -
      p.residual.length -
      (p.runs > 1 ? 1 : 0)
    );
  };
  const best = plans.sort((a, b) => score(b) - score(a))[0];
  const sortLabel = (p: Plan) => (shape.sort.length === 0 ? 'no sort' : !p.sortServed ? 'in memory' : p.runs > 1 ? `index (merge of ${p.runs} runs)` : 'index');
  if (!best)
    return verdict({
      index: null,
      served: false,
      sort: shape.sort.length ? 'in memory' : 'no sort',
      residual: [...shape.predicates.keys()],
      reason: 'collection scan: no index',
    });
  const served = isServed(best, shape);
  let reason: string;
  if (served) {
    reason = best.bounded
      ? best.residual.length
        ? `bounds from the index, then a filter on ${best.residual.join(', ')}`
        : 'bounds and filter from the index'
      : shape.predicates.size
        ? 'walked in sort order, filtered on index keys'
        : shape.operation === 'aggregate'
          ? 'walked in index order, covered (no document read)'
          : 'walked in sort order';
  } else if (!best.sortServed) {
    reason =
      best.runs > MAX_MERGED_RUNS ? `$in of ${best.runs} values: more runs than MongoDB merges (${MAX_MERGED_RUNS}), sorted in memory` : 'sorted in memory';
  } else {
    reason = `collection scan: nothing bounds the index, ${best.residual.join(', ')} filtered on fetched documents`;
  }
  return verdict({ index: best.index.name, served, sort: sortLabel(best), residual: best.residual, reason });
}

/** Every index of the given collections, as the database reports them (listIndexes). */
export async function readIndexes(
  db: { collection(name: string): { listIndexes(): { toArray(): Promise<Doc[]> } } },
  collections: readonly string[],
): Promise<IndexSpec[]> {
  const out: IndexSpec[] = [];
  for (const collection of collections) {
    for (const ix of await db.collection(collection).listIndexes().toArray()) {
      out.push({ collection, name: String(ix.name), key: Object.entries(ix.key as Record<string, Direction>) });
    }
  }
  return out;
}

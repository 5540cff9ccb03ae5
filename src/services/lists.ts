// The one way every list is read: a keyset-paged page of items, or the whole filtered result as CSV or NDJSON
// chunks pulled from a database cursor (constant memory). Data only; src/routes/list-reply.ts answers HTTP.
import type { Model } from 'mongoose';
import type { Format } from '../schemas/common.js';
import type { Filter } from './filters.js';
import { afterFilter, decodeCursor, encodeCursor, mongoSort, type SortSpec } from './keyset.js';

type Doc = Record<string, unknown>;

/** What a list service returns: the query of a list, read as a page or streamed as an export. */
export interface ListSource<Item> {
  // Any of the three models: only reads whose results go through `serialise`, so the document type does not matter here.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  model: Model<any>;
  filter: Filter;
  sort: SortSpec;
  /** Leaves out fields a list never shows (article paragraphs, person article ids). */
  projection?: Record<string, 0>;
  serialise(doc: Doc): Item;
  /** CSV columns in order: header → value of an item. */
  csv: Record<string, (item: Item) => unknown>;
  /** Base name of the exported file, e.g. "statements". */
  filename: string;
}

export interface ListParams {
  limit: number;
  cursor?: string;
  format?: Format;
  /** CSV only: start with a UTF-8 byte order mark, which Excel needs to read the file as UTF-8. */
  bom?: boolean;
}

export type ExportFormat = Exclude<Format, 'json'>;

export interface Page<Item> {
  data: Item[];
  page: { limit: number; nextCursor: string | null };
}

const EXPORT_CHUNK_CHARS = 64 * 1024;
/**
 * Documents per database batch of an export. The driver keeps state for every document of a batch until the
 * whole batch is consumed, so a big batch outlives young-generation GCs and is promoted to the old heap, which
 * V8 lets grow to a few times the live heap before collecting it. On a 200k-statement export, batches of 500 took
 * the API's RSS to 317 MB (idle 186 MB); batches of 100 (MongoDB's own first batch) to 164 MB, under idle (bench/RESULTS.md).
 */
export const EXPORT_BATCH_SIZE = 100;

// A spreadsheet evaluates a cell that begins with one of these as a formula (OWASP "CSV injection"),
// and statement text is whatever a posted or scraped article says.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell: a formula-like value gets a leading single quote (shown as text by spreadsheets) and is
 * quoted; RFC 4180 otherwise: fields with a comma, quote, CR or LF are quoted with quotes doubled.
 */
export function csvCell(value: unknown): string {
  const text = value == null ? '' : Array.isArray(value) ? value.join('; ') : String(value);
  if (FORMULA_START.test(text)) return `"'${text.replace(/"/g, '""')}"`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV record; lines end in CRLF. */
export function csvLine(values: readonly unknown[]): string {
  return values.map(csvCell).join(',') + '\r\n';
}

/** One page: the items after `cursor` (400 for a cursor we did not issue), and the cursor of the next page. */
export async function readPage<Item>(source: ListSource<Item>, params: Pick<ListParams, 'limit' | 'cursor'>): Promise<Page<Item>> {
  const { sort } = source;
  const after = params.cursor ? decodeCursor(sort, params.cursor) : null;
  const filter = after ? { $and: [source.filter, afterFilter(sort, after)] } : source.filter;
  const docs: Doc[] = await source.model
    .find(filter, source.projection)
    .sort(mongoSort(sort))
    .limit(params.limit + 1)
    .lean();
  const page = docs.slice(0, params.limit);
  const nextCursor = docs.length > params.limit ? encodeCursor(sort, page[page.length - 1]!) : null;
  return { data: page.map((doc) => source.serialise(doc)), page: { limit: params.limit, nextCursor } };
}

/**
 * The version of the collection a list reads (document count and latest updatedAt): an export's content
 * changes only when it does, so it can be validated without streaming it.
 */
export async function collectionVersion(source: Pick<ListSource<unknown>, 'model'>): Promise<string> {
  const [count, latest] = await Promise.all([
    source.model.estimatedDocumentCount(),
    source.model.findOne({}, { updatedAt: 1 }).sort({ updatedAt: -1 }).lean<{ updatedAt?: Date }>(),
  ]);
  return `${count}|${latest?.updatedAt?.toISOString() ?? ''}`;
}

const UTF8_BOM = '\uFEFF';

/** The whole filtered result in chunks of CSV (header row first, after a BOM when asked) or NDJSON, pulled one at a time. */
export async function* exportChunks<Item>(source: ListSource<Item>, format: ExportFormat, options: { bom?: boolean } = {}): AsyncGenerator<string> {
  const columns = Object.values(source.csv);
  let chunk = format === 'csv' ? (options.bom ? UTF8_BOM : '') + csvLine(Object.keys(source.csv)) : '';
  // The cursor opens on the first read, so a 304 that never reads the stream never queries.
  const cursor = source.model.find(source.filter, source.projection).sort(mongoSort(source.sort)).lean().cursor({ batchSize: EXPORT_BATCH_SIZE });
  try {
    for await (const doc of cursor) {
      const item = source.serialise(doc as Doc);
      chunk += format === 'csv' ? csvLine(columns.map((column) => column(item))) : `${JSON.stringify(item)}\n`;
      if (chunk.length >= EXPORT_CHUNK_CHARS) {
        yield chunk;
        chunk = '';
      }
    }
  } finally {
    await cursor.close();
  }
  if (chunk) yield chunk;
}

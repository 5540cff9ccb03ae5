// The one way every list route answers: a keyset-paged JSON page, or the whole filtered result streamed
// as CSV or NDJSON straight from a database cursor (constant memory, with backpressure).
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Model } from 'mongoose';
import type { Format } from '../schemas/common.js';
import type { Filter } from './filters.js';
import { afterFilter, decodeCursor, encodeCursor, mongoSort, type SortSpec } from './keyset.js';

type Doc = Record<string, unknown>;

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
}

const MEDIA_TYPES: Record<Format, string> = { json: 'application/json', csv: 'text/csv', ndjson: 'application/x-ndjson' };
const EXPORT_CHUNK_CHARS = 64 * 1024;

/** The format the Accept header prefers (highest q, then first listed); json when it names none of ours. */
export function formatFromAccept(accept: string | undefined): Format {
  if (!accept) return 'json';
  let best: { format: Format; q: number } = { format: 'json', q: 0 };
  for (const entry of accept.split(',')) {
    const [type = '', ...params] = entry.split(';').map((part) => part.trim().toLowerCase());
    const q = Number(params.find((p) => p.startsWith('q='))?.slice(2) ?? '1');
    const format = (Object.keys(MEDIA_TYPES) as Format[]).find((f) => MEDIA_TYPES[f] === type);
    if (format && Number.isFinite(q) && q > best.q) best = { format, q };
  }
  return best.format;
}

/** RFC 4180: fields with a comma, quote, CR or LF are quoted with quotes doubled; lines end in CRLF. */
export function csvLine(values: readonly unknown[]): string {
  return (
    values
      .map((value) => {
        const text = value == null ? '' : Array.isArray(value) ? value.join('; ') : String(value);
        return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
      })
      .join(',') + '\r\n'
  );
}

function withQueryParam(url: string, name: string, value: string): string {
  const parsed = new URL(url, 'http://localhost');
  parsed.searchParams.set(name, value);
  return parsed.pathname + parsed.search;
}

export async function sendList<Item>(request: FastifyRequest, reply: FastifyReply, source: ListSource<Item>, params: ListParams) {
  const format = params.format ?? formatFromAccept(request.headers.accept);
  if (format !== 'json') return sendExport(request, reply, source, format);

  const { sort } = source;
  const after = params.cursor ? decodeCursor(sort, params.cursor) : null;
  const filter = after ? { $and: [source.filter, afterFilter(sort, after.value, after.id)] } : source.filter;
  const docs: Doc[] = await source.model
    .find(filter, source.projection)
    .sort(mongoSort(sort))
    .limit(params.limit + 1)
    .lean();
  const page = docs.slice(0, params.limit);
  const nextCursor = docs.length > params.limit ? encodeCursor(sort, page[page.length - 1]!) : null;
  if (nextCursor) reply.header('link', `<${withQueryParam(request.url, 'cursor', nextCursor)}>; rel="next"`);
  return reply.type('application/json; charset=utf-8').send({ data: page.map((doc) => source.serialise(doc)), page: { limit: params.limit, nextCursor } });
}

/**
 * Exports carry a weak ETag from the request and the collection's version (document count and latest
 * updatedAt), so a scripted pull that already has the file gets a 304 without the database streaming it.
 */
async function exportEtag(model: ListSource<unknown>['model'], url: string, format: Format): Promise<string> {
  const [count, latest] = await Promise.all([
    model.estimatedDocumentCount(),
    model.findOne({}, { updatedAt: 1 }).sort({ updatedAt: -1 }).lean<{ updatedAt?: Date }>(),
  ]);
  const version = `${url}|${format}|${count}|${latest?.updatedAt?.toISOString() ?? ''}`;
  return `W/"${createHash('sha256').update(version).digest('base64url').slice(0, 27)}"`;
}

async function* exportChunks<Item>(source: ListSource<Item>, format: Exclude<Format, 'json'>): AsyncGenerator<string> {
  const columns = Object.values(source.csv);
  let chunk = format === 'csv' ? csvLine(Object.keys(source.csv)) : '';
  // The cursor opens on the first read, so a 304 that never reads the stream never queries.
  const cursor = source.model.find(source.filter, source.projection).sort(mongoSort(source.sort)).lean().cursor({ batchSize: 500 });
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

async function sendExport<Item>(request: FastifyRequest, reply: FastifyReply, source: ListSource<Item>, format: Exclude<Format, 'json'>) {
  reply.header('etag', await exportEtag(source.model, request.url, format));
  reply.header('content-disposition', `attachment; filename="${source.filename}.${format}"`);
  reply.type(`${MEDIA_TYPES[format]}; charset=utf-8`);
  // Readable.from pulls the next chunk only when the socket has drained: memory stays flat whatever the size.
  return reply.send(Readable.from(exportChunks(source, format), { objectMode: false }));
}

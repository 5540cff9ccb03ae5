// The one way every list route answers: a JSON page with a Link header to the next, or an export streamed
// with its ETag and file name. The reading is src/services/lists.ts; this is only HTTP.
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { invalidParameter } from '../errors.js';
import type { Format } from '../schemas/common.js';
import { collectionVersion, exportChunks, readPage, type ExportFormat, type ListParams, type ListSource } from '../services/lists.js';

const MEDIA_TYPES: Record<Format, string> = { json: 'application/json', csv: 'text/csv', ndjson: 'application/x-ndjson' };

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

/** bom=true asks for something only a CSV file has: with JSON, NDJSON or Atom it is a mistake to say so, not to ignore. */
export function refuseBomUnlessCsv(bom: boolean | undefined, format: Format | 'atom'): void {
  if (bom && format !== 'csv') throw invalidParameter('bom', `applies to CSV exports only (format=csv or Accept: text/csv), not to ${format}`);
}

function withQueryParam(url: string, name: string, value: string): string {
  const parsed = new URL(url, 'http://localhost');
  parsed.searchParams.set(name, value);
  return parsed.pathname + parsed.search;
}

export async function sendList<Item>(request: FastifyRequest, reply: FastifyReply, source: ListSource<Item>, params: ListParams) {
  const format = params.format ?? formatFromAccept(request.headers.accept);
  refuseBomUnlessCsv(params.bom, format);
  if (format !== 'json') return sendExport(request, reply, source, format, params.bom);
  const page = await readPage(source, params);
  if (page.page.nextCursor) reply.header('link', `<${withQueryParam(request.url, 'cursor', page.page.nextCursor)}>; rel="next"`);
  return reply.type('application/json; charset=utf-8').send(page);
}

/**
 * Exports carry a weak ETag from the request and the collection's version, so a scripted pull that already
 * has the file gets a 304 without the database streaming it.
 */
async function sendExport<Item>(request: FastifyRequest, reply: FastifyReply, source: ListSource<Item>, format: ExportFormat, bom?: boolean) {
  const version = `${request.url}|${format}|${await collectionVersion(source)}`;
  reply.header('etag', `W/"${createHash('sha256').update(version).digest('base64url').slice(0, 27)}"`);
  reply.header('content-disposition', `attachment; filename="${source.filename}.${format}"`);
  reply.type(`${MEDIA_TYPES[format]}; charset=utf-8`);
  // Readable.from pulls the next chunk only when the socket has drained: memory stays flat whatever the size.
  return reply.send(Readable.from(exportChunks(source, format, { bom }), { objectMode: false }));
}

// The HTTP side of the Atom feeds (src/services/feeds.ts builds them): choosing Atom from format or Accept,
// and sending the XML. A feed is a string body, so the http-cache plugin gives it a strong ETag and 304s.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ATOM_MEDIA_TYPE } from '../feeds/atom.js';
import type { Format } from '../schemas/common.js';
import { refuseBomUnlessCsv } from './list-reply.js';
import type { FeedRequest } from '../services/feeds.js';

const LIST_MEDIA_TYPES = ['application/json', 'text/csv', 'application/x-ndjson'];

/** Atom when format=atom, or with no format when the Accept header ranks application/atom+xml above the list's other types. */
export function wantsAtom(request: FastifyRequest, query: { format?: Format | 'atom' | undefined; bom?: boolean | undefined }): boolean {
  const atom = atomChosen(request, query.format);
  if (atom) refuseBomUnlessCsv(query.bom, 'atom');
  return atom;
}

function atomChosen(request: FastifyRequest, format: Format | 'atom' | undefined): boolean {
  if (format) return format === 'atom';
  let atom = 0;
  let other = 0;
  for (const entry of (request.headers.accept ?? '').split(',')) {
    const [type = '', ...params] = entry.split(';').map((part) => part.trim().toLowerCase());
    const q = Number(params.find((p) => p.startsWith('q='))?.slice(2) ?? '1');
    if (!Number.isFinite(q)) continue;
    if (type === ATOM_MEDIA_TYPE) atom = Math.max(atom, q);
    else if (LIST_MEDIA_TYPES.includes(type)) other = Math.max(other, q);
  }
  return atom > other;
}

/** The query for the JSON and export code: the same, less format=atom. */
export function listQuery<Q extends { format?: Format | 'atom' | undefined }>(query: Q): Omit<Q, 'format'> & { format?: Format } {
  const { format, ...rest } = query;
  return format && format !== 'atom' ? { ...rest, format } : rest;
}

export function feedRequest(request: FastifyRequest): FeedRequest {
  return { origin: `${request.protocol}://${request.host}`, url: request.url };
}

export function sendAtom(reply: FastifyReply, xml: string) {
  return reply.type(`${ATOM_MEDIA_TYPE}; charset=utf-8`).send(xml);
}

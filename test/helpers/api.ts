// Small helpers for API tests: paging through a list, reading exports, the expected keyset order.
import assert from 'node:assert/strict';
import type { Server } from 'node:http';
import request from 'supertest';

/** RFC 4180 parser: quoted fields may hold commas, doubled quotes, CR and LF; records end in CRLF. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else {
      assert.notEqual(c, '\n', 'a bare LF outside quotes is not RFC 4180');
      field += c;
    }
  }
  assert.equal(field + row.join(''), '', 'the last record ends in CRLF');
  return rows;
}

/** CSV rows as objects keyed by the header row. */
export function csvRecords(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  assert.ok(header, 'a header row');
  return rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i] ?? ''])));
}

export function parseNdjson(text: string): Record<string, unknown>[] {
  assert.ok(text === '' || text.endsWith('\n'), 'NDJSON ends with a newline');
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/**
 * Follows the Link header from `url` to the last page, checking it agrees with page.nextCursor,
 * and returns every id in order. Fails on a duplicate.
 */
export async function pageThrough(server: Server, url: string): Promise<string[]> {
  const ids: string[] = [];
  let next: string | null = url;
  for (let pages = 0; next; pages++) {
    assert.ok(pages < 200, 'paging terminates');
    const res = await request(server).get(next).expect(200);
    ids.push(...(res.body.data as { id: string }[]).map((item) => item.id));
    const cursor = res.body.page.nextCursor as string | null;
    const link = res.headers.link as string | undefined;
    if (cursor) {
      const match = /^<([^>]+)>; rel="next"$/.exec(link ?? '');
      assert.ok(match, `Link header on a page with a next page: ${link}`);
      assert.equal(new URL(match[1]!, 'http://x').searchParams.get('cursor'), cursor);
      next = match[1]!;
    } else {
      assert.equal(link, undefined, 'no Link header on the last page');
      next = null;
    }
  }
  assert.equal(new Set(ids).size, ids.length, 'no item appears twice');
  return ids;
}

type OrderValue = number | string | null;

/** The keyset order of the API: lexicographic over `keys`, each in its own direction, nulls lowest (as MongoDB orders them). */
export function keysetOrder<T>(docs: readonly T[], keys: readonly [(doc: T) => OrderValue, 1 | -1][], id: (doc: T) => string): string[] {
  const compare = (a: OrderValue, b: OrderValue) => (a === b ? 0 : a === null ? -1 : b === null ? 1 : a < b ? -1 : 1);
  const cmp = (a: T, b: T) => {
    for (const [key, direction] of keys) {
      const order = direction * compare(key(a), key(b));
      if (order) return order;
    }
    return 0;
  };
  return [...docs].sort(cmp).map(id);
}

interface StoredStatement {
  _id: { toHexString(): string };
  publishedAt: Date | null;
  articleId: { toHexString(): string };
  paragraph: number;
  start: number;
}

/** The order of statement lists (src/services/statements.ts): publication time, then article in the same direction, then reading order. */
export function statementOrder(docs: readonly StoredStatement[], direction: 1 | -1): string[] {
  return keysetOrder(
    docs,
    [
      [(s) => s.publishedAt?.getTime() ?? null, direction],
      [(s) => s.articleId.toHexString(), direction],
      [(s) => s.paragraph, 1],
      [(s) => s.start, 1],
      [(s) => s._id.toHexString(), 1],
    ],
    (s) => s._id.toHexString(),
  );
}

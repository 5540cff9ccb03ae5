// Every list route with every filter alone, the README recipes' combinations, each sort, a second page,
// the exports and feeds, plus the item routes; each request's database commands recorded (driver command monitoring on
// the app's own connection) and judged against the indexes the migrations created.
import type { FastifyInstance } from 'fastify';
import request from 'supertest';
import { judge, readIndexes, shapeOf, type IndexSpec, type Verdict } from './planner.js';

export interface Row extends Verdict {
  route: string;
}

const COLLECTIONS = ['statements', 'people', 'articles'] as const;
const STATEMENT_SORTS = ['-publishedAt', 'publishedAt'];
const PEOPLE_SORTS = ['-statementCount', 'name', '-lastSeenAt'];
const IGNORED = new Set(['getMore', 'killCursors', 'endSessions', 'ping', 'hello', 'isMaster', 'listIndexes']);

type Json = { data: { id: string; dateline?: string | null }[]; page?: { nextCursor: string | null } };

/** The sample values each filter is exercised with, taken from the data the app holds. */
export interface Samples {
  speaker: string;
  otherSpeaker: string;
  mentions: string;
  word: string;
  outlet: string;
  role: string;
  affiliation: string;
  namePrefix: string;
  person: string;
}

function statementQueries(s: Samples, articleId: string): string[] {
  return [
    '',
    `q=${s.word}`,
    `speaker=${s.speaker}`,
    `speaker=${s.speaker}&speaker=${s.otherSpeaker}`,
    `article=${articleId}`,
    `outlet=${s.outlet}`,
    'kind=direct',
    'from=2024-01-01',
    'to=2024-12-31',
    'from=2024-01-01&to=2024-12-31',
    `mentions=${s.mentions}`,
    // README recipes 1 and 4
    `speaker=${s.speaker}&from=2024-01-01&to=2024-12-31`,
    `q=${s.word}&kind=direct`,
  ];
}

export async function exerciseRoutes(app: FastifyInstance, samples: Samples): Promise<{ rows: Row[]; indexes: IndexSpec[] }> {
  const indexes = await readIndexes(app.db.db!, COLLECTIONS);
  const recorded: { route: string; command: Record<string, unknown> }[] = [];
  let route = '';
  const client = app.db.getClient();
  const listener = (event: { commandName: string; command: Record<string, unknown> }) => {
    if (route && !IGNORED.has(event.commandName)) recorded.push({ route, command: event.command });
  };
  client.on('commandStarted', listener);
  const get = async (path: string, label = path) => {
    route = label;
    const res = await request(app.server).get(path).expect(200);
    route = '';
    return res;
  };
  /** A first page of two, then the second page through its cursor. */
  const pages = async (path: string) => {
    const sep = path.includes('?') ? '&' : '?';
    const first = await get(`${path}${sep}limit=2`, path);
    const cursor = (first.body as Json).page?.nextCursor;
    if (cursor) await get(`${path}${sep}limit=2&cursor=${cursor}`, `${path} (page 2)`);
    return first.body as Json;
  };
  try {
    const anArticle = (await pages('/v1/articles')).data[0]!;
    const aStatement = (await pages('/v1/statements')).data[0]!;
    const aPerson = (await pages(`/v1/people?q=${samples.namePrefix}`)).data[0]!;
    for (const sort of STATEMENT_SORTS) {
      for (const q of statementQueries(samples, anArticle.id)) await pages(`/v1/statements?${q}${q ? '&' : ''}sort=${sort}`);
      for (const q of ['', 'kind=direct', 'from=2024-01-01', `q=${samples.word}`])
        await pages(`/v1/people/${aPerson.id}/statements?${q}${q ? '&' : ''}sort=${sort}`);
      const articleQueries = [
        '',
        `q=${samples.word}`,
        `outlet=${samples.outlet}`,
        'from=2024-06',
        'to=2024-12-31',
        `person=${samples.person}`,
        `dateline=${anArticle.dateline ?? 'Moscow'}`,
        `person=${samples.person}&from=2024-06`,
      ];
      for (const q of articleQueries) await pages(`/v1/articles?${q}${q ? '&' : ''}sort=${sort}`);
    }
    for (const sort of PEOPLE_SORTS) {
      const peopleQueries = [
        '',
        `q=${samples.namePrefix}`,
        `role=${samples.role}`,
        `affiliation=${samples.affiliation}`,
        'speaks=true',
        'speaks=false',
        `role=${samples.role}&affiliation=${samples.affiliation}`,
        `q=${samples.namePrefix}&speaks=true`,
      ];
      for (const q of peopleQueries) await pages(`/v1/people?${q}${q ? '&' : ''}sort=${sort}`);
    }
    for (const groupBy of ['speaker', 'outlet', 'kind', 'month']) {
      for (const q of ['', `speaker=${samples.speaker}`, `outlet=${samples.outlet}`, 'from=2024-01-01', `q=${samples.word}`, `mentions=${samples.mentions}`]) {
        await get(`/v1/stats/statements?groupBy=${groupBy}${q ? '&' : ''}${q}`);
      }
    }
    await get(`/v1/statements?speaker=${samples.speaker}&from=2024-01-01&to=2024-12-31&format=csv`);
    await get(`/v1/statements?outlet=${samples.outlet}&format=ndjson`);
    await get('/v1/people?speaks=true&format=csv');
    await get(`/v1/articles?person=${samples.person}&format=ndjson`);
    await get(`/v1/statements?speaker=${samples.speaker}&format=atom`);
    await get(`/v1/people/${aPerson.id}/statements?format=atom`);
    await get(`/v1/articles?outlet=${samples.outlet}&format=atom`);
    await get(`/v1/statements/${aStatement.id}`);
    await get(`/v1/people/${aPerson.id}`);
    await get(`/v1/articles/${anArticle.id}`);
  } finally {
    client.off('commandStarted', listener);
  }
  const rows: Row[] = [];
  const seen = new Set<string>();
  for (const { route: r, command } of recorded) {
    const shape = shapeOf(command);
    if (!shape) continue;
    const verdict = judge(shape, indexes);
    const key = `${r}|${verdict.shape}`;
    if (seen.has(key)) continue;
    seen.add(key);
    rows.push({ route: r, ...verdict });
  }
  return { rows, indexes };
}

/**
 * The RESULTS.md table: one line per distinct query shape, with the first route that sent it; a second page
 * (the same shape plus the keyset cursor) is folded into its first page's line when the same index serves it.
 */
export function markdownTable(rows: readonly Row[]): string {
  const CURSOR = ', cursor: after (sort keys)';
  const byShape = new Map<string, Row & { routes: string[]; page2?: Row }>();
  for (const row of rows) {
    const base = row.shape.replace(CURSOR, '').replace('{cursor: after (sort keys)}', '{}');
    const entry = byShape.get(base) ?? { ...row, shape: base, routes: [] };
    if (base !== row.shape) entry.page2 = row;
    else entry.routes.push(row.route);
    byShape.set(base, entry);
  }
  const lines = [
    '| route and filter (first of n sending it) | query shape | index | sort by index? | served | page 2 (cursor) | how |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const r of byShape.values()) {
    const first = r.routes[0] ?? r.page2?.route ?? '';
    const routes = `\`${first}\`${r.routes.length > 1 ? ` (+${r.routes.length - 1})` : ''}`;
    const page2 = !r.page2
      ? '—'
      : r.page2.served && r.page2.index === r.index
        ? 'same index'
        : `${r.page2.index ?? 'none'}, ${r.page2.served ? 'served' : '**NOT served**'}`;
    lines.push(`| ${routes} | \`${r.shape}\` | ${r.index ?? '—'} | ${r.sort} | ${r.served ? 'yes' : '**NO**'} | ${page2} | ${r.reason} |`);
  }
  return lines.join('\n');
}

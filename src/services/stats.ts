// Statement counts per speaker, outlet, kind or month, over the same filters as /v1/statements.
import type { Models } from '../models/index.js';
import type { StatsQueryIn, StatsResultOut } from '../schemas/statement.js';
import { statementFilter } from './statements.js';

type Group = StatsResultOut['data'][number];

const GROUP_FIELDS = { speaker: '$speakerId', outlet: '$outlet', kind: '$kind' } as const;

export async function statementStats(models: Models, query: StatsQueryIn): Promise<StatsResultOut> {
  const filter = await statementFilter(models, query);
  let groups: Group[];
  if (query.groupBy === 'month') {
    groups = await countByMonth(models, filter);
  } else {
    const rows = await models.Statement.aggregate<{ _id: unknown; count: number }>([
      { $match: filter },
      { $group: { _id: GROUP_FIELDS[query.groupBy], count: { $sum: 1 } } },
    ]);
    groups = rows.map((row) => ({ key: row._id == null ? null : String(row._id), count: row.count }));
    // Largest first; ties in a stable order so the response (and its ETag) does not flicker.
    groups.sort((a, b) => b.count - a.count || (a.key ?? '\uffff').localeCompare(b.key ?? '\uffff'));
  }
  if (query.limit !== undefined) groups = groups.slice(0, query.limit);
  if (query.groupBy === 'speaker') await labelSpeakers(models, groups);
  return { groupBy: query.groupBy, data: groups };
}

/**
 * Months come from streaming only publishedAt and counting here: the portable aggregation subset has no
 * date operators. A stored `publishedMonth` field would let MongoDB $group it instead.
 */
async function countByMonth(models: Models, filter: Record<string, unknown>): Promise<Group[]> {
  const counts = new Map<string | null, number>();
  const cursor = models.Statement.find(filter, { _id: 0, publishedAt: 1 }).lean().cursor({ batchSize: 2000 });
  try {
    for await (const doc of cursor) {
      const month = doc.publishedAt instanceof Date ? doc.publishedAt.toISOString().slice(0, 7) : null;
      counts.set(month, (counts.get(month) ?? 0) + 1);
    }
  } finally {
    await cursor.close();
  }
  return [...counts]
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => (a.key === null ? 1 : b.key === null ? -1 : a.key.localeCompare(b.key)));
}

async function labelSpeakers(models: Models, groups: Group[]): Promise<void> {
  const ids = groups.flatMap((g) => (g.key ? [g.key] : []));
  const people = await models.Person.find({ _id: { $in: ids } }, { name: 1 }).lean();
  const names = new Map(people.map((p) => [p._id.toHexString(), p.name]));
  for (const group of groups) group.label = group.key ? (names.get(group.key) ?? group.key) : 'unattributed (no named speaker)';
}

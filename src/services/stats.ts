// Statement counts per speaker, outlet, kind or month, over the same filters as /v1/statements.
import type { Models } from '../models/index.js';
import type { StatsQueryIn, StatsResultOut } from '../schemas/statement.js';
import { statementFilter } from './statements.js';

type Group = StatsResultOut['data'][number];

const GROUP_FIELDS = { speaker: '$speakerId', outlet: '$outlet', kind: '$kind', month: '$publishedMonth' } as const;

export async function statementStats(models: Models, query: StatsQueryIn): Promise<StatsResultOut> {
  const filter = await statementFilter(models, query);
  let groups: Group[];
  const field = GROUP_FIELDS[query.groupBy];
  // Unfiltered, a $sort on the group key lets MongoDB walk that key's index, covered (no document read),
  // instead of scanning the collection; filtered, the $match's own index bounds the work.
  const walkIndex = Object.keys(filter).length === 0 ? [{ $sort: { [field.slice(1)]: 1 as const } }] : [];
  const rows = await models.Statement.aggregate<{ _id: unknown; count: number }>([
    { $match: filter },
    ...walkIndex,
    { $group: { _id: field, count: { $sum: 1 } } },
  ]);
  // Statements with nothing to group by (no named speaker, outlet or date) are counted apart, not ranked among the groups.
  const ungrouped = rows.filter((row) => row._id == null).reduce((sum, row) => sum + row.count, 0);
  groups = rows.filter((row) => row._id != null).map((row) => ({ key: String(row._id), count: row.count }));
  if (query.groupBy === 'month') {
    groups.sort((a, b) => a.key.localeCompare(b.key)); // calendar order
  } else {
    // Largest first; ties in a stable order so the response (and its ETag) does not flicker.
    groups.sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
  }
  if (query.limit !== undefined) groups = groups.slice(0, query.limit);
  if (query.groupBy === 'speaker') await labelSpeakers(models, groups);
  return { groupBy: query.groupBy, data: groups, ungrouped };
}

async function labelSpeakers(models: Models, groups: Group[]): Promise<void> {
  const ids = groups.map((g) => g.key);
  const people = await models.Person.find({ _id: { $in: ids } }, { name: 1 }).lean();
  const names = new Map(people.map((p) => [p._id.toHexString(), p.name]));
  for (const group of groups) group.label = names.get(group.key) ?? group.key;
}

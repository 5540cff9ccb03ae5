// The documents an import writes: an article and its statements (grouped with other reports of the same remark).
import { Types } from 'mongoose';
import { publishedMonth, toDate } from '../dates.js';
import type { FieldSources } from '../extract/html/index.js';
import type { Models } from '../models/index.js';
import { searchTerms } from '../text.js';
import { GROUP_WINDOW_MS, groupSignature, SpeakerReports, type GroupCandidate } from './grouping.js';
import type { ArticlePeople, Prepared } from './prepared.js';
import { derivedId, uniqueIds } from './writes.js';

type ObjectId = Types.ObjectId;

/** Fields the request set (ArticleInput.overrides) came from neither the markup nor the text. */
function fieldSourcesGiven(sources: FieldSources, overrides: Prepared['input']['overrides']): Record<keyof FieldSources, string> {
  return {
    ...sources,
    ...(overrides?.url != null ? { url: 'input' } : {}),
    ...(overrides?.outlet != null ? { outlet: 'input' } : {}),
    ...(overrides?.publishedAt !== undefined ? { publishedAt: 'input' } : {}),
  };
}

/** The article as stored; `complete` makes it visible, so a new article is written so last. */
export function articleDoc(p: Prepared, ids: Map<string, ObjectId>, importState: 'pending' | 'complete', extractorVersion: number) {
  const a = p.result.article;
  const peopleIds = uniqueIds([...ids.values()]);
  return {
    _id: p.articleId,
    sourceFile: p.input.file,
    url: p.input.overrides?.url ?? a.url,
    sha256: p.sha256,
    title: a.title,
    outlet: p.outlet,
    publisher: a.publisher,
    originalSource: a.originalSource,
    publishedAt: p.publishedAt,
    datePrecision: p.input.overrides?.publishedAt ? 'given' : a.datePrecision,
    yearInferred: p.input.overrides?.publishedAt ? false : a.yearInferred,
    dateline: a.dateline,
    language: a.language,
    authors: a.authors,
    modifiedAt: toDate(a.modifiedAt),
    fieldSources: fieldSourcesGiven(a.fieldSources, p.input.overrides),
    paragraphs: a.paragraphs,
    peopleIds,
    people: p.result.people.flatMap((person) => {
      const personId = ids.get(person.name);
      return personId
        ? [
            {
              personId,
              name: person.name,
              aliases: person.aliases,
              roles: person.roles,
              rolesAsWritten: person.rolesAsWritten ?? [],
              affiliation: person.affiliation,
            },
          ]
        : [];
    }),
    statementCount: p.result.statements.length,
    extractorVersion,
    terms: searchTerms([a.title ?? '', ...a.paragraphs].join(' ')),
    importState,
    createdAt: new Date(),
    updatedAt: new Date(),
  };
}

export type StatementDoc = ReturnType<StatementBuilder['build']>[number];

/**
 * Builds the statements of the articles, one article at a time (so the caller can write them in chunks while it
 * builds the next), each joined to the group of an earlier report of the same remark (stored, or built earlier
 * by this builder), with the canonical name of its speaker. The reads it needs are done first, by
 * `statementBuilder`; `build` is then pure and must be called for the articles in their order.
 */
export interface StatementBuilder {
  build(p: Prepared): ReturnType<typeof statementsOf>;
}

export async function statementBuilder(models: Models, live: Prepared[], people: ArticlePeople): Promise<StatementBuilder> {
  const speakerIds = new Set<string>();
  for (const p of live) for (const id of people.get(p)!.values()) speakerIds.add(id.toHexString());
  const dates = live.map((p) => p.publishedAt).filter((d): d is Date => d !== null);
  // Earlier reports by speaker: a statement is compared only with its own speaker's (findGroup's first test),
  // so grouping a batch is linear in its statements rather than quadratic.
  const candidates = new Map<string, SpeakerReports>();
  if (speakerIds.size) {
    const range =
      dates.length === live.length && dates.length > 0
        ? {
            publishedAt: {
              $gte: new Date(Math.min(...dates.map((d) => d.getTime())) - GROUP_WINDOW_MS),
              $lte: new Date(Math.max(...dates.map((d) => d.getTime())) + GROUP_WINDOW_MS),
            },
          }
        : {};
    const earlier = await models.Statement.find(
      { speakerId: { $in: [...speakerIds].map((id) => new Types.ObjectId(id)) }, articleId: { $nin: live.map((p) => p.articleId) }, ...range },
      { speakerId: 1, articleId: 1, publishedAt: 1, groupId: 1, terms: 1 },
    )
      .select('+terms')
      .lean();
    for (const s of earlier) {
      reportsOf(candidates, s.speakerId!.toHexString()).addStored({
        speakerId: s.speakerId!.toHexString(),
        articleId: s.articleId.toHexString(),
        publishedAt: s.publishedAt ?? null,
        signature: groupSignature((s as { terms?: string[] }).terms ?? []),
        groupId: s.groupId,
      });
    }
  }
  // Speaker names are the canonical names of the stored people, not the article's spelling (a person this
  // batch creates is not stored yet: their statements keep the article's spelling).
  const names = await personNames(
    models,
    [...speakerIds].map((id) => new Types.ObjectId(id)),
  );
  return { build: (p) => statementsOf(p, people.get(p)!, candidates, names) };
}

function reportsOf(candidates: Map<string, SpeakerReports>, speakerId: string): SpeakerReports {
  let reports = candidates.get(speakerId);
  if (!reports) candidates.set(speakerId, (reports = new SpeakerReports()));
  return reports;
}

function statementsOf(p: Prepared, ids: Map<string, ObjectId>, candidates: Map<string, SpeakerReports>, names: Map<string, string>) {
  const docs = [];
  for (const [index, s] of p.result.statements.entries()) {
    const _id = derivedId('statement', p.articleId.toHexString(), p.sha256, String(index));
    const speakerId = s.speaker ? (ids.get(s.speaker) ?? null) : null;
    const terms = searchTerms(s.text);
    let groupId = _id.toHexString();
    if (speakerId) {
      const me: GroupCandidate = {
        speakerId: speakerId.toHexString(),
        articleId: p.articleId.toHexString(),
        publishedAt: p.publishedAt,
        signature: groupSignature(terms),
        groupId,
      };
      const reports = reportsOf(candidates, me.speakerId);
      groupId = reports.findGroup(me) ?? groupId;
      me.groupId = groupId;
      reports.addBuilt(me);
    }
    docs.push({
      _id,
      text: s.text,
      kind: s.kind,
      cue: s.cue,
      confidence: s.confidence,
      speakerId,
      speakerName: speakerId ? (names.get(speakerId.toHexString()) ?? s.speaker) : null,
      speakerMention: s.speakerMention,
      source: s.source,
      articleId: p.articleId,
      outlet: p.outlet,
      publishedAt: p.publishedAt,
      publishedMonth: publishedMonth(p.publishedAt),
      paragraph: s.paragraph,
      start: s.start,
      end: s.end,
      mentionIds: uniqueIds(s.mentions.map((name) => ids.get(name)).filter((id): id is ObjectId => Boolean(id))),
      groupId,
      terms,
      createdAt: new Date(),
      updatedAt: new Date(),
    });
  }
  return docs;
}

async function personNames(models: Models, ids: ObjectId[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const docs = await models.Person.find({ _id: { $in: uniqueIds(ids) } }, { name: 1 }).lean();
  return new Map(docs.map((d) => [d._id.toHexString(), d.name]));
}

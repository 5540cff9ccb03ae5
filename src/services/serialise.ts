// Database documents → API shapes: ids as hex strings, dates as ISO strings, internal fields left out.
import type { Types } from 'mongoose';
import type { ArticleSummaryOut } from '../schemas/article.js';
import type { PersonOut } from '../schemas/person.js';
import type { StatementOut } from '../schemas/statement.js';

type Doc = Record<string, unknown>;
type Id = Types.ObjectId;

export const hex = (id: unknown): string | null => (id ? (id as Id).toHexString() : null);
export const iso = (date: unknown): string | null => (date instanceof Date ? date.toISOString() : null);
const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);

export function statementOut(doc: Doc): StatementOut {
  return {
    id: hex(doc._id)!,
    text: doc.text as string,
    kind: doc.kind as StatementOut['kind'],
    cue: str(doc.cue),
    confidence: typeof doc.confidence === 'number' ? doc.confidence : null,
    speakerId: hex(doc.speakerId),
    speakerName: str(doc.speakerName),
    speakerMention: str(doc.speakerMention),
    source: str(doc.source),
    articleId: hex(doc.articleId)!,
    outlet: str(doc.outlet),
    publishedAt: iso(doc.publishedAt),
    paragraph: doc.paragraph as number,
    start: doc.start as number,
    end: doc.end as number,
    mentionIds: ((doc.mentionIds as Id[] | undefined) ?? []).map((id) => id.toHexString()),
    groupId: doc.groupId as string,
  };
}

export const statementCsv: Record<string, (s: StatementOut) => unknown> = {
  id: (s) => s.id,
  publishedAt: (s) => s.publishedAt,
  outlet: (s) => s.outlet,
  speakerId: (s) => s.speakerId,
  speakerName: (s) => s.speakerName,
  source: (s) => s.source,
  kind: (s) => s.kind,
  cue: (s) => s.cue,
  text: (s) => s.text,
  articleId: (s) => s.articleId,
  paragraph: (s) => s.paragraph,
  start: (s) => s.start,
  end: (s) => s.end,
  mentionIds: (s) => s.mentionIds,
  groupId: (s) => s.groupId,
};

interface RoleDoc {
  role: string;
  articleIds?: Id[];
  firstSeenAt?: Date | null;
  lastSeenAt?: Date | null;
}

export function personOut(doc: Doc): PersonOut {
  return {
    id: hex(doc._id)!,
    name: doc.name as string,
    aliases: (doc.aliases as string[] | undefined) ?? [],
    roles: ((doc.roles as RoleDoc[] | undefined) ?? []).map((r) => ({
      role: r.role,
      articleCount: r.articleIds?.length ?? 0,
      firstSeenAt: iso(r.firstSeenAt),
      lastSeenAt: iso(r.lastSeenAt),
    })),
    affiliation: str(doc.affiliation),
    articleCount: (doc.articleCount as number | undefined) ?? 0,
    statementCount: (doc.statementCount as number | undefined) ?? 0,
    firstSeenAt: iso(doc.firstSeenAt),
    lastSeenAt: iso(doc.lastSeenAt),
  };
}

export const personCsv: Record<string, (p: PersonOut) => unknown> = {
  id: (p) => p.id,
  name: (p) => p.name,
  aliases: (p) => p.aliases,
  roles: (p) => p.roles.map((r) => r.role),
  affiliation: (p) => p.affiliation,
  articleCount: (p) => p.articleCount,
  statementCount: (p) => p.statementCount,
  firstSeenAt: (p) => p.firstSeenAt,
  lastSeenAt: (p) => p.lastSeenAt,
};

type FieldSources = ArticleSummaryOut['fieldSources'];
// Articles stored before HTML input have no fieldSources: everything they hold came from their text.
const TEXT_SOURCES: FieldSources = { title: 'text', outlet: 'text', publisher: 'text', publishedAt: 'text', modifiedAt: 'text', authors: 'text', url: 'text' };

export function articleFieldsOut(doc: Doc) {
  return {
    id: hex(doc._id)!,
    title: str(doc.title),
    outlet: str(doc.outlet),
    publisher: str(doc.publisher),
    originalSource: str(doc.originalSource),
    publishedAt: iso(doc.publishedAt),
    datePrecision: str(doc.datePrecision),
    yearInferred: doc.yearInferred === true,
    dateline: str(doc.dateline),
    language: str(doc.language),
    url: str(doc.url),
    authors: (doc.authors as string[] | undefined) ?? [],
    modifiedAt: iso(doc.modifiedAt),
    fieldSources: { ...TEXT_SOURCES, ...(doc.fieldSources as Partial<FieldSources> | null | undefined) },
    sourceFile: str(doc.sourceFile),
    statementCount: (doc.statementCount as number | undefined) ?? 0,
  };
}

export interface ArticlePersonDoc {
  personId: Id;
  name: string;
  aliases?: string[];
  roles?: string[];
  affiliation?: string | null;
}

export function articleSummaryOut(doc: Doc): ArticleSummaryOut {
  const people = (doc.people as ArticlePersonDoc[] | undefined) ?? [];
  return { ...articleFieldsOut(doc), people: people.map((p) => ({ id: p.personId.toHexString(), name: p.name })) };
}

export const articleCsv: Record<string, (a: ArticleSummaryOut) => unknown> = {
  id: (a) => a.id,
  publishedAt: (a) => a.publishedAt,
  outlet: (a) => a.outlet,
  title: (a) => a.title,
  dateline: (a) => a.dateline,
  language: (a) => a.language,
  url: (a) => a.url,
  sourceFile: (a) => a.sourceFile,
  statementCount: (a) => a.statementCount,
  people: (a) => a.people.map((p) => p.name),
};

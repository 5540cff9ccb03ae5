// A person as the importer builds it: the state one article's view is merged into, and the stored fields
// derived from it. Pure: reading and writing people is the importer's.
import type { Types } from 'mongoose';
import { maxDate, minDate } from '../dates.js';
import { aliasKeys, displayName, identityKeys, personKey } from '../names.js';
import { foldText, searchTerms } from '../text.js';
import type { StatementDoc } from './documents.js';
import type { ArticlePeople, Prepared } from './prepared.js';

type ObjectId = Types.ObjectId;

export interface PersonState {
  _id: ObjectId;
  name: string;
  key: string;
  aliases: string[];
  identityKeys: string[];
  roles: { role: string; key: string; articleIds: ObjectId[]; firstSeenAt: Date | null; lastSeenAt: Date | null }[];
  affiliation: string | null;
  articleIds: ObjectId[];
  statementCount: number;
  firstSeenAt: Date | null;
  lastSeenAt: Date | null;
  rev: number;
  isNew: boolean;
}

/** One article's view of a person. */
export interface SeenPerson {
  name: string;
  aliases: string[];
  roles: string[];
  affiliation: string | null;
}

/** The fields read to rebuild a person's state (identityKeys and rev are not selected by default). */
export const PERSON_STATE_PROJECTION = '+identityKeys +rev name key aliases roles affiliation articleIds statementCount firstSeenAt lastSeenAt';

function hasId(ids: readonly ObjectId[], id: ObjectId): boolean {
  return ids.some((x) => x.equals(id));
}

function uniqueStrings(values: Iterable<string>): string[] {
  const seen = new Map<string, string>();
  for (const value of values) {
    const key = foldText(value);
    if (key && !seen.has(key)) seen.set(key, value);
  }
  return [...seen.values()];
}

/** Fields derived from a person's state, written together so every index stays in step. */
export function personFields(p: PersonState) {
  const forms = [p.name, ...p.aliases];
  return {
    name: p.name,
    key: p.key,
    aliases: p.aliases,
    aliasKeys: aliasKeys(p.name, p.aliases),
    identityKeys: p.identityKeys,
    nameTerms: searchTerms(forms.join(' ')),
    roles: p.roles,
    roleTerms: searchTerms(p.roles.map((r) => r.role).join(' ')),
    affiliation: p.affiliation,
    affiliationKey: p.affiliation ? foldText(p.affiliation) : null,
    articleIds: p.articleIds,
    articleCount: p.articleIds.length,
    statementCount: p.statementCount,
    firstSeenAt: p.firstSeenAt,
    lastSeenAt: p.lastSeenAt,
  };
}

/** Adds one article's view of a person (aliases, roles, affiliation, dates) into the person's state. */
export function mergeArticlePerson(state: PersonState, seen: SeenPerson, articleId: ObjectId, publishedAt: Date | null, statementCount: number): void {
  state.aliases = uniqueStrings([...state.aliases, seen.name, ...seen.aliases].filter((form) => foldText(form) !== foldText(state.name)));
  state.identityKeys = [...new Set([...state.identityKeys, ...identityKeys(seen.name, seen.aliases)])];
  if (!state.affiliation && seen.affiliation) state.affiliation = seen.affiliation;
  for (const role of seen.roles) {
    const key = foldText(role);
    let entry = state.roles.find((r) => r.key === key);
    if (!entry) {
      entry = { role, key, articleIds: [], firstSeenAt: null, lastSeenAt: null };
      state.roles.push(entry);
    }
    if (!hasId(entry.articleIds, articleId)) entry.articleIds.push(articleId);
    entry.firstSeenAt = minDate(entry.firstSeenAt, publishedAt);
    entry.lastSeenAt = maxDate(entry.lastSeenAt, publishedAt);
  }
  if (!hasId(state.articleIds, articleId)) {
    state.articleIds.push(articleId);
    state.statementCount += statementCount;
  }
  state.firstSeenAt = minDate(state.firstSeenAt, publishedAt);
  state.lastSeenAt = maxDate(state.lastSeenAt, publishedAt);
}

export function emptyState(_id: ObjectId, name: string): PersonState {
  const shown = displayName(name);
  return {
    _id,
    name: shown,
    key: personKey(shown),
    aliases: [],
    identityKeys: identityKeys(shown, []),
    roles: [],
    affiliation: null,
    articleIds: [],
    statementCount: 0,
    firstSeenAt: null,
    lastSeenAt: null,
    rev: 0,
    isNew: true,
  };
}

export function stateFromDoc(doc: Record<string, unknown>): PersonState {
  return {
    _id: doc._id as ObjectId,
    name: doc.name as string,
    key: doc.key as string,
    aliases: (doc.aliases as string[]) ?? [],
    identityKeys: (doc.identityKeys as string[]) ?? [],
    roles: ((doc.roles as PersonState['roles']) ?? []).map((r) => ({ ...r, articleIds: [...(r.articleIds ?? [])] })),
    affiliation: (doc.affiliation as string | null) ?? null,
    articleIds: [...((doc.articleIds as ObjectId[]) ?? [])],
    statementCount: (doc.statementCount as number) ?? 0,
    firstSeenAt: (doc.firstSeenAt as Date | null) ?? null,
    lastSeenAt: (doc.lastSeenAt as Date | null) ?? null,
    rev: (doc.rev as number) ?? 0,
    isNew: false,
  };
}

/** Merges each new article's view of its people into the given people's states (those among them). */
export function articleMerger(fresh: Prepared[], people: ArticlePeople, statements: readonly StatementDoc[]): (states: Map<string, PersonState>) => void {
  const spoken = new Map<string, number>(); // `${articleId}:${personId}` → statements
  for (const s of statements) {
    if (s.speakerId) {
      const key = `${s.articleId.toHexString()}:${s.speakerId.toHexString()}`;
      spoken.set(key, (spoken.get(key) ?? 0) + 1);
    }
  }
  return (states) => {
    for (const p of fresh) {
      for (const person of p.result.people) {
        const id = people.get(p)!.get(person.name);
        const state = id && states.get(id.toHexString());
        if (!id || !state) continue;
        mergeArticlePerson(state, person, p.articleId, p.publishedAt, spoken.get(`${p.articleId.toHexString()}:${id.toHexString()}`) ?? 0);
      }
    }
  };
}

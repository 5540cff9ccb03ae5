// Stores extraction results: articles, people merged across articles, statements grouped across outlets.
//
// Crash safety without transactions: ids are derived from content (see derivedId), so every write of an
// import is idempotent, and a new article is written last, complete, as the commit point. A re-run after a
// crash skips what was written (duplicate ids) and a person never counts the same article twice. Replacing a
// stored article (changed text, or one left 'pending') hides it as pending, redoes its statements, recomputes
// its people from what is stored, then marks it complete again.
import { createHash } from 'node:crypto';
import { Types, type mongo } from 'mongoose';
import { isDatabaseUnavailable } from '../db.js';
import { extractBatch } from '../extract/index.js';
import type { ExtractionResult } from '../extract/types.js';
import type { Models } from '../models/index.js';
import { foldText, searchTerms } from '../text.js';
import { findGroup, GROUP_WINDOW_MS, groupSignature, type GroupCandidate } from './grouping.js';
import { aliasKeys, displayName, identityKeys, personKey } from '../names.js';

type ObjectId = Types.ObjectId;

export interface ArticleInput {
  /** File name (or null for text posted over HTTP); a changed text under the same name replaces the article. */
  file: string | null;
  raw: string;
  /** Values that override what extraction finds. */
  overrides?: { url?: string | null; outlet?: string | null; publishedAt?: string | null };
  /** A date near publication, used only to choose the year when the text prints none (see ExtractOptions). */
  publishedAtHint?: string;
}

export type ImportStatus = 'inserted' | 'updated' | 'unchanged' | 'failed';

export interface ImportItemResult {
  file: string | null;
  status: ImportStatus;
  articleId: string | null;
  error?: { code: string; message: string };
}

export interface ImportSummary {
  files: number;
  articles: Record<ImportStatus, number>;
  people: number;
  statements: number;
  failures: { file: string | null; code: string; message: string }[];
  items: ImportItemResult[];
}

export interface ImportOptions {
  batchSize?: number;
  /**
   * A pending article updated more recently than this is taken to be in flight in another process and
   * left alone (reported unchanged); an older one was interrupted and is redone. The seeder, which runs
   * alone, uses 0; the HTTP API, where several writers meet, a minute.
   */
  inFlightMs?: number;
  /** Called after each batch with the number of inputs done. */
  onProgress?: (done: number) => void;
}

interface Prepared {
  index: number;
  input: ArticleInput;
  sha256: string;
  result: ExtractionResult;
  publishedAt: Date | null;
  outlet: string | null;
  articleId: ObjectId;
  mode: 'insert' | 'update' | 'repair' | 'unchanged';
  /** People of the stored version this import replaces: their figures are recomputed. */
  previousPeopleIds: ObjectId[];
}

interface PersonState {
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

const DEFAULT_BATCH = 5000;

export function sha256(raw: string): string {
  return createHash('sha256').update(raw, 'utf8').digest('hex');
}

/**
 * Ids derived from content: an article from its text, a statement from its article and place, a new person
 * from their key. A re-run after a crash, or a second writer importing the same text, produces the same ids,
 * so writes are idempotent (duplicates are refused by _id) instead of needing a transaction.
 */
function derivedId(...parts: string[]): ObjectId {
  return new Types.ObjectId(sha256(parts.join('\u0000')).slice(0, 24));
}

/** 'YYYY-MM' (UTC) of a date, the key of statements per month. */
export function publishedMonth(date: Date | null): string | null {
  return date ? date.toISOString().slice(0, 7) : null;
}

/** Dates from the extractor carry no zone (pages never print one): read them as UTC. */
export function toDate(iso: string | null | undefined): Date | null {
  if (!iso) return null;
  const withZone = /T\d\d:\d\d(:\d\d(\.\d+)?)?$/.test(iso) ? `${iso}Z` : iso;
  const date = new Date(withZone);
  return Number.isNaN(date.getTime()) ? null : date;
}

function minDate(a: Date | null, b: Date | null): Date | null {
  if (!a) return b;
  if (!b) return a;
  return a < b ? a : b;
}

function maxDate(a: Date | null, b: Date | null): Date | null {
  if (!a) return b;
  if (!b) return a;
  return a > b ? a : b;
}

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
function personFields(p: PersonState) {
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
function mergeArticlePerson(
  state: PersonState,
  seen: { name: string; aliases: string[]; roles: string[]; affiliation: string | null },
  articleId: ObjectId,
  publishedAt: Date | null,
  statementCount: number,
): void {
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

function emptyState(_id: ObjectId, name: string): PersonState {
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

const PERSON_STATE_PROJECTION = '+identityKeys +rev name key aliases roles affiliation articleIds statementCount firstSeenAt lastSeenAt';

function stateFromDoc(doc: Record<string, unknown>): PersonState {
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

export class ArticleImporter {
  constructor(private readonly models: Models) {}

  /** Extracts and stores every input; a failing input is reported and the others still import. */
  async importArticles(inputs: readonly ArticleInput[], options: ImportOptions = {}): Promise<ImportSummary> {
    const items: ImportItemResult[] = inputs.map((input) => ({ file: input.file, status: 'failed', articleId: null }));
    const prepared: Prepared[] = [];
    // Extracted together, so an article printing no year can borrow it from a sibling report (see extractBatch).
    const extracted = extractBatch(
      inputs.map((input, index) => ({
        file: input.file ?? `#${index}`,
        raw: input.raw,
        ...(input.publishedAtHint ? { opts: { publishedAtHint: input.publishedAtHint } } : {}),
      })),
    );
    extracted.forEach((output, index) => {
      const input = inputs[index]!;
      if ('error' in output) {
        items[index] = { file: input.file, status: 'failed', articleId: null, error: output.error };
        return;
      }
      const { file: _file, ...result } = output;
      const publishedAt = input.overrides?.publishedAt !== undefined ? toDate(input.overrides.publishedAt) : toDate(result.article.publishedAt);
      prepared.push({
        index,
        input,
        sha256: sha256(input.raw),
        result,
        publishedAt,
        outlet: input.overrides?.outlet ?? result.article.outlet,
        articleId: derivedId('article', sha256(input.raw)),
        mode: 'insert',
        previousPeopleIds: [],
      });
    });

    // Date order keeps each batch's time span short, so finding earlier reports of a remark stays cheap.
    prepared.sort((a, b) => (a.publishedAt?.getTime() ?? Infinity) - (b.publishedAt?.getTime() ?? Infinity) || a.index - b.index);
    const batchSize = options.batchSize ?? DEFAULT_BATCH;
    let done = inputs.length - prepared.length;
    for (let i = 0; i < prepared.length; i += batchSize) {
      const batch = prepared.slice(i, i + batchSize);
      try {
        await this.importBatch(batch, options.inFlightMs ?? 0);
        for (const p of batch) {
          items[p.index] = {
            file: p.input.file,
            status: p.mode === 'insert' ? 'inserted' : p.mode === 'unchanged' ? 'unchanged' : 'updated',
            articleId: p.articleId.toHexString(),
          };
        }
      } catch (error) {
        // The batch stays pending in the database; the next run repairs it.
        const message = (error as Error).message;
        for (const p of batch) items[p.index] = { file: p.input.file, status: 'failed', articleId: null, error: { code: 'STORE_FAILED', message } };
        if (isDatabaseUnavailable(error)) throw error; // further batches are pointless
      }
      done += batch.length;
      options.onProgress?.(done);
    }

    const counts: Record<ImportStatus, number> = { inserted: 0, updated: 0, unchanged: 0, failed: 0 };
    for (const item of items) counts[item.status]++;
    return {
      files: inputs.length,
      articles: counts,
      people: await this.models.Person.estimatedDocumentCount(),
      statements: await this.models.Statement.estimatedDocumentCount(),
      failures: items.filter((item) => item.error).map((item) => ({ file: item.file, code: item.error!.code, message: item.error!.message })),
      items,
    };
  }

  private async importBatch(batch: Prepared[], inFlightMs: number): Promise<void> {
    const { Article } = this.models;
    await this.classify(batch, inFlightMs);
    const work = batch.filter((p) => p.mode !== 'unchanged');
    if (work.length === 0) return;
    const { ids: people, created } = await this.resolvePeople(work);

    // Replacing a stored article: it turns pending (hidden) while its statements and people are redone.
    const replaced = work.filter((p) => p.mode !== 'insert');
    if (replaced.length) {
      await bulkWriteInChunks(
        Article.collection,
        replaced.map((p) => ({ replaceOne: { filter: { _id: p.articleId }, replacement: this.articleDoc(p, people.get(p)!, 'pending') } })),
      );
      await this.models.Statement.deleteMany({ articleId: { $in: replaced.map((p) => p.articleId) } });
    }

    // Statements, each joined to the group of an earlier report of the same remark. Their ids are derived,
    // so what an interrupted run already wrote is refused as a duplicate rather than stored twice.
    const statements = await this.statementDocs(work, people);
    await insertIgnoringDuplicates(this.models.Statement.collection, statements);

    // People: new articles merge in (new people are inserted whole); replaced articles are recomputed.
    const fresh = work.filter((p) => p.mode === 'insert');
    await this.mergePeople(fresh, people, created, statements);
    const recompute = new Map<string, ObjectId>();
    for (const p of replaced) for (const id of [...p.previousPeopleIds, ...people.get(p)!.values()]) recompute.set(id.toHexString(), id);
    if (recompute.size) await this.recomputePeople([...recompute.values()], replaced.map((p) => p.articleId));

    // Last, the articles: a new one appears complete in one write; that write is the import's commit point.
    if (fresh.length) await this.insertArticles(fresh, fresh.map((p) => this.articleDoc(p, people.get(p)!, 'complete')));
    if (replaced.length) await Article.updateMany({ _id: { $in: replaced.map((p) => p.articleId) } }, { $set: { importState: 'complete' } });
  }

  /** Decides, per input, whether it is new, a changed text of a stored file, a repair, or already stored. */
  private async classify(batch: Prepared[], inFlightMs: number): Promise<void> {
    const files = batch.map((p) => p.input.file).filter((f): f is string => Boolean(f));
    const existing = await this.models.Article.find(
      { $or: [{ sha256: { $in: batch.map((p) => p.sha256) } }, ...(files.length ? [{ sourceFile: { $in: files } }] : [])] },
      { sha256: 1, sourceFile: 1, importState: 1, peopleIds: 1, updatedAt: 1 },
    ).lean();
    const bySha = new Map(existing.map((a) => [a.sha256, a]));
    const seenInBatch = new Map<string, Prepared>();
    for (const p of batch) {
      const twin = seenInBatch.get(p.sha256);
      if (twin) {
        p.mode = 'unchanged';
        p.articleId = twin.articleId;
        continue;
      }
      seenInBatch.set(p.sha256, p);
      const same = bySha.get(p.sha256);
      if (same) {
        p.articleId = same._id;
        const inFlight = same.importState !== 'complete' && Date.now() - (same.updatedAt?.getTime() ?? 0) < inFlightMs;
        p.mode = same.importState === 'complete' || inFlight ? 'unchanged' : 'repair';
        p.previousPeopleIds = same.peopleIds ?? [];
        continue;
      }
      const previous = p.input.file ? existing.find((a) => a.sourceFile === p.input.file && a.sha256 !== p.sha256) : undefined;
      if (previous && ![...seenInBatch.values()].some((q) => q !== p && q.articleId.equals(previous._id))) {
        p.articleId = previous._id;
        p.mode = 'update';
        p.previousPeopleIds = previous.peopleIds ?? [];
      }
    }
  }

  /**
   * Maps every extracted person of every article to a person id: an existing person sharing a
   * full-name form, or a new one. People of different articles in the batch that share a form are one.
   */
  private async resolvePeople(work: Prepared[]): Promise<{ ids: Map<Prepared, Map<string, ObjectId>>; created: Map<string, PersonState> }> {
    const { Person } = this.models;
    // Extracted people of the whole batch, joined (union-find) when they share an identity key.
    const parent: number[] = [];
    const find = (x: number): number => {
      while (parent[x] !== x) x = parent[x] = parent[parent[x]!]!;
      return x;
    };
    const nodeOfKey = new Map<string, number>();
    const names: string[] = [];
    const rawClusters = new Map<Prepared, Map<string, number>>();
    for (const p of work) {
      const local = new Map<string, number>();
      for (const person of p.result.people) {
        const node = parent.push(parent.length) - 1;
        names.push(person.name);
        const keys = identityKeys(person.name, person.aliases);
        if (keys.length === 0) keys.push(personKey(person.name)); // a one-word name identifies only itself
        for (const k of keys) {
          const other = nodeOfKey.get(k);
          if (other === undefined) nodeOfKey.set(k, node);
          else parent[find(node)] = find(other);
        }
        local.set(person.name, node);
      }
      rawClusters.set(p, local);
    }
    const clusterKeys = new Map<number, Set<string>>();
    for (const [k, node] of nodeOfKey) {
      const root = find(node);
      if (!clusterKeys.has(root)) clusterKeys.set(root, new Set());
      clusterKeys.get(root)!.add(k);
    }
    const clusterNames = new Map<number, string[]>();
    names.forEach((name, node) => {
      const root = find(node);
      if (!clusterNames.has(root)) clusterNames.set(root, []);
      clusterNames.get(root)!.push(name);
    });

    const allKeys = [...nodeOfKey.keys()];
    const found = await Person.find({ $or: [{ identityKeys: { $in: allKeys } }, { key: { $in: allKeys } }] }, { _id: 1, key: 1, identityKeys: 1 })
      .select('+identityKeys')
      .lean();
    const idOfCluster = new Map<number, ObjectId>();
    for (const doc of found) {
      for (const k of [doc.key, ...((doc as { identityKeys?: string[] }).identityKeys ?? [])]) {
        const node = nodeOfKey.get(k);
        if (node !== undefined && !idOfCluster.has(find(node))) idOfCluster.set(find(node), doc._id);
      }
    }
    // New people get ids derived from their key, so concurrent writers agree on them; mergePeople inserts them.
    const created = new Map<string, PersonState>();
    for (const [root, keys] of clusterKeys) {
      if (idOfCluster.has(root)) continue;
      const name = fullestName(clusterNames.get(root) ?? []);
      const state = emptyState(derivedId('person', personKey(displayName(name))), name);
      state.identityKeys = [...new Set([...state.identityKeys, ...[...keys].filter((k) => k.includes(' '))])];
      created.set(state._id.toHexString(), state);
      idOfCluster.set(root, state._id);
    }
    const result = new Map<Prepared, Map<string, ObjectId>>();
    for (const [p, local] of rawClusters) {
      const ids = new Map<string, ObjectId>();
      for (const [name, node] of local) {
        const id = idOfCluster.get(find(node));
        if (id) ids.set(name, id);
      }
      result.set(p, ids);
    }
    return { ids: result, created };
  }

  private articleDoc(p: Prepared, ids: Map<string, ObjectId>, importState: 'pending' | 'complete') {
    const a = p.result.article;
    const peopleIds = uniqueIds([...ids.values()]);
    return {
      _id: p.articleId,
      sourceFile: p.input.file,
      url: p.input.overrides?.url ?? null,
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
      paragraphs: a.paragraphs,
      peopleIds,
      people: p.result.people.flatMap((person) => {
        const personId = ids.get(person.name);
        return personId
          ? [{ personId, name: person.name, aliases: person.aliases, roles: person.roles, rolesAsWritten: person.rolesAsWritten ?? [], affiliation: person.affiliation }]
          : [];
      }),
      statementCount: p.result.statements.length,
      terms: searchTerms([a.title ?? '', ...a.paragraphs].join(' ')),
      importState,
      createdAt: new Date(),
      updatedAt: new Date(),
    };
  }

  private async insertArticles(fresh: Prepared[], docs: ReturnType<ArticleImporter['articleDoc']>[]): Promise<void> {
    // Refused: another writer stored the same text (same derived id) meanwhile; that copy stands.
    const refused = new Set((await insertIgnoringDuplicates(this.models.Article.collection, docs)).map((id) => id.toHexString()));
    for (const p of fresh) if (refused.has(p.articleId.toHexString())) p.mode = 'unchanged';
  }

  private async statementDocs(live: Prepared[], people: Map<Prepared, Map<string, ObjectId>>) {
    const speakerIds = new Set<string>();
    for (const p of live) for (const id of people.get(p)!.values()) speakerIds.add(id.toHexString());
    const dates = live.map((p) => p.publishedAt).filter((d): d is Date => d !== null);
    const candidates: GroupCandidate[] = [];
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
      const earlier = await this.models.Statement.find(
        { speakerId: { $in: [...speakerIds].map((id) => new Types.ObjectId(id)) }, articleId: { $nin: live.map((p) => p.articleId) }, ...range },
        { speakerId: 1, articleId: 1, publishedAt: 1, groupId: 1, terms: 1 },
      )
        .select('+terms')
        .lean();
      for (const s of earlier) {
        candidates.push({
          speakerId: s.speakerId!.toHexString(),
          articleId: s.articleId.toHexString(),
          publishedAt: s.publishedAt ?? null,
          signature: groupSignature((s as { terms?: string[] }).terms ?? []),
          groupId: s.groupId,
        });
      }
    }

    const docs = [];
    for (const p of live) {
      const ids = people.get(p)!;
      for (const [index, s] of p.result.statements.entries()) {
        const _id = derivedId('statement', p.articleId.toHexString(), p.sha256, String(index));
        const speakerId = s.speaker ? ids.get(s.speaker) ?? null : null;
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
          groupId = findGroup(me, candidates) ?? groupId;
          me.groupId = groupId;
          candidates.push(me);
        }
        docs.push({
          _id,
          text: s.text,
          kind: s.kind,
          cue: s.cue,
          confidence: s.confidence,
          speakerId,
          speakerName: speakerId ? s.speaker : null,
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
    }
    // Speaker names are the canonical names of the stored people, not the article's spelling.
    const names = await this.personNames(docs.map((d) => d.speakerId).filter((id): id is ObjectId => id !== null));
    for (const d of docs) if (d.speakerId) d.speakerName = names.get(d.speakerId.toHexString()) ?? d.speakerName;
    return docs;
  }

  private async personNames(ids: ObjectId[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const docs = await this.models.Person.find({ _id: { $in: uniqueIds(ids) } }, { name: 1 }).lean();
    return new Map(docs.map((d) => [d._id.toHexString(), d.name]));
  }

  /** Folds new articles into their people; retries people changed meanwhile by another writer. */
  /**
   * Folds new articles into their people. New people are inserted whole; existing ones are updated with
   * a revision check, and those changed meanwhile by another writer are merged again from a fresh copy.
   */
  private async mergePeople(
    fresh: Prepared[],
    people: Map<Prepared, Map<string, ObjectId>>,
    created: Map<string, PersonState>,
    statements: { articleId: ObjectId; speakerId: ObjectId | null }[],
  ) {
    const spoken = new Map<string, number>(); // `${articleId}:${personId}` → statements
    for (const s of statements) {
      if (s.speakerId) {
        const key = `${s.articleId.toHexString()}:${s.speakerId.toHexString()}`;
        spoken.set(key, (spoken.get(key) ?? 0) + 1);
      }
    }
    const mergeInto = (states: Map<string, PersonState>) => {
      for (const p of fresh) {
        for (const person of p.result.people) {
          const id = people.get(p)!.get(person.name);
          const state = id && states.get(id.toHexString());
          if (!id || !state) continue;
          mergeArticlePerson(state, person, p.articleId, p.publishedAt, spoken.get(`${p.articleId.toHexString()}:${id.toHexString()}`) ?? 0);
        }
      }
    };

    mergeInto(created);
    const now = new Date();
    const refused = await insertIgnoringDuplicates(
      this.models.Person.collection,
      [...created.values()].map((state) => ({ _id: state._id, ...personFields(state), rev: 0, createdAt: now, updatedAt: now })),
    );
    // Refused: another writer created the same person (same derived id) meanwhile; merge into theirs below.
    let pending = uniqueIds([
      ...fresh.flatMap((p) => [...people.get(p)!.values()]).filter((id) => !created.has(id.toHexString())),
      ...refused,
    ]);
    for (let attempt = 0; pending.length && attempt < 8; attempt++) {
      const docs = await this.models.Person.find({ _id: { $in: pending } }).select(PERSON_STATE_PROJECTION).lean();
      const states = new Map(docs.map((d) => [d._id.toHexString(), stateFromDoc(d as unknown as Record<string, unknown>)]));
      mergeInto(states);
      const list = [...states.values()];
      const matched = await bulkWriteInChunks(
        this.models.Person.collection,
        list.map((state) => ({
          updateOne: { filter: { _id: state._id, rev: state.rev }, update: { $set: { ...personFields(state), updatedAt: new Date() }, $inc: { rev: 1 } } },
        })),
      );
      if (matched === list.length) return;
      const after = await this.models.Person.find({ _id: { $in: list.map((s) => s._id) } }, { _id: 1 }).select('+rev').lean();
      const revNow = new Map(after.map((d) => [d._id.toHexString(), (d as { rev?: number }).rev ?? 0]));
      pending = list.filter((s) => revNow.get(s._id.toHexString()) !== s.rev + 1).map((s) => s._id);
    }
    if (pending.length) throw new Error(`could not update ${pending.length} people: too many concurrent writers`);
  }

  /**
   * Rebuilds people's figures from the stored articles and statements (complete ones, plus `including`).
   * A person left with no article is removed.
   */
  async recomputePeople(ids: ObjectId[], including: ObjectId[] = []): Promise<void> {
    const { Article, Person, Statement } = this.models;
    const personIds = uniqueIds(ids);
    if (personIds.length === 0) return;
    const articles = await Article.find(
      { peopleIds: { $in: personIds }, $or: [{ importState: 'complete' }, { _id: { $in: including } }] },
      { people: 1, publishedAt: 1 },
    ).lean();
    const counts = await Statement.aggregate<{ _id: ObjectId; n: number }>([
      { $match: { speakerId: { $in: personIds } } },
      { $group: { _id: '$speakerId', n: { $sum: 1 } } },
    ]);
    const countOf = new Map(counts.map((c) => [c._id.toHexString(), c.n]));
    const docs = await Person.find({ _id: { $in: personIds } }).select(PERSON_STATE_PROJECTION).lean();
    const removals: ObjectId[] = [];
    const writes = [];
    for (const doc of docs) {
      const old = stateFromDoc(doc as unknown as Record<string, unknown>);
      const state: PersonState = { ...emptyState(old._id, old.name), name: old.name, key: old.key, rev: old.rev, isNew: false };
      for (const article of articles) {
        for (const seen of article.people ?? []) {
          if (seen.personId.equals(old._id)) mergeArticlePerson(state, { ...seen, affiliation: seen.affiliation ?? null }, article._id, article.publishedAt ?? null, 0);
        }
      }
      state.statementCount = countOf.get(old._id.toHexString()) ?? 0;
      if (state.articleIds.length === 0) removals.push(old._id);
      else writes.push({ updateOne: { filter: { _id: old._id }, update: { $set: { ...personFields(state), updatedAt: new Date() }, $inc: { rev: 1 } } } });
    }
    await bulkWriteInChunks(Person.collection, writes);
    if (removals.length) await Person.deleteMany({ _id: { $in: removals } });
  }

  /**
   * Drops articles an interrupted run left pending for longer than `olderThanMs` (younger ones may be
   * in flight in another process), with their statements, and recomputes their people. Their raw text
   * is not kept: importing the file again stores them afresh.
   */
  async dropStalePending(olderThanMs: number): Promise<number> {
    const pending = await this.models.Article.find(
      { importState: 'pending', updatedAt: { $lt: new Date(Date.now() - olderThanMs) } },
      { _id: 1, peopleIds: 1 },
    ).lean();
    if (pending.length === 0) return 0;
    const ids = pending.map((a) => a._id);
    await this.models.Statement.deleteMany({ articleId: { $in: ids } });
    await this.models.Article.deleteMany({ _id: { $in: ids } });
    await this.recomputePeople(pending.flatMap((a) => a.peopleIds ?? []));
    return pending.length;
  }

  /** Removes an article and its statements and updates its people; false when there is no such article. */
  async deleteArticle(id: ObjectId): Promise<boolean> {
    const article = await this.models.Article.findById(id, { peopleIds: 1 }).lean();
    if (!article) return false;
    await this.models.Article.updateOne({ _id: id }, { $set: { importState: 'pending' } });
    await this.models.Statement.deleteMany({ articleId: id });
    await this.models.Article.deleteOne({ _id: id });
    await this.recomputePeople(article.peopleIds ?? []);
    return true;
  }
}

// FerretDB 1.24 (SQLite) hangs on an update command carrying 100 or more statements; MongoDB does not care.
const BULK_CHUNK = 50;

/** Unordered bulk writes in chunks the servers all handle; returns the number of matched documents. */
async function bulkWriteInChunks(collection: mongo.Collection, operations: mongo.AnyBulkWriteOperation[]): Promise<number> {
  let matched = 0;
  for (let i = 0; i < operations.length; i += BULK_CHUNK) {
    const result = await collection.bulkWrite(operations.slice(i, i + BULK_CHUNK), { ordered: false });
    matched += result.matchedCount;
  }
  return matched;
}

/** Unordered insert; documents refused as duplicates (code 11000) are skipped and their ids returned. */
async function insertIgnoringDuplicates(collection: mongo.Collection, docs: { _id: ObjectId }[]): Promise<ObjectId[]> {
  if (docs.length === 0) return [];
  try {
    await collection.insertMany(docs, { ordered: false });
    return [];
  } catch (error) {
    const writeErrors = (error as { writeErrors?: { code?: number; index: number }[] }).writeErrors;
    if (!Array.isArray(writeErrors) || writeErrors.length === 0 || writeErrors.some((w) => w.code !== 11000)) throw error;
    return writeErrors.map((w) => docs[w.index]!._id);
  }
}

function fullestName(names: string[]): string {
  // The most complete ordinary form: most words once patronymics are set aside, then the most frequent.
  const score = (name: string) => displayName(name).split(/\s+/).length;
  const frequency = new Map<string, number>();
  for (const n of names) frequency.set(n, (frequency.get(n) ?? 0) + 1);
  return [...frequency.keys()].sort((a, b) => score(b) - score(a) || frequency.get(b)! - frequency.get(a)!)[0] ?? names[0] ?? '';
}

function uniqueIds(ids: readonly ObjectId[]): ObjectId[] {
  const seen = new Map<string, ObjectId>();
  for (const id of ids) seen.set(id.toHexString(), id);
  return [...seen.values()];
}

export function isDuplicateKey(error: unknown): boolean {
  const e = error as { code?: number; writeErrors?: { code?: number; err?: { code?: number } }[] } | null;
  if (!e) return false;
  if (e.code === 11000) return true;
  return Array.isArray(e.writeErrors) && e.writeErrors.length > 0 && e.writeErrors.every((w) => (w.code ?? w.err?.code) === 11000);
}

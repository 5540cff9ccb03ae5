// Stores extraction results: articles, people merged across articles, statements grouped across outlets.
//
// Crash safety without transactions: ids are derived from content (see derivedId in writes.ts), so every write of an
// import is idempotent, and a new article is written last, complete, as the commit point. A re-run after a
// crash skips what was written (duplicate ids) and a person never counts the same article twice. Replacing a
// stored article (changed text, or one left 'pending') hides it as pending, redoes its statements, recomputes
// its people from what is stored, then marks it complete again.
//
// Re-extraction: each article records the EXTRACTOR_VERSION it was extracted with. The same text stored by
// an older extractor is replaced like a changed text (same path, same crash safety), so a changed extractor
// leaves no outdated statement behind; a text stored by this version (or a newer one) is left unchanged.
import type { Types } from 'mongoose';
import { toDate } from '../dates.js';
import { isDatabaseUnavailable } from '../db.js';
import { extractDocuments } from '../extract/html/index.js';
import { EXTRACTOR_VERSION } from '../extract/version.js';
import type { Models } from '../models/index.js';
import { displayName, personKey } from '../names.js';
import { articleDoc, statementBuilder } from './documents.js';
import { clusterPeople } from './person-clusters.js';
import { articleMerger, emptyState, mergeArticlePerson, PERSON_STATE_PROJECTION, personFields, stateFromDoc, type PersonState } from './person-state.js';
import type { ArticleInput, ArticlePeople, Prepared } from './prepared.js';
import { lap, type ImportTimings } from './timings.js';
import { bulkWriteInChunks, derivedId, insertIgnoringDuplicates, insertWhileBuilding, sha256, uniqueIds } from './writes.js';
import { serialisePeopleWrite } from './people-writes.js';

type ObjectId = Types.ObjectId;

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
  /** When given, the import adds the wall-clock milliseconds of each step (ImportStep) here; they partition its time. */
  timings?: ImportTimings;
}

/** Statements written at a time, while the next ones are built. */
const STATEMENT_CHUNK = 1000;

const DEFAULT_BATCH = 5000;

export class ArticleImporter {
  /** `extractorVersion`: the version stored on what this importer writes (tests set others to play an older or newer extractor). */
  constructor(
    private readonly models: Models,
    private readonly extractorVersion: number = EXTRACTOR_VERSION,
  ) {}

  /** Extracts and stores every input; a failing input is reported and the others still import. */
  async importArticles(inputs: readonly ArticleInput[], options: ImportOptions = {}): Promise<ImportSummary> {
    const timings = options.timings;
    let t = performance.now();
    const items: ImportItemResult[] = inputs.map((input) => ({ file: input.file, status: 'failed', articleId: null }));
    const prepared: Prepared[] = [];
    // Extracted together, so an article printing no year can borrow it from a sibling report (see extractBatch).
    const extracted = extractDocuments(
      inputs.map((input, index) => ({
        file: input.file ?? `#${index}`,
        raw: input.raw,
        ...(input.html !== undefined ? { html: input.html } : {}),
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
    lap(timings, 'extraction', t);
    const batchSize = options.batchSize ?? DEFAULT_BATCH;
    let done = inputs.length - prepared.length;
    for (let i = 0; i < prepared.length; i += batchSize) {
      const batch = prepared.slice(i, i + batchSize);
      try {
        await this.importBatch(batch, options.inFlightMs ?? 0, timings);
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

    t = performance.now();
    const counts: Record<ImportStatus, number> = { inserted: 0, updated: 0, unchanged: 0, failed: 0 };
    for (const item of items) counts[item.status]++;
    lap(timings, 'other', t);
    return {
      files: inputs.length,
      articles: counts,
      failures: items.filter((item) => item.error).map((item) => ({ file: item.file, code: item.error!.code, message: item.error!.message })),
      items,
    };
  }

  private async importBatch(batch: Prepared[], inFlightMs: number, timings: ImportTimings | undefined): Promise<void> {
    const { Article } = this.models;
    let t = performance.now();
    await this.classify(batch, inFlightMs);
    t = lap(timings, 'classify (read)', t);
    const work = batch.filter((p) => p.mode !== 'unchanged');
    if (work.length === 0) return;
    const { ids: people, created } = await this.resolvePeople(work);
    t = lap(timings, 'people clustering (incl. read)', t);

    // Replacing a stored article: it turns pending (hidden) while its statements and people are redone.
    const replaced = work.filter((p) => p.mode !== 'insert');
    if (replaced.length) {
      await bulkWriteInChunks(
        Article.collection,
        replaced.map((p) => ({ replaceOne: { filter: { _id: p.articleId }, replacement: articleDoc(p, people.get(p)!, 'pending', this.extractorVersion) } })),
      );
      await this.models.Statement.deleteMany({ articleId: { $in: replaced.map((p) => p.articleId) } });
      t = lap(timings, 'other', t);
    }

    // Statements, each joined to the group of an earlier report of the same remark, written in chunks while the
    // next are built. Their ids are derived, so what an interrupted run already wrote is refused as a duplicate
    // rather than stored twice.
    const builder = await statementBuilder(this.models, work, people);
    const { docs: statements, waitedMs, written } = await insertWhileBuilding(this.models.Statement.collection, work, builder.build, STATEMENT_CHUNK);
    if (timings) timings['statements write (waiting for it)'] = (timings['statements write (waiting for it)'] ?? 0) + waitedMs;
    t = lap(timings, 'grouping and statement documents', t + waitedMs);

    // While the last statements are written: new people's figures, and the new articles' documents.
    const fresh = work.filter((p) => p.mode === 'insert');
    const mergeInto = articleMerger(fresh, people, statements);
    mergeInto(created);
    t = lap(timings, 'people merging (in-process)', t);
    const articleDocs = fresh.map((p) => articleDoc(p, people.get(p)!, 'complete', this.extractorVersion));
    t = lap(timings, 'article documents', t);
    await written();
    t = lap(timings, 'statements write (waiting for it)', t);

    // People: new articles merge in (new people are inserted whole); replaced articles are recomputed.
    await serialisePeopleWrite(() => this.mergePeople(fresh, people, created, mergeInto));
    const recompute = new Map<string, ObjectId>();
    for (const p of replaced) for (const id of [...p.previousPeopleIds, ...people.get(p)!.values()]) recompute.set(id.toHexString(), id);
    if (recompute.size)
      await serialisePeopleWrite(() =>
        this.recomputePeople(
          [...recompute.values()],
          replaced.map((p) => p.articleId),
        ),
      );
    t = lap(timings, 'people writes', t);

    // Last, the articles: a new one appears complete in one write; that write is the import's commit point.
    if (fresh.length) await this.insertArticles(fresh, articleDocs);
    if (replaced.length) await Article.updateMany({ _id: { $in: replaced.map((p) => p.articleId) } }, { $set: { importState: 'complete' } });
    lap(timings, 'articles write', t);
  }

  /** Decides, per input, whether it is new, a changed text of a stored file, a repair, or already stored. */
  private async classify(batch: Prepared[], inFlightMs: number): Promise<void> {
    const files = batch.map((p) => p.input.file).filter((f): f is string => Boolean(f));
    const existing = await this.models.Article.find(
      { $or: [{ sha256: { $in: batch.map((p) => p.sha256) } }, ...(files.length ? [{ sourceFile: { $in: files } }] : [])] },
      { sha256: 1, sourceFile: 1, importState: 1, peopleIds: 1, updatedAt: 1, extractorVersion: 1 },
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
        // Stored before versions were recorded counts as version 0.
        const current = same.importState === 'complete' && (same.extractorVersion ?? 0) >= this.extractorVersion;
        p.mode = current || inFlight ? 'unchanged' : 'repair';
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
  private async resolvePeople(work: Prepared[]): Promise<{ ids: ArticlePeople; created: Map<string, PersonState> }> {
    const clustering = clusterPeople(work.map((p) => p.result.people));
    const allKeys = [...clustering.clusterOfKey.keys()];
    const found = await this.models.Person.find({ $or: [{ identityKeys: { $in: allKeys } }, { key: { $in: allKeys } }] }, { _id: 1, key: 1, identityKeys: 1 })
      .select('+identityKeys')
      .lean();
    const idOfCluster = new Map<number, ObjectId>();
    for (const doc of found) {
      for (const key of [doc.key, ...((doc as { identityKeys?: string[] }).identityKeys ?? [])]) {
        const cluster = clustering.clusterOfKey.get(key);
        if (cluster !== undefined && !idOfCluster.has(cluster)) idOfCluster.set(cluster, doc._id);
      }
    }
    // New people get ids derived from their key, so concurrent writers agree on them; mergePeople inserts them.
    const created = new Map<string, PersonState>();
    clustering.clusters.forEach((cluster, index) => {
      if (idOfCluster.has(index)) return;
      const state = emptyState(derivedId('person', personKey(displayName(cluster.name))), cluster.name);
      state.identityKeys = [...new Set([...state.identityKeys, ...cluster.keys.filter((key) => key.includes(' '))])];
      created.set(state._id.toHexString(), state);
      idOfCluster.set(index, state._id);
    });
    const result: ArticlePeople = new Map();
    work.forEach((p, index) => {
      const ids = new Map<string, ObjectId>();
      for (const [name, cluster] of clustering.articles[index]!) {
        const id = idOfCluster.get(cluster);
        if (id) ids.set(name, id);
      }
      result.set(p, ids);
    });
    return { ids: result, created };
  }

  private async insertArticles(fresh: Prepared[], docs: ReturnType<typeof articleDoc>[]): Promise<void> {
    // Refused: another writer stored the same text (same derived id) meanwhile; that copy stands.
    const refused = new Set((await insertIgnoringDuplicates(this.models.Article.collection, docs)).map((id) => id.toHexString()));
    for (const p of fresh) if (refused.has(p.articleId.toHexString())) p.mode = 'unchanged';
  }

  /**
   * Folds new articles into their people. New people (`created`, already merged into by `mergeInto`) are
   * inserted whole; existing ones are updated with a revision check, and those changed meanwhile by another
   * writer are merged again from a fresh copy.
   */
  private async mergePeople(
    fresh: Prepared[],
    people: ArticlePeople,
    created: Map<string, PersonState>,
    mergeInto: (states: Map<string, PersonState>) => void,
  ) {
    const now = new Date();
    const refused = await insertIgnoringDuplicates(
      this.models.Person.collection,
      [...created.values()].map((state) => ({ _id: state._id, ...personFields(state), rev: 0, createdAt: now, updatedAt: now })),
    );
    // Refused: another writer created the same person (same derived id) meanwhile; merge into theirs below.
    let pending = uniqueIds([...fresh.flatMap((p) => [...people.get(p)!.values()]).filter((id) => !created.has(id.toHexString())), ...refused]);
    for (let attempt = 0; pending.length && attempt < 8; attempt++) {
      const docs = await this.models.Person.find({ _id: { $in: pending } })
        .select(PERSON_STATE_PROJECTION)
        .lean();
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
      const after = await this.models.Person.find({ _id: { $in: list.map((s) => s._id) } }, { _id: 1 })
        .select('+rev')
        .lean();
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
    const docs = await Person.find({ _id: { $in: personIds } })
      .select(PERSON_STATE_PROJECTION)
      .lean();
    const removals: ObjectId[] = [];
    const writes = [];
    for (const doc of docs) {
      const old = stateFromDoc(doc as unknown as Record<string, unknown>);
      const state: PersonState = { ...emptyState(old._id, old.name), name: old.name, key: old.key, rev: old.rev, isNew: false };
      for (const article of articles) {
        for (const seen of article.people ?? []) {
          if (seen.personId.equals(old._id))
            mergeArticlePerson(state, { ...seen, affiliation: seen.affiliation ?? null }, article._id, article.publishedAt ?? null, 0);
        }
      }
      state.statementCount = countOf.get(old._id.toHexString()) ?? 0;
      if (state.articleIds.length === 0) removals.push(old._id);
      else writes.push({ updateOne: { filter: { _id: old._id }, update: { $set: { ...personFields(state), updatedAt: new Date() }, $inc: { rev: 1 } } } });
    }
    await bulkWriteInChunks(Person.collection, writes);
    if (removals.length) await Person.deleteMany({ _id: { $in: removals } });
  }

  /** Stored articles extracted by an older extractor (their texts were not imported again since). */
  async countOutdated(): Promise<number> {
    return this.models.Article.countDocuments({ $or: [{ extractorVersion: { $lt: this.extractorVersion } }, { extractorVersion: { $exists: false } }] });
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
    await serialisePeopleWrite(() => this.recomputePeople(pending.flatMap((a) => a.peopleIds ?? [])));
    return pending.length;
  }

  /** Removes an article and its statements and updates its people; false when there is no such article. */
  async deleteArticle(id: ObjectId): Promise<boolean> {
    const article = await this.models.Article.findById(id, { peopleIds: 1 }).lean();
    if (!article) return false;
    await this.models.Article.updateOne({ _id: id }, { $set: { importState: 'pending' } });
    await this.models.Statement.deleteMany({ articleId: id });
    await this.models.Article.deleteOne({ _id: id });
    await serialisePeopleWrite(() => this.recomputePeople(article.peopleIds ?? []));
    return true;
  }
}

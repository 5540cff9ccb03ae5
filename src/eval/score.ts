// Scores extraction results against annotations: per-article rows and corpus figures. Pure.
// The figures (names, rounding to three decimals, what counts as a match) are those of the reference
// scorer ../shared/corpus/score.mjs, so the two agree exactly on the same files (test/eval/agreement.test.ts).
import type { BatchOutput } from '../extract/batch.js';
import type { Statement } from '../extract/types.js';
import type { Annotation, GoldStatement } from './annotation.js';
import { fold, nameKey, pairBestFirst } from './match.js';

export const ARTICLE_FIELDS = ['title', 'outlet', 'date', 'dateline'] as const;
export type ArticleField = (typeof ARTICLE_FIELDS)[number];

export interface Prf {
  p: number;
  r: number;
  f1: number;
}

export interface KindFigures {
  gold: number;
  /** Gold statements of this kind that were found (any speaker). */
  recall: number;
  /** ... found with the right speaker. */
  e2eRecall: number;
}

/** Corpus figures, named as the reference scorer names them. */
export interface Summary {
  articles: number;
  /** Annotated files with no extraction (no text file beside the annotation). */
  missingFiles: string[];
  /** Share of articles with the field right. */
  articleFields: Record<ArticleField, number>;
  people: Prf;
  /** Statements found, whoever the speaker. */
  statementDetection: Prf;
  /** Of the statements found, the share with the right speaker. */
  speakerAccuracyOnMatched: number;
  /** Statements found with the right speaker. */
  statementEndToEnd: Prf;
  byKind: Record<string, KindFigures>;
}

export interface FieldCheck {
  ok: boolean;
  got: string | null;
  want: string | null;
}

export interface ArticleRow {
  file: string;
  missing: boolean;
  /** The extractor refused the text (empty, binary...). */
  error: string | null;
  article: Record<ArticleField, FieldCheck>;
  people: { tp: number; fp: string[]; fn: string[] };
  statements: {
    gold: number;
    pred: number;
    matched: number;
    speakerOk: number;
    missed: GoldStatement[];
    spurious: Statement[];
    wrongSpeaker: { predicted: Statement; gold: GoldStatement }[];
  };
}

export interface EvalReport {
  summary: Summary;
  rows: ArticleRow[];
}

type Extraction = Extract<BatchOutput, { article: unknown }>;

const round3 = (x: number): number => Number(x.toFixed(3));

function prf(tp: number, fp: number, fn: number): Prf {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return { p: round3(p), r: round3(r), f1: round3(p + r ? (2 * p * r) / (p + r) : 0) };
}

function checkArticle(gold: Annotation['article'], got: Extraction['article'] | null): Record<ArticleField, FieldCheck> {
  const day = (iso: string | null | undefined) => (iso ?? '').slice(0, 10);
  const outlets = [gold.outlet, ...(gold.outlet_alternatives ?? [])].map(fold);
  const title = got?.title ?? null;
  const outlet = got?.outlet ?? null;
  const published = got?.publishedAt ?? null;
  const dateline = got?.dateline ?? null;
  return {
    title: { ok: fold(title) === fold(gold.title), got: title, want: gold.title },
    outlet: { ok: outlets.includes(fold(outlet)), got: outlet, want: gold.outlet },
    date: { ok: day(published) === day(gold.published), got: published, want: gold.published },
    dateline: { ok: fold(dateline) === fold(gold.dateline), got: dateline, want: gold.dateline },
  };
}

/** Predicted names against gold people, each gold person matched once, through their name or an alias. */
function matchPeople(gold: Annotation['people'], predictedNames: readonly string[]): ArticleRow['people'] {
  const goldPeople = gold.map((person) => ({ name: person.name, keys: new Set([person.name, ...(person.aliases ?? [])].map(nameKey)), used: false }));
  let tp = 0;
  const fp: string[] = [];
  for (const key of new Set(predictedNames.map(nameKey))) {
    const hit = goldPeople.find((person) => !person.used && person.keys.has(key));
    if (hit) {
      hit.used = true;
      tp++;
    } else fp.push(key);
  }
  return { tp, fp, fn: goldPeople.filter((person) => !person.used).map((person) => person.name) };
}

/** A speaker as compared: the canonical name of the gold person it names, else its own folded words. */
function speakerKeyer(gold: Annotation['people']): (name: string | null) => string | null {
  const canonical = new Map<string, string>();
  for (const person of gold) for (const form of [person.name, ...(person.aliases ?? [])]) canonical.set(nameKey(form), nameKey(person.name));
  return (name) => (name === null ? null : (canonical.get(nameKey(name)) ?? nameKey(name)));
}

export function scoreArticle(gold: Annotation, output: BatchOutput | undefined): ArticleRow {
  const extraction = output && 'article' in output ? output : null;
  const predicted = extraction?.statements ?? [];
  const pairs = pairBestFirst(
    predicted.map((s) => s.text),
    gold.statements.map((s) => s.text),
  );
  const speakerKey = speakerKeyer(gold.people);
  const wrongSpeaker: ArticleRow['statements']['wrongSpeaker'] = [];
  for (const { predicted: i, gold: j } of pairs) {
    const p = predicted[i]!;
    const g = gold.statements[j]!;
    if (speakerKey(p.speaker) !== speakerKey(g.speaker)) wrongSpeaker.push({ predicted: p, gold: g });
  }
  const pairedGold = new Set(pairs.map((pair) => pair.gold));
  const pairedPredicted = new Set(pairs.map((pair) => pair.predicted));
  return {
    file: gold.file,
    missing: output === undefined,
    error: output && 'error' in output ? `${output.error.code}: ${output.error.message}` : null,
    article: checkArticle(gold.article, extraction?.article ?? null),
    people: matchPeople(
      gold.people,
      (extraction?.people ?? []).map((person) => person.name),
    ),
    statements: {
      gold: gold.statements.length,
      pred: predicted.length,
      matched: pairs.length,
      speakerOk: pairs.length - wrongSpeaker.length,
      missed: gold.statements.filter((_, j) => !pairedGold.has(j)),
      spurious: predicted.filter((_, i) => !pairedPredicted.has(i)),
      wrongSpeaker,
    },
  };
}

/** Scores every annotated article against the extraction of the same file (matched by file name). */
export function scoreCorpus(golds: readonly Annotation[], outputs: readonly BatchOutput[]): EvalReport {
  const byFile = new Map(outputs.map((output) => [output.file, output]));
  const rows: ArticleRow[] = [];
  const kinds = new Map<string, { gold: number; found: number; e2e: number }>();
  const kindOf = (s: GoldStatement) => {
    const kind = s.kind ?? 'direct';
    if (!kinds.has(kind)) kinds.set(kind, { gold: 0, found: 0, e2e: 0 });
    return kinds.get(kind)!;
  };
  for (const gold of golds) {
    const row = scoreArticle(gold, byFile.get(gold.file));
    rows.push(row);
    const wrong = new Set(row.statements.wrongSpeaker.map((w) => w.gold));
    const missed = new Set(row.statements.missed);
    for (const s of gold.statements) {
      const figures = kindOf(s);
      figures.gold++;
      if (missed.has(s)) continue;
      figures.found++;
      if (!wrong.has(s)) figures.e2e++;
    }
  }
  const sum = (pick: (row: ArticleRow) => number) => rows.reduce((total, row) => total + pick(row), 0);
  const n = rows.length;
  const matched = sum((r) => r.statements.matched);
  const speakerOk = sum((r) => r.statements.speakerOk);
  const predictedTotal = sum((r) => r.statements.pred);
  const goldTotal = sum((r) => r.statements.gold);
  const share = (count: number, total: number) => (total ? round3(count / total) : 0);
  return {
    summary: {
      articles: n,
      missingFiles: rows.filter((r) => r.missing).map((r) => r.file),
      articleFields: Object.fromEntries(
        ARTICLE_FIELDS.map((field) => [
          field,
          share(
            sum((r) => Number(r.article[field].ok)),
            n,
          ),
        ]),
      ) as Record<ArticleField, number>,
      people: prf(
        sum((r) => r.people.tp),
        sum((r) => r.people.fp.length),
        sum((r) => r.people.fn.length),
      ),
      statementDetection: prf(matched, predictedTotal - matched, goldTotal - matched),
      speakerAccuracyOnMatched: share(speakerOk, matched),
      statementEndToEnd: prf(speakerOk, predictedTotal - speakerOk, goldTotal - speakerOk),
      byKind: Object.fromEntries([...kinds].map(([kind, k]) => [kind, { gold: k.gold, recall: share(k.found, k.gold), e2eRecall: share(k.e2e, k.gold) }])),
    },
    rows,
  };
}

// The eval command's text output: the figures table and, verbose, what went wrong in each article.
import type { Statement } from '../extract/types.js';
import type { GoldStatement } from './annotation.js';
import { ARTICLE_FIELDS, type ArticleRow, type EvalReport, type Prf } from './score.js';

const f3 = (x: number) => x.toFixed(3);
const withPr = (m: Prf) => `${f3(m.f1)}  (P ${f3(m.p)}, R ${f3(m.r)})`;

/** The table of the issue: one line per measure. */
export function formatSummary(report: EvalReport, title: string): string {
  const s = report.summary;
  const gold = report.rows.reduce((n, r) => n + r.statements.gold, 0);
  const predicted = report.rows.reduce((n, r) => n + r.statements.pred, 0);
  const kind = (k: string) => {
    const figures = s.byKind[k];
    return figures ? `${f3(figures.recall)}  (${figures.gold} annotated; with the right speaker ${f3(figures.e2eRecall)})` : 'n/a  (none annotated)';
  };
  const lines: [string, string][] = [
    ['statements end-to-end F1 (text and speaker)', withPr(s.statementEndToEnd)],
    ['statements found F1 (any speaker)', withPr(s.statementDetection)],
    ['reported-speech (indirect) recall', kind('indirect')],
    ['direct-quote recall', kind('direct')],
    ['speaker accuracy on found statements', f3(s.speakerAccuracyOnMatched)],
    ['people F1', withPr(s.people)],
    ['title / outlet / date correct', `${f3(s.articleFields.title)} / ${f3(s.articleFields.outlet)} / ${f3(s.articleFields.date)}`],
    ['dateline correct', f3(s.articleFields.dateline)],
  ];
  const width = Math.max(...lines.map(([label]) => label.length));
  const out = [`${title}: ${s.articles} articles, ${gold} annotated statements, ${predicted} extracted`, ''];
  for (const [label, value] of lines) out.push(`  ${label.padEnd(width)}  ${value}`);
  if (s.missingFiles.length) out.push('', `  no text file for: ${s.missingFiles.join(', ')}`);
  return out.join('\n');
}

const clip = (text: string, max = 100) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const quote = (value: string | null) => (value === null ? 'null' : JSON.stringify(value));
const who = (speaker: string | null, source: string | null | undefined) => speaker ?? `null (${source ?? 'no source'})`;
const gold = (s: GoldStatement) => `[${s.kind ?? 'direct'}] ${who(s.speaker, s.source)}: ${quote(clip(s.text))}`;
const extracted = (s: Statement) => `[${s.kind}] ${who(s.speaker, s.source)}: ${quote(clip(s.text))}`;

/** What one article got wrong; empty when it is all right. */
export function formatArticle(row: ArticleRow): string {
  const out: string[] = [];
  if (row.missing) out.push('  no text file beside the annotation');
  if (row.error) out.push(`  not extracted: ${row.error}`);
  for (const field of ARTICLE_FIELDS) {
    const check = row.article[field];
    if (!check.ok) out.push(`  ${field.padEnd(8)} got ${quote(check.got)}, want ${quote(check.want)}`);
  }
  if (row.people.fn.length) out.push(`  people missed: ${row.people.fn.join(', ')}`);
  if (row.people.fp.length) out.push(`  people spurious: ${row.people.fp.join(', ')}`);
  for (const s of row.statements.missed) out.push(`  missed   ${gold(s)}`);
  for (const s of row.statements.spurious) out.push(`  spurious ${extracted(s)}`);
  for (const w of row.statements.wrongSpeaker) {
    out.push(`  speaker  got ${quote(w.predicted.speaker)}${w.predicted.source ? ` (${w.predicted.source})` : ''}, want ${gold(w.gold)}`);
  }
  if (out.length === 0) return '';
  const s = row.statements;
  return [`${row.file}  (statements: ${s.matched}/${s.gold} found, ${s.speakerOk} with the right speaker, ${s.pred} extracted)`, ...out].join('\n');
}

const compact = (s: Statement) => ({ speaker: s.speaker, source: s.source, kind: s.kind, text: s.text });

/** A row for `--json --verbose`: figures and texts, without the extractor's offsets and scores. */
export function jsonRow(row: ArticleRow) {
  const s = row.statements;
  return {
    ...row,
    statements: {
      ...s,
      spurious: s.spurious.map(compact),
      wrongSpeaker: s.wrongSpeaker.map((w) => ({ predicted: compact(w.predicted), gold: w.gold })),
    },
  };
}

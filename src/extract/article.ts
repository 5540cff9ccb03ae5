/**
 * Single-article extraction. Pure functions, no I/O.
 *
 * Errors: `extractArticle` throws `ExtractionError` only for input that
 * cannot be read as an article at all:
 *   EMPTY     – empty or whitespace only
 *   BINARY    – NUL bytes, many control characters or U+FFFD (undecodable bytes)
 *   TOO_LARGE – more than MAX_INPUT_CHARS (10 Mi characters); 5 MB articles are processed
 *   NOT_TEXT  – no letters at all
 * Anything else (no quotes, unbalanced quote marks, non-English text) gives
 * an honest, possibly empty, result. `tryExtractArticle` never throws.
 */
import { cleanArticle } from './clean.js';
import { parseDateline } from './dateline.js';
import { dateFromFilename } from './date-forms.js';
import { resolvePublishedAt } from './dates.js';
import { detectLanguage } from './language.js';
import { releaseHeadline } from './layout/title.js';
import { detectOutlet } from './outlet.js';
import { toPublicPeople } from './people-output.js';
import { extractPeople } from './people.js';
import { extractStatements } from './statements.js';
import { ExtractionError, type ExtractionResult, type ExtractOptions, type Statement, type TryExtractResult } from './types.js';

export const MAX_INPUT_CHARS = 10 * 1024 * 1024;

/** Reject input that is not readable text. Cheap: looks at a bounded sample. */
export function validateInput(raw: unknown): string {
  if (typeof raw !== 'string') throw new ExtractionError('NOT_TEXT', 'input is not a string');
  if (raw.trim().length === 0) throw new ExtractionError('EMPTY', 'input is empty or whitespace only');
  if (raw.length > MAX_INPUT_CHARS) throw new ExtractionError('TOO_LARGE', `input has ${raw.length} characters; the limit is ${MAX_INPUT_CHARS}`);
  const sample = raw.length > 16384 ? raw.slice(0, 16384) : raw;
  let control = 0;
  let replacement = 0;
  let letters = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) throw new ExtractionError('BINARY', 'input contains NUL bytes (binary data)');
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) control++;
    else if (c === 0xfffd) replacement++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 0xc0) letters++;
  }
  if (control > sample.length * 0.01 + 2 || replacement > sample.length * 0.02 + 2) {
    throw new ExtractionError('BINARY', 'input looks binary (control characters or undecodable bytes)');
  }
  if (letters === 0 && raw.length <= 16384) throw new ExtractionError('NOT_TEXT', 'input contains no letters');
  return raw;
}

export function extractArticle(raw: string, opts: ExtractOptions = {}): ExtractionResult {
  validateInput(raw);
  const cleaned = cleanArticle(raw);
  const paragraphs = cleaned.paragraphs;
  const dateline = paragraphs[0] !== undefined ? parseDateline(paragraphs[0]) : null;
  const outlet = detectOutlet({
    filename: opts.filename,
    titleSite: cleaned.titleSite,
    headerLines: cleaned.headerLines,
    metaLines: cleaned.metaLines,
    captionLines: cleaned.captionLines,
    signatureLines: cleaned.signatureLines,
    datelineAgency: dateline?.agency ?? null,
    paragraphs,
  });
  const date = resolvePublishedAt({
    metaLines: cleaned.metaLines,
    metaZones: cleaned.metaZones,
    captionLines: cleaned.captionLines,
    dateline,
    paragraphs,
    hint: opts.publishedAtHint ?? dateFromFilename(opts.filename) ?? undefined,
    maxYear: opts.maxYear,
  });
  // A press release with no headline line carries it in its lead: "… -- CGTN America releases "…"".
  const title = cleaned.title ?? (dateline && paragraphs[0] ? releaseHeadline(paragraphs[0].slice(dateline.length)) : null);
  const language = detectLanguage(paragraphs.length ? paragraphs.slice(0, 4).join('\n') : (cleaned.title ?? raw.slice(0, 5000)));
  const texts = cleaned.standfirst ? [...paragraphs, cleaned.standfirst] : paragraphs;
  const peopleRes = extractPeople(texts, paragraphs.length);
  const rawStatements = extractStatements(paragraphs, peopleRes, dateline?.length ?? 0);
  // Names are computed after statements: resolution may add roles (cataphora).
  const { people, names } = toPublicPeople(peopleRes);

  const offsets: number[] = [];
  let acc = 0;
  for (const p of paragraphs) {
    offsets.push(acc);
    acc += p.length + 2;
  }
  const statements: Statement[] = rawStatements.map((s) => {
    const p = paragraphs[s.para] ?? '';
    const base = offsets[s.para] ?? 0;
    const mentioned = new Set<string>();
    for (const m of peopleRes.byPara[s.para] ?? []) {
      if (m.start >= s.start && m.end <= s.end) {
        const n = names[m.personId];
        if (n) mentioned.add(n);
      }
    }
    return {
      speaker: s.speakerId !== null ? (names[s.speakerId] ?? null) : null,
      speakerMention: s.speakerMention,
      source: s.source,
      text: p.slice(s.start, s.end),
      kind: s.kind,
      cue: s.cue,
      paragraph: s.para,
      start: s.start,
      end: s.end,
      bodyStart: base + s.start,
      bodyEnd: base + s.end,
      confidence: s.confidence,
      mentions: [...mentioned],
      quotedFragments: s.fragments,
      continues: s.continues,
    };
  });

  return {
    article: {
      title,
      outlet: outlet.outlet,
      publisher: outlet.publisher,
      originalSource: outlet.originalSource,
      publishedAt: date.publishedAt,
      datePrecision: date.datePrecision,
      yearInferred: date.yearInferred,
      dateParts: date.dateParts,
      dateSource: date.dateSource,
      dateEvidence: date.dateEvidence,
      dateline: dateline?.place ?? null,
      language,
      standfirst: cleaned.standfirst,
      subheadings: cleaned.subheadings,
      paragraphs,
    },
    people,
    statements,
  };
}

/** Like `extractArticle`, but returns errors as values; never throws. */
export function tryExtractArticle(raw: string, opts: ExtractOptions = {}): TryExtractResult {
  try {
    return { ok: true, result: extractArticle(raw, opts) };
  } catch (err) {
    if (err instanceof ExtractionError) return { ok: false, error: { code: err.code, message: err.message } };
    return { ok: false, error: { code: 'INTERNAL', message: err instanceof Error ? err.message : String(err) } };
  }
}

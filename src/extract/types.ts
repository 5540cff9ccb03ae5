/**
 * Public types of the text extractor. The seeder and the API import these.
 *
 * Offsets convention (see `Statement`): `start`/`end` are UTF-16 code-unit
 * offsets into `article.paragraphs[paragraph]`, so that
 * `paragraphs[paragraph].slice(start, end) === text` always holds.
 * `bodyStart`/`bodyEnd` are the same span as offsets into
 * `article.paragraphs.join('\n\n')` (the "clean body").
 */

export type DatePrecision = 'second' | 'minute' | 'day' | 'month' | 'year';

/** Where `publishedAt` came from, most to least reliable. */
export type DateSource =
  | 'published-line' // "Published: 6/23/2024 5:34:23 AM", "17.06.2024, 22:29" header
  | 'dateline' // "WASHINGTON, September 14, 2023 /TASS/" (year given)
  | 'caption' // photo credit "- Sputnik Africa, 1920, 14.09.2023"
  | 'text' // another full date in the page chrome
  | 'hint' // opts.publishedAtHint or batch context
  | 'markup' // a web page's JSON-LD, Open Graph or <time datetime> (src/extract/html)
  | null;

export interface DateParts {
  year: number | null;
  month: number | null;
  day: number | null;
  hour?: number | null;
  minute?: number | null;
  second?: number | null;
}

export interface Article {
  title: string | null;
  /** Normalised outlet that published this page (= publisher when known, else the wire agency). */
  outlet: string | null;
  /** Site that printed the page, e.g. "Shining BD" in "Sputnik || Shining BD". */
  publisher: string | null;
  /** Wire agency the story came from when it differs from the publisher, e.g. "Sputnik". */
  originalSource: string | null;
  /** ISO 8601 without a zone offset (the pages never state one), e.g. "2024-06-17T22:29" or "2023-09-14"; null when the year is unknown. */
  publishedAt: string | null;
  datePrecision: DatePrecision | null;
  /** True when the year was not printed with the date and had to be inferred. */
  yearInferred: boolean;
  /** What is known about the date even when `publishedAt` is null. */
  dateParts: DateParts | null;
  dateSource: DateSource;
  /** Human-readable reason for an inferred year. */
  dateEvidence: string | null;
  /** Dateline place, normalised case ("WASHINGTON" → "Washington"). */
  dateline: string | null;
  /** ISO 639-1 code, or "und" when undetermined. */
  language: string;
  /** Standfirst / lead line printed under the title (not part of `paragraphs`). */
  standfirst: string | null;
  /** Subheadings found inside the story (removed from `paragraphs`). */
  subheadings: string[];
  /** Clean story paragraphs: no chrome, captions, teasers, subheadings or repeats. */
  paragraphs: string[];
}

export interface Person {
  /** Canonical name: the fullest ordinary form the article uses. */
  name: string;
  /** Other forms used: surname only, spelling variants, patronymic forms. */
  aliases: string[];
  /** Normalised roles, e.g. "Russian Ambassador to the United States". */
  roles: string[];
  /** Roles exactly as written in the article. */
  rolesAsWritten: string[];
  /** Country or organisation the person belongs to, when stated. */
  affiliation: string | null;
  /** Number of mentions (all forms) in the clean body. */
  mentionCount: number;
}

export type StatementKind = 'direct' | 'indirect';

export interface Statement {
  /** Canonical name from `people[]`, or null for unnamed / collective sources. */
  speaker: string | null;
  /** The surface form that identified the speaker ("he", "the ambassador", "Antonov"). */
  speakerMention: string | null;
  /** Unnamed or collective source ("the US National Security Council"), or the relaying source in "X quoted Y as saying". */
  source: string | null;
  /** Exact substring of the paragraph (direct quotes: without the outer quote marks). */
  text: string;
  kind: StatementKind;
  /** Attribution cue as written ("said", "told reporters", "according to", "was quoted as saying"). */
  cue: string | null;
  paragraph: number;
  /** Offsets into `paragraphs[paragraph]`. */
  start: number;
  end: number;
  /** Offsets into `paragraphs.join('\n\n')`. */
  bodyStart: number;
  bodyEnd: number;
  confidence: number;
  /** Canonical names of people named inside `text`. */
  mentions: string[];
  /** For indirect statements: verbatim fragments quoted inside the reported clause. */
  quotedFragments: string[];
  /** True when a direct quote continues into the next paragraph (no closing mark). */
  continues: boolean;
}

export interface ExtractionResult {
  article: Article;
  people: Person[];
  statements: Statement[];
}

export interface ExtractOptions {
  filename?: string;
  /**
   * A date close to (normally on or shortly after) publication, e.g. the crawl
   * time or the date of a sibling article about the same event. Used only to
   * choose the year when the page prints none.
   */
  publishedAtHint?: string;
  /** Reference year for "not in the future" bounds; defaults to the current year + 1 as an upper bound only. */
  maxYear?: number;
}

/** NO_ARTICLE: a web page with no readable story (src/extract/html). */
export type ExtractionErrorCode = 'EMPTY' | 'BINARY' | 'TOO_LARGE' | 'NOT_TEXT' | 'NO_ARTICLE';

/** Thrown by `extractArticle` only for input that cannot be read as an article. */
export class ExtractionError extends Error {
  readonly code: ExtractionErrorCode;
  constructor(code: ExtractionErrorCode, message: string) {
    super(message);
    this.name = 'ExtractionError';
    this.code = code;
  }
}

export type TryExtractResult = { ok: true; result: ExtractionResult } | { ok: false; error: { code: ExtractionErrorCode | 'INTERNAL'; message: string } };

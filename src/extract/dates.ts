/**
 * Publication date: choose it from the evidence (a header date line, a
 * dateline, a caption, the lead's event, a hint) and infer a missing year
 * from evidence in the text. The current year is never used as an answer; at
 * most it bounds the search ("not in the future").
 */
import { WEEKDAYS } from './data/calendar.js';
import { eventDate, headerDate, newestCaptionDate, parseHint, pastYearLowerBound, WEEKDAY_RE, weekdayOf, type DateEvidence } from './date-evidence.js';
import { toIso, validYmd, type ParsedDate } from './date-forms.js';
import type { Article, DateParts, DateSource } from './types.js';

export type ResolvedDate = Pick<Article, 'publishedAt' | 'datePrecision' | 'yearInferred' | 'dateParts' | 'dateSource' | 'dateEvidence'>;

export function resolvePublishedAt(ev: DateEvidence): ResolvedDate {
  const none: ResolvedDate = { publishedAt: null, datePrecision: null, yearInferred: false, dateParts: null, dateSource: null, dateEvidence: null };
  // 1. Header date line.
  const head = headerDate(ev);
  if (head) {
    const p = head.date;
    return {
      publishedAt: toIso(p, p.precision),
      datePrecision: p.precision,
      yearInferred: false,
      dateParts: stripPrecision(p),
      dateSource: 'published-line',
      dateEvidence: head.line,
    };
  }
  const dl = ev.dateline;
  // 2. Dateline with a year.
  if (dl && dl.year !== null && dl.month !== null && dl.day !== null) {
    const parts: DateParts = { year: dl.year, month: dl.month, day: dl.day };
    return { publishedAt: toIso(parts, 'day'), datePrecision: 'day', yearInferred: false, dateParts: parts, dateSource: 'dateline', dateEvidence: null };
  }
  // Caption upload dates: the story is not older than its newest picture.
  const captionBest = newestCaptionDate(ev.captionLines);
  if (!dl || dl.month === null || dl.day === null) {
    const event = captionBest ? null : eventDate(ev);
    if (event) {
      return {
        publishedAt: toIso(event.date, 'day'),
        datePrecision: 'day',
        yearInferred: false,
        dateParts: event.date,
        dateSource: 'caption',
        dateEvidence: event.line,
      };
    }
    if (captionBest) {
      const parts: DateParts = { year: captionBest.y, month: captionBest.m, day: captionBest.d };
      return {
        publishedAt: toIso(parts, 'day'),
        datePrecision: 'day',
        yearInferred: false,
        dateParts: parts,
        dateSource: 'caption',
        dateEvidence: captionBest.line,
      };
    }
    const hint = parseHint(ev.hint);
    if (hint) {
      const parts: DateParts = { year: hint.y, month: hint.m, day: hint.d };
      return {
        publishedAt: toIso(parts, 'day'),
        datePrecision: 'day',
        yearInferred: true,
        dateParts: parts,
        dateSource: 'hint',
        dateEvidence: `no date in the page; taken from hint ${ev.hint ?? ''}`,
      };
    }
    return none;
  }
  // 3. Dateline month/day without a year: infer the year.
  const month = dl.month;
  const day = dl.day;
  const make = (y: number, source: DateSource, why: string): ResolvedDate => {
    const parts: DateParts = { year: y, month, day };
    return { publishedAt: toIso(parts, 'day'), datePrecision: 'day', yearInferred: true, dateParts: parts, dateSource: source, dateEvidence: why };
  };
  if (captionBest) {
    // The caption year, or the one before when the dateline is later in the calendar than the caption (Dec story, Jan photo is impossible; the reverse happens).
    const y = month * 100 + day >= captionBest.m * 100 + captionBest.d ? captionBest.y : captionBest.y + 1;
    return make(y, 'caption', `year from caption date in "${captionBest.line}"`);
  }
  const { lower, mentioned } = pastYearLowerBound(ev.paragraphs);
  const hint = parseHint(ev.hint);
  const maxYear = Math.min(ev.maxYear ?? new Date().getUTCFullYear() + 1, hint ? hint.y + 1 : 9999);
  const minYear = Math.max(lower ?? 1990, 1990);
  if (hint) {
    // Nearest occurrence of month/day to the hint date, not before the lower bound.
    let best: number | null = null;
    let bestDist = Infinity;
    for (let y = Math.max(minYear, hint.y - 1); y <= hint.y + 1; y++) {
      if (!validYmd(y, month, day)) continue;
      const dist = Math.abs(Date.UTC(y, month - 1, day) - Date.UTC(hint.y, hint.m - 1, hint.d));
      if (dist < bestDist) {
        bestDist = dist;
        best = y;
      }
    }
    if (best !== null) return make(best, 'hint', `year chosen nearest to the context date ${ev.hint ?? ''}`);
  }
  // Weekday named in the lead ("told TASS on Friday") pins the year among candidates.
  const lead = ev.paragraphs[0] ?? '';
  const wd = WEEKDAY_RE.exec(lead);
  if (wd) {
    const want = WEEKDAYS[(wd[1] ?? '').toLowerCase()];
    const anchor = lower ?? (mentioned.length ? Math.max(...mentioned) : null);
    if (want !== undefined && anchor !== null) {
      let best: number | null = null;
      for (let y = minYear; y <= maxYear; y++) {
        if (!validYmd(y, month, day) || weekdayOf(y, month, day) !== want) continue;
        if (best === null || Math.abs(y - anchor) < Math.abs(best - anchor) || (Math.abs(y - anchor) === Math.abs(best - anchor) && y > best)) best = y;
      }
      if (best !== null) {
        return make(best, 'text', `${wd[1] ?? ''} ${month}/${day} matches ${best}, nearest to the years named in the text (${anchor})`);
      }
    }
  }
  if (lower !== null && lower === maxYear) return make(lower, 'text', 'only year consistent with the years named in the text');
  // Nothing pins the year: report what is known, honestly.
  return {
    publishedAt: null,
    datePrecision: 'day',
    yearInferred: false,
    dateParts: { year: null, month, day },
    dateSource: 'dateline',
    dateEvidence: lower !== null ? `year unknown; not before ${lower} (years named in the text)` : 'year unknown',
  };
}

function stripPrecision(p: ParsedDate): DateParts {
  const out: DateParts = { year: p.year, month: p.month, day: p.day };
  if (p.hour !== undefined) {
    out.hour = p.hour;
    out.minute = p.minute ?? null;
    out.second = p.second ?? null;
  }
  return out;
}

/**
 * The year of a report of the same story. An article that prints a day and month but no year
 * ("WASHINGTON, September 14. /TASS/") borrows it from a report that has a full date within three days of
 * that day and month (ignoring the year, across New Year) and names at least one of the same people. The one
 * rule, for a seed batch (batch.ts, people by name) and for an article posted alone (people by stored id).
 */
import { DAY_MS } from '../dates.js';

export const SAME_STORY_DAYS = 3;

export interface DatedReport {
  /** The report's full date, YYYY-MM-DD: the hint the year-less article is extracted again with. */
  date: string;
  month: number;
  day: number;
  people: ReadonlySet<string>;
}

/** Distance in days between two month/day pairs, ignoring the year (wraps around New Year). */
function calendarDistance(m1: number, d1: number, m2: number, d2: number): number {
  const a = Date.UTC(2001, m1 - 1, d1);
  const b = Date.UTC(2001, m2 - 1, d2);
  const diff = Math.abs(a - b) / DAY_MS;
  return Math.min(diff, 365 - diff);
}

/** The report sharing the most people, then nearest in the calendar (the first of equals); null when none fits. */
export function sameStoryReport<Report extends DatedReport>(
  article: { month: number; day: number; people: Iterable<string> },
  reports: Iterable<Report>,
): Report | null {
  const names = new Set(article.people);
  let best: Report | null = null;
  let bestScore = -1;
  for (const report of reports) {
    const distance = calendarDistance(article.month, article.day, report.month, report.day);
    if (distance > SAME_STORY_DAYS) continue;
    let shared = 0;
    for (const name of report.people) if (names.has(name)) shared++;
    if (shared === 0) continue;
    const score = shared * 10 - distance;
    if (score > bestScore) {
      bestScore = score;
      best = report;
    }
  }
  return best;
}

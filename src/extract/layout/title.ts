/**
 * The headline among the lines above the story. A title candidate is a line
 * that is not chrome, metadata, a caption or a site-name header, and reads as
 * a heading rather than a sentence. A site name printed after the headline
 * ("Senators reach deal | The Hill") is split off and kept as outlet evidence.
 */
import { outletByDomain, outletByName } from '../outlet-names.js';
import { endsLikeProse, wordCount } from '../text.js';
import { isSentenceLine, withoutGluedChrome } from './lines.js';

/** A line that can be a headline (given that it is not chrome, metadata or a caption). */
export function isTitleCandidate(line: string): boolean {
  if (isSentenceLine(line)) return false;
  const words = line.split(/\s+/).length;
  return words >= 2 && words <= 30 && !(words >= 25 && endsLikeProse(line)) && /\p{L}/u.test(line);
}

/**
 * The headline among the heading-shaped lines above the story. Short labels
 * ("Just In", "Support the Guardian", a kicker like "NHS waiting lists") are
 * headings too, so the first candidate is not enough: a headline has the words
 * of a clause, and it is the heading that a byline, a date or a caption follows.
 * Ties go to the earlier line.
 */
export function pickTitleLine(candidates: readonly number[], lines: readonly string[], isMeta: (i: number) => boolean): number {
  let best = -1;
  let bestScore = -Infinity;
  for (let k = 0; k < candidates.length; k++) {
    const i = candidates[k] ?? -1;
    const words = (lines[i] ?? '').split(/\s+/).length;
    let score = words >= 4 ? 2 : 0;
    // Directly above the article's metadata (byline, date, photo credit), with at most a
    // standfirst (the next candidate) and two other lines between.
    const after = candidates[k + 1] === i + 1 ? i + 1 : i;
    if (isMeta(after + 1) || isMeta(after + 2) || isMeta(after + 3)) score += 1;
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  }
  return best;
}

const SUFFIX_SEPARATOR_RE = /\s+(?:\||-|–|—|::|:|•)\s+/g;

/** "Headline : Shots - Health News" (the site already cut off): a short section name after the same separator. */
function withoutSection(title: string, separator: string): string {
  const at = title.lastIndexOf(separator);
  if (at < 0) return title;
  const head = title.slice(0, at).trim();
  const section = title.slice(at + separator.length).trim();
  return wordCount(section) <= 4 && wordCount(head) >= 5 && /^\p{Lu}/u.test(section) ? head : title;
}

/** Split "Headline | Site" into the headline and the site, when the last part is a known outlet or domain. */
export function splitTitle(line: string): { title: string; site: string | null } {
  const clean = withoutGluedChrome(line);
  let last: RegExpExecArray | null = null;
  SUFFIX_SEPARATOR_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SUFFIX_SEPARATOR_RE.exec(clean)) !== null) last = m;
  if (last && last.index > 10) {
    const tail = clean.slice(last.index + last[0].length).trim();
    const entry = outletByName(tail) ?? (/^[\w.-]+\.[a-z]{2,}$/i.test(tail) ? outletByDomain(tail) : null);
    if (entry) return { title: withoutSection(clean.slice(0, last.index).trim(), last[0]), site: entry.name };
  }
  return { title: clean, site: null };
}

/**
 * A press-release lead that carries its own headline:
 * "… /PRNewswire/ -- CGTN America releases "Senior diplomats held talks"".
 */
const RELEASE_HEADLINE_RE = /^(?:\p{Lu}[\p{L}\d.&'’-]*\s+){1,6}(?:releases|announces|presents|publishes|unveils|issues)\s+["“]([^"“”]{10,200})["”]\s*$/u;

export function releaseHeadline(leadAfterDateline: string): string | null {
  return RELEASE_HEADLINE_RE.exec(leadAfterDateline.trim())?.[1] ?? null;
}

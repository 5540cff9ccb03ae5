/**
 * Role phrases: normalisation ("Russian Ambassador to the USA" and
 * "... to Washington" become "Russian Ambassador to the United States") and
 * affiliation (organisation named in the role, else the country).
 */
import { COUNTRIES, ORG_WORDS, ROLE_HEADS } from './lexicon.js';

const SMALL_WORDS = new Set(['to', 'of', 'the', 'for', 'at', 'and', 'in', 'on', 'de', 'a', 'an']);
const NEEDS_THE = new Set(['United States', 'United Kingdom', 'Netherlands', 'Philippines', 'United Arab Emirates', 'United Nations', 'European Union', 'Czech Republic', 'Soviet Union']);

/** "to the USA" / "to Washington" / "to Pyongyang" → "to the United States" / "to North Korea". */
function normaliseDestination(role: string): string {
  return role.replace(/\b(to|in|at)\s+((?:the\s+)?[\p{L}.]+(?:\s+[\p{L}.]+){0,3})$/u, (whole: string, prep: string, dest: string) => {
    const key = dest.replace(/^the\s+/i, '').toLowerCase();
    const country = COUNTRIES[key];
    if (!country || country === 'Korea') return whole;
    return `${prep} ${NEEDS_THE.has(country) ? 'the ' : ''}${country}`;
  });
}

export function normaliseRole(raw: string): string {
  let r = raw
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:the|a|an|former|then)\s+/i, (m: string) => (/former/i.test(m) ? m : ''))
    .replace(/[,.;:]+$/, '')
    .replace(/['’]s$/, '');
  r = r.replace(/\bU\.S\.A?\.?(?=\s|$)/g, 'US').replace(/\bUs\b/g, 'US').replace(/\bUSA\b(?!\s*$)/g, 'US');
  r = r.replace(/^American\b/, 'US');
  r = normaliseDestination(r);
  // Title-case content words; keep acronyms and small words.
  const words = r.split(' ');
  return words
    .map((w, i) => {
      if (w.length === 0) return w;
      if (/^[\p{Lu}\d.&-]+$/u.test(w) && /\p{Lu}/u.test(w) && w.length > 1) return w; // acronym
      const lower = w.toLowerCase();
      if (i > 0 && SMALL_WORDS.has(lower)) return lower;
      return w.charAt(0).toUpperCase() + w.slice(1);
    })
    .join(' ');
}

/** Does the phrase contain a role head noun? */
export function hasRoleHead(phrase: string): boolean {
  for (const w of phrase.toLowerCase().split(/[\s,]+/)) {
    const base = w.replace(/['’]s?$/, '');
    if (ROLE_HEADS.has(base) || (base.endsWith('s') && ROLE_HEADS.has(base.slice(0, -1)))) return true;
  }
  return false;
}

const ORG_PHRASE_RE = /((?:\p{Lu}[\p{L}'’.-]*\s+)*?(?:\p{Lu}[\p{L}'’.-]*)(?:\s+(?:of|for|and|on|the|in)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*)(?:\s+\p{Lu}[\p{L}'’.-]*)*)*)/gu;

/** Organisation or country a role belongs to, if the role names one. */
export function affiliationOf(role: string): string | null {
  ORG_PHRASE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let best: string | null = null;
  while ((m = ORG_PHRASE_RE.exec(role)) !== null) {
    const phrase = (m[1] ?? '').replace(/['’]s?$/, '').trim();
    if (!phrase) continue;
    const words = phrase.split(/\s+/).map((w) => w.toLowerCase().replace(/['’]s?$/, ''));
    if (words.some((w) => ORG_WORDS.has(w) && !['state', 'states', 'east', 'west', 'north', 'south', 'far', 'middle'].includes(w))) {
      // Drop a leading role word captured in title case ("Spokesperson of the ...").
      const cleaned = phrase.replace(/^(?:[\p{Lu}][\p{L}-]*\s+)*?(?=(?:US|U\.S\.|Russian|American|\p{Lu}[\p{L}-]*\s+(?:Foreign|State|Defense|Defence|National|Security|Presidential))\b)/u, '');
      const firstWord = (cleaned.split(/\s+/)[0] ?? '').toLowerCase();
      if (ROLE_HEADS.has(firstWord)) continue;
      best = best ?? cleaned.replace(/^(?:Us|U\.S\.)\b/, 'US');
    }
  }
  if (best) return best;
  // Country from a demonym or "to X".
  const lower = role.toLowerCase();
  for (const key of ['north korean', 'south korean', 'united states', 'united kingdom', 'saudi arabia', 'south africa']) {
    if (lower.startsWith(key)) return COUNTRIES[key] ?? null;
  }
  const first = lower.split(/\s+/)[0]?.replace(/['’]s?$/, '') ?? '';
  const fromFirst = COUNTRIES[first];
  if (fromFirst && !['un', 'u.n.', 'eu', 'nato'].includes(first)) return fromFirst;
  return null;
}

/**
 * Role phrases: normalisation ("Russian Ambassador to the USA" and
 * "... to Washington" become "Russian Ambassador to the United States") and
 * affiliation (organisation named in the role, else the country).
 */
import { COUNTRIES, ORG_WORDS } from './data/places.js';
import { ROLE_HEADS, ROLE_MODIFIERS } from './data/roles.js';
import { memoised } from './text.js';

const SMALL_WORDS = new Set(['to', 'of', 'the', 'for', 'at', 'and', 'in', 'on', 'de', 'a', 'an']);
const NEEDS_THE = new Set([
  'United States',
  'United Kingdom',
  'Netherlands',
  'Philippines',
  'United Arab Emirates',
  'United Nations',
  'European Union',
  'Czech Republic',
  'Soviet Union',
]);

/** "to the USA" / "to Washington" / "to Pyongyang" → "to the United States" / "to North Korea". */
function normaliseDestination(role: string): string {
  return role.replace(/\b(to|in|at)\s+((?:the\s+)?[\p{L}.]+(?:\s+[\p{L}.]+){0,3})$/u, (whole: string, prep: string, dest: string) => {
    const key = dest.replace(/^the\s+/i, '').toLowerCase();
    const country = COUNTRIES[key];
    if (!country || country === 'Korea') return whole;
    return `${prep} ${NEEDS_THE.has(country) ? 'the ' : ''}${country}`;
  });
}

export const normaliseRole = (raw: string): string => cachedNormaliseRole(raw);

const cachedNormaliseRole = memoised(normaliseRoleUncached, 5000);

function normaliseRoleUncached(raw: string): string {
  let r = raw
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:the|a|an|former|then)\s+/i, (m: string) => (/former/i.test(m) ? m : ''))
    .replace(/[,.;:]+$/, '')
    .replace(/['’]s$/, '');
  r = r
    .replace(/\bU\.S(?:\.A)?\.?(?=\s|$)/g, 'US')
    .replace(/\bUs\b/g, 'US')
    .replace(/\bUSA\b(?!\s*$)/g, 'US');
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

const ORG_PHRASE_RE =
  /((?:\p{Lu}[\p{L}'’.-]*\s+)*(?:\p{Lu}[\p{L}'’.-]*)(?:\s+(?:of|for|and|on|the|in)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*)(?:\s+\p{Lu}[\p{L}'’.-]*)*)*)/gu;

const affiliationCache = new Map<string, string | null>();

/** Organisation or country a role belongs to, if the role names one. */
export function affiliationOf(role: string): string | null {
  const hit = affiliationCache.get(role);
  if (hit !== undefined) return hit;
  const out = affiliationUncached(role);
  if (affiliationCache.size > 5000) affiliationCache.clear();
  affiliationCache.set(role, out);
  return out;
}

function affiliationUncached(role: string): string | null {
  ORG_PHRASE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ORG_PHRASE_RE.exec(role)) !== null) {
    // "Ambassador to the United Nations": the destination is not the affiliation.
    if (/\bto\s+(?:the\s+)?$/i.test(role.slice(0, m.index))) continue;
    let words = (m[1] ?? '').trim().split(/\s+/);
    // Drop leading role words written in title case ("Spokesperson of the ...").
    while (words.length > 0 && ROLE_HEADS.has((words[0] ?? '').toLowerCase())) words = words.slice(1);
    while (words.length > 0 && SMALL_WORDS.has((words[0] ?? '').toLowerCase())) words = words.slice(1);
    // "Senate Majority Leader" → "Senate": trailing role words are not the organisation.
    const lastWord = (): string => (words[words.length - 1] ?? '').toLowerCase();
    while (words.length > 1 && !ORG_WORDS.has(lastWord()) && (ROLE_HEADS.has(lastWord()) || ROLE_MODIFIERS.has(lastWord()))) words = words.slice(0, -1);
    const lowered = words.map((w) => w.toLowerCase().replace(/['’]s?$/, ''));
    if (lowered.some((w) => ORG_WORDS.has(w) && !GEO_ONLY.has(w))) {
      return words
        .join(' ')
        .replace(/['’]s?$/, '')
        .replace(/^(?:Us|U\.S\.)(?=\s)/, 'US');
    }
  }
  // Country from a demonym at the start of the role.
  const lower = role.toLowerCase();
  for (const key of ['north korean', 'south korean', 'united states', 'united kingdom', 'saudi arabia', 'south africa']) {
    if (lower.startsWith(key)) return COUNTRIES[key] ?? null;
  }
  const first = lower.split(/\s+/)[0]?.replace(/['’]s?$/, '') ?? '';
  const fromFirst = COUNTRIES[first];
  if (fromFirst && !['un', 'u.n.', 'eu', 'nato', 'korea', 'korean'].includes(first)) return fromFirst;
  return null;
}

const GEO_ONLY = new Set([
  'state',
  'states',
  'east',
  'west',
  'north',
  'south',
  'far',
  'middle',
  'eastern',
  'western',
  'northern',
  'southern',
  'central',
  'global',
  'world',
  'international',
  'asia',
  'europe',
  'africa',
  'america',
  'pacific',
  'atlantic',
  'security',
  'affairs',
  'relations',
  'defense',
  'defence',
]);

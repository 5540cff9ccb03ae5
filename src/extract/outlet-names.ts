/**
 * Look-ups over the outlet table (data/outlets.ts): by name or alias, by web
 * domain, and by the "compact" spelling sites use in domains and file names
 * ("thehill", "irishtimes", "timesofisrael").
 */
import { OUTLET_ENTRIES, type OutletEntry } from './data/outlets.js';

const fold = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

/** Letters and digits only, without a leading "the": "The Times of Israel" → "timesofisrael". */
export function compactName(s: string): string {
  return fold(s)
    .replace(/^the\s+/, '')
    .replace(/[^a-z0-9]+/g, '');
}

const BY_NAME = new Map<string, OutletEntry>();
const BY_DOMAIN = new Map<string, OutletEntry>();
const BY_COMPACT = new Map<string, OutletEntry>();
/** First words of all names: most capitalised words start no outlet name, and are turned away at once. */
const FIRST_WORDS = new Set<string>();
const firstWord = (s: string): string => fold(/^[^\s/]*/.exec(s)?.[0] ?? '').replace(/['’]s?$|[,.:;|)]+$/, '');

/** Names that two outlets share ("TOI": The Times of Israel and The Times of India) name neither. */
const SHARED = new Map<Map<unknown, OutletEntry>, Set<unknown>>();

function addOnce<K>(map: Map<K, OutletEntry>, key: K, e: OutletEntry): void {
  const had = map.get(key);
  if (!had) map.set(key, e);
  else if (had !== e && had.name !== e.name) {
    const shared = SHARED.get(map as Map<unknown, OutletEntry>) ?? new Set<unknown>();
    shared.add(key);
    SHARED.set(map as Map<unknown, OutletEntry>, shared);
  }
}

for (const e of OUTLET_ENTRIES) {
  for (const n of [e.name, ...e.aliases]) {
    addOnce(BY_NAME, fold(n), e);
    FIRST_WORDS.add(firstWord(n));
    FIRST_WORDS.add(firstWord(n.replace(/^the\s+/i, '')));
    const c = compactName(n);
    if (c.length >= 2) addOnce(BY_COMPACT, c, e);
    // "The Hill" is also written "thehill" in domains and file names.
    if (/^the\s/i.test(n)) addOnce(BY_COMPACT, fold(n).replace(/[^a-z0-9]+/g, ''), e);
  }
  for (const d of e.domains) {
    addOnce(BY_DOMAIN, d.toLowerCase(), e);
    const stem = d.toLowerCase().split('.')[0] ?? '';
    if (stem.length >= 3) addOnce(BY_COMPACT, stem.replace(/[^a-z0-9]/g, ''), e);
  }
}
for (const [map, keys] of SHARED) for (const key of keys) map.delete(key);

/** The outlet called exactly `name` (case, accents and a trailing period ignored). */
export function outletByName(name: string): OutletEntry | null {
  const key = fold(name).replace(/[.,;:]+$/, '');
  return BY_NAME.get(key) ?? BY_NAME.get(key.replace(/^the /, '')) ?? null;
}

/** The outlet owning `host` or a parent domain of it ("www.bbc.co.uk" → BBC). */
export function outletByDomain(host: string): OutletEntry | null {
  let h = host.toLowerCase().replace(/^www\d?\./, '');
  for (let i = 0; i < 4 && h.includes('.'); i++) {
    const e = BY_DOMAIN.get(h);
    if (e) return e;
    h = h.slice(h.indexOf('.') + 1);
  }
  return null;
}

export function outletByCompact(token: string): OutletEntry | null {
  return BY_COMPACT.get(token.toLowerCase()) ?? null;
}

/** Canonical name for a name as written: the table's name when known, else the name trimmed. */
export function canonicalOutletName(name: string): string {
  const trimmed = name.trim().replace(/[.,;:]+$/, '');
  return outletByName(trimmed)?.name ?? trimmed;
}

/**
 * Whether `written` spells one of the outlet's names closely enough to be it
 * in running text: a short name must match its case ("DR" is not "Dr",
 * "TODAY" not "Today"), a longer one may differ in case but not be all lower case.
 */
function spelledAs(e: OutletEntry, written: string): boolean {
  const w = written.replace(/^the\s+/i, '');
  for (const n of [e.name, ...e.aliases]) {
    const bare = n.replace(/^the\s+/i, '');
    if (bare === w) return true;
    if (bare.toLowerCase() === w.toLowerCase() && (w.includes(' ') || w.length >= 5) && w !== w.toLowerCase()) return true;
  }
  return false;
}

/**
 * The longest outlet name that starts `text` (up to six words), with the
 * length of the matched text, e.g. "The Washington PostDemocracy…" → The
 * Washington Post. `glued` allows the name to run into the next word.
 */
export function outletAtStart(text: string, glued = false): { entry: OutletEntry; length: number } | null {
  const words = /^\S+(?:\s+\S+){0,5}/.exec(text)?.[0].split(/\s+/) ?? [];
  if (!glued && !FIRST_WORDS.has(firstWord(text))) return null;
  for (let n = words.length; n >= 1; n--) {
    const phrase = words.slice(0, n).join(' ');
    const bare = phrase.replace(/['’]s?$|[,.:;|)]+$/, '');
    const e = outletByName(bare);
    if (e && spelledAs(e, bare)) return { entry: e, length: text.indexOf(bare) + bare.length };
  }
  if (glued) {
    // "The Washington PostDemocracy Dies in Darkness": a name glued to the next capitalised word.
    const m = /^(.{2,60}?\p{Ll})(?=\p{Lu}\p{Ll})/u.exec(text);
    if (m?.[1]) {
      const e = outletByName(m[1]);
      if (e) return { entry: e, length: m[1].length };
    }
  }
  return null;
}

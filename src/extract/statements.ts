/**
 * Statements: direct quotes (with attribution before, after, interrupted,
 * continued over paragraphs, or none) and reported speech introduced by a
 * cue. Two phases: collect candidates with their attribution as written,
 * then resolve speakers in document order (name, surname, pronoun, role
 * noun, last speaker, cataphoric "a Russian expert ... said Georgy X").
 */
import {
  CATAPHORIC_ROLE_NOUNS,
  CONTINUATION_PARTICIPLES,
  COUNTRIES,
  CUE_ADVERBS,
  CUE_NEEDS_PHRASE,
  CUE_VERBS,
  MONTHS,
  ORG_WORDS,
  OUTLETS,
  PLACES,
  ROLE_HEADS,
  ROLE_NOUN_SYNONYMS,
  TOLD_OBJECTS,
  WEEKDAYS,
} from './lexicon.js';
import { addRole, type Mention, type PeopleResult } from './people.js';
import { findQuotes, quoteMask, splitSentences, type QuoteSpan } from './quotes.js';
import { isAllCaps, isCapitalised, stripPossessive, tokenize, type Token } from './text.js';

type SubjectType = 'person' | 'pronoun' | 'pronoun-plural' | 'role' | 'role-new' | 'collective';

interface Subject {
  type: SubjectType;
  text: string;
  start: number;
  personId?: number;
  head?: string;
  cataphoric?: boolean;
}

interface Attribution {
  subject: Subject;
  cue: string;
  /** Relaying source in "X quoted Y as saying". */
  relay: string | null;
  /** Absolute end of the attribution phrase in the paragraph. */
  end: number;
}

interface Candidate {
  para: number;
  start: number;
  end: number;
  kind: 'direct' | 'indirect';
  attr: Attribution | null;
  /** Bare quote sharing the attribution of another quote in the same sentence. */
  sentenceAttr: Attribution | null;
  fragments: string[];
  continues: boolean;
  chain: number;
  paraInitial: boolean;
  baseConfidence: number;
}

export interface RawStatement {
  speakerId: number | null;
  speakerMention: string | null;
  source: string | null;
  kind: 'direct' | 'indirect';
  cue: string | null;
  para: number;
  start: number;
  end: number;
  confidence: number;
  fragments: string[];
  continues: boolean;
}

const ADJUNCT_START = new Set([
  'on', 'in', 'at', 'during', 'after', 'before', 'earlier', 'later', 'last', 'this', 'yesterday', 'today', 'tonight',
  'via', 'while', 'when', 'from', 'through', 'with', 'as', 'recently', 'previously', 'also', 'again', 'separately',
  'then', 'shortly', 'following', 'ahead', 'late', 'early', 'over', 'amid', 'under', 'for', 'to', 'by', 'repeatedly',
  'once', 'twice', 'several', 'publicly', 'privately', 'openly', 'firmly', 'bluntly', 'flatly', 'simply', 'further',
  'too', 'afterwards', 'afterward', 'there', 'here', 'speaking', 'referring', 'commenting', 'answering', 'responding',
  'citing', 'according', 'a', 'an', 'the',
]);
/** Sentence openers before a comma that are not the subject ("Earlier, the ministry said ..."). */
const INTRO_WORDS = new Set(['earlier', 'meanwhile', 'however', 'moreover', 'also', 'separately', 'previously', 'later', 'still', 'yet', 'furthermore', 'additionally', 'besides', 'nevertheless', 'nonetheless', 'instead', 'now', 'then', 'indeed', 'thus', 'so', 'similarly', 'likewise', 'finally', 'first', 'second', 'third', 'lastly', 'overall', 'again', 'today', 'yesterday', 'recently', 'subsequently', 'consequently', 'therefore', 'hence', 'notably', 'importantly', 'specifically', 'alternatively', 'conversely', 'initially', 'originally', 'eventually', 'ultimately', 'apparently', 'reportedly', 'otherwise']);
/** "a person familiar with the matter", "a source close to the talks". */
const NP_POSTMODIFIERS = new Set(['familiar', 'close', 'briefed', 'knowledgeable', 'involved', 'speaking', 'who', 'requesting', 'asking', 'declining']);
const PREPOSITIONS = new Set(['of', 'for', 'at', 'from', 'in', 'with', 'to', 'on', 'by', 'about', 'under', 'within', 'between']);
const SUBJECT_FORBIDDEN = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'will', 'would', 'can', 'could', 'should', 'must', 'which', 'who', 'whom', 'that', 'it', 'there', 'not', 'no', 'if', 'when', 'because', 'but', 'and', 'or', 'also', 'because', 'i', 'you', 'we', 'us', 'they', 'he', 'she', 'them']);
const COLLECTIVE_HEADS = new Set([
  'officials', 'sources', 'authorities', 'experts', 'analysts', 'media', 'reports', 'report', 'ministry', 'government',
  'embassy', 'council', 'house', 'kremlin', 'pentagon', 'police', 'military', 'army', 'spokespeople', 'people', 'residents',
  'witnesses', 'observers', 'diplomats', 'leaders', 'lawmakers', 'legislators', 'members', 'ministers', 'representatives',
  'department', 'office', 'agency', 'committee', 'commission', 'administration', 'statement', 'team', 'company', 'firm',
  'group', 'organization', 'organisation', 'party', 'side', 'parliament', 'senate', 'congress', 'court', 'service',
  'bank', 'fund', 'union', 'alliance', 'bloc', 'coalition', 'campaign', 'spokesperson\'s', 'newspaper', 'agency\'s',
  'state', 'states', 'country', 'countries', 'nation', 'nations', 'cabinet', 'presidency', 'headquarters', 'command',
]);
const WEEKDAY_NAMES = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
const LEADING_ADJUNCT_RE = new RegExp(
  String.raw`^(?:(?:late |early )?(?:on |last )?(?:${WEEKDAY_NAMES})(?: (?:morning|afternoon|evening|night))?|yesterday|today|earlier|later|on (?:\d{1,2} )?[A-Z][a-z]+(?: \d{1,2})?|in a (?:statement|post|video|video address|interview|speech|televised address|letter)(?: (?:on|to|with) [A-Z][\w-]*(?: [A-Z][\w-]*)*)?|at a (?:news conference|press conference|briefing|meeting|rally)|on (?:Telegram|X|Twitter|Facebook|television|TV|state television))[ ,]+(?=\p{Lu}|he |she |it |they |the |a |an |there |this |that |we |its |his |her |their )`,
  'u',
);
const PARTICIPLE_RE = new RegExp(String.raw`(?:,|["”»])\s*(${[...CONTINUATION_PARTICIPLES].join('|')})\s+(that\s+)?`, 'g');

const clean = (s: string): string => s.toLowerCase().replace(/['’]s?$/, '').replace(/[.,;:]+$/, '');

function singular(w: string): string {
  if (w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (w.endsWith('men')) return w.slice(0, -3) + 'man';
  if (w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

// Tokens of the paragraph being processed, computed once and sliced per
// sentence/segment (tokenising is the hottest path; this avoids re-scanning).
let cachedPara: string | null = null;
let cachedTokens: Token[] = [];

/** Tokens lying entirely inside p[s, e). */
function tokensIn(p: string, s: number, e: number): Token[] {
  if (p !== cachedPara) {
    cachedPara = p;
    cachedTokens = tokenize(p);
  }
  const toks = cachedTokens;
  const lo = firstStartingAt(toks, s);
  let end = lo;
  while (end < toks.length && (toks[end]?.end ?? 0) <= e) end++;
  return toks.slice(lo, end);
}

/** Index of the first item starting at or after `pos` (items sorted by start): a binary search. */
function firstStartingAt(items: readonly { start: number }[], pos: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((items[mid]?.start ?? 0) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Person mention inside [s, e) that heads the NP (not "for X", not "X's aide"). */
function headPersonMention(p: string, s: number, e: number, mentions: Mention[]): Mention | null {
  let best: Mention | null = null;
  for (let i = firstStartingAt(mentions, s); i < mentions.length; i++) {
    const m = mentions[i];
    if (!m || m.start >= e) break;
    if (m.end > e) continue;
    if (/^['’]s?\b/.test(p.slice(m.end, m.end + 2)) || /^['’]\s/.test(p.slice(m.end, m.end + 2))) continue;
    const before = p.slice(Math.max(s, m.start - 6), m.start).toLowerCase();
    if (/\b(?:for|of|to|by|with|from|about|and)\s$/.test(before)) continue;
    best = m;
  }
  return best;
}

/** Classify the NP in p[s, e) as a speaker subject, or null when it is not speaker-like. */
function classifySubject(p: string, s: number, e: number, mentions: Mention[]): Subject | null {
  while (s < e && /[\s,]/.test(p.charAt(s))) s++;
  while (e > s && /[\s,]/.test(p.charAt(e - 1))) e--;
  if (e <= s) return null;
  const text = p.slice(s, e);
  const toks = tokensIn(p, s, e);
  if (toks.length === 0 || toks.length > 24) return null;
  const words = toks.map((t) => clean(t.text));
  if (words.length === 1) {
    const w = words[0] ?? '';
    if (w === 'he' || w === 'she') return { type: 'pronoun', text, start: s };
    if (w === 'they' || w === 'we') return { type: 'pronoun-plural', text, start: s };
  }
  const person = headPersonMention(p, s, e, mentions);
  if (person) {
    // Only a name, possibly with title/apposition: no verbs around it.
    if (words.some((w) => w === 'is' || w === 'are' || w === 'was' || w === 'were' || w === 'will' || w === 'which')) return null;
    return { type: 'person', text: person.text, start: person.start, personId: person.personId };
  }
  if (toks.length > 14) return null;
  if (toks.some((t, i) => SUBJECT_FORBIDDEN.has(t.text) || (i === 0 && !isAllCaps(t.text) && SUBJECT_FORBIDDEN.has(t.text.toLowerCase())))) return null;
  if (text.includes('"') || text.includes('“') || text.includes('”')) return null;
  // Head noun: last word before the first preposition.
  let headIdx = words.length - 1;
  for (let i = 1; i < words.length; i++) {
    if (PREPOSITIONS.has(words[i] ?? '') || NP_POSTMODIFIERS.has(words[i] ?? '')) {
      headIdx = i - 1;
      break;
    }
  }
  const head = words[headIdx] ?? '';
  const hasPP = headIdx < words.length - 1;
  const det = words[0] ?? '';
  const headSing = singular(head);
  if (ROLE_HEADS.has(head) || ROLE_HEADS.has(headSing)) {
    const plural = !ROLE_HEADS.has(head) && ROLE_HEADS.has(headSing);
    if (plural) return { type: 'collective', text, start: s, head: headSing };
    if (det === 'the' && !hasPP && words.length <= 5) return { type: 'role', text, start: s, head };
    const cataphoric = (det === 'a' || det === 'an' || det === 'one') && !hasPP && CATAPHORIC_ROLE_NOUNS.has(head);
    return { type: 'role-new', text, start: s, head, cataphoric };
  }
  if (COLLECTIVE_HEADS.has(head) || ORG_WORDS.has(head)) return { type: 'collective', text, start: s, head };
  // Proper NPs: "North Korea", "Washington", "Russia's Foreign Ministry", "Reuters".
  const allCaps = toks.every((t, i) => isCapitalised(t.text) || isAllCaps(t.text) || (i > 0 && PREPOSITIONS.has(clean(t.text))) || clean(t.text) === 'the');
  if (allCaps) {
    const joined = words.filter((w) => w !== 'the').join(' ');
    if (COUNTRIES[joined] !== undefined || PLACES.has(joined) || OUTLETS[joined] !== undefined) return { type: 'collective', text, start: s, head };
    if (words.some((w) => ORG_WORDS.has(w) || COUNTRIES[w] !== undefined)) return { type: 'collective', text, start: s, head };
    // "the Guardian", "the Americans": a proper noun phrase with a determiner is an organisation or group.
    if (det === 'the' && words.length <= 5) return { type: 'collective', text, start: s, head };
  }
  return null;
}

interface CueMatch {
  /** Token index of the first cue word and the index after the cue phrase. */
  k: number;
  after: number;
  cue: string;
  /** For "X quoted Y as saying": token range of Y. */
  quotedObj?: [number, number];
  /** Index of the first subject-side auxiliary ("was" in "was quoted as saying"). */
  auxStart?: number;
}

/** Find a reporting cue at token k (or null). Handles multi-word cues. */
function cueAt(toks: Token[], k: number): CueMatch | null {
  const t = toks[k];
  if (!t) return null;
  const w = t.text.toLowerCase();
  if (isCapitalised(t.text) && k > 0) return null;
  const nxt = (i: number): string => (toks[i]?.text ?? '').toLowerCase();
  if (w === 'according' && nxt(k + 1) === 'to') return { k, after: k + 2, cue: 'according to' };
  if (!CUE_VERBS.has(w)) return null;
  if (w === 'quoted') {
    // "was quoted as saying", "quoted X as saying".
    if (nxt(k + 1) === 'as' && (nxt(k + 2) === 'saying' || nxt(k + 2) === 'telling')) {
      const aux = nxt(k - 1);
      if (aux === 'was' || aux === 'were' || aux === 'is' || aux === 'been') return { k, after: k + 3, cue: `${aux === 'been' ? 'was' : aux} quoted as saying`, auxStart: k - 1 };
      return null;
    }
    for (let j = k + 2; j < Math.min(toks.length - 1, k + 10); j++) {
      if (nxt(j) === 'as' && nxt(j + 1) === 'saying') return { k, after: j + 2, cue: 'quoted as saying', quotedObj: [k + 1, j] };
    }
    return null;
  }
  if (w === 'cited') {
    for (let j = k + 2; j < Math.min(toks.length - 1, k + 10); j++) {
      if (nxt(j) === 'as' && nxt(j + 1) === 'saying') return { k, after: j + 2, cue: 'cited as saying', quotedObj: [k + 1, j] };
    }
    return null;
  }
  if (w === 'pointed') return nxt(k + 1) === 'out' || nxt(k + 1) === 'to' ? { k, after: k + 2, cue: `pointed ${nxt(k + 1)}` } : null;
  if (w === 'drew') return nxt(k + 1) === 'attention' && nxt(k + 2) === 'to' ? { k, after: k + 3, cue: 'drew attention to' } : null;
  if (w === 'called') return nxt(k + 1) === 'for' ? { k, after: k + 2, cue: 'called for' } : null;
  if (w === 'reported' || w === 'reports') return null;
  if (w === 'told' || w === 'tells') {
    // "told reporters", "told TASS", "told RIA Novosti", "told a news conference".
    const one = nxt(k + 1);
    const two = `${one} ${nxt(k + 2)}`;
    const three = `${two} ${nxt(k + 3)}`;
    if (TOLD_OBJECTS.has(three)) return { k, after: k + 4, cue: `told ${toks.slice(k + 1, k + 4).map((x) => x.text).join(' ')}` };
    if (TOLD_OBJECTS.has(two)) return { k, after: k + 3, cue: `told ${toks.slice(k + 1, k + 3).map((x) => x.text).join(' ')}` };
    if (TOLD_OBJECTS.has(one)) return { k, after: k + 2, cue: `told ${toks[k + 1]?.text ?? ''}` };
    let j = k + 1;
    while (j < toks.length && j < k + 5 && (isCapitalised(toks[j]?.text ?? '') || isAllCaps(toks[j]?.text ?? '')) && toks[j] !== undefined) j++;
    if (j > k + 1) return { k, after: j, cue: `told ${toks.slice(k + 1, j).map((x) => x.text).join(' ')}` };
    if (one === 'the' || one === 'a') {
      // "told the newspaper", "told the BBC".
      const obj = toks[k + 2];
      if (obj && (isCapitalised(obj.text) || isAllCaps(obj.text) || TOLD_OBJECTS.has(`the ${obj.text.toLowerCase()}`))) {
        let e = k + 3;
        while (e < toks.length && e < k + 6 && isCapitalised(toks[e]?.text ?? '')) e++;
        return { k, after: e, cue: `told ${toks.slice(k + 1, e).map((x) => x.text).join(' ')}` };
      }
    }
    return null;
  }
  if (CUE_NEEDS_PHRASE.has(w)) return null;
  return { k, after: k + 1, cue: w };
}

function isAdjunctToken(t: Token | undefined): boolean {
  if (!t) return false;
  const w = t.text.toLowerCase();
  return ADJUNCT_START.has(w) || WEEKDAYS[w] !== undefined || MONTHS[w] !== undefined;
}

/**
 * The whole of p[s, e) is an attribution: "he said", "Antonov told reporters",
 * "said Georgy Toloraya", "the Russian Embassy quoted Antonov as saying",
 * "Kirby said at a White House briefing".
 */
function matchAttribution(p: string, s: number, e: number, mentions: Mention[]): Attribution | null {
  const toks = tokensIn(p, s, e);
  if (toks.length === 0 || toks.length > 30) return null;
  // Inverted: "said Georgy Toloraya", "added the ambassador".
  const firstCue = cueAt(toks, 0);
  if (firstCue && toks[0] && !isCapitalised(toks[0].text)) {
    const subjStart = toks[firstCue.after];
    if (subjStart) {
      const subj = classifySubject(p, subjStart.start, e, mentions);
      if (subj && subj.type !== 'pronoun-plural') return { subject: subj, cue: firstCue.cue, relay: null, end: e };
    }
  }
  for (let k = 1; k < toks.length; k++) {
    const cue = cueAt(toks, k);
    if (!cue) continue;
    const span = subjectBefore(toks, cue.auxStart ?? k);
    if (!span) return null;
    const { firstTok, subjEndTok } = span;
    const rest = toks.slice(cue.after);
    if (rest.length > 14 || (rest.length > 0 && !isAdjunctToken(rest[0]))) return null;
    if (rest.some((t) => t.text.toLowerCase() === 'that')) return null;
    const subj = classifySubject(p, firstTok.start, subjEndTok.end, mentions);
    if (!subj) return null;
    if (cue.quotedObj) {
      const a = toks[cue.quotedObj[0]];
      const b = toks[cue.quotedObj[1] - 1];
      if (!a || !b) return null;
      const obj = classifySubject(p, a.start, b.end, mentions);
      if (!obj) return null;
      return { subject: obj, cue: cue.cue, relay: subj.type === 'person' ? null : p.slice(firstTok.start, subjEndTok.end), end: e };
    }
    return { subject: subj, cue: cue.cue, relay: null, end: e };
  }
  return null;
}

/** The subject's first and last tokens before a cue starting at token `cueStart` (adverbs like "also" skipped). */
function subjectBefore(toks: Token[], cueStart: number): { firstTok: Token; subjEndTok: Token } | null {
  let j = cueStart;
  while (j > 0 && CUE_ADVERBS.has((toks[j - 1]?.text ?? '').toLowerCase().replace(/,$/, ''))) j--;
  const subjEndTok = j > 0 ? toks[j - 1] : undefined;
  const firstTok = toks[0];
  return subjEndTok && firstTok ? { firstTok, subjEndTok } : null;
}

export interface LeadingMatch {
  attr: Attribution;
  contentStart: number;
}

/** "SUBJ [adv] CUE [object] [adjunct] [that] CONTENT" at the start of p[s, e). */
function matchLeading(p: string, s: number, e: number, mentions: Mention[]): LeadingMatch | null {
  const toks = tokensIn(p, s, e);
  const limit = Math.min(toks.length, 40);
  for (let k = 1; k < limit; k++) {
    const cue = cueAt(toks, k);
    if (!cue) continue;
    if (cue.cue === 'according to') return null;
    const span = subjectBefore(toks, cue.auxStart ?? k);
    if (!span) return null;
    const { firstTok, subjEndTok } = span;
    // A quote mark between subject and cue means this is not a simple subject.
    const subjText = p.slice(firstTok.start, subjEndTok.end);
    if (/["“”«»]/.test(subjText)) return null;
    const subj = classifySubject(p, firstTok.start, subjEndTok.end, mentions);
    if (!subj) return null;
    let speakerSubj = subj;
    let relay: string | null = null;
    if (cue.quotedObj) {
      const a = toks[cue.quotedObj[0]];
      const b = toks[cue.quotedObj[1] - 1];
      const obj = a && b ? classifySubject(p, a.start, b.end, mentions) : null;
      if (!obj) return null;
      speakerSubj = obj;
      relay = subj.type === 'person' ? null : subjText;
    }
    // Content: skip an adjunct up to "that" ("said Monday that", "noted on several occasions that").
    let c = cue.after;
    let thatAt = -1;
    for (let i = c; i < Math.min(toks.length, c + 10); i++) {
      const w = (toks[i]?.text ?? '').toLowerCase();
      if (w === 'that') {
        thatAt = i;
        break;
      }
      if (i === c && !isAdjunctToken(toks[i])) break;
      if (/[.;:"“”]/.test(p.slice(toks[i]?.end ?? 0, toks[i + 1]?.start ?? 0))) break;
    }
    if (thatAt >= 0) c = thatAt + 1;
    // "drew attention to the fact that ...".
    if ((toks[c]?.text ?? '').toLowerCase() === 'the' && (toks[c + 1]?.text ?? '').toLowerCase() === 'fact' && (toks[c + 2]?.text ?? '').toLowerCase() === 'that') c += 3;
    if (thatAt < 0) {
      // "said on Monday it had ..." / "said in a statement the ...": skip a short time/place adjunct.
      const rest = p.slice(toks[c]?.start ?? e, e);
      const adj = LEADING_ADJUNCT_RE.exec(rest);
      if (adj) {
        const skipTo = (toks[c]?.start ?? e) + adj[0].length;
        while (c < toks.length && (toks[c]?.start ?? e) < skipTo) c++;
      }
    }
    const contentTok = toks[c];
    if (!contentTok) return null;
    let contentStart = contentTok.start;
    // Keep an opening quote mark right before the content.
    if (/["“«„]/.test(p.charAt(contentStart - 1))) contentStart--;
    const lastCueTok = toks[cue.after - 1];
    return { attr: { subject: speakerSubj, cue: cue.cue, relay, end: lastCueTok ? lastCueTok.end : contentStart }, contentStart };
  }
  return null;
}

/** Top-level comma positions in p[s, e) (outside quotes and brackets). */
function topLevelCommas(p: string, s: number, e: number, mask: Int32Array): number[] {
  const out: number[] = [];
  let depth = 0;
  for (let i = s; i < e; i++) {
    const c = p.charAt(i);
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    else if (c === ',' && depth === 0 && (mask[i] ?? -1) < 0) out.push(i);
  }
  return out;
}

function trimSpan(p: string, s: number, e: number, kind: 'direct' | 'indirect'): [number, number] {
  while (s < e && /\s/.test(p.charAt(s))) s++;
  while (e > s && /[\s,;:—–-]/.test(p.charAt(e - 1))) e--;
  if (kind === 'indirect' && e > s && p.charAt(e - 1) === '.' && p.charAt(e - 2) !== '.') e--;
  return [s, e];
}

export function extractStatements(paragraphs: string[], people: PeopleResult, datelineLength: number): RawStatement[] {
  const candidates: Candidate[] = [];
  let chainCounter = 0;
  let openChain = -1;

  paragraphs.forEach((p, para) => {
    const mentions = people.byPara[para] ?? [];
    const spans = findQuotes(p);
    const mask = quoteMask(p, spans);
    const sentences = splitSentences(p, spans, mask);
    const prefix = para === 0 ? datelineLength : 0;
    // A paragraph opening with a quote mark continues the previous paragraph's unclosed quote.
    const firstSpan = spans[0];
    const continuesPrev = openChain >= 0 && !!firstSpan && firstSpan.open >= 0 && p.slice(0, firstSpan.open).trim() === '';
    const paraChain = continuesPrev ? openChain : -1;
    openChain = -1;
    let spanPtr = 0;
    let paraCount = 0;

    for (const sent of sentences) {
      let ss = Math.max(sent.start, prefix);
      const se = sent.end;
      if (se <= ss) continue;
      while (ss < se && p.charAt(ss) === ' ') ss++;
      while (spanPtr < spans.length && Math.max(spans[spanPtr]?.open ?? 0, 0) < ss) spanPtr++;
      const inSent: QuoteSpan[] = [];
      for (let k = spanPtr; k < spans.length; k++) {
        const q = spans[k];
        if (!q || Math.max(q.open, 0) >= se) break;
        inSent.push(q);
      }
      const directs: { q: QuoteSpan; attr: Attribution | null; before: boolean }[] = [];
      let sentenceAttr: Attribution | null = null;
      let attrEnd = -1;
      if (se - ss <= 4000) {
        inSent.forEach((q, qi) => {
          const prevClose = qi > 0 ? (inSent[qi - 1]?.close ?? ss) + 1 : ss;
          const pre = p.slice(prevClose, Math.max(q.open, prevClose)).trim();
          const nextOpen = inSent[qi + 1]?.open ?? se;
          let postEnd = Math.min(nextOpen, se);
          const postStart = Math.min(q.close + 1, postEnd);
          // Attribution after: up to the first top-level comma.
          const commas = topLevelCommas(p, postStart, postEnd, mask);
          const firstComma = commas[0];
          if (firstComma !== undefined && p.slice(postStart, firstComma).trim().length > 0) postEnd = firstComma;
          let after: Attribution | null = null;
          const postText = p.slice(postStart, postEnd);
          if (q.closed && postText.trim().length > 0) {
            let pe = postEnd;
            while (pe > postStart && /[\s.!?]/.test(p.charAt(pe - 1))) pe--;
            let ps = postStart;
            while (ps < pe && /[\s,]/.test(p.charAt(ps))) ps++;
            after = matchAttribution(p, ps, pe, mentions);
            if (after) after.end = pe;
          }
          // 'X added that "...," he said' is still reported speech; 'accused of "...," he noted' is a quote.
          const preEndsWithThat = /\bthat$/i.test(pre) && tokenize(pre).some((t) => CUE_VERBS.has(t.text.toLowerCase()));
          let before: Attribution | null = null;
          if (/[:,]$/.test(pre)) {
            let bs = prevClose;
            while (bs < q.open && /[\s,]/.test(p.charAt(bs))) bs++;
            let be = Math.max(q.open, 0);
            while (be > bs && /[\s:,]/.test(p.charAt(be - 1))) be--;
            before = matchAttribution(p, bs, be, mentions);
          }
          const initial = pre === '' || (qi > 0 && pre === ',');
          const innerWords = p.slice(q.innerStart, q.innerEnd).trim().split(/\s+/).length;
          if ((after && !preEndsWithThat) || before || (initial && (innerWords >= 3 || after !== null)) || /:$/.test(pre)) {
            const attr = after ?? before;
            directs.push({ q, attr, before: !!before });
            if (attr && !sentenceAttr) {
              sentenceAttr = attr;
              attrEnd = attr.end;
            }
          }
        });
      } else {
        for (const q of inSent) if (Math.max(q.open, 0) === ss) directs.push({ q, attr: null, before: false });
      }
      for (const d of directs) {
        const [s, e] = trimSpan(p, d.q.innerStart, d.q.innerEnd, 'direct');
        if (e - s < 2) continue;
        const isChained = d.q.open < 0 || (continuesPrev && d.q === firstSpan);
        let chain = -1;
        if (isChained && paraChain >= 0) chain = paraChain;
        if (!d.q.closed) {
          chain = chain >= 0 ? chain : chainCounter++;
          openChain = chain;
        }
        candidates.push({
          para,
          start: s,
          end: e,
          kind: 'direct',
          attr: d.attr,
          sentenceAttr: d.attr ? null : sentenceAttr,
          fragments: [],
          continues: !d.q.closed,
          chain,
          paraInitial: Math.max(d.q.open, 0) <= prefix + 1 && paraCount === 0,
          baseConfidence: d.attr ? 0.95 : sentenceAttr ? 0.9 : 0.7,
        });
        paraCount++;
      }
      const sentAttr = sentenceAttr as Attribution | null;
      if (directs.length > 0) {
        if (sentAttr && attrEnd > 0) addParticiples(p, para, attrEnd, se, sentAttr, spans, candidates);
        continue;
      }
      if (se - ss > 4000) continue;
      extractIndirect(p, para, ss, se, spans, mask, mentions, candidates);
    }
  });
  return resolve(candidates, paragraphs, people);
}

/** ", adding that ..." after an attribution: another indirect statement by the same speaker. */
function addParticiples(p: string, para: number, from: number, to: number, attr: Attribution, spans: QuoteSpan[], out: Candidate[]): void {
  PARTICIPLE_RE.lastIndex = from;
  const region = p.slice(0, to);
  let m: RegExpExecArray | null;
  while ((m = PARTICIPLE_RE.exec(region)) !== null) {
    if (!m[2] && m[1] !== 'saying') continue;
    const cs = m.index + m[0].length;
    // Until the next participle or the sentence end.
    PARTICIPLE_RE.lastIndex = cs;
    const next = PARTICIPLE_RE.exec(region);
    const ce = next ? next.index + (/["”»]/.test(next[0].charAt(0)) ? 1 : 0) : to;
    pushIndirect(p, para, cs, ce, { ...attr, cue: m[1] ?? 'adding' }, spans, out, 0.85);
    if (!next) break;
    PARTICIPLE_RE.lastIndex = next.index;
  }
}

function pushIndirect(p: string, para: number, s: number, e: number, attr: Attribution, spans: QuoteSpan[], out: Candidate[], conf: number): void {
  let [cs, ce] = trimSpan(p, s, e, 'indirect');
  if (ce - cs < 8) return;
  const inner = spans.filter((q) => q.open >= cs && q.close < ce + 1);
  // The whole content is one quoted fragment: keep its inner text.
  const only = inner.length === 1 ? inner[0] : undefined;
  if (only && only.open === cs && only.close >= ce - 1) {
    [cs, ce] = trimSpan(p, only.innerStart, only.innerEnd, 'direct');
  }
  if (p.slice(cs, ce).split(/\s+/).length < 3) return;
  out.push({
    para,
    start: cs,
    end: ce,
    kind: 'indirect',
    attr,
    sentenceAttr: null,
    fragments: inner.map((q) => p.slice(q.innerStart, q.innerEnd).replace(/[,\s]+$/, '')),
    continues: false,
    chain: -1,
    paraInitial: false,
    baseConfidence: conf,
  });
}

const ACCORDING_START_RE = /^(?:[A-Z][a-z]+,\s+)?[Aa]ccording to\s+/;

/** Cheap pre-check: does the sentence contain any reporting cue at all? */
function hasCueWord(p: string, s: number, e: number): boolean {
  for (const t of tokensIn(p, s, e)) {
    const w = t.text.toLowerCase();
    if (CUE_VERBS.has(w) || w === 'according') return true;
  }
  return false;
}

function extractIndirect(p: string, para: number, ss: number, se: number, spans: QuoteSpan[], mask: Int32Array, mentions: Mention[], out: Candidate[]): void {
  const sentence = p.slice(ss, se);
  if (!hasCueWord(p, ss, se)) return;
  const commas = topLevelCommas(p, ss, se, mask);
  // 1. "According to X, CLAUSE."
  const acc = ACCORDING_START_RE.exec(sentence);
  if (acc && commas.length > 0) {
    const xs = ss + acc[0].length;
    const xe = commas.find((c) => c > xs);
    if (xe !== undefined) {
      const subj = classifySubject(p, xs, xe, mentions);
      if (subj) {
        pushIndirect(p, para, xe + 1, se, { subject: subj, cue: 'according to', relay: null, end: xe }, spans, out, 0.85);
        return;
      }
    }
  }
  // 2. "..., according to X[, ...]" (mid or end): the whole sentence is the statement.
  const accMid = /,\s*according to\s+/.exec(sentence);
  if (accMid) {
    const xs = ss + accMid.index + accMid[0].length;
    const xe = commas.find((c) => c > xs) ?? (se - (p.charAt(se - 1) === '.' ? 1 : 0));
    const subj = classifySubject(p, xs, xe, mentions);
    if (subj) {
      const clauseEnd = commas.find((c) => c > xs) !== undefined ? se : ss + accMid.index;
      pushIndirect(p, para, ss, clauseEnd, { subject: subj, cue: 'according to', relay: null, end: xe }, spans, out, 0.8);
      return;
    }
  }
  // 3. "As X stated [adjunct], CLAUSE."
  if (/^As\s/.test(sentence) && commas.length > 0) {
    const firstComma = commas[0] ?? se;
    const lead = matchAttribution(p, ss + 3, firstComma, mentions) ?? matchLeadingNoContent(p, ss + 3, firstComma, mentions);
    if (lead) {
      pushIndirect(p, para, firstComma + 1, se, lead, spans, out, 0.85);
      return;
    }
  }
  // 4. "CLAUSE, SUBJ CUE [adjunct][, adding that ...]."
  for (let i = 0; i < commas.length; i++) {
    const segStart = (commas[i] ?? 0) + 1;
    const segEnd = commas[i + 1] ?? se;
    let pe = segEnd;
    while (pe > segStart && /[\s.!?]/.test(p.charAt(pe - 1))) pe--;
    const attr = matchAttribution(p, segStart, pe, mentions);
    if (!attr) continue;
    const clauseStart = ss;
    const clauseEnd = commas[i] ?? ss;
    if (p.slice(clauseStart, clauseEnd).trim().split(/\s+/).length < 3) break;
    // "X, he said, Y": the statement spans the whole sentence.
    const restStart = commas[i + 1];
    let end = clauseEnd;
    if (restStart !== undefined) {
      const rest = p.slice(restStart + 1, se).trim();
      const firstWord = (rest.split(/\s+/)[0] ?? '').toLowerCase();
      const isApposition = attr.subject.type === 'person' && /^(?:a|an|the)?\s*\S*\s*\S*/.test(rest) && hasRoleHeadNear(rest);
      if (!CONTINUATION_PARTICIPLES.has(firstWord) && !firstWord.endsWith('ing') && !isApposition) end = se;
    }
    pushIndirect(p, para, clauseStart, end, attr, spans, out, 0.9);
    addParticiples(p, para, pe, se, attr, spans, out);
    return;
  }
  // 5. "SUBJ CUE [that] CONTENT."
  let subjStart = ss;
  // Skip an introductory adverbial: "Earlier, ", "Meanwhile, ", "On Monday, ".
  const firstComma = commas[0];
  if (firstComma !== undefined && firstComma - ss < 30) {
    const intro = p.slice(ss, firstComma).trim().split(/\s+/);
    if (intro.length <= 4 && !intro.some((w) => CUE_VERBS.has(w.toLowerCase()))) {
      const introLower = intro.map((w) => w.toLowerCase());
      const w0 = introLower[0] ?? '';
      if (INTRO_WORDS.has(w0) || ADJUNCT_START.has(w0) || (introLower.length === 1 && w0.endsWith('ly'))) subjStart = firstComma + 1;
    }
  }
  const lead = matchLeading(p, subjStart, se, mentions);
  if (lead) {
    // Content stops before ", adding that" / ", commenting on".
    let ce = se;
    const cut = /(?:,|["”»])\s*(?:adding|noting|stressing|saying|stating|insisting|explaining|recalling|commenting|referring|speaking|answering|responding|pointing|emphasizing|emphasising|underlining|claiming|warning|arguing)\b/g;
    cut.lastIndex = lead.contentStart;
    const region = p.slice(0, se);
    const m = cut.exec(region);
    if (m) ce = m.index + (/["”»]/.test(m[0].charAt(0)) ? 1 : 0);
    pushIndirect(p, para, lead.contentStart, ce, lead.attr, spans, out, 0.85);
    if (m) addParticiples(p, para, m.index, se, lead.attr, spans, out);
  }
}

function hasRoleHeadNear(s: string): boolean {
  for (const w of s.split(/\s+/).slice(0, 6)) if (ROLE_HEADS.has(stripPossessive(w).toLowerCase().replace(/[,.]$/, ''))) return true;
  return false;
}

/** "As X stated in an interview with RIA Novosti" (attribution with a longer adjunct). */
function matchLeadingNoContent(p: string, s: number, e: number, mentions: Mention[]): Attribution | null {
  const toks = tokensIn(p, s, e);
  for (let k = 1; k < Math.min(toks.length, 25); k++) {
    const cue = cueAt(toks, k);
    if (!cue) continue;
    let j = k;
    while (j > 0 && CUE_ADVERBS.has((toks[j - 1]?.text ?? '').toLowerCase())) j--;
    const a = toks[0];
    const b = toks[j - 1];
    if (!a || !b) return null;
    const subj = classifySubject(p, a.start, b.end, mentions);
    return subj ? { subject: subj, cue: cue.cue, relay: null, end: e } : null;
  }
  return null;
}

interface ResolveState {
  lastSpeaker: number | null;
  lastSource: string | null;
}

interface Resolved {
  speakerId: number | null;
  mention: string | null;
  source: string | null;
  confidence: number;
  cataphoric: boolean;
  named: boolean;
}

function resolve(cands: Candidate[], paragraphs: string[], people: PeopleResult): RawStatement[] {
  cands.sort((a, b) => a.para - b.para || a.start - b.start);
  // Drop duplicates/overlaps (same span found twice).
  const uniq: Candidate[] = [];
  for (const c of cands) {
    const prev = uniq[uniq.length - 1];
    if (prev && prev.para === c.para && c.start < prev.end && c.kind === prev.kind) continue;
    uniq.push(c);
  }
  const state: ResolveState = { lastSpeaker: null, lastSource: null };
  const out: RawStatement[] = [];
  const pending: { idx: number; para: number; roleText: string }[] = [];

  const lastMentionBefore = (para: number, pos: number): number | null => {
    for (let q = para; q >= 0 && q >= para - 3; q--) {
      const ms = people.byPara[q] ?? [];
      for (let i = ms.length - 1; i >= 0; i--) {
        const m = ms[i];
        if (m && (q < para || m.start < pos)) return m.personId;
      }
    }
    return null;
  };

  const resolveAttr = (a: Attribution, para: number): Resolved => {
    const subj = a.subject;
    const relay = a.relay;
    switch (subj.type) {
      case 'person':
        return { speakerId: subj.personId ?? null, mention: subj.text, source: relay, confidence: 0.95, cataphoric: false, named: true };
      case 'pronoun': {
        const id = state.lastSpeaker ?? lastMentionBefore(para, subj.start);
        return { speakerId: id, mention: subj.text, source: relay, confidence: id === null ? 0.3 : state.lastSpeaker !== null ? 0.85 : 0.6, cataphoric: false, named: false };
      }
      case 'pronoun-plural':
        return { speakerId: null, mention: subj.text, source: state.lastSource ?? subj.text, confidence: 0.5, cataphoric: false, named: false };
      case 'role': {
        const head = subj.head ?? '';
        const syn = ROLE_NOUN_SYNONYMS[head] ?? [head];
        const matches = people.persons.filter((pr) => pr.roles.some((r) => syn.some((s) => r.toLowerCase().includes(s))) || pr.rolesAsWritten.some((r) => syn.some((s) => r.toLowerCase().includes(s))));
        let id: number | null = null;
        if (state.lastSpeaker !== null && matches.some((m) => m.id === state.lastSpeaker)) id = state.lastSpeaker;
        else if (matches.length === 1) id = matches[0]?.id ?? null;
        else if (matches.length > 1) {
          // Most recently mentioned matching person.
          for (let q = para; q >= 0 && id === null; q--) {
            const ms = people.byPara[q] ?? [];
            for (let i = ms.length - 1; i >= 0; i--) {
              const m = ms[i];
              if (m && (q < para || m.start < subj.start) && matches.some((x) => x.id === m.personId)) {
                id = m.personId;
                break;
              }
            }
          }
        }
        if (id !== null) return { speakerId: id, mention: subj.text, source: relay, confidence: 0.8, cataphoric: false, named: false };
        if (state.lastSpeaker !== null) return { speakerId: state.lastSpeaker, mention: subj.text, source: relay, confidence: 0.5, cataphoric: false, named: false };
        return { speakerId: null, mention: subj.text, source: subj.text, confidence: 0.6, cataphoric: false, named: false };
      }
      case 'role-new':
        return { speakerId: null, mention: subj.text, source: subj.text, confidence: 0.75, cataphoric: !!subj.cataphoric, named: false };
      case 'collective':
        return { speakerId: null, mention: subj.text, source: subj.text, confidence: 0.8, cataphoric: false, named: false };
    }
  };

  const chainAttr = new Map<number, Candidate>();
  for (const c of uniq) if (c.chain >= 0 && c.attr && !chainAttr.has(c.chain)) chainAttr.set(c.chain, c);

  // Next attributed direct quote in the same paragraph, per candidate (linear precompute).
  const nextAttributed: (Candidate | undefined)[] = new Array<Candidate | undefined>(uniq.length);
  let carry: Candidate | undefined;
  for (let i = uniq.length - 1; i >= 0; i--) {
    const c = uniq[i];
    const nextC = uniq[i + 1];
    if (!c) continue;
    if (nextC && nextC.para !== c.para) carry = undefined;
    nextAttributed[i] = carry;
    if (c.kind === 'direct' && c.attr) carry = c;
  }
  let lastInPara: RawStatement | undefined;
  const chainSpeaker = new Map<number, RawStatement>();

  uniq.forEach((c, idx) => {
    if (lastInPara && lastInPara.para !== c.para) lastInPara = undefined;
    let r: Resolved;
    let cue: string | null = c.attr?.cue ?? null;
    if (c.attr) r = resolveAttr(c.attr, c.para);
    else if (c.sentenceAttr) {
      r = resolveAttr(c.sentenceAttr, c.para);
      cue = c.sentenceAttr.cue;
      r.confidence = Math.min(r.confidence, 0.9);
    } else {
      const chained = c.chain >= 0 ? chainAttr.get(c.chain) : undefined;
      const prevSame = lastInPara;
      const prevChain = c.chain >= 0 ? chainSpeaker.get(c.chain) : undefined;
      if (prevChain && !chained?.attr) {
        // A quote continued from the previous paragraph keeps its speaker.
        r = { speakerId: prevChain.speakerId, mention: prevChain.speakerMention, source: prevChain.source, confidence: Math.min(prevChain.confidence, 0.85), cataphoric: false, named: false };
        cue = prevChain.cue;
      } else if (chained?.attr) {
        r = resolveAttr(chained.attr, chained.para);
        cue = chained.attr.cue;
        r.confidence = Math.min(r.confidence, 0.85);
      } else if (prevSame && (prevSame.speakerId !== null || prevSame.source)) {
        r = { speakerId: prevSame.speakerId, mention: prevSame.speakerMention, source: prevSame.source, confidence: 0.8, cataphoric: false, named: false };
        cue = null;
      } else {
        // A later attributed quote in the same paragraph ("X." "Y," he said).
        const nextSame = nextAttributed[idx];
        if (nextSame?.attr) {
          r = resolveAttr(nextSame.attr, nextSame.para);
          cue = nextSame.attr.cue;
          r.confidence = Math.min(r.confidence, 0.8);
        } else if (state.lastSpeaker !== null || state.lastSource) {
          // Quote-only paragraph: the last speaker goes on.
          r = { speakerId: state.lastSpeaker, mention: null, source: state.lastSpeaker === null ? state.lastSource : null, confidence: c.paraInitial ? 0.65 : 0.5, cataphoric: false, named: false };
          cue = null;
        } else {
          r = { speakerId: null, mention: null, source: null, confidence: 0.3, cataphoric: false, named: false };
        }
      }
    }
    const conf = Math.round(Math.min(c.baseConfidence + 0.05, r.confidence) * 100) / 100;
    const stmt: RawStatement = {
      speakerId: r.speakerId,
      speakerMention: r.mention,
      source: r.speakerId === null ? r.source : (c.attr?.relay ?? null),
      kind: c.kind,
      cue,
      para: c.para,
      start: c.start,
      end: c.end,
      confidence: conf,
      fragments: c.fragments,
      continues: c.continues,
    };
    out.push(stmt);
    lastInPara = stmt;
    if (c.chain >= 0) chainSpeaker.set(c.chain, stmt);
    if (r.cataphoric) pending.push({ idx: out.length - 1, para: c.para, roleText: r.mention ?? '' });
    if (r.speakerId !== null) {
      if (r.named && pending.length > 0) {
        // "a Russian expert told TASS ..." then "... said Georgy Toloraya, director ...".
        const person = people.persons[r.speakerId];
        for (const pd of pending) {
          const target = out[pd.idx];
          if (!target || c.para - pd.para > 2) continue;
          target.speakerId = r.speakerId;
          target.source = null;
          target.confidence = 0.7;
          if (person) addRole(person, pd.roleText.replace(/^(?:a|an|one)\s+/i, ''));
        }
        pending.length = 0;
      }
      state.lastSpeaker = r.speakerId;
    } else if (r.source) state.lastSource = r.source;
  });
  void paragraphs;
  return out;
}

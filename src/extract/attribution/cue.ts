/** Cue stage: a reporting verb (or phrase) with its subject, before or after the content. */
import {
  CLAUSE_AUXILIARIES,
  CLAUSE_CUE_LEMMAS,
  CUE_ADVERBS,
  CUE_NEEDS_PHRASE,
  CUE_VERBS,
  INFINITIVE_CUE_LEMMAS,
  OBJECT_CUE_LEMMAS,
  PASSIVE_AGENT_CUES,
  PHRASAL_CUES,
  REFUSAL_LEMMAS,
  TOLD_OBJECTS,
  WITHHELD_SPEECH_VERBS,
} from '../data/cues.js';
import { ADJUNCT_START, MEDIA_PLATFORMS, REPORTING_NOUNS, WEEKDAY_NAMES } from '../data/subjects.js';
import { MONTHS, WEEKDAYS } from '../data/calendar.js';
import { outletByName } from '../outlet-names.js';
import type { Mention } from '../people.js';
import { isAllCaps, isCapitalised, type Token } from '../text.js';
import { classifySubject } from './subject.js';
import { tokensIn } from './tokens.js';
import type { Attribution, Subject } from './types.js';

/** Cues that take a topic after "on"/"about" ("commented on the outcome"), which is not what was said. */
const TOPIC_CUE_LEMMAS = new Set(['comment', 'remark', 'reflect', 'elaborate', 'speak', 'write', 'post', 'report', 'tweet']);
const NEGATIONS = new Set(['not', 'never', "didn't", 'didn’t', "hasn't", 'hasn’t', "haven't", 'haven’t', "won't", 'won’t']);
const COORDINATORS = new Set(['but', 'and', 'while', 'whereas', 'yet', 'or', 'so', 'although', 'though']);
const TOLD_DETERMINERS = new Set(['his', 'her', 'their', 'its', 'the', 'a', 'an', 'this', 'local', 'state']);

export const LEADING_ADJUNCT_RE = new RegExp(
  String.raw`^(?:(?:late |early )?(?:on |last )?(?:${WEEKDAY_NAMES})(?: (?:morning|afternoon|evening|night))?|yesterday|today|earlier|later|on (?:\d{1,2} )?[A-Z][a-z]+(?: \d{1,2})?|in a (?:statement|post|video|video address|interview|speech|televised address|letter)(?: (?:on|to|with) [A-Z][\w-]*(?: [A-Z][\w-]*)*)?|at a (?:news conference|press conference|briefing|meeting|rally)|on (?:Telegram|X|Twitter|Facebook|television|TV|state television))[ ,]+(?=\p{Lu}|he |she |it |they |the |a |an |there |this |that |we |its |his |her |their )`,
  'u',
);

export interface CueMatch {
  /** Token index of the first cue word and the index after the cue phrase. */
  k: number;
  after: number;
  cue: string;
  /** For "X quoted Y as saying": token range of Y. */
  quotedObj?: [number, number];
  /** Index of the first subject-side auxiliary ("was" in "was quoted as saying"). */
  auxStart?: number;
  /** The content is the verb's object NP ("highlighted the importance of X"), not a clause. */
  object?: boolean;
  /** "commented on the outcome, saying ...": what follows is the topic; only later participles report speech. */
  topic?: boolean;
  /** 'called X "Y"': a statement only when quoted words follow. */
  labelling?: boolean;
}

/**
 * Find a reporting cue at token k (or null). Handles multi-word cues.
 * `leading`: the content follows the cue ("X highlighted the ..."), so verbs
 * whose object is the content count; otherwise (", X said") only verbs of
 * saying that stand alone do.
 */
export function cueAt(toks: Token[], k: number, leading = false): CueMatch | null {
  const t = toks[k];
  if (!t) return null;
  const w = t.text.toLowerCase();
  if (isCapitalised(t.text) && k > 0) return null;
  const nxt = (i: number): string => (toks[i]?.text ?? '').toLowerCase();
  if (w === 'according' && nxt(k + 1) === 'to') return { k, after: k + 2, cue: 'according to' };
  const lemma = CUE_VERBS.get(w);
  if (lemma === undefined) return null;
  if (withholdsSpeech(toks, k, lemma)) return null;
  // "ministers accused of plotting": a passive participle, not a cue; "commented on the outcome": a topic.
  if (lemma === 'accuse' && nxt(k + 1) === 'of') return null;
  // (After the content, "the Times reported on Saturday" is a time, not a topic.)
  if (leading && TOPIC_CUE_LEMMAS.has(lemma) && (nxt(k + 1) === 'on' || nxt(k + 1) === 'about') && !isDateWord(nxt(k + 2)) && !isMedium(toks, k + 2))
    return { k, after: k + 1, cue: w, topic: true };
  if (lemma === 'quote') {
    // "was quoted as saying", "quoted X as saying".
    if (nxt(k + 1) === 'as' && (nxt(k + 2) === 'saying' || nxt(k + 2) === 'telling')) {
      const aux = nxt(k - 1);
      if (aux === 'was' || aux === 'were' || aux === 'is' || aux === 'been')
        return { k, after: k + 3, cue: `${aux === 'been' ? 'was' : aux} quoted as saying`, auxStart: k - 1 };
      return null;
    }
    const aux = nxt(k - 1);
    for (let j = k + 2; j < Math.min(toks.length - 1, k + 10); j++) {
      if (nxt(j) !== 'as' || nxt(j + 1) !== 'saying') continue;
      // "are quoted in the Globe as saying": a passive whose relay stands between the verb and "as saying".
      if ((aux === 'was' || aux === 'were' || aux === 'is' || aux === 'are') && (nxt(k + 1) === 'in' || nxt(k + 1) === 'by'))
        return { k, after: j + 2, cue: `${aux} quoted as saying`, auxStart: k - 1 };
      return { k, after: j + 2, cue: 'quoted as saying', quotedObj: [k + 1, j] };
    }
    return null;
  }
  if (lemma === 'cite') {
    for (let j = k + 2; j < Math.min(toks.length - 1, k + 10); j++) {
      if (nxt(j) === 'as' && nxt(j + 1) === 'saying') return { k, after: j + 2, cue: 'cited as saying', quotedObj: [k + 1, j] };
    }
  }
  const phrases = PHRASAL_CUES[lemma];
  if (phrases) {
    for (const rest of phrases) {
      if (rest.every((r, i) => nxt(k + 1 + i) === r)) return { k, after: k + 1 + rest.length, cue: [w, ...rest].join(' ') };
    }
    // 'called the ruling "a victory"': naming something in quoted words (matchLeading checks the quote).
    if (lemma === 'call' && leading) return { k, after: k + 1, cue: w, object: true, labelling: true };
    return null;
  }
  // "..., the New York Times reported": after the content only an outlet or a report reports.
  if (lemma === 'report' && !leading) return outletOrReportBefore(toks, k) ? { k, after: k + 1, cue: w } : null;
  if (lemma === 'tell') {
    // "told reporters", "told TASS", "told RIA Novosti", "told a news conference".
    // The cue runs from "told" to the hearer's last word (toks[end - 1]).
    const toldCue = (end: number) => ({
      k,
      after: end,
      cue: `${w} ${toks
        .slice(k + 1, end)
        .map((x) => x.text)
        .join(' ')}`,
    });
    const one = nxt(k + 1);
    // The longest known object first: "told a news conference" before "told a".
    let object = one;
    const objects = [one];
    for (let n = 2; n <= 3; n++) objects.push((object = `${object} ${nxt(k + n)}`));
    for (let n = 3; n >= 1; n--) {
      if (!TOLD_OBJECTS.has(objects[n - 1] ?? '')) continue;
      return toldCue(k + 1 + n);
    }
    let j = k + 1;
    while (j < toks.length && j < k + 5 && (isCapitalised(toks[j]?.text ?? '') || isAllCaps(toks[j]?.text ?? '')) && toks[j] !== undefined) j++;
    if (j > k + 1) return toldCue(j);
    if (TOLD_DETERMINERS.has(one) && !leading) {
      // '"...," Zelensky told his nation.' — at the end of an attribution any short NP is the hearer.
      let e = k + 2;
      while (e < toks.length && e < k + 4 && !isAdjunctToken(toks[e])) e++;
      // ('..., presiding judge X told the defendant as she read the verdict': an adjunct may follow the hearer.)
      if (e === toks.length || isAdjunctToken(toks[e])) return toldCue(e);
    }
    if (one === 'the' || one === 'a') {
      // "told the newspaper", "told the BBC".
      const obj = toks[k + 2];
      if (obj && (isCapitalised(obj.text) || isAllCaps(obj.text) || TOLD_OBJECTS.has(`the ${obj.text.toLowerCase()}`))) {
        let e = k + 3;
        while (e < toks.length && e < k + 6 && isCapitalised(toks[e]?.text ?? '')) e++;
        return toldCue(e);
      }
    }
    return null;
  }
  if (leading && (OBJECT_CUE_LEMMAS.has(lemma) || INFINITIVE_CUE_LEMMAS.has(lemma)) && lemma !== 'ask') {
    // "vowed to continue": the content is the infinitive without "to".
    const after = INFINITIVE_CUE_LEMMAS.has(lemma) && nxt(k + 1) === 'to' ? k + 2 : k + 1;
    return { k, after, cue: after === k + 2 ? `${w} to` : w, object: nxt(after) !== 'that' && !CLAUSE_CUE_LEMMAS.has(lemma) };
  }
  if (CUE_NEEDS_PHRASE.has(lemma)) return null;
  return { k, after: k + 1, cue: w };
}

/** The words before token k name an outlet ("the New York Times", "Politico") or a report ("local media", "the newspaper"). */
function outletOrReportBefore(toks: Token[], k: number): boolean {
  const prev = (toks[k - 1]?.text ?? '').toLowerCase();
  if (REPORTING_NOUNS.has(prev)) return true;
  let j = k - 1;
  while (j >= 0 && j >= k - 6 && (isCapitalised(toks[j]?.text ?? '') || isAllCaps(toks[j]?.text ?? ''))) j--;
  if (j === k - 1) return false;
  return (
    outletByName(
      toks
        .slice(j + 1, k)
        .map((t) => t.text)
        .join(' '),
    ) !== null
  );
}

/** "the newspaper quoted the email as saying": a document quoted is the source itself. */
function quotedThing(p: string, s: number, e: number): Subject {
  return { type: 'collective', text: p.slice(s, e), start: s };
}

const isDateWord = (w: string): boolean => WEEKDAYS[w] !== undefined || MONTHS[w] !== undefined || /^\d/.test(w);

export function isAdjunctToken(t: Token | undefined): boolean {
  if (!t) return false;
  const w = t.text.toLowerCase();
  return ADJUNCT_START.has(w) || WEEKDAYS[w] !== undefined || MONTHS[w] !== undefined;
}

/**
 * The whole of p[s, e) is an attribution: "he said", "Antonov told reporters",
 * "said Georgy Toloraya", "the Russian Embassy quoted Antonov as saying",
 * "Kirby said at a White House briefing".
 */
export function matchAttribution(p: string, s: number, e: number, mentions: Mention[]): Attribution | null {
  const toks = tokensIn(p, s, e);
  if (toks.length === 0 || toks.length > 30) return null;
  // ", but Bento acknowledged ...": a coordinated clause, not a trailing attribution.
  if (COORDINATORS.has((toks[0]?.text ?? '').toLowerCase())) return null;
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
    if (rest.some((t) => t.text.toLowerCase() === 'that' || CLAUSE_AUXILIARIES.has(t.text.toLowerCase()))) return null;
    const subj = classifySubject(p, firstTok.start, subjEndTok.end, mentions);
    if (!subj) return null;
    if (cue.quotedObj) {
      const a = toks[cue.quotedObj[0]];
      const b = toks[cue.quotedObj[1] - 1];
      if (!a || !b) return null;
      const obj = classifySubject(p, a.start, b.end, mentions) ?? quotedThing(p, a.start, b.end);
      return { subject: obj, cue: cue.cue, relay: subj.type === 'person' ? null : p.slice(firstTok.start, subjEndTok.end), end: e };
    }
    return { subject: subj, cue: cue.cue, relay: null, end: e };
  }
  return null;
}

/** The subject's first and last tokens before a cue starting at token `cueStart` (adverbs like "also" skipped). */
export function subjectBefore(toks: Token[], cueStart: number, p?: string): { firstTok: Token; subjEndTok: Token } | null {
  let j = cueStart;
  const skipAdverbs = (): void => {
    while (j > 0 && CUE_ADVERBS.has((toks[j - 1]?.text ?? '').toLowerCase().replace(/,$/, ''))) j--;
  };
  // "He had, in an address to the public earlier, lamented": an adjunct set off by commas before the cue.
  const gap = (k: number): string => (p === undefined ? '' : p.slice(toks[k - 1]?.end ?? 0, toks[k]?.start ?? 0));
  if (j > 1 && gap(j).includes(',')) {
    let k = j - 1;
    while (k > 0 && !gap(k).includes(',')) k--;
    if (k > 0 && isAdjunctToken(toks[k]) && !['the', 'a', 'an'].includes((toks[k]?.text ?? '').toLowerCase())) j = k;
  }
  skipAdverbs();
  const subjEndTok = j > 0 ? toks[j - 1] : undefined;
  const firstTok = toks[0];
  return subjEndTok && firstTok ? { firstTok, subjEndTok } : null;
}

export interface LeadingMatch {
  attr: Attribution;
  contentStart: number;
  /** The content is an object NP, which ends before trailing adjuncts. */
  objectContent: boolean;
  topic: boolean;
}

/** "SUBJ [adv] CUE [object] [adjunct] [that] CONTENT" at the start of p[s, e). */
export function matchLeading(p: string, s: number, e: number, mentions: Mention[]): LeadingMatch | null {
  const toks = tokensIn(p, s, e);
  const limit = Math.min(toks.length, 40);
  for (let k = 1; k < limit; k++) {
    const cue = cueAt(toks, k, true);
    if (!cue) continue;
    if (cue.cue === 'according to') return null;
    // "did not respond to", "never said whether": a negated cue reports nothing.
    if (NEGATIONS.has((toks[k - 1]?.text ?? '').toLowerCase())) return null;
    const span = subjectBefore(toks, cue.auxStart ?? k, p);
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
      const obj = a && b ? (classifySubject(p, a.start, b.end, mentions) ?? quotedThing(p, a.start, b.end)) : null;
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
      // "said the talks had failed and added that": a clause has begun, so a later "that" is not this cue's.
      if (i > c && (CLAUSE_AUXILIARIES.has(w) || CUE_VERBS.has(w))) break;
      if (/[.;:"“”]/.test(p.slice(toks[i]?.end ?? 0, toks[i + 1]?.start ?? 0))) break;
    }
    if (thatAt >= 0) c = thatAt + 1;
    // "drew attention to the fact that ...".
    if (
      (toks[c]?.text ?? '').toLowerCase() === 'the' &&
      (toks[c + 1]?.text ?? '').toLowerCase() === 'fact' &&
      (toks[c + 2]?.text ?? '').toLowerCase() === 'that'
    )
      c += 3;
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
    // "called the police" is an act; 'called the ruling "a victory"' names it in words of the speaker's.
    if (cue.labelling && !/["“”«»]/.test(p.slice(contentTok.start, Math.min(e, contentTok.start + 60)))) return null;
    let contentStart = contentTok.start;
    // Keep an opening quote mark right before the content.
    if (/["“«„]/.test(p.charAt(contentStart - 1))) contentStart--;
    const lastCueTok = toks[cue.after - 1];
    // "BlackBerry reported a smaller-than-expected loss on Thursday, as ...": a verb taking a clause or an object,
    // followed by an indefinite NP with no verb of its own before the comma, has an object.
    const lemma = CUE_VERBS.get((toks[k]?.text ?? '').toLowerCase()) ?? '';
    const indefiniteObject = thatAt < 0 && OBJECT_CUE_LEMMAS.has(lemma) && CLAUSE_CUE_LEMMAS.has(lemma) && verblessIndefinite(p, contentStart, e);
    return {
      attr: { subject: speakerSubj, cue: cue.cue, relay, end: lastCueTok ? lastCueTok.end : contentStart },
      contentStart,
      objectContent: (!!cue.object || indefiniteObject) && thatAt < 0,
      topic: !!cue.topic,
    };
  }
  return null;
}

/** "As X stated in an interview with RIA Novosti" (attribution with a longer adjunct). */
export function matchLeadingNoContent(p: string, s: number, e: number, mentions: Mention[]): Attribution | null {
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

const PASSIVE_BEFORE_QUOTE_RE = /\b(?:is|are|was|were|been|being)\s+(?:\w+ly\s+)?(\w+)\s+(?:as\s+)?$/i;

/**
 * 'was criticised as "chilling" by former minister Charlie Flanagan': the agent of a passive verb
 * of judging is the speaker of the quote between them. `pre` is the text before the quote,
 * p[s, e) the text after it.
 */
export function matchPassiveAgent(pre: string, p: string, s: number, e: number, mentions: Mention[]): Attribution | null {
  const verb = PASSIVE_BEFORE_QUOTE_RE.exec(pre)?.[1]?.toLowerCase();
  if (!verb || !PASSIVE_AGENT_CUES.has(verb) || !/^by\s/.test(p.slice(s, e))) return null;
  const subject = classifySubject(p, s + 3, e, mentions);
  return subject && subject.type !== 'pronoun-plural' ? { subject, cue: verb, relay: null, end: e } : null;
}

/** "declined to comment", "refused to say whether", "he declined to say": a refusal to speak at cue token k. */
export function withholdsSpeech(toks: readonly { text: string }[], k: number, lemma: string): boolean {
  const w = (i: number): string => (toks[i]?.text ?? '').toLowerCase();
  if (REFUSAL_LEMMAS.has(lemma)) return w(k + 1) === 'to' && WITHHELD_SPEECH_VERBS.has(w(k + 2));
  // The cue itself is the infinitive: "declined to say", "refused to comment".
  return w(k - 1) === 'to' && REFUSAL_LEMMAS.has(CUE_VERBS.get(w(k - 2)) ?? '');
}

/** p[s, e) up to its first comma is "a/an ..." with no auxiliary and no past-tense word: a noun phrase, not a clause. */
function verblessIndefinite(p: string, s: number, e: number): boolean {
  const comma = p.indexOf(',', s);
  const words = p.slice(s, comma > s && comma < e ? comma : e).split(/\s+/);
  if (!/^an?$/i.test(words[0] ?? '')) return false;
  return !words.some((w) => CLAUSE_AUXILIARIES.has(w.toLowerCase()) || /^\p{Ll}+ed$/u.test(w));
}

/** "wrote on Facebook", "posted on her official Telegram channel": where it was said, not what about. */
function isMedium(toks: Token[], i: number): boolean {
  for (let j = i; j < Math.min(toks.length, i + 4); j++) if (MEDIA_PLATFORMS.has((toks[j]?.text ?? '').toLowerCase().replace(/['’]s$/, ''))) return true;
  return false;
}

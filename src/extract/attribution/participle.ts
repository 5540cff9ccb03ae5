/**
 * Participial cues: ", adding that ...", ", urging a dialog", ", vowing to
 * continue", "Underscoring the importance of X, he said ...". The participle
 * shares the subject of the clause it hangs on.
 */
import {
  CLAUSE_AUXILIARIES,
  CLAUSE_CUE_LEMMAS,
  CUE_PARTICIPLES,
  CUE_VERBS,
  DOCUMENT_NOUNS,
  HEARER_CUE_LEMMAS,
  INFINITIVE_CUE_LEMMAS,
  inflect,
  PARTICIPLE_NOT_STATEMENT,
  PHRASAL_CUES,
} from '../data/cues.js';
import { STATEMENT_CONFIDENCE } from '../data/confidence.js';
import { WEEKDAYS } from '../data/calendar.js';
import type { QuoteSpan } from '../quotes.js';
import type { Mention } from '../people.js';
import { withholdsSpeech } from './cue.js';
import { classifySubject } from './subject.js';
import { tokensIn } from './tokens.js';
import type { Attribution, Candidate } from './types.js';
import { pushIndirect } from './push.js';

const TOPIC_PREPOSITIONS = new Set(['on', 'about', 'at', 'in', 'with', 'for', 'of', 'after', 'before', 'from']);

export interface ParticipleCue {
  /** Offset of the comma (or closing quote) before the participle. */
  at: number;
  contentStart: number;
  cue: string;
  /** A participle that reports no speech (", citing officials"): it only ends the content before it. */
  boundary?: boolean;
  /** "the president released a video reassuring ...": the span of the subject of the document's verb. */
  documentSubject?: [number, number];
}

const DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their']);
const CLAUSE_OPENERS = new Set(['as', 'while', 'and', 'when', 'after', 'but', 'because', 'since', 'then', 'before']);

/** The subject of "SUBJ VERB a DOCUMENT <participle>", the participle at token i: from the clause start to the verb. */
function documentSubjectSpan(p: string, toks: readonly { text: string; start: number; end: number }[], i: number): [number, number] | undefined {
  const det = [i - 2, i - 3].find((d) => DETERMINERS.has((toks[d]?.text ?? '').toLowerCase()));
  const verb = det === undefined ? undefined : toks[det - 1];
  if (det === undefined || !verb) return undefined;
  let k = det - 1;
  while (
    k > 0 &&
    det - 1 - k < 8 &&
    !CLAUSE_OPENERS.has((toks[k - 1]?.text ?? '').toLowerCase()) &&
    !/[,;—]/.test(p.slice(toks[k - 1]?.end ?? 0, toks[k]?.start ?? 0))
  )
    k--;
  const first = toks[k];
  return first && k < det - 1 ? [first.start, toks[det - 2]?.end ?? first.end] : undefined;
}

/** A cue participle at token index i of `toks` and where its content starts, or null. */
export function participleAt(
  p: string,
  toks: readonly { text: string; start: number; end: number }[],
  i: number,
): { contentStart: number; cue: string } | null {
  const t = toks[i];
  if (!t) return null;
  const w = t.text.toLowerCase();
  const lemma = CUE_PARTICIPLES.get(w);
  if (lemma === undefined || PARTICIPLE_NOT_STATEMENT.has(lemma)) return null;
  let j = i + 1;
  const nxt = (): string => (toks[j]?.text ?? '').toLowerCase();
  const phrases = PHRASAL_CUES[lemma];
  let cue = w;
  if (phrases) {
    const rest = phrases.find((r) => r.every((x, k) => (toks[j + k]?.text ?? '').toLowerCase() === x));
    if (!rest) return null;
    j += rest.length;
    cue = [w, ...rest].join(' ');
  } else if (INFINITIVE_CUE_LEMMAS.has(lemma) && nxt() === 'to') {
    j++;
    cue = `${w} to`;
  } else if (TOPIC_PREPOSITIONS.has(nxt())) {
    // "commenting on X", "speaking about X": the topic, not what was said.
    return null;
  }
  // "reassuring his nation that ...": a short hearer before "that".
  if (HEARER_CUE_LEMMAS.has(lemma) && nxt() !== 'that') {
    const that = toks.slice(j, j + 4).findIndex((x) => x.text === 'that');
    if (that > 0) {
      cue = [cue, ...toks.slice(j, j + that).map((x) => x.text)].join(' ');
      j += that;
    }
  }
  if (nxt() === 'that') {
    j++;
    cue = `${cue} that`;
  }
  const c = toks[j];
  if (!c) return null;
  let contentStart = c.start;
  if (/["“«„]/.test(p.charAt(contentStart - 1))) contentStart--;
  return { contentStart, cue };
}

/**
 * The first ", <cue participle>" in p[from, to), or null. After a first
 * participle, "and <participle>" coordinates another ("criticising X and saying Y").
 */
export function findParticiple(p: string, from: number, to: number, afterParticiple = false): ParticipleCue | null {
  const toks = tokensIn(p, from, to);
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const prev = toks[i - 1];
    if (!t || !CUE_PARTICIPLES.has(t.text.toLowerCase())) continue;
    const prevEnd = prev?.end ?? from;
    const gap = p.slice(prevEnd, t.start);
    const afterComma = gap.includes(',');
    const coordinated = afterParticiple && prev?.text === 'and' && /^\s+$/.test(gap);
    // "issued a release saying ...", "released a video reassuring his nation that ...".
    const ofDocument = DOCUMENT_NOUNS.has((prev?.text ?? '').toLowerCase()) && /^\s+$/.test(gap);
    // "said on Tuesday urging a dialog with Russia": straight after a cue and its time adjunct, no comma needed.
    const afterCueTime = /^\s+$/.test(gap) && cueWithTimeBefore(toks, i);
    // "started his speech by vowing to ...": "by" and a participle of saying give the means, said by the clause's subject.
    const byMeans = prev?.text === 'by' && /^\s+$/.test(gap);
    if (!afterComma && !coordinated && !ofDocument && !afterCueTime && !byMeans) continue;
    const hit = participleAt(p, toks, i);
    // ", referring to X", ", citing officials": no statement, but the content before ends there.
    const boundary = !hit && afterComma && PARTICIPLE_NOT_STATEMENT.has(CUE_PARTICIPLES.get(t.text.toLowerCase()) ?? '');
    if (!hit && !boundary) continue;
    // The content before ends after a closing quote mark in the gap ('back," recalling'), else at the comma.
    const closeQuote = Math.max(gap.lastIndexOf('"'), gap.lastIndexOf('”'), gap.lastIndexOf('»'));
    const at = (coordinated || byMeans) && prev ? prev.start : closeQuote >= 0 ? prevEnd + closeQuote + 1 : prevEnd + Math.max(0, gap.indexOf(','));
    if (!hit) return { at, contentStart: t.end, cue: '', boundary: true };
    return { at, contentStart: hit.contentStart, cue: hit.cue, documentSubject: ofDocument ? documentSubjectSpan(p, toks, i) : undefined };
  }
  return null;
}

/**
 * "stated that A, and noted that B": a second finite cue coordinated with the first shares its
 * subject and starts a statement of its own. Only "and <cue> [that]" counts, not a bare "and that".
 */
export function findCoordinatedCue(p: string, from: number, to: number): ParticipleCue | null {
  const toks = tokensIn(p, from, to);
  for (let i = 1; i < toks.length - 1; i++) {
    const and = toks[i - 1];
    const verb = toks[i];
    const lemma = CUE_VERBS.get(verb?.text ?? '');
    // Past and present forms, not "and reports that" (more often the noun: "rumours and reports that ...").
    const forms = lemma === undefined ? undefined : inflect(lemma);
    const finite = !!forms && lemma !== 'report' && (forms.past === verb?.text || forms.third === verb?.text);
    if (!and || !verb || (and.text !== 'and' && and.text !== 'but') || !finite || lemma === undefined) continue;
    // ", but declined to give a date": no statement, but the content before it ends there.
    if (withholdsSpeech(toks, i, lemma)) return { at: and.start, contentStart: verb.start, cue: verb.text, boundary: true };
    if (!/^\s+$/.test(p.slice(and.end, verb.start))) continue;
    // "and urged passengers to stay home", "and called on governments to act": the object and its infinitive.
    const particle = PHRASAL_CUES[lemma]?.find((r) => r.every((x, n) => toks[i + 1 + n]?.text === x));
    if (PHRASAL_CUES[lemma] && !particle) continue;
    const skip = particle?.length ?? 0;
    const hasThat = toks[i + 1 + skip]?.text === 'that';
    const content = toks[hasThat ? i + 2 + skip : i + 1 + skip];
    // "but insists revenue is not the point": a clause without "that" shows itself by its auxiliary.
    const bareClause = CLAUSE_CUE_LEMMAS.has(lemma) && toks.slice(i + 2, i + 6).some((x) => CLAUSE_AUXILIARIES.has(x.text));
    // An infinitive cue needs its "to" ("and urged passengers to stay home"; "and asked inappropriate questions" is an act).
    const infinitive = INFINITIVE_CUE_LEMMAS.has(lemma) && toks.slice(i + 1, i + 8).some((x) => x.text === 'to');
    if (!content || (!hasThat && lemma !== 'add' && !infinitive && !bareClause)) continue;
    return {
      at: and.start,
      contentStart: content.start,
      cue: [verb.text, ...(particle ?? []), ...(hasThat ? ['that'] : [])].join(' '),
    };
  }
  return null;
}

/** Every participle statement in p[from, to), each running to the next participle or `to`. */
export function addParticiples(
  p: string,
  para: number,
  from: number,
  to: number,
  attr: Attribution,
  spans: QuoteSpan[],
  out: Candidate[],
  mentions: Mention[],
  confidence: number = STATEMENT_CONFIDENCE.participle,
): void {
  let cur = findParticiple(p, from, to);
  while (cur) {
    const next = findParticiple(p, cur.contentStart, to, true);
    const end = next ? next.at : to;
    if (cur.boundary) {
      cur = next;
      continue;
    }
    const own = cur.documentSubject ? classifySubject(p, cur.documentSubject[0], cur.documentSubject[1], mentions) : null;
    pushIndirect(p, para, cur.contentStart, end, { ...attr, subject: own ?? attr.subject, cue: cur.cue }, spans, out, confidence);
    cur = next;
  }
}

const TIME_WORDS = new Set(['yesterday', 'today', 'tonight', 'earlier', 'later']);

/** Tokens before index i are "<cue> [on] <time word>" ("said on Tuesday", "added yesterday"). */
function cueWithTimeBefore(toks: readonly { text: string }[], i: number): boolean {
  const w = (k: number): string => (toks[k]?.text ?? '').toLowerCase();
  if (!TIME_WORDS.has(w(i - 1)) && WEEKDAYS[w(i - 1)] === undefined) return false;
  const cueAt = w(i - 2) === 'on' ? i - 3 : i - 2;
  return CUE_VERBS.has(w(cueAt));
}

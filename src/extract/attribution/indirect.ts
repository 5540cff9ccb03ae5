/** Reported speech: "X said (that) ...", "..., X said", "according to X, ...", ", adding that ...". */
import { STATEMENT_CONFIDENCE } from '../data/confidence.js';
import { CLAUSE_AUXILIARIES, CLAUSE_CUE_LEMMAS, CUE_PARTICIPLES, CUE_VERBS, TOPIC_OBJECT_NOUNS } from '../data/cues.js';
import { ADJUNCT_START, INTRO_WORDS, PREPOSITIONS, WEEKDAY_NAMES } from '../data/subjects.js';
import { ROLE_HEADS } from '../data/roles.js';
import type { Mention } from '../people.js';
import type { QuoteSpan } from '../quotes.js';
import { isCapitalised, stripPossessive } from '../text.js';
import { matchAttribution, matchLeading, matchLeadingNoContent } from './cue.js';
import { classifySubject } from './subject.js';
import { tokensIn, topLevelCommas } from './tokens.js';
import { addParticiples, findCoordinatedCue, findParticiple, participleAt } from './participle.js';
import { pushIndirect } from './push.js';
import type { Candidate, Subject } from './types.js';

/** Words opening a clause or phrase that a reporter adds after an attribution: "..., X said, as Kyiv pleads for help". */
const TRAILING_ADJUNCT_OPENERS = new Set([
  'as',
  'while',
  'when',
  'after',
  'before',
  'because',
  'since',
  'amid',
  'following',
  'despite',
  'with',
  'in',
  'on',
  'at',
  'during',
  'where',
  'which',
  'who',
  'though',
  'although',
]);
const LEADING_COORDINATOR_RE = /^(?:But|And|Yet|Still|Now)\s+(?!that\b|so\b)/u;
/** Participles that report speech in a with-clause without a "that": "with X saying ...", "with X describing Y as Z". */
const WITH_CLAUSE_LEMMAS = new Set(['say', 'describe', 'call', 'add', 'argue', 'insist', 'claim', 'warn', 'tell']);
const RELATIVE_CUE_RE = /^,\s+(?:which|who)\s+(?:also\s+|has\s+|had\s+|have\s+)?(\p{Ll}+)\s+(?:that\s+)?/u;
const RELATIVE_START_RE = /^\s*(?:who|which|whose)\b/;

export const ACCORDING_START_RE = /^(?:[A-Z][a-z]+,\s+)?[Aa]ccording to\s+/;

/** Cheap pre-check: does the sentence contain any reporting cue at all? */
export function hasCueWord(p: string, s: number, e: number): boolean {
  for (const t of tokensIn(p, s, e)) {
    const w = t.text.toLowerCase();
    if (CUE_VERBS.has(w) || CUE_PARTICIPLES.has(w) || w === 'according') return true;
  }
  return false;
}

export function extractIndirect(
  p: string,
  para: number,
  ss: number,
  se: number,
  spans: QuoteSpan[],
  mask: Int32Array,
  mentions: Mention[],
  out: Candidate[],
): void {
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
        pushIndirect(p, para, xe + 1, se, { subject: subj, cue: 'according to', relay: null, end: xe }, spans, out, STATEMENT_CONFIDENCE.accordingToLeading);
        return;
      }
    }
  }
  // 2. "..., according to X[, ...]" (mid or end): the whole sentence is the statement.
  const accMid = /,\s*according to\s+/.exec(sentence);
  if (accMid) {
    const xs = ss + accMid.index + accMid[0].length;
    const xe = commas.find((c) => c > xs) ?? se - (p.charAt(se - 1) === '.' ? 1 : 0);
    const subj = classifySubject(p, xs, xe, mentions);
    // "..., according to police spokesperson X, who said officers had acted ...": the clause before is X's,
    // and so is the relative clause's content.
    const who = xe < se ? RELATIVE_CUE_RE.exec(p.slice(xe, Math.min(se, xe + 40))) : null;
    const whoLemma = who ? CUE_VERBS.get((who[1] ?? '').toLowerCase()) : undefined;
    if (subj && who && whoLemma !== undefined && CLAUSE_CUE_LEMMAS.has(whoLemma)) {
      const attr = { subject: subj, cue: 'according to', relay: null, end: xe };
      pushIndirect(p, para, ss, ss + accMid.index, attr, spans, out, STATEMENT_CONFIDENCE.accordingToTrailing);
      pushIndirect(p, para, xe + who[0].length, se, { ...attr, cue: who[1] ?? '' }, spans, out, STATEMENT_CONFIDENCE.relativeClause);
      return;
    }
    if (subj) {
      const clauseEnd = commas.find((c) => c > xs) !== undefined ? se : ss + accMid.index;
      pushIndirect(p, para, ss, clauseEnd, { subject: subj, cue: 'according to', relay: null, end: xe }, spans, out, STATEMENT_CONFIDENCE.accordingToTrailing);
      return;
    }
  }
  // 3. "As X stated [adjunct], CLAUSE."
  if (/^As\s/.test(sentence) && commas.length > 0) {
    const firstComma = commas[0] ?? se;
    const lead = matchAttribution(p, ss + 3, firstComma, mentions) ?? matchLeadingNoContent(p, ss + 3, firstComma, mentions);
    if (lead) {
      pushIndirect(p, para, firstComma + 1, se, lead, spans, out, STATEMENT_CONFIDENCE.asClause);
      return;
    }
  }
  // 3b. "CLAUSE, as X put it, CLAUSE." and "CLAUSE, as X said.": the as-clause attributes the clause beside it.
  for (let i = 0; i < commas.length; i++) {
    const at = commas[i] ?? ss;
    if (!/^,\s+as\s/.test(p.slice(at, at + 6))) continue;
    const next = commas[i + 1];
    let pe = next ?? se;
    while (pe > at && /[\s.!?]/.test(p.charAt(pe - 1))) pe--;
    const lead = matchAttribution(p, at + p.slice(at).indexOf('as') + 3, pe, mentions);
    if (!lead) continue;
    const before = p.slice(ss, at);
    // "Another theory is that, as X put it, ..." / "Indeed, as X said, ...": the clause after is the content;
    // "The plan, as X noted, was never funded": the sentence around the as-clause is.
    const [cs, ce] = next === undefined ? [ss, at] : /\bthat$/.test(before) || introBefore(p, ss, at) ? [next + 1, se] : [ss, se];
    pushIndirect(p, para, cs, ce, lead, spans, out, STATEMENT_CONFIDENCE.asClause);
    return;
  }
  // 4. "CLAUSE, SUBJ CUE [adjunct][, adding that ...]."
  for (let i = 0; i < commas.length; i++) {
    const segStart = (commas[i] ?? 0) + 1;
    // "..., the minister, who/which ..., said": the relative clause belongs to the subject.
    const nextSeg = commas[i + 1];
    const relative = nextSeg !== undefined && RELATIVE_START_RE.test(p.slice(nextSeg + 1, nextSeg + 12));
    const after = relative ? i + 3 : i + 1;
    const segEnd = commas[after] ?? se;
    let pe = segEnd;
    while (pe > segStart && /[\s.!?]/.test(p.charAt(pe - 1))) pe--;
    const attr = matchAttribution(p, segStart, pe, mentions);
    if (!attr) continue;
    const clauseStart = ss;
    const clauseEnd = commas[i] ?? ss;
    // A short clause before the attribution is content only when the sentence goes on after it ("The plan, Ruiz said, would ...").
    if (p.slice(clauseStart, clauseEnd).trim().split(/\s+/).length < 3 && commas[after] === undefined) break;
    // "X, he said, Y": the statement spans the whole sentence.
    const restStart = commas[after];
    let end = clauseEnd;
    if (restStart !== undefined) {
      const rest = p.slice(restStart + 1, se).trim();
      const firstWord = (rest.split(/\s+/)[0] ?? '').toLowerCase();
      const isApposition = attr.subject.type === 'person' && /^(?:a|an|the)?\s*\S*\s*\S*/.test(rest) && hasRoleHeadNear(rest);
      // ("..., the minister said on Tuesday, as Kyiv pleads for help": a subordinate clause after it is the reporter's.)
      if (!CUE_PARTICIPLES.has(firstWord) && !firstWord.endsWith('ing') && !isApposition && !TRAILING_ADJUNCT_OPENERS.has(firstWord)) end = se;
    }
    pushIndirect(p, para, clauseStart, end, attr, spans, out, STATEMENT_CONFIDENCE.cueAfterContent);
    // (From the segment's start: "..., the minister said on Tuesday urging a dialog" has its participle inside it.)
    addParticiples(p, para, segStart, se, attr, spans, out, mentions);
    return;
  }
  // 5. "SUBJ CUE [that] CONTENT.", also after an introductory phrase or a
  // fronted participle, and in a coordinated clause ("..., but Bento acknowledged ...").
  const firstComma = commas[0];
  const intro = firstComma !== undefined ? introBefore(p, ss, firstComma) : null;
  // "But the Russian leader said ...": a sentence-initial coordinator is not part of the subject.
  const subjStart = intro ? (firstComma ?? ss) + 1 : ss + (LEADING_COORDINATOR_RE.exec(sentence)?.[0].length ?? 0);
  for (const start of [subjStart, ...clauseStarts(p, subjStart, se, commas)]) {
    const lead = matchLeading(p, start, se, mentions);
    if (!lead) continue;
    const after = findParticiple(p, lead.contentStart, se);
    let ce = after ? after.at : se;
    const coordinated = findCoordinatedCue(p, lead.contentStart, ce);
    if (coordinated) ce = coordinated.at;
    if (lead.objectContent) ce = objectEnd(p, lead.contentStart, ce, commas);
    // "welcomed the minister's comments": the object names words said elsewhere, not what this speaker said.
    // ("tweeted his comments to his followers": a clause cue with such an object is no clause either.)
    if (namesWordsNotContent(p, lead.contentStart, ce, lead.objectContent) && !coordinated) return;
    if (!lead.topic) pushIndirect(p, para, lead.contentStart, ce, lead.attr, spans, out, STATEMENT_CONFIDENCE.cueBeforeContent);
    if (coordinated && !coordinated.boundary)
      pushIndirect(
        p,
        para,
        coordinated.contentStart,
        after ? after.at : se,
        { ...lead.attr, cue: coordinated.cue },
        spans,
        out,
        STATEMENT_CONFIDENCE.cueBeforeContent,
      );
    if (after) addParticiples(p, para, lead.contentStart, se, lead.attr, spans, out, mentions);
    if (intro?.participle && firstComma !== undefined) {
      pushIndirect(
        p,
        para,
        intro.participle.contentStart,
        firstComma,
        { ...lead.attr, cue: intro.participle.cue },
        spans,
        out,
        STATEMENT_CONFIDENCE.participle,
      );
    }
    return;
  }
  // 6a. "..., Ukraine, which says it expected more": a cue in a relative clause; its antecedent speaks.
  for (const c of commas) {
    const rel = RELATIVE_CUE_RE.exec(p.slice(c, Math.min(se, c + 40)));
    const lemma = rel ? CUE_VERBS.get((rel[1] ?? '').toLowerCase()) : undefined;
    if (!rel || lemma === undefined || !CLAUSE_CUE_LEMMAS.has(lemma)) continue;
    const subj = antecedent(p, subjStart, c, mentions);
    if (!subj) continue;
    const contentStart = c + rel[0].length;
    const contentEnd = commas.find((x) => x > contentStart + 8) ?? se;
    pushIndirect(
      p,
      para,
      contentStart,
      contentEnd,
      { subject: subj, cue: rel[1] ?? '', relay: null, end: contentStart },
      spans,
      out,
      STATEMENT_CONFIDENCE.relativeClause,
    );
    return;
  }
  // 6b. "..., with Menendez describing their talks as ...": an absolute clause with its own speaker.
  const toks = tokensIn(p, subjStart, se);
  for (let w = 0; w < toks.length - 2; w++) {
    if (toks[w]?.text !== 'with') continue;
    for (let i = w + 2; i <= Math.min(w + 6, toks.length - 1); i++) {
      const hit = participleAt(p, toks, i);
      const npEnd = toks[i - 1];
      const npStart = toks[w + 1];
      if (!hit || !npEnd || !npStart) continue;
      // "with Löfven announcing three new ministers" is an act, not a statement: a that-clause or a verb of saying.
      const lemma = CUE_PARTICIPLES.get((toks[i]?.text ?? '').toLowerCase()) ?? '';
      if (!hit.cue.endsWith(' that') && !WITH_CLAUSE_LEMMAS.has(lemma)) break;
      const subj = classifySubject(p, npStart.start, npEnd.end, mentions);
      if (subj?.type === 'person' || subj?.type === 'collective') {
        pushIndirect(
          p,
          para,
          hit.contentStart,
          se,
          { subject: subj, cue: hit.cue, relay: null, end: hit.contentStart },
          spans,
          out,
          STATEMENT_CONFIDENCE.participle,
        );
        return;
      }
      break;
    }
  }
  // 6. "SUBJ did X, saying ...": a participle of saying on a clause whose subject is a speaker.
  const part = findParticiple(p, subjStart, se);
  if (part) {
    const own = part.documentSubject ? classifySubject(p, part.documentSubject[0], part.documentSubject[1], mentions) : null;
    const subj = own ?? sentenceSubject(p, subjStart, part.at, mentions);
    if (subj)
      addParticiples(
        p,
        para,
        subjStart,
        se,
        { subject: subj, cue: part.cue, relay: null, end: part.at },
        spans,
        out,
        mentions,
        STATEMENT_CONFIDENCE.participleOnly,
      );
  }
}

/**
 * Where an object NP ends: before the first top-level comma or a trailing
 * time/occasion adjunct ("hailed X during a speech", "reported a loss on Thursday").
 */
function objectEnd(p: string, s: number, e: number, commas: number[]): number {
  let end = e;
  const comma = commas.find((c) => c > s && c < e);
  // "described Mr X, who was from Y, as a ...": a relative clause inside the object does not end it.
  if (comma !== undefined && !RELATIVE_START_RE.test(p.slice(comma + 1, comma + 12))) end = comma;
  const adjunct = OBJECT_TRAILING_ADJUNCT_RE.exec(p.slice(s, end));
  if (adjunct && adjunct.index > 0) end = s + adjunct.index;
  return end;
}

const OBJECT_TRAILING_ADJUNCT_RE = new RegExp(
  String.raw`\s(?:during|amid|(?:on|last|this) (?:${WEEKDAY_NAMES}|[A-Z][a-z]+ \d)|(?:at|in) (?:a|an|the|his|her|their|its) (?:speech|statement|news conference|press conference|briefing|meeting|interview|rally|address|post|video|session|hearing|summit)|(?:earlier|later) (?:on|this|that|in)|yesterday|today)\b`,
);

/** Words opening a prepositional or adverbial introduction ("In response to questions, ..."). */
const INTRO_MAX_WORDS = 8;

/**
 * An introduction before the first comma that is not the subject: an adverb
 * ("Earlier,"), a time or place phrase ("On Monday,", "In response to
 * questions,") or a fronted cue participle ("Underscoring X,").
 */
function introBefore(p: string, ss: number, comma: number): { participle: { contentStart: number; cue: string } | null } | null {
  const toks = tokensIn(p, ss, comma);
  const first = toks[0];
  if (!first) return null;
  // "Replying to reporters' queries about X and his talks with Y, Lajcak said": a fronted -ing phrase of any length.
  if (toks.length > INTRO_MAX_WORDS) {
    const noCue = !toks.some((t) => CUE_VERBS.has(t.text.toLowerCase()));
    const fronted = toks.length <= 30 && /^\p{Lu}\p{Ll}+ing$/u.test(first.text) && noCue;
    if (fronted) return { participle: first.text === 'Referring' ? null : participleAt(p, toks, 0) };
    // "In a post on her official Facebook page on Tuesday evening, she wrote ...": a long prepositional phrase.
    const prepositional = toks.length <= 20 && noCue && /^(?:In|On|At|During|After|Before|Speaking|Following|Later|Earlier|Addressing)$/.test(first.text);
    return prepositional ? { participle: null } : null;
  }
  const words = toks.map((t) => t.text.toLowerCase());
  if (words.some((w) => CUE_VERBS.has(w))) return null;
  const w0 = words[0] ?? '';
  const participle = participleAt(p, toks, 0);
  // "Referring to the recent case, X stated that ...": a fronted "referring to" names the topic, not what was said
  // (a trailing ", referring to X" does report it).
  if (participle) return { participle: w0 === 'referring' ? null : participle };
  if (toks.length <= 4 && (INTRO_WORDS.has(w0) || (toks.length === 1 && w0.endsWith('ly')))) return { participle: null };
  if (ADJUNCT_START.has(w0) && w0 !== 'the' && w0 !== 'a' && w0 !== 'an') return { participle: null };
  return null;
}

/** Starts of coordinated main clauses: after ", but", ", and", ", while", ";". */
function clauseStarts(p: string, s: number, e: number, commas: number[]): number[] {
  const out: number[] = [];
  for (const c of commas) {
    if (c < s) continue;
    const m = /^,\s+(?:but|and|while|whereas|though|although|yet)\s+/.exec(p.slice(c, c + 12));
    if (m) out.push(c + m[0].length);
  }
  for (let i = p.indexOf(';', s); i >= 0 && i < e; i = p.indexOf(';', i + 1)) out.push(i + 1);
  return out.sort((a, b) => a - b);
}

/** The speaker-like subject opening a clause ("Dr Gargash questioned ..."), or null. */
function sentenceSubject(p: string, s: number, e: number, mentions: Mention[]): Subject | null {
  const toks = tokensIn(p, s, e);
  for (let j = 1; j <= Math.min(8, toks.length - 1); j++) {
    const next = toks[j];
    const last = toks[j - 1];
    if (!next || !last || isCapitalised(next.text)) continue;
    const subj = classifySubject(p, s, last.end, mentions);
    if (subj && subj.type !== 'pronoun-plural') return subj;
    if (p.slice(last.end, next.start).trim() !== '') return null;
  }
  return null;
}

/** The speaker-like NP ending at `end` (the longest of its last one to six words that classifies), or null. */
function antecedent(p: string, s: number, end: number, mentions: Mention[]): Subject | null {
  const toks = tokensIn(p, s, end);
  let best: Subject | null = null;
  for (let n = 1; n <= Math.min(6, toks.length); n++) {
    const first = toks[toks.length - n];
    // The NP stops at a verb: "angered | the Water Ministry, which says".
    if (!first || /^\p{Ll}+ed$/u.test(first.text) || CLAUSE_AUXILIARIES.has(first.text) || CUE_VERBS.has(first.text)) break;
    const subj = classifySubject(p, first.start, end, mentions);
    if (subj && !subj.type.startsWith('pronoun')) best = subj;
  }
  return best;
}

export function hasRoleHeadNear(s: string): boolean {
  for (const w of s.split(/\s+/).slice(0, 6)) if (ROLE_HEADS.has(stripPossessive(w).toLowerCase().replace(/[,.]$/, ''))) return true;
  return false;
}

/** The content p[s, e) is an NP headed by a noun naming words or an act ("his comments to his followers"), not what was said. */
const TOPIC_NOUN_HINT_RE = /\b(?:comments?|remarks?|statements?|announcements?|words|speech(?:es)?|letter|messages?|posts?|tweets?|views)\b/i;

function namesWordsNotContent(p: string, s: number, e: number, object: boolean): boolean {
  if (!TOPIC_NOUN_HINT_RE.test(p.slice(s, Math.min(e, s + 80)))) return false;
  const words = p
    .slice(s, e)
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/[^\p{L}'’-]/gu, ''));
  const ppAt = words.findIndex((w, i) => i > 0 && PREPOSITIONS.has(w));
  const np = ppAt > 0 ? words.slice(0, ppAt) : words;
  if (np.length > 5 || !TOPIC_OBJECT_NOUNS.has(np[np.length - 1] ?? '')) return false;
  // After a clause cue only a possessive NP is surely no clause: "his comments to", not "the views of X are".
  return object || /^(?:his|her|their|its|our|my)$|['’]s$/.test(np[0] ?? '');
}

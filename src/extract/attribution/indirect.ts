/** Reported speech: "X said (that) ...", "..., X said", "according to X, ...", ", adding that ...". */
import { CUE_PARTICIPLES, CUE_VERBS } from '../data/cues.js';
import { ADJUNCT_START, INTRO_WORDS } from '../data/subjects.js';
import { ROLE_HEADS } from '../lexicon.js';
import type { Mention } from '../people.js';
import type { QuoteSpan } from '../quotes.js';
import { stripPossessive } from '../text.js';
import { matchAttribution, matchLeading, matchLeadingNoContent } from './cue.js';
import { classifySubject } from './subject.js';
import { tokensIn, topLevelCommas, trimSpan } from './tokens.js';
import type { Attribution, Candidate } from './types.js';

export const PARTICIPLE_RE = new RegExp(String.raw`(?:,|["”»])\s*(${[...CUE_PARTICIPLES.keys()].join('|')})\s+(that\s+)?`, 'g');

/** ", adding that ..." after an attribution: another indirect statement by the same speaker. */
export function addParticiples(p: string, para: number, from: number, to: number, attr: Attribution, spans: QuoteSpan[], out: Candidate[]): void {
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

export function pushIndirect(p: string, para: number, s: number, e: number, attr: Attribution, spans: QuoteSpan[], out: Candidate[], conf: number): void {
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

export const ACCORDING_START_RE = /^(?:[A-Z][a-z]+,\s+)?[Aa]ccording to\s+/;

/** Cheap pre-check: does the sentence contain any reporting cue at all? */
export function hasCueWord(p: string, s: number, e: number): boolean {
  for (const t of tokensIn(p, s, e)) {
    const w = t.text.toLowerCase();
    if (CUE_VERBS.has(w) || w === 'according') return true;
  }
  return false;
}

export function extractIndirect(p: string, para: number, ss: number, se: number, spans: QuoteSpan[], mask: Int32Array, mentions: Mention[], out: Candidate[]): void {
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
      if (!CUE_PARTICIPLES.has(firstWord) && !firstWord.endsWith('ing') && !isApposition) end = se;
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

export function hasRoleHeadNear(s: string): boolean {
  for (const w of s.split(/\s+/).slice(0, 6)) if (ROLE_HEADS.has(stripPossessive(w).toLowerCase().replace(/[,.]$/, ''))) return true;
  return false;
}

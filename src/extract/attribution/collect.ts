/** Attribution stage over a whole article: direct quotes per sentence, then reported speech. */
import { CUE_VERBS, inflect } from '../data/cues.js';
import { STATEMENT_CONFIDENCE } from '../data/confidence.js';
import type { Mention, PeopleResult } from '../people.js';
import { findQuotes, quoteMask, splitSentences, type QuoteSpan } from '../quotes.js';
import { tokenize } from '../text.js';
import { matchAttribution, matchPassiveAgent } from './cue.js';
import { classifySubject } from './subject.js';
import { extractIndirect } from './indirect.js';
import { addParticiples } from './participle.js';
import { topLevelCommas, trimSpan } from './tokens.js';
import type { Attribution, Candidate } from './types.js';

export function collectCandidates(paragraphs: string[], people: PeopleResult, datelineLength: number): Candidate[] {
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
      const directs: { q: QuoteSpan; attr: Attribution | null; before: boolean; colon: boolean }[] = [];
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
            after = matchAttribution(p, ps, pe, mentions) ?? matchPassiveAgent(p.slice(prevClose, Math.max(q.open, prevClose)), p, ps, pe, mentions);
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
          // 'the White House "underscored the importance of ..."': a quote opening on the subject's cue verb.
          if (!after && !before) before = quoteOpeningOnCue(p, prevClose, q, mentions);
          const initial = pre === '' || (qi > 0 && pre === ',');
          const innerWords = p.slice(q.innerStart, q.innerEnd).trim().split(/\s+/).length;
          if ((after && !preEndsWithThat) || before || (initial && (innerWords >= 3 || after !== null)) || /:$/.test(pre)) {
            const attr = after ?? before;
            directs.push({ q, attr, before: !!before, colon: /:$/.test(pre) });
            if (attr && !sentenceAttr) {
              sentenceAttr = attr;
              attrEnd = attr.end;
            }
          }
        });
      } else {
        for (const q of inSent) if (Math.max(q.open, 0) === ss) directs.push({ q, attr: null, before: false, colon: false });
      }
      // 'He said that X, and went on to remark: "..."': the words before an unattributed colon quote
      // are reported speech of their own, and their subject is the quote's speaker.
      const colonQuote = sentenceAttr ? undefined : directs.find((d) => d.colon && !d.attr && d.q.open > ss);
      if (colonQuote) {
        const cut = colonClauseStart(p, ss, colonQuote.q.open, mask);
        const first = candidates.length;
        extractIndirect(p, para, ss, cut.at, spans, mask, mentions, candidates);
        const lead = candidates[first]?.attr;
        if (lead) {
          if (cut.cue) colonQuote.attr = { ...lead, cue: cut.cue, end: colonQuote.q.open };
          else sentenceAttr = lead;
        }
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
          baseConfidence: d.attr
            ? STATEMENT_CONFIDENCE.quoteAttributed
            : sentenceAttr
              ? STATEMENT_CONFIDENCE.quoteSharesSentence
              : STATEMENT_CONFIDENCE.quoteBare,
        });
        paraCount++;
      }
      const sentAttr = sentenceAttr as Attribution | null;
      if (directs.length > 0) {
        if (sentAttr && attrEnd > 0) addParticiples(p, para, attrEnd, se, sentAttr, spans, candidates, mentions);
        continue;
      }
      if (se - ss > 4000) continue;
      extractIndirect(p, para, ss, se, spans, mask, mentions, candidates);
    }
  });
  return candidates;
}

/**
 * Where the clause introducing a colon quote starts, and its cue word if it has one:
 * "..., and went on to remark:" starts at its comma; "He said the plan failed:" has no clause of its own.
 */
function colonClauseStart(p: string, ss: number, open: number, mask: Int32Array): { at: number; cue: string | null } {
  const colon = p.lastIndexOf(':', open);
  const commas = topLevelCommas(p, ss, colon, mask);
  const last = commas[commas.length - 1];
  if (last !== undefined && /^,\s+(?:and|but|then|before|later)\s/.test(p.slice(last, last + 10))) {
    const cue = tokenize(p.slice(last, colon)).find((t) => CUE_VERBS.has(t.text.toLowerCase()));
    if (cue) return { at: last, cue: cue.text };
  }
  return { at: colon, cue: null };
}

/** The subject right before a quote whose first word is a past-tense cue ('the ministry "rejected the claims"'), as its attribution. */
function quoteOpeningOnCue(p: string, from: number, q: QuoteSpan, mentions: Mention[]): Attribution | null {
  const first = /^\p{Ll}+/u.exec(p.slice(q.innerStart, q.innerStart + 20))?.[0];
  const lemma = first === undefined ? undefined : CUE_VERBS.get(first);
  if (lemma === undefined || inflect(lemma).past !== first || q.open <= from) return null;
  const pre = p.slice(from, q.open);
  const np = Math.max(pre.lastIndexOf(','), pre.lastIndexOf(';')) + 1;
  const subject = classifySubject(p, from + np, q.open, mentions);
  return subject && !subject.type.startsWith('pronoun-') ? { subject, cue: first, relay: null, end: q.open } : null;
}

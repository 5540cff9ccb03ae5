/** One reported-speech candidate from a content span: trimmed, quoted fragments kept. */
import type { QuoteSpan } from '../quotes.js';
import { trimSpan } from './tokens.js';
import type { Attribution, Candidate } from './types.js';

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

// How the evaluation compares extracted text with annotated text: the matching rules of the corpus
// README (../shared/corpus/README.md), written so its figures agree exactly with the reference scorer.

/** Case, diacritics, quote styles and hyphens/dashes folded; whitespace collapsed. Punctuation stays. */
export function fold(value: string | null | undefined): string {
  return (value ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u00ab\u00bb]/g, '"')
    .replace(/[\u2010-\u2015-]/g, ' ')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** The folded words of a text: letters, digits and apostrophes; every other character separates words. */
export function words(value: string | null | undefined): string[] {
  return fold(value)
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .split(' ')
    .filter((word) => word !== '');
}

/** A name as compared: its folded words ("Kim Jong-un" and "kim jong un" are one key). */
export function nameKey(name: string): string {
  return words(name).join(' ');
}

/** F1 of the two texts' word multisets; 0 when either has no word. */
export function tokenF1(a: string, b: string): number {
  const wordsA = words(a);
  const wordsB = words(b);
  if (wordsA.length === 0 || wordsB.length === 0) return 0;
  const left = new Map<string, number>();
  for (const word of wordsB) left.set(word, (left.get(word) ?? 0) + 1);
  let common = 0;
  for (const word of wordsA) {
    const n = left.get(word) ?? 0;
    if (n > 0) {
      common++;
      left.set(word, n - 1);
    }
  }
  if (common === 0) return 0;
  const precision = common / wordsA.length;
  const recall = common / wordsB.length;
  return (2 * precision * recall) / (precision + recall);
}

/** Two statements are the same remark when their texts' token F1 reaches this. */
export const MATCH_THRESHOLD = 0.5;

export interface Pair {
  predicted: number;
  gold: number;
  f1: number;
}

/**
 * One-to-one pairing of predicted with gold texts: every pair at or above the threshold, best first,
 * each text used once. Equal scores keep the order predicted-then-gold, so the result is deterministic.
 */
export function pairBestFirst(predicted: readonly string[], gold: readonly string[]): Pair[] {
  const candidates: Pair[] = [];
  predicted.forEach((p, i) =>
    gold.forEach((g, j) => {
      const f1 = tokenF1(p, g);
      if (f1 >= MATCH_THRESHOLD) candidates.push({ predicted: i, gold: j, f1 });
    }),
  );
  candidates.sort((a, b) => b.f1 - a.f1); // stable: ties stay in predicted-then-gold order
  const usedPredicted = new Set<number>();
  const usedGold = new Set<number>();
  const pairs: Pair[] = [];
  for (const c of candidates) {
    if (usedPredicted.has(c.predicted) || usedGold.has(c.gold)) continue;
    usedPredicted.add(c.predicted);
    usedGold.add(c.gold);
    pairs.push(c);
  }
  return pairs;
}

// Folding and word splitting shared by storage and queries, so both sides agree on what a word is.

/** Case and diacritics folded, hyphens and apostrophes as spaces, whitespace collapsed. */
export function foldText(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[-‐‑‒–—'’`´]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

// Words too common to narrow a search; they are neither stored as terms nor required by `q`.
const STOPWORDS = new Set(
  (
    'a an and are as at be been but by for from had has have he her his i in is it its of on or our she that the their them they ' +
    'this to was we were which who will with you'
  ).split(' '),
);

/** The distinct folded words of a text (letters and digits), stopwords left out. */
export function searchTerms(value: string): string[] {
  const terms = new Set<string>();
  for (const word of foldText(value).split(/[^\p{L}\p{N}]+/u)) {
    if (word && !STOPWORDS.has(word)) terms.add(word);
  }
  return [...terms];
}

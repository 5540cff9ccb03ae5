/** A word list written as one '|'-separated string (easy to read and extend), as a set of its trimmed entries. */
export const wordSet = (words: string): Set<string> =>
  new Set(
    words
      .split('|')
      .map((w) => w.trim())
      .filter(Boolean),
  );

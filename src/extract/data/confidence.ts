/**
 * The confidence given to each pattern, in one place. A statement's
 * confidence is the lower of how sure the pattern is that this is a
 * statement (STATEMENT_CONFIDENCE) and how sure the resolution is of its
 * speaker (SPEAKER_CONFIDENCE).
 */

/** How sure a pattern is that a span is a statement. */
export const STATEMENT_CONFIDENCE = {
  /** '"...," he said' — a quote with its own attribution. */
  quoteAttributed: 0.95,
  /** A second quote sharing the sentence's attribution. */
  quoteSharesSentence: 0.9,
  /** A quote with no attribution in its sentence. */
  quoteBare: 0.7,
  /** "According to X, CLAUSE." */
  accordingToLeading: 0.85,
  /** "CLAUSE, according to X." */
  accordingToTrailing: 0.8,
  /** "As X said, CLAUSE." */
  asClause: 0.85,
  /** "CLAUSE, X said." */
  cueAfterContent: 0.9,
  /** "X said (that) CLAUSE." / "X highlighted NP." */
  cueBeforeContent: 0.85,
  /** ", adding that ..." / "Underscoring X, he said". */
  participle: 0.85,
  /** "X did Y, saying ..." — the participle hangs on a clause that is not itself a statement. */
  participleOnly: 0.75,
  /** "Ukraine, which says it expected more": the speaker is the relative clause's antecedent. */
  relativeClause: 0.75,
} as const;

/** How sure the resolution is of the speaker. */
export const SPEAKER_CONFIDENCE = {
  named: 0.95,
  pronounContinuingSpeaker: 0.85,
  pronounNearestName: 0.6,
  unresolved: 0.3,
  pluralPronoun: 0.5,
  roleNounMatched: 0.8,
  roleNounGuessed: 0.5,
  roleNounUnmatched: 0.6,
  indefiniteRole: 0.75,
  organisation: 0.8,
  /** A bare quote sharing the attribution of another in its sentence. */
  sharedSentence: 0.9,
  /** A quote continued from the previous paragraph. */
  continuedQuote: 0.85,
  /** A bare quote after an attributed one in the same paragraph. */
  sameParagraph: 0.8,
  /** A bare quote before an attributed one in the same paragraph. */
  laterInParagraph: 0.8,
  /** A quote-only paragraph: the last speaker goes on. */
  quoteParagraph: 0.65,
  quoteInParagraph: 0.5,
  /** "a Russian expert said ..." resolved by a name given later. */
  cataphora: 0.7,
} as const;

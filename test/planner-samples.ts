// The filter values the planner check exercises on the five seed articles (seed/articles/).
import type { Samples } from './helpers/planner-routes.js';

export const SEED_SAMPLES: Samples = {
  speaker: 'Antonov',
  otherSpeaker: 'Putin',
  mentions: 'Kim%20Jong%20Un',
  word: 'sanctions',
  outlet: 'TASS',
  role: 'ambassador',
  affiliation: 'russia',
  namePrefix: 'kir',
  person: 'Putin',
};

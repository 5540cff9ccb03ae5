/**
 * Reporting verbs (cues) as a table of lemmas; every inflected form is
 * generated from the lemma (regular English morphology, irregular forms
 * listed). To add a cue verb, add its lemma to the list for what it takes
 * as its complement; give irregular forms in IRREGULAR_FORMS.
 */

const words = (s: string): string[] =>
  s
    .split('|')
    .map((w) => w.trim())
    .filter(Boolean);

/**
 * Verbs of saying whose complement is a reported clause ("she said (that)
 * ..."), that stand alone after a quote ('..., he said') and invert ('said X').
 */
const CLAUSE_CUES = words(
  'say|put it|tell|note|stress|add|insist|state|claim|argue|warn|explain|emphasize|emphasise|recall|deny|affirm|assert|' +
    'acknowledge|admit|announce|declare|suggest|comment|remark|observe|underline|underscore|reiterate|confirm|assure|' +
    'complain|write|tweet|post|reply|respond|answer|conclude|predict|estimate|believe|think|consider|maintain|contend|' +
    'counter|reveal|disclose|allege|mention|indicate|clarify|specify|caution|vow|pledge|promise|signal|hint|concede|' +
    'opine|recount|reckon|advise|reassure|inform|remind|lament|charge|agree|continue|report|feel|expect|hope|doubt',
);

/**
 * Verbs whose direct object is itself the reported content ("he highlighted
 * the importance of ...", "Putin hailed the overtures", "denied the claims").
 */
const OBJECT_CUES = words(
  'refer to|recall|highlight|hail|underscore|stress|emphasize|emphasise|deny|reject|dismiss|condemn|denounce|criticize|criticise|praise|' +
    'welcome|applaud|cite|describe|label|reiterate|announce|declare|express|voice|urge|accuse|propose|demand|rule|reaffirm|' +
    'acknowledge|stipulate|call for|point to|point out|draw attention to|report|confirm',
);

/** Verbs whose to-infinitive is the content ("vowed to continue", "urged Russia to ..."). */
const INFINITIVE_CUES = words('vow|pledge|promise|threaten|urge|call on|appeal to|ask|offer|refuse|decline|agree');

/**
 * Forms that are also common nouns ("the report", "a claim", "the state"),
 * kept out of the finite-verb forms that may stand after a subject; their
 * past and -ing forms still count.
 */
const NOUN_LIKE_FORMS = new Set(
  words(
    'report|claim|state|comment|answer|post|estimate|promise|note|reply|charge|signal|hint|doubt|hope|counter|pledge|vow|' +
      'demand|call|rule|label|voice|express|offer|point|welcome|praise|rule|continue|feel|consider|think|expect|write|tell|' +
      'cite|alleges|reports|signals|hints|doubts|hopes|counters|pledges|vows|demands|calls|rules|labels|voices|offers|' +
      'points|welcomes|praises|answers|posts|estimates|promises|replies|charges|comments|continues|remark|remarks',
  ),
);

/** Irregular past forms (simple past = participle for all reporting verbs we list). */
const IRREGULAR_PAST: Record<string, string> = {
  say: 'said',
  tell: 'told',
  write: 'wrote',
  think: 'thought',
  feel: 'felt',
  draw: 'drew',
  hold: 'held',
  speak: 'spoke',
  put: 'put',
};
const IRREGULAR_PARTICIPLE: Record<string, string> = { write: 'written', draw: 'drawn', speak: 'spoken' };
/** Final consonants doubled before -ed/-ing (stressed final syllable). */
const DOUBLES_FINAL = new Set(['admit', 'commit', 'refer', 'regret', 'omit', 'prefer']);

export interface VerbForms {
  lemma: string;
  third: string;
  past: string;
  participle: string;
  ing: string;
}

/** Regular English inflection of a one-word verb lemma. */
export function inflect(lemma: string): VerbForms {
  const vowelY = /[aeiou]y$/.test(lemma);
  const third = /(?:s|sh|ch|x|z|o)$/.test(lemma) ? `${lemma}es` : lemma.endsWith('y') && !vowelY ? `${lemma.slice(0, -1)}ies` : `${lemma}s`;
  const stem = DOUBLES_FINAL.has(lemma) ? lemma + lemma.slice(-1) : lemma;
  const regularPast = lemma.endsWith('e') ? `${lemma}d` : lemma.endsWith('y') && !vowelY ? `${lemma.slice(0, -1)}ied` : `${stem}ed`;
  const ing = lemma.endsWith('ie') ? `${lemma.slice(0, -2)}ying` : lemma.endsWith('e') && !lemma.endsWith('ee') ? `${lemma.slice(0, -1)}ing` : `${stem}ing`;
  const past = IRREGULAR_PAST[lemma] ?? regularPast;
  return { lemma, third, past, participle: IRREGULAR_PARTICIPLE[lemma] ?? past, ing };
}

const firstWord = (phrase: string): string => phrase.split(' ')[0] ?? phrase;

function formsOf(lemmas: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const phrase of lemmas) {
    const f = inflect(firstWord(phrase));
    for (const w of [f.lemma, f.third, f.past, f.participle]) if (!NOUN_LIKE_FORMS.has(w) || w === f.past) out.set(w, f.lemma);
  }
  return out;
}

/** Finite forms (said, says, say, added) of every cue verb → lemma. */
export const CUE_VERBS: ReadonlyMap<string, string> = new Map([
  ...formsOf(CLAUSE_CUES),
  ...formsOf(OBJECT_CUES),
  ...formsOf(INFINITIVE_CUES),
  // "was quoted as saying", "quoted X as saying".
  ...formsOf(['quote']),
  // Said of reports and reporters only: "the Times reported", "CNN reports".
  ['reported', 'report'],
  ['reports', 'report'],
]);

/** -ing forms of every cue verb → lemma ("adding", "urging", "highlighting"). */
export const CUE_PARTICIPLES: ReadonlyMap<string, string> = new Map(
  [...CLAUSE_CUES, ...OBJECT_CUES, ...INFINITIVE_CUES].map((c) => [inflect(firstWord(c)).ing, firstWord(c)]),
);

export const CLAUSE_CUE_LEMMAS: ReadonlySet<string> = new Set(CLAUSE_CUES);
export const OBJECT_CUE_LEMMAS: ReadonlySet<string> = new Set(OBJECT_CUES.map(firstWord));
export const INFINITIVE_CUE_LEMMAS: ReadonlySet<string> = new Set(INFINITIVE_CUES.map(firstWord));

/** Participles that name evidence or a state of mind rather than a statement: ", citing officials". */
export const PARTICIPLE_NOT_STATEMENT = new Set(
  words('put|cite|quote|report|continue|feel|consider|expect|hope|doubt|think|believe|agree|offer|refuse|decline|ask|post|write|respond|answer|reply|counter'),
);

/**
 * "declined to comment", "refused to say whether", "declined to give a date": a refusal to speak reports
 * nothing. The verbs after "declined to"/"refused to" that make it one.
 */
export const WITHHELD_SPEECH_VERBS = new Set(
  words(
    'comment|say|give|elaborate|discuss|confirm|specify|answer|disclose|reveal|name|provide|detail|speculate|respond|be|identify|' +
      'tell|explain|share|release|offer|address|reply|put|talk|speak|expand|divulge|go',
  ),
);
export const REFUSAL_LEMMAS = new Set(['decline', 'refuse']);

/**
 * Object heads that name someone's words rather than give content: "welcomed the minister's comments",
 * "tweeted his comments to his followers" ("praised the plan" does give an opinion: not listed).
 */
export const TOPIC_OBJECT_NOUNS = new Set(
  words(
    'comment|comments|remark|remarks|statement|statements|announcement|announcements|words|speech|speeches|letter|message|messages|post|posts|tweet|tweets|views',
  ),
);

/** Multi-word cues: lemma of the first word → the words that must follow it. */
export const PHRASAL_CUES: Readonly<Record<string, readonly string[][]>> = {
  point: [['out'], ['to']],
  draw: [['attention', 'to']],
  call: [['for'], ['on']],
  refer: [['to']],
  appeal: [['to']],
  // Only in an as-clause: "as X put it, ...".
  put: [['it']],
};

/**
 * Cue forms that need more than a subject: "quoted X as saying", "told
 * reporters", "asked (whether)", "called for". A bare "X agreed." is no statement.
 */
export const CUE_NEEDS_PHRASE = new Set(
  words(
    'point|draw|quote|cite|call|ask|accuse|reject|dismiss|report|expect|hope|doubt|feel|continue|agree|demand|promise|pledge|vow|rule|describe|label|offer|refuse|decline|threaten|propose|express|voice|welcome|praise|condemn|denounce|criticize|criticise|applaud|hail|highlight|stipulate',
  ),
);

/** Objects of "told" that make "told X" a cue. Proper-noun objects are accepted too. */
export const TOLD_OBJECTS = new Set(
  words(
    'reporters|journalists|the press|press|media|the media|a briefing|lawmakers|parliament|the audience|an audience|the conference|' +
      'a conference|a news conference|a press conference|us|me|him|her|them|the newspaper|the channel|the agency|a reporter|' +
      'the broadcaster|state media|state television|the station|investors|analysts|supporters|the crowd|delegates|the committee|' +
      'the court|the hearing|the meeting|the summit|the forum|the nation|the country|the public|listeners|viewers|readers',
  ),
);

/** Adverbs/auxiliaries allowed between subject and cue verb. */
export const CUE_ADVERBS = new Set(
  words(
    'also|has|have|had|repeatedly|previously|earlier|later|then|again|once|already|further|recently|reportedly|openly|publicly|' +
      'bluntly|firmly|clearly|explicitly|frequently|often|always|never|just|only|separately|subsequently|meanwhile|too|was|were|is|' +
      'would|will|could|may|might|did|does|do|even|strongly|personally|earlier,|however|in|turn|quickly|categorically|flatly|' +
      'mainly|largely|specifically|sharply|angrily|emphatically|insistently|privately|formally|officially|swiftly|immediately|' +
      'and|vehemently|strenuously|forcefully|loudly|quietly|directly|indirectly|simply|finally|first|initially|herself|himself|themselves|itself',
  ),
);

/**
 * Auxiliaries and copulas: after a cue they open a reported clause ("said the plan had failed"),
 * which an adjunct ("said the day before") never contains.
 */
export const CLAUSE_AUXILIARIES = new Set(
  words('is|are|was|were|be|been|has|have|had|will|would|shall|should|can|could|may|might|must|did|does|do|wants|wanted|needs|needed'),
);

/**
 * Verbs of judging whose passive names the speaker in a by-phrase:
 * 'The plan was described as "reckless" by Senator Doe.'
 */
export const PASSIVE_AGENT_CUES: ReadonlyMap<string, string> = new Map(
  words(
    'describe|criticise|criticize|call|brand|label|dub|condemn|hail|praise|slam|denounce|dismiss|characterise|characterize|term|' +
      'decry|welcome|reject|blast|deride|lambast|lambaste|attack|quote|cite',
  ).map((lemma) => [inflect(lemma).participle, lemma]),
);

/** Verbs of saying with a hearer before the clause: "reassuring his nation that ...", "told aides that ...". */
export const HEARER_CUE_LEMMAS = new Set(words('reassure|assure|inform|remind|warn|tell|advise|promise'));

/** Things that say what they contain: "issued a statement saying ...", "posted a video urging ...". */
export const DOCUMENT_NOUNS = new Set(
  words('statement|release|note|memo|letter|communique|communiqué|tweet|post|video|message|notice|filing|report|readout|email|e-mail'),
);

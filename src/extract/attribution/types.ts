/** Candidate statements as the attribution stage finds them, before speakers are resolved. */

export type SubjectType = 'person' | 'pronoun' | 'pronoun-plural' | 'role' | 'role-new' | 'collective';

export interface Subject {
  type: SubjectType;
  text: string;
  start: number;
  personId?: number;
  head?: string;
  cataphoric?: boolean;
  /** A role noun with a determiner or a proper possessive that picks one person: "the foreign minister of X", "Slovakia's top diplomat". */
  definite?: boolean;
}

export interface Attribution {
  subject: Subject;
  cue: string;
  /** Relaying source in "X quoted Y as saying". */
  relay: string | null;
  /** Absolute end of the attribution phrase in the paragraph. */
  end: number;
}

export interface Candidate {
  para: number;
  start: number;
  end: number;
  kind: 'direct' | 'indirect';
  attr: Attribution | null;
  /** Bare quote sharing the attribution of another quote in the same sentence. */
  sentenceAttr: Attribution | null;
  fragments: string[];
  continues: boolean;
  chain: number;
  paraInitial: boolean;
  baseConfidence: number;
}

export interface RawStatement {
  speakerId: number | null;
  speakerMention: string | null;
  source: string | null;
  kind: 'direct' | 'indirect';
  cue: string | null;
  para: number;
  start: number;
  end: number;
  confidence: number;
  fragments: string[];
  continues: boolean;
}

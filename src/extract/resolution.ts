/** Resolution stage: who is the speaker of each candidate (names, pronouns, role nouns, continued quotes). */
import type { Attribution, Candidate, RawStatement } from './attribution/types.js';
import { SPEAKER_CONFIDENCE } from './data/confidence.js';
import { CATAPHORIC_ROLE_NOUNS, ROLE_NOUN_SYNONYMS } from './data/roles.js';
import { personGenders, pronounGender } from './gender.js';
import { addRole, type PeopleResult, type PersonRecord } from './people.js';

export interface ResolveState {
  lastSpeaker: number | null;
  lastSource: string | null;
}

export interface Resolved {
  speakerId: number | null;
  mention: string | null;
  source: string | null;
  confidence: number;
  cataphoric: boolean;
  named: boolean;
}

export function resolveSpeakers(cands: Candidate[], paragraphs: string[], people: PeopleResult): RawStatement[] {
  cands.sort((a, b) => a.para - b.para || a.start - b.start);
  // Drop duplicates/overlaps (same span found twice).
  const uniq: Candidate[] = [];
  for (const c of cands) {
    const prev = uniq[uniq.length - 1];
    if (prev && prev.para === c.para && c.start < prev.end && c.kind === prev.kind) continue;
    uniq.push(c);
  }
  const state: ResolveState = { lastSpeaker: null, lastSource: null };
  // Computed on the first pronoun that needs it: most statements are named.
  let genders: Map<number, 'f' | 'm'> | null = null;
  const genderOf = (id: number): 'f' | 'm' | undefined => (genders ??= personGenders(paragraphs, people)).get(id);
  const out: RawStatement[] = [];
  const pending: { idx: number; para: number; roleText: string; definite: boolean; head: string }[] = [];

  /** The person mentioned last before `pos` (within three paragraphs), of a gender that does not contradict `gender`. */
  const lastMentionBefore = (para: number, pos: number, gender: 'f' | 'm' | null = null): number | null => {
    for (let q = para; q >= 0 && q >= para - 3; q--) {
      const ms = people.byPara[q] ?? [];
      for (let i = ms.length - 1; i >= 0; i--) {
        const m = ms[i];
        if (gender !== null && m && (genderOf(m.personId) ?? gender) !== gender) continue;
        if (m && (q < para || m.start < pos)) return m.personId;
      }
    }
    return null;
  };

  /**
   * The person whose name (after at most a title) opens the sentence before the one at `pos` in paragraph `para`:
   * the topic a pronoun subject continues ("Zelenskiy thanked Germany. \"...,\" he said").
   */
  const sentenceSubjectBefore = (para: number, pos: number): number | null => {
    const text = paragraphs[para] ?? '';
    const ends: number[] = [];
    for (const m of text.slice(0, pos).matchAll(/[.!?]["”’]?\s+/g)) ends.push(m.index + m[0].length);
    const cur = ends[ends.length - 1];
    if (cur === undefined) return null;
    const prev = ends[ends.length - 2] ?? 0;
    const first = (people.byPara[para] ?? []).find((m) => m.start >= prev && m.start < cur);
    // ("Venkataraman's colleague, Gregory Ashby-Nwosu, noted ...": a possessive name is not the subject.)
    if (!first || /^['’]s?\b/.test(text.slice(first.end, first.end + 2))) return null;
    return /^(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}$/u.test(text.slice(prev, first.start)) ? first.personId : null;
  };

  /** The person mentioned most before p[para] at pos, when strictly more often than anyone else (and at least twice). */
  const salientBefore = (para: number, pos: number): number | null => {
    const counts = new Map<number, number>();
    for (const m of people.mentions) {
      if (m.para > para || (m.para === para && m.start >= pos)) break;
      counts.set(m.personId, (counts.get(m.personId) ?? 0) + 1);
    }
    const ranked = [...counts].sort((a, b) => b[1] - a[1]);
    const [top, second] = ranked;
    return top && top[1] >= 2 && (!second || top[1] > second[1]) ? top[0] : null;
  };

  /** The person a role noun refers back to: the speaker going on if their role matches, the only match, or the most recently mentioned match. */
  const personWithRole = (head: string, para: number, pos: number, required: readonly string[] = []): number | null => {
    const syn = ROLE_NOUN_SYNONYMS[head] ?? [head];
    const matches = people.persons.filter((pr) => {
      const roles = [...pr.roles, ...pr.rolesAsWritten].map((r) => r.toLowerCase());
      return roles.some((r) => syn.some((s) => r.includes(s))) && required.every((w) => roles.some((r) => r.includes(w)));
    });
    if (state.lastSpeaker !== null && matches.some((m) => m.id === state.lastSpeaker)) return state.lastSpeaker;
    if (matches.length === 1) return matches[0]?.id ?? null;
    // Most recently mentioned matching person.
    for (let q = para; q >= 0 && matches.length > 1; q--) {
      const ms = people.byPara[q] ?? [];
      for (let i = ms.length - 1; i >= 0; i--) {
        const m = ms[i];
        if (m && (q < para || m.start < pos) && matches.some((x) => x.id === m.personId)) return m.personId;
      }
    }
    return null;
  };

  /** "as the president released a video ..." before "President Volodymyr Zelensky" is named: the next person with that role, within a paragraph. */
  const nextPersonWithRole = (head: string, para: number, pos: number): number | null => {
    const syn = ROLE_NOUN_SYNONYMS[head] ?? [head];
    for (let q = para; q <= para + 1; q++) {
      for (const m of people.byPara[q] ?? []) {
        if (q === para && m.start < pos) continue;
        const pr = people.persons[m.personId];
        if (pr && [...pr.roles, ...pr.rolesAsWritten].some((r) => syn.some((x) => r.toLowerCase().includes(x)))) return m.personId;
      }
    }
    return null;
  };

  const resolveAttr = (a: Attribution, para: number): Resolved => {
    const subj = a.subject;
    const relay = a.relay;
    switch (subj.type) {
      case 'person':
        return { speakerId: subj.personId ?? null, mention: subj.text, source: relay, confidence: SPEAKER_CONFIDENCE.named, cataphoric: false, named: true };
      case 'pronoun': {
        // 'Zelenskiy thanked Germany in his address. "Every system saves lives," he said.': the person opening the
        // previous sentence of the same paragraph is the topic a pronoun continues, before the last speaker.
        let id = sentenceSubjectBefore(para, subj.start) ?? state.lastSpeaker ?? lastMentionBefore(para, subj.start);
        // "She said" after a man spoke or was named: the nearest person before it who may be a "she".
        const g = pronounGender(subj.text);
        if (id !== null && g !== null && (genderOf(id) ?? g) !== g) id = lastMentionBefore(para, subj.start, g) ?? id;
        return {
          speakerId: id,
          mention: subj.text,
          source: relay,
          confidence:
            id === null
              ? SPEAKER_CONFIDENCE.unresolved
              : state.lastSpeaker !== null
                ? SPEAKER_CONFIDENCE.pronounContinuingSpeaker
                : SPEAKER_CONFIDENCE.pronounNearestName,
          cataphoric: false,
          named: false,
        };
      }
      case 'pronoun-plural':
        return {
          speakerId: null,
          mention: subj.text,
          source: state.lastSource ?? subj.text,
          confidence: SPEAKER_CONFIDENCE.pluralPronoun,
          cataphoric: false,
          named: false,
        };
      case 'role': {
        const id = personWithRole(subj.head ?? '', para, subj.start);
        if (id !== null)
          return { speakerId: id, mention: subj.text, source: relay, confidence: SPEAKER_CONFIDENCE.roleNounMatched, cataphoric: false, named: false };
        const next = state.lastSpeaker === null ? nextPersonWithRole(subj.head ?? '', para, subj.start) : null;
        if (next !== null)
          return { speakerId: next, mention: subj.text, source: relay, confidence: SPEAKER_CONFIDENCE.cataphora, cataphoric: false, named: false };
        if (state.lastSpeaker !== null)
          return {
            speakerId: state.lastSpeaker,
            mention: subj.text,
            source: relay,
            confidence: SPEAKER_CONFIDENCE.roleNounGuessed,
            cataphoric: false,
            named: false,
          };
        return { speakerId: null, mention: subj.text, source: subj.text, confidence: SPEAKER_CONFIDENCE.roleNounUnmatched, cataphoric: false, named: false };
      }
      case 'role-new': {
        if (subj.definite) {
          // "the foreign minister of Slovakia said": the person whose role matches, or the speaker going on
          // when they have no role to contradict it; in the lede, before anyone is named, the next named speaker.
          const id = personWithRole(subj.head ?? '', para, subj.start, properWords(subj.text, subj.head ?? ''));
          if (id !== null)
            return { speakerId: id, mention: subj.text, source: relay, confidence: SPEAKER_CONFIDENCE.roleNounMatched, cataphoric: false, named: false };
          // "The skip, a 34-year-old physiotherapist, said": a role no one was given is the story's main person's,
          // the one named most so far (when one is named more than any other), else the speaker going on.
          const main = salientBefore(para, subj.start);
          const mainPerson = main === null ? undefined : people.persons[main];
          if (mainPerson && mainPerson.roles.length === 0)
            return { speakerId: main, mention: subj.text, source: relay, confidence: SPEAKER_CONFIDENCE.roleNounGuessed, cataphoric: false, named: false };
          const last = state.lastSpeaker === null ? undefined : people.persons[state.lastSpeaker];
          if (last && last.roles.length === 0)
            return { speakerId: last.id, mention: subj.text, source: relay, confidence: SPEAKER_CONFIDENCE.roleNounGuessed, cataphoric: false, named: false };
          const first = people.mentions[0];
          if (!first || first.para > para || (first.para === para && first.start > subj.start)) {
            return { speakerId: null, mention: subj.text, source: subj.text, confidence: SPEAKER_CONFIDENCE.indefiniteRole, cataphoric: true, named: false };
          }
        }
        return {
          speakerId: null,
          mention: subj.text,
          source: subj.text,
          confidence: SPEAKER_CONFIDENCE.indefiniteRole,
          cataphoric: !!subj.cataphoric,
          named: false,
        };
      }
      case 'collective':
        return { speakerId: null, mention: subj.text, source: subj.text, confidence: SPEAKER_CONFIDENCE.organisation, cataphoric: false, named: false };
    }
  };

  const chainAttr = new Map<number, Candidate>();
  for (const c of uniq) if (c.chain >= 0 && c.attr && !chainAttr.has(c.chain)) chainAttr.set(c.chain, c);

  // Next attributed direct quote in the same paragraph, per candidate (linear precompute).
  const nextAttributed: (Candidate | undefined)[] = new Array<Candidate | undefined>(uniq.length);
  let carry: Candidate | undefined;
  for (let i = uniq.length - 1; i >= 0; i--) {
    const c = uniq[i];
    const nextC = uniq[i + 1];
    if (!c) continue;
    if (nextC && nextC.para !== c.para) carry = undefined;
    nextAttributed[i] = carry;
    if (c.kind === 'direct' && c.attr) carry = c;
  }
  let lastInPara: RawStatement | undefined;
  const chainSpeaker = new Map<number, RawStatement>();

  uniq.forEach((c, idx) => {
    if (lastInPara && lastInPara.para !== c.para) lastInPara = undefined;
    let r: Resolved;
    let cue: string | null = c.attr?.cue ?? null;
    if (c.attr) r = resolveAttr(c.attr, c.para);
    else if (c.sentenceAttr) {
      r = resolveAttr(c.sentenceAttr, c.para);
      cue = c.sentenceAttr.cue;
      r.confidence = Math.min(r.confidence, SPEAKER_CONFIDENCE.sharedSentence);
    } else {
      const chained = c.chain >= 0 ? chainAttr.get(c.chain) : undefined;
      const prevSame = lastInPara;
      const prevChain = c.chain >= 0 ? chainSpeaker.get(c.chain) : undefined;
      if (prevChain && !chained?.attr) {
        // A quote continued from the previous paragraph keeps its speaker.
        r = {
          speakerId: prevChain.speakerId,
          mention: prevChain.speakerMention,
          source: prevChain.source,
          confidence: Math.min(prevChain.confidence, SPEAKER_CONFIDENCE.continuedQuote),
          cataphoric: false,
          named: false,
        };
        cue = prevChain.cue;
      } else if (chained?.attr) {
        r = resolveAttr(chained.attr, chained.para);
        cue = chained.attr.cue;
        r.confidence = Math.min(r.confidence, SPEAKER_CONFIDENCE.continuedQuote);
      } else if (prevSame && (prevSame.speakerId !== null || prevSame.source)) {
        r = {
          speakerId: prevSame.speakerId,
          mention: prevSame.speakerMention,
          source: prevSame.source,
          confidence: SPEAKER_CONFIDENCE.sameParagraph,
          cataphoric: false,
          named: false,
        };
        cue = null;
      } else {
        // A later attributed quote in the same paragraph ("X." "Y," he said).
        const nextSame = nextAttributed[idx];
        if (nextSame?.attr) {
          r = resolveAttr(nextSame.attr, nextSame.para);
          cue = nextSame.attr.cue;
          r.confidence = Math.min(r.confidence, SPEAKER_CONFIDENCE.laterInParagraph);
        } else if (state.lastSpeaker !== null || state.lastSource) {
          // Quote-only paragraph: the last speaker goes on.
          r = {
            speakerId: state.lastSpeaker,
            mention: null,
            source: state.lastSpeaker === null ? state.lastSource : null,
            confidence: c.paraInitial ? SPEAKER_CONFIDENCE.quoteParagraph : SPEAKER_CONFIDENCE.quoteInParagraph,
            cataphoric: false,
            named: false,
          };
          cue = null;
        } else {
          r = { speakerId: null, mention: null, source: null, confidence: SPEAKER_CONFIDENCE.unresolved, cataphoric: false, named: false };
        }
      }
    }
    const conf = Math.round(Math.min(c.baseConfidence + 0.05, r.confidence) * 100) / 100;
    const stmt: RawStatement = {
      speakerId: r.speakerId,
      speakerMention: r.mention,
      source: r.speakerId === null ? r.source : (c.attr?.relay ?? null),
      kind: c.kind,
      cue,
      para: c.para,
      start: c.start,
      end: c.end,
      confidence: conf,
      fragments: c.fragments,
      continues: c.continues,
    };
    out.push(stmt);
    lastInPara = stmt;
    if (c.chain >= 0) chainSpeaker.set(c.chain, stmt);
    if (r.cataphoric) {
      const subject = (c.attr ?? c.sentenceAttr)?.subject;
      pending.push({ idx: out.length - 1, para: c.para, roleText: r.mention ?? '', definite: !!subject?.definite, head: subject?.head ?? '' });
    }
    if (r.speakerId !== null) {
      if (r.named && pending.length > 0) {
        // "a Russian expert told TASS ..." then "... said Georgy Toloraya, director ...".
        const person = people.persons[r.speakerId];
        for (const pd of pending) {
          const target = out[pd.idx];
          // "the foreign minister said ..." then another name in the same paragraph: someone else spoke there.
          if (!target || c.para - pd.para > 2 || (pd.definite && c.para === pd.para)) continue;
          // "the foreign minister of Slovakia" in a lede, or an expert, analyst or scholar, is whoever is named speaking
          // next; any other indefinite role ("a city councilor") must be the named speaker's own.
          if (!pd.definite && !CATAPHORIC_ROLE_NOUNS.has(pd.head) && !holdsRole(person, pd.head)) continue;
          target.speakerId = r.speakerId;
          target.source = null;
          target.confidence = SPEAKER_CONFIDENCE.cataphora;
          if (person) addRole(person, pd.roleText.replace(/^(?:a|an|one)\s+/i, ''));
        }
        pending.length = 0;
      }
      state.lastSpeaker = r.speakerId;
    } else if (r.source) state.lastSource = r.source;
  });
  void paragraphs;
  return out;
}

/** The person's roles name `head` or one of its synonyms ("councilor", "the envoy" for an ambassador). */
function holdsRole(person: PersonRecord | undefined, head: string): boolean {
  if (!person || !head) return false;
  const syn = ROLE_NOUN_SYNONYMS[head] ?? [head];
  return [...person.roles, ...person.rolesAsWritten].some((r) => syn.some((x) => r.toLowerCase().includes(x)));
}

/** Capitalised words of a role NP besides its head, which the person's role must name too: "Slovakia's top diplomat" → [slovakia]. */
function properWords(np: string, head: string): string[] {
  const out: string[] = [];
  for (const w of np.split(/\s+/)) {
    const bare = w.replace(/['’]s?$/, '').replace(/[.,;:]+$/, '');
    const lower = bare.toLowerCase();
    if (bare && /^\p{Lu}/u.test(bare) && lower !== head && lower !== 'the') out.push(lower);
  }
  return out;
}

// A deterministic generator of realistic-looking news data for benchmarks: a few thousand people whose
// statement counts follow a long tail (Zipf), many outlets, dates over ten years, both statement kinds.
// It yields raw article text (for the extractor and the seeder) and stored documents (for scale).
import { createHash } from 'node:crypto';
import { Types } from 'mongoose';
import { aliasKeys, identityKeys, personKey } from '../src/names.js';
import { publishedMonth } from '../src/dates.js';
import { foldText, searchTerms } from '../src/text.js';

export function random(seed: number): () => number {
  // mulberry32: small, fast, reproducible.
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST =
  'Anna Boris Carla David Elena Farid Grace Hiroshi Ines Jamal Katarina Luis Maria Nikolai Olga Pedro Qiang Rosa Sergei Tanya Umar Vera Walter Ximena Yusuf Zoe Ahmed Beatriz Chen Dmitri Emma Fatima Georg Hana Ivan Julia Kenji Leila Marco Nadia'.split(
    ' ',
  );
const LAST =
  'Andersen Baranov Castillo Dubois Eriksen Fischer Garcia Haddad Ivanova Jensen Kowalski Lindqvist Moreau Nakamura Okafor Petrov Quintero Rossi Schmidt Tanaka Usmanov Volkov Weber Xu Yilmaz Zhang Abbas Becker Costa Dimitrov Esposito Fedorov Gomez Hoffmann Ibrahim Jovanovic Kim Lopez Meyer Novak Orlov Park Romano Silva Torres Vasquez Wagner Young Zimmermann'.split(
    ' ',
  );
const ROLES = [
  'Foreign Minister',
  'Defence Minister',
  'Ambassador to the United Nations',
  'spokesperson for the Foreign Ministry',
  'President',
  'Prime Minister',
  'senior analyst',
  'director of the Institute of International Studies',
  'central bank governor',
  'opposition leader',
  'professor of economics',
  'trade envoy',
];
const COUNTRIES = [
  'France',
  'Germany',
  'Japan',
  'Brazil',
  'India',
  'Nigeria',
  'Canada',
  'Mexico',
  'Turkey',
  'Egypt',
  'Indonesia',
  'Kenya',
  'Poland',
  'Spain',
  'Vietnam',
];
/** The sourceFile of every generated article, as a regex: what tells synthetic data from imported. */
export const SYNTHETIC_SOURCE_FILE = '^synthetic-[0-9]+\\.txt$';
export const OUTLETS = [
  'Reuters',
  'Associated Press',
  'AFP',
  'TASS',
  'Sputnik',
  'Xinhua',
  'BBC News',
  'Al Jazeera',
  'Deutsche Welle',
  'The Guardian',
  'Le Monde',
  'NHK',
  'Yonhap',
  'Anadolu Agency',
  'EFE',
  'ANSA',
  'Kyodo',
  'PTI',
  'Bernama',
  'Daily Nation',
  'Premium Times',
  'Jakarta Post',
  'OREANDA-NEWS',
  'Shining BD',
  'Kyiv Independent',
  'Times of Israel',
  'Straits Times',
  'Globe and Mail',
  'El Pais',
  'Folha',
];
const DATELINES = ['WASHINGTON', 'MOSCOW', 'BEIJING', 'BRUSSELS', 'LONDON', 'PARIS', 'TOKYO', 'NEW DELHI', 'CAIRO', 'NAIROBI', 'BERLIN', 'GENEVA'];
const SUBJECTS = [
  'the trade agreement',
  'the sanctions regime',
  'the climate accord',
  'the border talks',
  'the energy market',
  'the ceasefire',
  'the budget',
  'the election results',
  'the arms control treaty',
  'the grain corridor',
  'the refugee crisis',
  'interest rates',
];
const CLAIMS = [
  'will not accept any conditions that undermine national sovereignty',
  'remains open to dialogue but expects concrete steps from its partners',
  'has been misrepresented by foreign media for months',
  'could collapse within weeks if nothing changes',
  'is the only realistic path towards lasting stability in the region',
  'has already cost the economy billions of dollars',
  'must be discussed openly with every member state',
  'shows that the old approach has completely failed',
  'will be reviewed again at the next summit',
  'cannot be separated from the wider security situation',
];
const CUES = ['said', 'told reporters', 'noted', 'stressed', 'added', 'insisted', 'told journalists', 'said in a statement'];

export interface SyntheticPerson {
  _id: Types.ObjectId;
  name: string;
  surname: string;
  role: string;
  affiliation: string;
  /** Zipf weight: how often this person is quoted. */
  weight: number;
}

export function generatePeople(count: number, rand: () => number): SyntheticPerson[] {
  const people: SyntheticPerson[] = [];
  const used = new Set<string>();
  for (let rank = 1; people.length < count; rank++) {
    const first = FIRST[Math.floor(rand() * FIRST.length)]!;
    const last = LAST[Math.floor(rand() * LAST.length)]!;
    const middle = used.has(`${first} ${last}`) ? ` ${String.fromCharCode(65 + Math.floor(rand() * 26))}.` : '';
    const name = `${first}${middle} ${last}`;
    if (used.has(name)) continue;
    used.add(name);
    people.push({
      _id: new Types.ObjectId(),
      name,
      surname: last,
      role: ROLES[Math.floor(rand() * ROLES.length)]!,
      affiliation: COUNTRIES[Math.floor(rand() * COUNTRIES.length)]!,
      weight: 1 / rank ** 1.1,
    });
  }
  return people;
}

/** Picks by weight with a precomputed cumulative table (binary search). */
export function weightedPicker<T extends { weight: number }>(items: readonly T[], rand: () => number): () => T {
  const cumulative: number[] = [];
  let total = 0;
  for (const item of items) cumulative.push((total += item.weight));
  return () => {
    const target = rand() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    return items[lo]!;
  };
}

const TEN_YEARS_MS = 10 * 365.25 * 24 * 3600 * 1000;
const START = Date.UTC(2016, 0, 1);
const pick = <T>(list: readonly T[], rand: () => number): T => list[Math.floor(rand() * list.length)]!;

export interface SyntheticStatement {
  speaker: SyntheticPerson;
  kind: 'direct' | 'indirect';
  cue: string;
  text: string;
  paragraph: string;
  start: number;
}

export interface SyntheticArticle {
  index: number;
  title: string;
  outlet: string;
  dateline: string;
  publishedAt: Date;
  people: SyntheticPerson[];
  paragraphs: string[];
  statements: SyntheticStatement[];
  /** The article as a scraped page would print it, for the extractor. */
  raw: string;
}

/** One article: a lead, then `statementCount` statements by people drawn from the long tail. */
export function generateArticle(index: number, statementCount: number, pickPerson: () => SyntheticPerson, rand: () => number): SyntheticArticle {
  const outlet = pick(OUTLETS, rand);
  const dateline = pick(DATELINES, rand);
  const publishedAt = new Date(START + Math.floor((rand() * TEN_YEARS_MS) / 60000) * 60000);
  const subject = pick(SUBJECTS, rand);
  const speakers = [pickPerson(), pickPerson(), pickPerson()];
  const lead = speakers[0]!;
  const title = `${lead.surname} says ${subject} ${pick(CLAIMS, rand).split(' ').slice(0, 6).join(' ')}`;
  const paragraphs: string[] = [];
  const statements: SyntheticStatement[] = [];
  const introduced = new Set<SyntheticPerson>();
  const mention = (p: SyntheticPerson) => {
    if (introduced.has(p)) return p.surname;
    introduced.add(p);
    return `${p.affiliation}'s ${p.role} ${p.name}`;
  };
  for (let i = 0; i < statementCount; i++) {
    const speaker = speakers[i % 3 === 0 ? 0 : Math.floor(rand() * 3)]!;
    const claim = `${subject} ${pick(CLAIMS, rand)}`;
    const cue = pick(CUES, rand);
    if (rand() < 0.6) {
      const text = `${claim.charAt(0).toUpperCase()}${claim.slice(1)}. We have said so many times and we will say it again`;
      const who = mention(speaker);
      const paragraph = `"${text}," ${who} ${cue}.`;
      statements.push({ speaker, kind: 'direct', cue, text, paragraph, start: 1 });
      paragraphs.push(paragraph);
    } else {
      const who = mention(speaker);
      const prefix = `${who} ${cue} that `;
      const text = claim;
      statements.push({ speaker, kind: 'indirect', cue, text, paragraph: `${prefix}${text}.`, start: prefix.length });
      paragraphs.push(`${prefix}${text}.`);
    }
    if (rand() < 0.3)
      paragraphs.push(`The talks on ${subject} are expected to continue next week, officials in ${dateline.charAt(0)}${dateline.slice(1).toLowerCase()} said.`);
  }
  const day = publishedAt.getUTCDate();
  const month = publishedAt.toLocaleString('en-US', { month: 'long', timeZone: 'UTC' });
  const first = paragraphs[0] ?? '';
  paragraphs[0] = `${dateline}, ${month} ${day}, ${publishedAt.getUTCFullYear()} (${outlet}) - ${first}`;
  if (statements[0] && statements[0].paragraph === first) {
    const shift = paragraphs[0].length - first.length;
    statements[0] = { ...statements[0], paragraph: paragraphs[0], start: statements[0].start + shift };
  }
  const raw = [title, '', `Source: ${outlet}`, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n');
  return { index, title, outlet, dateline, publishedAt, people: [...new Set(speakers)], paragraphs, statements, raw };
}

/** Stored documents for a generated article, in the shape the importer writes. */
export function articleDocuments(article: SyntheticArticle) {
  const articleId = new Types.ObjectId();
  const now = new Date();
  const statements = article.statements.map((s) => {
    const paragraphIndex = article.paragraphs.indexOf(s.paragraph);
    const _id = new Types.ObjectId();
    return {
      _id,
      text: s.text,
      kind: s.kind,
      cue: s.cue,
      confidence: 0.9,
      speakerId: s.speaker._id,
      speakerName: s.speaker.name,
      speakerMention: s.speaker.surname,
      source: null,
      articleId,
      outlet: article.outlet,
      publishedAt: article.publishedAt,
      publishedMonth: publishedMonth(article.publishedAt),
      paragraph: Math.max(0, paragraphIndex),
      start: s.start,
      end: s.start + s.text.length,
      mentionIds: [],
      groupId: _id.toHexString(),
      terms: searchTerms(s.text),
      createdAt: now,
      updatedAt: now,
    };
  });
  const doc = {
    _id: articleId,
    sourceFile: `synthetic-${String(article.index).padStart(7, '0')}.txt`, // matched by SYNTHETIC_SOURCE_FILE
    url: null,
    sha256: createHash('sha256').update(article.raw).digest('hex'),
    title: article.title,
    outlet: article.outlet,
    publisher: article.outlet,
    originalSource: null,
    publishedAt: article.publishedAt,
    datePrecision: 'day',
    yearInferred: false,
    dateline: article.dateline.charAt(0) + article.dateline.slice(1).toLowerCase(),
    language: 'en',
    paragraphs: article.paragraphs,
    peopleIds: article.people.map((p) => p._id),
    people: article.people.map((p) => ({
      personId: p._id,
      name: p.name,
      aliases: [p.surname],
      roles: [p.role],
      rolesAsWritten: [p.role],
      affiliation: p.affiliation,
    })),
    statementCount: statements.length,
    terms: searchTerms(`${article.title} ${article.paragraphs.join(' ')}`),
    importState: 'complete',
    createdAt: now,
    updatedAt: now,
  };
  return { article: doc, statements };
}

/** Accumulates people's figures over generated articles, then gives their documents. */
export class PeopleTally {
  private readonly tally = new Map<SyntheticPerson, { articleIds: Types.ObjectId[]; statements: number; first: Date; last: Date }>();

  add(article: SyntheticArticle, articleId: Types.ObjectId): void {
    for (const person of article.people) {
      const entry = this.tally.get(person) ?? { articleIds: [], statements: 0, first: article.publishedAt, last: article.publishedAt };
      entry.articleIds.push(articleId);
      entry.statements += article.statements.filter((s) => s.speaker === person).length;
      if (article.publishedAt < entry.first) entry.first = article.publishedAt;
      if (article.publishedAt > entry.last) entry.last = article.publishedAt;
      this.tally.set(person, entry);
    }
  }

  documents() {
    const now = new Date();
    return [...this.tally].map(([p, t]) => ({
      _id: p._id,
      name: p.name,
      key: personKey(p.name),
      aliases: [p.surname],
      aliasKeys: aliasKeys(p.name, [p.surname]),
      identityKeys: identityKeys(p.name, []),
      nameTerms: searchTerms(`${p.name} ${p.surname}`),
      roles: [{ role: p.role, key: foldText(p.role), articleIds: t.articleIds, firstSeenAt: t.first, lastSeenAt: t.last }],
      roleTerms: searchTerms(p.role),
      affiliation: p.affiliation,
      affiliationKey: foldText(p.affiliation),
      articleIds: t.articleIds,
      articleCount: t.articleIds.length,
      statementCount: t.statements,
      firstSeenAt: t.first,
      lastSeenAt: t.last,
      rev: 0,
      createdAt: now,
      updatedAt: now,
    }));
  }
}

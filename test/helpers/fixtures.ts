// A small, realistic news database written straight through the models, with every derived field
// (terms, aliasKeys, nameTerms, roleTerms, affiliationKey, counts) computed the way ingest computes it.
import { Types } from 'mongoose';
import { createHash } from 'node:crypto';
import { aliasKeys, identityKeys, personKey } from '../../src/names.js';
import { publishedMonth } from '../../src/dates.js';
import type { Models } from '../../src/models/index.js';
import { foldText, searchTerms } from '../../src/text.js';

type Id = Types.ObjectId;

interface PersonSpec {
  name: string;
  aliases: string[];
  role: string;
  affiliation: string;
}

const PEOPLE = {
  antonov: {
    name: 'Anatoly Antonov',
    aliases: ['Antonov', 'Anatoly Ivanovich Antonov'],
    role: 'Russian Ambassador to the United States',
    affiliation: 'Russia',
  },
  muller: { name: 'José Müller', aliases: ['Müller'], role: 'Spokesperson of the European Commission', affiliation: 'European Union' },
  kim: { name: 'Kim Jong-un', aliases: ['Kim Jong Un', 'Kim'], role: 'North Korean leader', affiliation: 'North Korea' },
  // Only ever mentioned, never quoted, and named only in an undated article: statementCount 0 and lastSeenAt null.
  putin: { name: 'Vladimir Putin', aliases: ['Putin'], role: 'President of Russia', affiliation: 'Russian Federation' },
} satisfies Record<string, PersonSpec>;
export type PersonName = keyof typeof PEOPLE;

interface ArticleSpec {
  key: string;
  title: string;
  outlet: string;
  publishedAt: string | null;
  dateline: string | null;
  people: PersonName[];
  importState?: 'pending' | 'complete';
}

const ARTICLES: ArticleSpec[] = [
  {
    key: 'tass',
    title: 'Russian diplomat slams US over Russia-DPRK dialogue',
    outlet: 'TASS',
    publishedAt: '2023-09-14T10:00:00Z',
    dateline: 'Washington',
    people: ['antonov', 'kim'],
  },
  {
    key: 'oreanda',
    title: 'The White House expressed concern about Russia and North Korea',
    outlet: 'OREANDA-NEWS',
    publishedAt: '2024-06-17T22:29:00Z',
    dateline: null,
    people: ['antonov', 'kim'],
  },
  {
    key: 'sputnik',
    title: "US shows 'duplicity' when assessing Kim Jong Un's visit",
    outlet: 'Sputnik',
    publishedAt: '2024-06-19T08:30:00Z',
    dateline: 'Moscow',
    people: ['antonov', 'muller', 'kim'],
  },
  {
    key: 'undated',
    title: 'Commission spokesperson on café regulations',
    outlet: 'Shining BD',
    publishedAt: null,
    dateline: 'Brussels',
    people: ['muller', 'putin'],
  },
  // Still being imported: never listed.
  {
    key: 'pending',
    title: 'Half-imported article about Antonov',
    outlet: 'TASS',
    publishedAt: '2024-01-05T00:00:00Z',
    dateline: null,
    people: ['antonov'],
    importState: 'pending',
  },
];

interface StatementSpec {
  article: string;
  speaker: PersonName | null;
  kind: 'direct' | 'indirect';
  text: string;
  mentions?: PersonName[];
  group?: string;
  source?: string;
}

const STATEMENTS: StatementSpec[] = [
  { article: 'tass', speaker: 'antonov', kind: 'direct', text: 'The U.S. has no right to lecture us how to live.' },
  {
    article: 'tass',
    speaker: 'antonov',
    kind: 'direct',
    text: 'Russia being a responsible nuclear power can independently decide who to cooperate with.',
    group: 'nuclear',
  },
  { article: 'tass', speaker: 'antonov', kind: 'direct', text: "Washington's hypocrisy is no longer a surprise." },
  { article: 'tass', speaker: 'antonov', kind: 'indirect', text: 'the visit of Kim Jong Un to Russia was productive', mentions: ['kim'] },
  { article: 'tass', speaker: 'antonov', kind: 'indirect', text: 'the United States is seeking to picture the dialogue as a factor of instability' },
  { article: 'tass', speaker: 'kim', kind: 'direct', text: 'Our relations with Russia are a top priority.', mentions: [] },
  { article: 'tass', speaker: 'kim', kind: 'indirect', text: 'he thanked President Putin for the warm welcome', mentions: ['putin'] },
  { article: 'tass', speaker: null, kind: 'indirect', text: 'the talks lasted more than four hours', source: 'the Kremlin press service' },
  {
    article: 'oreanda',
    speaker: 'antonov',
    kind: 'direct',
    text: 'Putin’s visits to North Korea and Vietnam show the failure of US policy.',
    mentions: ['putin'],
  },
  { article: 'oreanda', speaker: 'antonov', kind: 'indirect', text: 'sanctions against Pyongyang have not worked' },
  { article: 'oreanda', speaker: 'kim', kind: 'direct', text: 'We will never give up our nuclear deterrent.' },
  { article: 'oreanda', speaker: 'kim', kind: 'direct', text: 'Pyongyang, Moscow: a "comprehensive strategic partnership", signed today.' },
  {
    article: 'oreanda',
    speaker: null,
    kind: 'indirect',
    text: 'the White House was concerned about arms deliveries',
    source: 'the US National Security Council',
  },
  { article: 'oreanda', speaker: 'antonov', kind: 'indirect', text: 'Washington does not want a real dialogue with Pyongyang' },
  {
    article: 'sputnik',
    speaker: 'antonov',
    kind: 'direct',
    text: 'Russia, as a responsible nuclear power, can independently decide who to cooperate with.',
    group: 'nuclear',
  },
  { article: 'sputnik', speaker: 'antonov', kind: 'direct', text: 'We said "no", and we meant it,\r\nevery single word.' },
  { article: 'sputnik', speaker: 'antonov', kind: 'indirect', text: 'the US shows duplicity when assessing the visit of Kim Jong Un', mentions: ['kim'] },
  { article: 'sputnik', speaker: 'muller', kind: 'direct', text: 'The Commission is following the visit very closely.' },
  { article: 'sputnik', speaker: 'muller', kind: 'indirect', text: 'Brussels would respond in a coordinated way' },
  { article: 'sputnik', speaker: 'kim', kind: 'direct', text: 'Nobody can stop our friendship with Russia.' },
  { article: 'sputnik', speaker: 'kim', kind: 'indirect', text: 'the partnership would last for decades' },
  { article: 'sputnik', speaker: null, kind: 'direct', text: 'This is a dangerous escalation.', source: 'a State Department spokesperson' },
  { article: 'undated', speaker: 'muller', kind: 'direct', text: 'Café owners deserve clear rules, not more paperwork.' },
  { article: 'undated', speaker: 'muller', kind: 'direct', text: 'We are not going to follow Mr Putin on this.', mentions: ['putin'] },
  { article: 'undated', speaker: 'muller', kind: 'indirect', text: 'the regulation on cafés would be reviewed in the autumn' },
  { article: 'undated', speaker: 'muller', kind: 'indirect', text: 'the Commission had received many complaints' },
  { article: 'undated', speaker: 'muller', kind: 'direct', text: 'Small businesses are the backbone of Europe.' },
  { article: 'undated', speaker: null, kind: 'indirect', text: 'the consultation would close in March', source: 'the Commission' },
  { article: 'undated', speaker: 'muller', kind: 'indirect', text: 'café terraces were a matter for cities' },
  { article: 'undated', speaker: 'muller', kind: 'direct', text: 'Nobody wants to close a café.' },
];

export interface Fixture {
  people: Record<PersonName, Id>;
  articles: Record<string, Id>;
  /** The stored statements, as inserted (lean shapes). */
  statements: {
    _id: Id;
    text: string;
    kind: 'direct' | 'indirect';
    speakerId: Id | null;
    outlet: string;
    publishedAt: Date | null;
    articleId: Id;
    paragraph: number;
    start: number;
    end: number;
    mentionIds: Id[];
    groupId: string;
    terms: string[];
  }[];
  articleDates: Record<string, Date | null>;
}

export async function insertFixtures(models: Models): Promise<Fixture> {
  const personIds = Object.fromEntries(Object.keys(PEOPLE).map((name) => [name, new Types.ObjectId()])) as Record<PersonName, Id>;
  const articleIds = Object.fromEntries(ARTICLES.map((a) => [a.key, new Types.ObjectId()]));
  const articleDates = Object.fromEntries(ARTICLES.map((a) => [a.key, a.publishedAt ? new Date(a.publishedAt) : null]));
  const byKey = new Map(ARTICLES.map((a) => [a.key, a]));

  // Each statement stands in a paragraph of its own, with a lead-in so offsets are not trivially 0.
  const paragraphs = new Map<string, string[]>(ARTICLES.map((a) => [a.key, []]));
  const statements: Fixture['statements'] = [];
  const docs = STATEMENTS.map((s) => {
    const article = byKey.get(s.article)!;
    const lead = s.speaker ? `${PEOPLE[s.speaker].name} said: ` : `According to ${s.source}, `;
    const list = paragraphs.get(s.article)!;
    list.push(`${lead}${s.text}`);
    const _id = new Types.ObjectId();
    const doc = {
      _id,
      text: s.text,
      kind: s.kind,
      cue: 'said',
      confidence: 0.9,
      speakerId: s.speaker ? personIds[s.speaker] : null,
      speakerName: s.speaker ? PEOPLE[s.speaker].name : null,
      speakerMention: s.speaker ? PEOPLE[s.speaker].name : null,
      source: s.source ?? null,
      articleId: articleIds[s.article]!,
      outlet: article.outlet,
      publishedAt: articleDates[s.article] ?? null,
      publishedMonth: publishedMonth(articleDates[s.article] ?? null),
      paragraph: list.length - 1,
      start: lead.length,
      end: lead.length + s.text.length,
      mentionIds: (s.mentions ?? []).map((m) => personIds[m]),
      groupId: s.group ?? _id.toHexString(),
      terms: searchTerms(s.text),
    };
    statements.push(doc);
    return doc;
  });

  await models.Article.insertMany(
    ARTICLES.map((a) => ({
      _id: articleIds[a.key],
      sourceFile: `${a.key}.txt`,
      sha256: createHash('sha256').update(a.key).digest('hex'),
      title: a.title,
      outlet: a.outlet,
      publishedAt: articleDates[a.key],
      datePrecision: a.publishedAt ? 'minute' : null,
      dateline: a.dateline,
      language: 'en',
      paragraphs: paragraphs.get(a.key),
      peopleIds: a.people.map((p) => personIds[p]),
      people: a.people.map((p) => ({
        personId: personIds[p],
        name: PEOPLE[p].name,
        aliases: PEOPLE[p].aliases,
        roles: [PEOPLE[p].role],
        affiliation: PEOPLE[p].affiliation,
      })),
      statementCount: STATEMENTS.filter((s) => s.article === a.key).length,
      terms: searchTerms([a.title, ...paragraphs.get(a.key)!].join(' ')),
      importState: a.importState ?? 'complete',
    })),
  );
  await models.Statement.insertMany(docs);

  await models.Person.insertMany(
    (Object.entries(PEOPLE) as [PersonName, PersonSpec][]).map(([key, p]) => {
      const seenIn = ARTICLES.filter((a) => a.importState !== 'pending' && a.people.includes(key));
      const dates = seenIn
        .map((a) => articleDates[a.key])
        .filter((d): d is Date => d !== null)
        .sort((x, y) => x.getTime() - y.getTime());
      const forms = [p.name, ...p.aliases];
      return {
        _id: personIds[key],
        name: p.name,
        key: personKey(p.name),
        aliases: p.aliases,
        aliasKeys: aliasKeys(p.name, p.aliases),
        identityKeys: identityKeys(p.name, p.aliases),
        nameTerms: searchTerms(forms.join(' ')),
        roles: [
          {
            role: p.role,
            key: foldText(p.role),
            articleIds: seenIn.map((a) => articleIds[a.key]),
            firstSeenAt: dates[0] ?? null,
            lastSeenAt: dates.at(-1) ?? null,
          },
        ],
        roleTerms: searchTerms(p.role),
        affiliation: p.affiliation,
        affiliationKey: foldText(p.affiliation),
        articleIds: seenIn.map((a) => articleIds[a.key]),
        articleCount: seenIn.length,
        statementCount: STATEMENTS.filter((s) => s.speaker === key).length,
        firstSeenAt: dates[0] ?? null,
        lastSeenAt: dates.at(-1) ?? null,
      };
    }),
  );
  return { people: personIds, articles: articleIds as Record<string, Id>, statements, articleDates };
}

/** A stored statement's fields without its id, to insert a variant of it. */
export function withoutId<T extends { _id: unknown }>(doc: T): Omit<T, '_id'> {
  const { _id: _ignored, ...rest } = doc;
  return rest;
}

import { Types } from 'mongoose';
import type { Models } from '../models/index.js';
import { HttpProblem } from '../errors.js';
import type { PeopleQueryIn, PersonOut } from '../schemas/person.js';
import { searchTerms } from '../text.js';
import { and, escapeRegex, MATCH_NOTHING, type Filter } from './filters.js';
import { sortSpec } from './keyset.js';
import type { ListSource } from './lists.js';
import { personCsv, personOut } from './serialise.js';
import { listStatements, type StatementListQuery } from './statements.js';

// Article ids can run to thousands per person: lists and the person itself leave them out.
const PERSON_PROJECTION = { articleIds: 0 } as const;
const NOT_LETTER_OR_DIGIT = '[^\\p{L}\\p{N}]';

const PEOPLE_SORT_TYPES = { '-statementCount': 'number', name: 'string', '-lastSeenAt': 'date' } as const;

export function personFilter(query: Omit<PeopleQueryIn, 'sort' | 'limit'>): Filter {
  const conditions: Filter[] = [];
  if (query.q !== undefined) {
    // Every word must begin some word of the name or an alias: "jos mull" finds José Müller, "jong" finds Kim Jong-un.
    const words = searchTerms(query.q);
    conditions.push(...(words.length ? words.map((word) => ({ nameTerms: { $regex: `^${escapeRegex(word)}` } })) : [MATCH_NOTHING]));
  }
  if (query.role !== undefined) {
    const words = searchTerms(query.role);
    conditions.push(words.length ? { roleTerms: { $all: words } } : MATCH_NOTHING);
  }
  if (query.affiliation !== undefined) {
    // Whole words of the folded affiliation: "russia" finds "Russia", "federation" finds "Russian Federation".
    const words = searchTerms(query.affiliation);
    const wholeWord = (word: string) => `(^|${NOT_LETTER_OR_DIGIT})${escapeRegex(word)}(${NOT_LETTER_OR_DIGIT}|$)`;
    conditions.push(...(words.length ? words.map((word) => ({ affiliationKey: { $regex: wholeWord(word) } })) : [MATCH_NOTHING]));
  }
  if (query.speaks !== undefined) conditions.push({ statementCount: query.speaks ? { $gt: 0 } : 0 });
  return and(conditions);
}

/** The people matching the filters, to read as a page or export. */
export function listPeople(models: Models, query: PeopleQueryIn): ListSource<PersonOut> {
  return {
    model: models.Person,
    filter: personFilter(query),
    sort: sortSpec(query.sort, PEOPLE_SORT_TYPES[query.sort]),
    projection: PERSON_PROJECTION,
    serialise: personOut,
    csv: personCsv,
    filename: 'people',
  };
}

async function findPerson(models: Models, id: string) {
  const person = await models.Person.findById(id, PERSON_PROJECTION).lean();
  if (!person) throw new HttpProblem(404, 'PERSON_NOT_FOUND', `No person with id ${id}`);
  return person;
}

export async function getPerson(models: Models, id: string) {
  return personOut(await findPerson(models, id));
}

/** What one person said, to read as a page or export; 404 when there is no such person. */
export async function listPersonStatements(models: Models, id: string, query: StatementListQuery) {
  await findPerson(models, id);
  return listStatements(models, query, new Types.ObjectId(id));
}

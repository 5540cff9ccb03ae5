import type { FastifyReply, FastifyRequest } from 'fastify';
import { Types } from 'mongoose';
import type { Models } from '../models/index.js';
import { HttpProblem } from '../errors.js';
import type { PeopleQueryIn } from '../schemas/person.js';
import { searchTerms } from '../text.js';
import { and, escapeRegex, MATCH_NOTHING, type Filter } from './filters.js';
import { sortSpec } from './keyset.js';
import { sendList, type ListParams } from './lists.js';
import { personCsv, personOut } from './serialise.js';
import { listStatements, type StatementFilters } from './statements.js';

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

export async function listPeople(models: Models, request: FastifyRequest, reply: FastifyReply, query: PeopleQueryIn) {
  return sendList(request, reply, {
    model: models.Person,
    filter: personFilter(query),
    sort: sortSpec(query.sort, PEOPLE_SORT_TYPES[query.sort]),
    projection: PERSON_PROJECTION,
    serialise: personOut,
    csv: personCsv,
    filename: 'people',
  }, query);
}

async function findPerson(models: Models, id: string) {
  const person = await models.Person.findById(id, PERSON_PROJECTION).lean();
  if (!person) throw new HttpProblem(404, 'PERSON_NOT_FOUND', `No person with id ${id}`);
  return person;
}

export async function getPerson(models: Models, id: string) {
  return personOut(await findPerson(models, id));
}

export async function listPersonStatements(
  models: Models,
  request: FastifyRequest,
  reply: FastifyReply,
  id: string,
  query: StatementFilters & ListParams & { sort: string },
) {
  await findPerson(models, id);
  return listStatements(models, request, reply, query, new Types.ObjectId(id));
}

// The error a service throws on purpose. It carries only data (status, code, detail, offending parameters);
// src/plugins/errors.ts turns it into application/problem+json.
import type { ProblemBody } from './schemas/problem.js';

type InvalidParams = NonNullable<ProblemBody['invalidParams']>;

/** An error a service throws on purpose: its status, code and detail reach the client as they are. */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    detail: string,
    readonly extra: { invalidParams?: InvalidParams; headers?: Record<string, string> } = {},
  ) {
    super(detail);
  }
}

const PLACE_NAMES = { query: 'Query', path: 'Path', header: 'Header', body: 'Body' } as const;

/** 400 naming one offending parameter: "Query parameter 'from' is not a valid calendar date". */
export function invalidParameter(name: string, reason: string, place: InvalidParams[number]['in'] = 'query', code = 'INVALID_PARAMETER'): HttpProblem {
  return new HttpProblem(400, code, parameterDetail(place, name, reason), { invalidParams: [{ name, in: place, reason }] });
}

/** "Query parameter 'limit' must be <= 100": how a validation problem's detail names each parameter. */
export function parameterDetail(place: InvalidParams[number]['in'], name: string, reason: string): string {
  return `${PLACE_NAMES[place]} parameter '${name}' ${reason}`;
}

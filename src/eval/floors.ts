// Quality floors: the lowest figures a corpus run may show (CI fails below them; raised as the extractor improves).
import { Type, type Static } from 'typebox';
import { Value } from 'typebox/value';
import type { Summary } from './score.js';

export const FloorsSchema = Type.Object({
  /** Why these numbers, when they were measured, on what. */
  note: Type.Optional(Type.String()),
  /** Summary figure, as a dotted path into the eval's --json summary ("statementEndToEnd.f1"), to its lowest allowed value. */
  floors: Type.Record(Type.String(), Type.Number({ minimum: 0, maximum: 1 })),
});

export type Floors = Static<typeof FloorsSchema>;

export interface FloorFailure {
  figure: string;
  floor: number;
  /** null when the summary has no such figure (a typo in the floors file fails rather than passes). */
  actual: number | null;
}

export function toFloors(value: unknown, where: string): Floors {
  if (Value.Check(FloorsSchema, value)) return value;
  const problems = [...Value.Errors(FloorsSchema, value)].slice(0, 3).map((e) => `${e.instancePath || '/'} ${e.message}`);
  throw new Error(`${where}: not a floors file (${problems.join('; ')})`);
}

function figureAt(summary: Summary, path: string): number | null {
  let value: unknown = summary;
  for (const part of path.split('.')) value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
  return typeof value === 'number' ? value : null;
}

/** Every floor the summary falls below (or does not have). */
export function checkFloors(summary: Summary, floors: Floors): FloorFailure[] {
  const failures: FloorFailure[] = [];
  for (const [figure, floor] of Object.entries(floors.floors)) {
    const actual = figureAt(summary, figure);
    if (actual === null || actual < floor) failures.push({ figure, floor, actual });
  }
  return failures;
}

// The steps of an import, timed when the caller asks (ImportOptions.timings): where a seed's time goes (bench/seed.ts).

/** The steps of an import, in order, as timed in ImportOptions.timings. */
export type ImportStep =
  | 'extraction'
  | 'classify (read)'
  | 'people clustering (incl. read)'
  | 'grouping and statement documents'
  | 'statements write (waiting for it)'
  | 'people merging (in-process)'
  | 'article documents'
  | 'people writes'
  | 'articles write'
  | 'other';

export type ImportTimings = Partial<Record<ImportStep, number>>;

/** Adds the time since `since` to `step`; returns now. */
export function lap(timings: ImportTimings | undefined, step: ImportStep, since: number): number {
  const now = performance.now();
  if (timings) timings[step] = (timings[step] ?? 0) + (now - since);
  return now;
}

// People are updated by read, merge, write-if-the-revision-is-unchanged. FerretDB 1.24 does not apply such
// a conditional update atomically: several writers whose filter matches the same revision all succeed, and
// all but the last merge are lost (an article count of 6 after 20 concurrent imports naming one person).
// MongoDB applies it atomically. So within a process people's writes run one at a time; the revision check
// still guards writers in other processes on MongoDB.
let tail: Promise<unknown> = Promise.resolve();

/** Runs `write` after every people write this process started before it. */
export function serialisePeopleWrite<T>(write: () => Promise<T>): Promise<T> {
  const run = tail.then(write, write);
  tail = run.catch(() => undefined);
  return run;
}

// What a migration is: a versioned step, safe to run again. Its own file, so the list (index.ts) and the
// runner both read it without importing each other.
import type { mongo } from 'mongoose';

export interface Migration {
  version: number;
  name: string;
  up(db: mongo.Db): Promise<void>;
}

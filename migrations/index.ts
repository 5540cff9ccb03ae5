// Every migration, in version order. Add new ones at the end; never edit an applied one.
import { createIndexes } from './001-create-indexes.js';
import { updatedAtIndexes } from './002-updated-at-indexes.js';
import { publishedMonth } from './003-published-month.js';
import { plannerIndexes } from './004-planner-indexes.js';
import { readingOrderIndexes } from './005-reading-order-indexes.js';
import type { Migration } from './migration.js';

export const migrations: readonly Migration[] = [createIndexes, updatedAtIndexes, publishedMonth, plannerIndexes, readingOrderIndexes];

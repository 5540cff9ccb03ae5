// `npm run migrate`: applies pending migrations to MONGODB_URI and prints their status.
import { withCliDatabase } from '../src/cli-database.js';
import { ConfigError } from '../src/config.js';
import { migrate, migrationStatus } from './runner.js';

async function main(): Promise<number> {
  return withCliDatabase('npm run migrate', async ({ db, logger }) => {
    const applied = await migrate(db, logger);
    for (const s of await migrationStatus(db)) {
      console.log(`${String(s.version).padStart(3, '0')}-${s.name}\t${s.appliedAt ? `applied ${s.appliedAt.toISOString()}` : 'pending'}`);
    }
    console.log(`${applied.length} migration(s) applied`);
    return 0;
  });
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof ConfigError ? error.message : `migrate failed: ${(error as Error).message}`);
    process.exit(1);
  },
);

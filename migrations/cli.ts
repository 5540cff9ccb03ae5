// `npm run migrate [-- --json]`: applies pending migrations to MONGODB_URI and prints their status
// (with --json, one JSON object on stdout: the versions applied now and every migration's status).
import { parseArgs } from 'node:util';
import { withCliDatabase } from '../src/cli-database.js';
import { exitQuietlyOnClosedPipe } from '../src/cli-output.js';
import { ConfigError } from '../src/config.js';
import { migrate, migrationStatus } from './runner.js';

const USAGE = 'usage: npm run migrate -- [--json]';

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { json: { type: 'boolean', default: false }, help: { type: 'boolean', default: false } } });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  return withCliDatabase('npm run migrate', async ({ db, logger }) => {
    const applied = await migrate(db, logger);
    const status = await migrationStatus(db);
    if (values.json) {
      const migrations = status.map((s) => ({ version: s.version, name: s.name, appliedAt: s.appliedAt?.toISOString() ?? null }));
      console.log(JSON.stringify({ applied: applied.length, migrations }, null, 2));
      return 0;
    }
    for (const s of status) {
      console.log(`${String(s.version).padStart(3, '0')}-${s.name}\t${s.appliedAt ? `applied ${s.appliedAt.toISOString()}` : 'pending'}`);
    }
    console.log(`${applied.length} migration(s) applied`);
    return 0;
  });
}

exitQuietlyOnClosedPipe();
main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof ConfigError ? error.message : `migrate failed: ${(error as Error).message}`);
    process.exit(1);
  },
);

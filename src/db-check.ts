// `npm run db:check [-- --json]`: checks the stored invariants of MONGODB_URI (see services/consistency.ts).
// Exit 0 when consistent, 1 with a report of the violations, 2 when the check could not run.
import mongoose from 'mongoose';
import { ConfigError, loadConfig } from './config.js';
import { registerModels } from './models/index.js';
import { checkConsistency, formatConsistencyReport } from './services/consistency.js';

async function main(): Promise<number> {
  const json = process.argv.includes('--json');
  const config = loadConfig();
  if (!config.MONGODB_URI) {
    console.error('MONGODB_URI is not set: db:check needs a running database');
    return 2;
  }
  const timeoutMs = Math.max(config.DB_TIMEOUT_MS, 5000);
  const connection = await mongoose
    .createConnection(config.MONGODB_URI, { serverSelectionTimeoutMS: timeoutMs, autoIndex: false, autoCreate: false })
    .asPromise();
  try {
    const report = await checkConsistency(registerModels(connection), json ? 1000 : 20);
    console.log(json ? JSON.stringify(report, null, 2) : formatConsistencyReport(report));
    return report.ok ? 0 : 1;
  } finally {
    await connection.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof ConfigError ? error.message : `db:check failed: ${(error as Error).message}`);
    process.exit(2);
  },
);

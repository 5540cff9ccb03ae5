// `npm run docs:screenshot [-- --update]`: Swagger UI in headless Chromium, driven as a user does (GET /v1/statements,
// Try it out, type `Antonov` in speaker, Execute; test/browser/swagger-page.ts), on an app seeded with seed/articles.
// Saves the picture to a temporary file, or with --update to docs/swagger-ui.png. Needs MONGODB_URI (a database
// server; the script uses a database of its own there and drops it) and Chromium at /usr/bin/chromium.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CHROMIUM_PATH, chromiumInstalled, openSwaggerSession, tryItOut } from './swagger-page.js';

const { values } = parseArgs({ options: { update: { type: 'boolean', default: false } } });
if (!process.env.MONGODB_URI) {
  console.error('docs:screenshot needs MONGODB_URI, e.g. `npm run db:start && MONGODB_URI=mongodb://127.0.0.1:27018/whosaid npm run docs:screenshot`');
  process.exit(1);
}
if (!chromiumInstalled()) {
  console.error(`docs:screenshot needs Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium)`);
  process.exit(1);
}
const output = values.update
  ? fileURLToPath(new URL('../../docs/swagger-ui.png', import.meta.url))
  : join(mkdtempSync(join(tmpdir(), 'whosaid-screenshot-')), 'swagger-ui.png');

const session = await openSwaggerSession('swagger_ui');
try {
  const result = await tryItOut(session, 'speaker', 'Antonov');
  assert.equal(result.status, '200', 'the Try it out request answered 200');
  assert.match(result.responseBody, /Anatoly Antonov/);
  assert.deepEqual(session.pageErrors, [], 'no script errors on the page');
  // Frame the filled-in form, the request and the start of the response.
  await result.operation.locator('.live-responses-table').scrollIntoViewIfNeeded();
  await session.page.evaluate('window.scrollBy(0, -700)');
  await session.page.screenshot({ path: output, fullPage: false });
  console.log(`saved ${output}${values.update ? '' : ' (run with -- --update to replace docs/swagger-ui.png)'}`);
} finally {
  await session.close();
}

// `npm run docs:screenshot`: opens /docs in headless Chromium, runs one "Try it out" request
// (GET /v1/statements) against the seeded app and saves docs/swagger-ui.png. Needs MONGODB_URI and
// Chromium (Debian's `chromium` package; CHROMIUM_PATH to use another). Exits non-zero if the UI fails.
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { collectArticleFiles, readArticleFiles } from '../../src/ingest/files.js';
import { ArticleImporter } from '../../src/ingest/import-articles.js';
import { SEED_ARTICLES_DIR } from '../../src/ingest/seed-if-empty.js';
import { buildTestApp } from '../helpers/app.js';

const output = fileURLToPath(new URL('../../docs/swagger-ui.png', import.meta.url));
const t = await buildTestApp('swagger_ui', { RATE_LIMIT_MAX: 0 });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const { inputs } = await readArticleFiles((await collectArticleFiles([SEED_ARTICLES_DIR])).files);
  await new ArticleImporter(t.app.models).importArticles(inputs);
  const base = await t.app.listen({ port: 0, host: '127.0.0.1' });

  const page = await browser.newPage({ viewport: { width: 1280, height: 1500 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${base}/docs`, { waitUntil: 'networkidle' });
  const operation = page.locator('#operations-statements-listStatements');
  await operation.locator('.opblock-summary').click();
  await operation.getByRole('button', { name: 'Try it out' }).click();
  // Try it out pre-fills every parameter with its example: empty them, as a user would, and ask one question.
  for (const input of await operation.locator('.parameters input[type=text]').all()) await input.fill('');
  for (const select of await operation.locator('tr[data-param-name="kind"] select, tr[data-param-name="format"] select').all()) await select.selectOption({ index: 0 });
  const removeOutlet = operation.locator('tr[data-param-name="outlet"] button:has-text("-")');
  while ((await removeOutlet.count()) > 0) await removeOutlet.first().click();
  await operation.locator('tr[data-param-name="speaker"] input').first().fill('Antonov');
  await operation.locator('tr[data-param-name="limit"] input').fill('3');
  await operation.getByRole('button', { name: 'Execute' }).click();
  const status = operation.locator('.live-responses-table tbody .response-col_status').first();
  await status.waitFor({ timeout: 15000 });
  assert.equal((await status.innerText()).trim(), '200', 'the Try it out request answered 200');
  const body = await operation.locator('.live-responses-table').innerText();
  assert.match(body, /Anatoly Antonov/);
  assert.deepEqual(errors, [], 'no script errors on the page');
  // Frame the filled-in form, the request and the start of the response.
  await operation.locator('.live-responses-table').scrollIntoViewIfNeeded();
  await page.evaluate('window.scrollBy(0, -700)');
  await page.screenshot({ path: output, fullPage: false });
  console.log(`saved ${output}`);
} finally {
  await browser.close();
  await t.close();
}

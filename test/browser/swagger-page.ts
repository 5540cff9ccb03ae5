// Drives Swagger UI as a new user does: open GET /v1/statements, "Try it out", type one value, Execute.
// Shared by test/browser/try-it-out.test.ts and the screenshot script (`npm run docs:screenshot`).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Locator, type Page } from 'playwright-core';
import { collectArticleFiles, readArticleFiles } from '../../src/ingest/files.js';
import { ArticleImporter } from '../../src/ingest/import-articles.js';
import { SEED_ARTICLES_DIR } from '../../src/ingest/seed-if-empty.js';
import { buildTestApp, type TestApp } from '../helpers/app.js';

/** Debian's `chromium` package (`apt-get install -y chromium`); .ci/run installs it when missing. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

export const chromiumInstalled = (): boolean => existsSync(CHROMIUM_PATH);

export interface SwaggerSession {
  page: Page;
  /** The app's base URL, e.g. http://127.0.0.1:PORT. */
  base: string;
  /** Script errors the page threw. */
  pageErrors: string[];
  close(): Promise<void>;
}

/** The app on its own database with the seed articles, listening, and a fresh headless Chromium on a blank page. */
export async function openSwaggerSession(name: string): Promise<SwaggerSession> {
  const t: TestApp = await buildTestApp(name, { RATE_LIMIT_MAX: 0 });
  const profile = mkdtempSync(join(tmpdir(), 'whosaid-chromium-'));
  try {
    const { inputs } = await readArticleFiles((await collectArticleFiles([SEED_ARTICLES_DIR])).files);
    await new ArticleImporter(t.app.models).importArticles(inputs);
    const base = await t.app.listen({ port: 0, host: '127.0.0.1' });
    // launchPersistentContext is how playwright takes a profile directory (it refuses --user-data-dir in args).
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      viewport: { width: 1280, height: 1500 },
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    const page = context.pages()[0] ?? (await context.newPage());
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    return {
      page,
      base,
      pageErrors,
      close: async () => {
        await context.close();
        await t.close();
        rmSync(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await t.close();
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
}

export interface TryItOutResult {
  /** The operation's block on the page (to frame a screenshot). */
  operation: Locator;
  /** The URL the browser actually requested. */
  requestUrl: URL;
  /** The status Swagger UI shows. */
  status: string;
  /** The response body Swagger UI shows. */
  responseBody: string;
}

/** Opens GET /v1/statements, clicks Try it out, types `value` in the `parameter` field and nothing else, presses Execute. */
export async function tryItOut(session: SwaggerSession, parameter: string, value: string): Promise<TryItOutResult> {
  const { page, base } = session;
  await page.goto(`${base}/docs`, { waitUntil: 'networkidle' });
  const operation = page.locator('#operations-statements-listStatements');
  await operation.locator('.opblock-summary').click();
  await operation.getByRole('button', { name: 'Try it out' }).click();
  const row = operation.locator(`tr[data-param-name="${parameter}"]`);
  // A repeatable (array) parameter starts with no field: "Add string item" gives it one, as a user would click.
  const addItem = row.getByRole('button', { name: 'Add string item' });
  if ((await row.locator('input').count()) === 0 && (await addItem.count()) > 0) await addItem.click();
  await row.locator('input').first().fill(value);
  const request = page.waitForRequest((r) => new URL(r.url()).pathname === '/v1/statements');
  await operation.getByRole('button', { name: 'Execute' }).click();
  const requestUrl = new URL((await request).url());
  const status = operation.locator('.live-responses-table tbody .response-col_status').first();
  await status.waitFor({ timeout: 15000 });
  const responseBody = await operation.locator('.live-responses-table .response-col_description .microlight').first().innerText();
  return { operation, requestUrl, status: (await status.innerText()).trim(), responseBody };
}

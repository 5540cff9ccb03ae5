import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, test } from 'node:test';
import { ConfigError, ConfigSchema, corsOrigins, loadConfig, readEnvironment } from '../src/config.js';

describe('config', () => {
  test('defaults', () => {
    const config = loadConfig({});
    assert.equal(config.PORT, 3000);
    assert.equal(config.HOST, '127.0.0.1');
    assert.equal(config.SEED_ON_START, true);
    assert.equal(config.MONGODB_URI, undefined);
  });

  test('values are coerced to their types', () => {
    const config = loadConfig({ PORT: '8080', SEED_ON_START: 'false', MONGODB_URI: 'mongodb://db:27017/x' });
    assert.equal(config.PORT, 8080);
    assert.equal(config.SEED_ON_START, false);
    assert.equal(config.MONGODB_URI, 'mongodb://db:27017/x');
  });

  test('an empty value counts as unset', () => {
    assert.equal(loadConfig({ MONGODB_URI: '', PORT: '' }).PORT, 3000);
  });

  for (const [name, value] of [
    ['PORT', '99999'],
    ['PORT', 'abc'],
    ['MONGODB_URI', 'http://localhost'],
    ['LOG_LEVEL', 'loud'],
    ['SEED_ON_START', 'maybe'],
    ['DB_TIMEOUT_MS', '5'],
  ] as const) {
    test(`a bad ${name} (${value}) stops start-up naming the variable`, () => {
      assert.throws(
        () => loadConfig({ [name]: value }),
        (error: Error) => error instanceof ConfigError && error.message.includes(name),
      );
    });
  }

  test('CORS_ORIGINS: * or a list', () => {
    assert.equal(corsOrigins({ CORS_ORIGINS: '*' }), '*');
    assert.deepEqual(corsOrigins({ CORS_ORIGINS: 'https://a.org, https://b.org' }), ['https://a.org', 'https://b.org']);
  });

  test('README.md has a row for every variable', async () => {
    const readme = await readFile(new URL('../README.md', import.meta.url), 'utf8');
    for (const name of Object.keys(ConfigSchema.properties)) assert.match(readme, new RegExp(`^\\| \`${name}\` \\|`, 'm'), name);
  });

  test('.env.example documents every variable and no others', async () => {
    const text = await readFile(new URL('../.env.example', import.meta.url), 'utf8');
    const documented = [...text.matchAll(/^([A-Z_]+)=/gm)].map((m) => m[1]).sort();
    assert.deepEqual(documented, Object.keys(ConfigSchema.properties).sort());
  });

  test('.env.example read as a .env file is a valid configuration: its empty values are the defaults', () => {
    const config = loadConfig(readEnvironment(fileURLToPath(new URL('../.env.example', import.meta.url)), {}));
    assert.equal(config.MONGODB_URI, undefined);
    assert.equal(config.REDIS_URL, undefined);
    assert.equal(config.API_KEYS, '');
  });

  test('the real environment wins over .env; an empty real value leaves the .env value', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'whosaid-env-'));
    try {
      const file = join(dir, '.env');
      await writeFile(file, 'PORT=4000\nMONGODB_URI=mongodb://from-file/x\nHOST=\n');
      const config = loadConfig(readEnvironment(file, { PORT: '5000', MONGODB_URI: '' }));
      assert.equal(config.PORT, 5000);
      assert.equal(config.MONGODB_URI, 'mongodb://from-file/x');
      assert.equal(config.HOST, '127.0.0.1');
      assert.deepEqual(readEnvironment(join(dir, 'missing.env'), { PORT: '1' }), { PORT: '1' });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

// bom=true on the CSV exports: the file starts with EF BB BF (Excel then reads it as UTF-8, apostrophes intact),
// only when asked, on every CSV route; with any other format it is a 400 naming `bom`.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import request from 'supertest';
import { buildTestApp, type TestApp } from './helpers/app.js';

const KEY = 'csv-bom-key';
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const TEXT = [
  'Sofia minister defends the budget’s cuts',
  'SOFIA, March 3, 2025 (Example Wire) - Bulgarian Finance Minister Petar Antonov defended the budget on Monday.',
  '"We’ll keep the deficit under three percent, and that’s final," Antonov said.',
].join('\n\n');

describe('CSV exports with bom=true', () => {
  let t: TestApp;
  let personId: string;
  /** The raw bytes of the body: no text decoding that could keep or drop a BOM on its own. */
  const bytes = (url: string, accept?: string) => {
    const req = request(t.app.server).get(url);
    if (accept) void req.set('accept', accept);
    return req.buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
  };

  before(async () => {
    t = await buildTestApp('csv_bom', { API_KEYS: KEY });
    await request(t.app.server).post('/v1/articles').set('authorization', `Bearer ${KEY}`).send({ text: TEXT, outlet: 'Example Wire' }).expect(201);
    const people = await request(t.app.server).get('/v1/people?q=Antonov').expect(200);
    personId = (people.body as { data: { id: string }[] }).data[0]!.id;
  });
  after(async () => {
    await t.close();
  });

  const csvRoutes = () => ['/v1/statements', '/v1/articles', '/v1/people', `/v1/people/${personId}/statements`];

  test('every CSV route starts with EF BB BF with bom=true (or Accept: text/csv), and never without', async () => {
    for (const route of csvRoutes()) {
      const withBom = (await bytes(`${route}?format=csv&bom=true`).expect(200)).body as Buffer;
      assert.deepEqual(withBom.subarray(0, 3), BOM, route);
      const plain = (await bytes(`${route}?format=csv`).expect(200)).body as Buffer;
      assert.notDeepEqual(plain.subarray(0, 3), BOM, route);
      assert.deepEqual(withBom.subarray(3), plain, `${route}: the same file after the BOM`);
      const noBom = (await bytes(`${route}?format=csv&bom=false`).expect(200)).body as Buffer;
      assert.deepEqual(noBom, plain, `${route}: bom=false`);
      const byAccept = (await bytes(`${route}?bom=true`, 'text/csv').expect(200)).body as Buffer;
      assert.deepEqual(byAccept.subarray(0, 3), BOM, `${route}: Accept text/csv`);
    }
    const statements = (await bytes('/v1/statements?format=csv&bom=true').expect(200)).body as Buffer;
    assert.match(statements.toString('utf8'), /We’ll keep the deficit under three percent, and that’s final/, 'apostrophes as UTF-8');
  });

  test('bom=true with JSON, NDJSON or Atom is a 400 naming bom; a bom that is not a boolean too', async () => {
    for (const query of ['bom=true', 'format=json&bom=true', 'format=ndjson&bom=true', 'format=atom&bom=true', 'bom=yes']) {
      const res = await request(t.app.server).get(`/v1/statements?${query}`).expect(400);
      assert.match(res.headers['content-type'] as string, /application\/problem\+json/);
      assert.equal((res.body as { invalidParams: { name: string }[] }).invalidParams[0]!.name, 'bom', query);
    }
    await request(t.app.server).get('/v1/statements?format=ndjson&bom=false').expect(200);
    await request(t.app.server).get('/v1/people?bom=true').set('accept', 'application/x-ndjson').expect(400);
  });
});

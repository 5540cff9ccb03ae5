// Grouping earlier reports of a remark (src/ingest/grouping.ts), without a database.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DAY_MS } from '../src/dates.js';
import { findGroup, SpeakerReports, type GroupCandidate } from '../src/ingest/grouping.js';

/** A small deterministic generator (mulberry32). */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = Array.from({ length: 14 }, (_, i) => `word${i}x`);

function candidate(rand: () => number, n: number, publishedAt: Date | null): GroupCandidate {
  const signature = new Set(WORDS.filter(() => rand() < 0.5));
  return { speakerId: rand() < 0.9 ? 's' : 't', articleId: `a${Math.floor(rand() * 30)}`, publishedAt, signature, groupId: `g${n}` };
}

describe('SpeakerReports', () => {
  test('finds the same group as findGroup over every earlier report, in date order or not', () => {
    for (const inOrder of [true, false]) {
      const rand = random(inOrder ? 1 : 2);
      const stored = Array.from({ length: 40 }, (_, n) => candidate(rand, n, rand() < 0.1 ? null : new Date(Math.floor(rand() * 60 * DAY_MS))));
      const reports = new SpeakerReports();
      for (const c of stored) reports.addStored(c);
      const built: GroupCandidate[] = [];
      let day = 0;
      let grouped = 0;
      for (let n = 0; n < 600; n++) {
        // Date order with undated last (as the importer sorts), or shuffled dates.
        const undated = inOrder ? n >= 560 : rand() < 0.1;
        day = inOrder ? day + rand() * 0.3 : rand() * 180;
        const me = candidate(rand, 1000 + n, undated ? null : new Date(Math.floor(day * DAY_MS)));
        const group = reports.findGroup(me);
        assert.equal(group, findGroup(me, [...stored, ...built]), `statement ${n}`);
        if (group) grouped++;
        reports.addBuilt(me);
        built.push(me);
      }
      assert.ok(grouped > 100 && grouped < 590, `${grouped} statements joined a group`);
    }
  });
});

// The clustering of a batch's people, without a database: who is taken to be the same person.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { clusterPeople, fullestName } from '../src/ingest/person-clusters.js';

const person = (name: string, ...aliases: string[]) => ({ name, aliases });

describe('clusterPeople', () => {
  test('a full-name form shared across articles is one person, spelling, case and patronymic folded', () => {
    const { clusters, articles } = clusterPeople([
      [person('Kim Jong Un'), person('Vladimir Vladimirovich Putin')],
      [person('Kim Jong-un'), person('Vladimir Putin')],
    ]);
    assert.equal(clusters.length, 2);
    assert.equal(articles[0]!.get('Kim Jong Un'), articles[1]!.get('Kim Jong-un'));
    assert.equal(articles[0]!.get('Vladimir Vladimirovich Putin'), articles[1]!.get('Vladimir Putin'));
    assert.notEqual(articles[0]!.get('Kim Jong Un'), articles[0]!.get('Vladimir Vladimirovich Putin'));
  });

  test('clusters join transitively through aliases', () => {
    const { clusters, articles } = clusterPeople([[person('Sergei Lavrov', 'Sergey Lavrov')], [person('Sergey Lavrov')], [person('Sergei Lavrov')]]);
    assert.equal(clusters.length, 1);
    assert.deepEqual(clusters[0]!.names, ['Sergei Lavrov', 'Sergey Lavrov', 'Sergei Lavrov']);
    assert.deepEqual(new Set(clusters[0]!.keys), new Set(['sergei lavrov', 'sergey lavrov']));
    assert.deepEqual(
      articles.map((names) => [...names.values()]),
      [[0], [0], [0]],
    );
  });

  test('a surname alone never merges two people: it is a person of its own', () => {
    const { clusters, clusterOfKey, articles } = clusterPeople([[person('Anna Smith'), person('Smith')], [person('John Smith')]]);
    assert.equal(clusters.length, 3);
    assert.equal(new Set(articles.flatMap((names) => [...names.values()])).size, 3);
    assert.equal(clusters[clusterOfKey.get('smith')!]!.name, 'Smith');
  });

  test('a cluster is named by its fullest form', () => {
    const { clusters } = clusterPeople([[person('Maria Zakharova')], [person('Maria Vladimirovna Zakharova')], [person('Maria Zakharova')]]);
    assert.equal(clusters.length, 1);
    assert.equal(clusters[0]!.name, 'Maria Zakharova');
  });

  test('no people, no clusters', () => {
    assert.deepEqual(clusterPeople([[], []]), { clusters: [], clusterOfKey: new Map(), articles: [new Map(), new Map()] });
  });
});

describe('fullestName', () => {
  test('most words (patronymics set aside), then the most frequent', () => {
    assert.equal(fullestName(['Putin', 'Vladimir Putin', 'Putin']), 'Vladimir Putin');
    assert.equal(fullestName(['Kim Jong-un', 'Kim Jong Un', 'Kim Jong Un']), 'Kim Jong Un');
    assert.equal(fullestName([]), '');
  });
});

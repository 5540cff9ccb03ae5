/** Attribution and resolution: the reporter's frame around a statement (hearers, media, adjuncts, long introductions) and the topic a pronoun continues. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { ExtractionResult } from '../../src/extract/index.js';
import { article } from './helpers.js';

const rows = (r: ExtractionResult): [string | null, string][] => r.statements.map((s) => [s.speaker ?? s.source, s.text]);
const names = (r: ExtractionResult): string[] => r.people.map((p) => p.name).sort();
const LEDE = 'VALMORA (Wire) — The court sat for six hours on Tuesday.';

describe("the reporter's frame", () => {
  test('a hearer followed by an adjunct; a medium after "wrote on"; a reporter\'s "as"-clause after the attribution', () => {
    const r = article(
      LEDE,
      '"You exploited their trust," presiding judge Hélène Marrou told the defendant as she read the verdict.',
      'Deputy Culture Minister Halyna Borys wrote on Facebook that the ministry had set aside funds for storage.',
      'The ferry will run again in May, Transport Minister Ivo Marek said on Tuesday, as islanders plead for help.',
    );
    assert.deepEqual(rows(r), [
      ['Hélène Marrou', 'You exploited their trust'],
      ['Halyna Borys', 'the ministry had set aside funds for storage'],
      ['Ivo Marek', 'The ferry will run again in May'],
    ]);
  });

  test('a coordinated "urged" reaches its "to" past a long object; a long prepositional introduction; a subject with a time adjunct', () => {
    const r = article(
      LEDE,
      'Councillor Renato Villa alleged that the rice never reached the centres, and urged the Commission on Audit to examine the deal.',
      'In a post on her official Facebook page on Tuesday evening, Mayor Consuelo Tan wrote that every peso was accounted for.',
      'A city councillor on Tuesday, March 5, alleged that the contract was inflated.',
    );
    assert.deepEqual(rows(r), [
      ['Renato Villa', 'the rice never reached the centres'],
      ['Renato Villa', 'the Commission on Audit to examine the deal'],
      ['Consuelo Tan', 'every peso was accounted for'],
      ['A city councillor', 'the contract was inflated'],
    ]);
  });

  test('organisations: "the startup X", "developer X", company-name words; an unknown occupation before a name at a sentence start', () => {
    const r = article(
      LEDE,
      'Wes Hollin, the chief executive of the startup Finwise Foods, argued that delay helps rivals.',
      'A spokesperson for developer Nordwind Energie, Tobias Reuter, said the company would halt work.',
      'Voltara Mobility reported a loss on Thursday.',
      'Glazier Yurii Dovhan, who has spent 14 months on the icons, explained that glass paintings are fragile.',
    );
    assert.deepEqual(names(r), ['Tobias Reuter', 'Wes Hollin', 'Yurii Dovhan']);
  });

  test('a pronoun continues the person opening the previous sentence, not a possessive name or the last speaker', () => {
    const r = article(
      LEDE,
      'Minister Ivo Marek said the budget was balanced.',
      'President Ana Lutz thanked the court in her address. "Every verdict matters," she said.',
      "Lutz's adviser, economist Tomas Berg, noted that prices were rising. Still, he acknowledged the case was different.",
    );
    assert.deepEqual(
      r.statements.map((s) => s.speaker),
      ['Ivo Marek', 'Ana Lutz', 'Tomas Berg', 'Tomas Berg'],
    );
  });
});

describe('roles before names', () => {
  test('a role head opening the apposition before a name ("Counsel to the association, X,") makes X a person', () => {
    const r = article(LEDE, 'Counsel to the association, Olumide Bassey, told journalists after the ruling that the fee had been raised without notice.');
    assert.deepEqual(rows(r), [['Olumide Bassey', 'the fee had been raised without notice']]);
  });

  test('an indefinite role in the lede is the named speaker holding that role; not a named speaker holding another', () => {
    const r = article(
      'VALMORA (Wire) — A city councillor on Tuesday alleged that the relief contract had been inflated.',
      'Councillor Renato Villa said the rice never reached the evacuation centres.',
    );
    assert.deepEqual(
      r.statements.map((s) => s.speaker),
      ['Renato Villa', 'Renato Villa'],
    );
    const q = article(
      'VALMORA (Wire) — A city councillor on Tuesday alleged that the relief contract had been inflated.',
      'Mayor Consuelo Tan said every peso was accounted for.',
    );
    assert.deepEqual(
      q.statements.map((s) => s.speaker ?? s.source),
      ['A city councillor', 'Consuelo Tan'],
    );
  });
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyCatalogLevels } from './catalog-levels.ts';
import { decideCrossBorderPath, type CrossBorderFacts } from './decide-cross-border-path.ts';

const facts: CrossBorderFacts = {
  operatorIsCiio: false,
  personalInfoPersons: 50_000,
  sensitivePersonalInfoPersons: 0,
  importantData: false,
  coreData: false,
};

test('a linked core item makes the transfer core data, which may not leave', () => {
  const adjusted = applyCatalogLevels(facts, [
    { itemId: 'a', level: 'general' },
    { itemId: 'b', level: 'core' },
  ]);
  assert.equal(adjusted.facts.coreData, true);
  assert.deepEqual(adjusted.coreItemIds, ['b']);
  assert.equal(decideCrossBorderPath(adjusted.facts).path, 'forbidden');
  assert.equal(decideCrossBorderPath(facts).path, 'exempt');
});

test('an item graded important is pointed out but does not set the important-data flag', () => {
  const adjusted = applyCatalogLevels(facts, [{ itemId: 'c', level: 'important' }]);
  assert.equal(adjusted.facts.importantData, false);
  assert.deepEqual(adjusted.importantItemIdsUnflagged, ['c']);
  const flagged = applyCatalogLevels({ ...facts, importantData: true }, [
    { itemId: 'c', level: 'important' },
  ]);
  assert.deepEqual(flagged.importantItemIdsUnflagged, []);
});

test('the officer’s core flag stands without linked items', () => {
  const adjusted = applyCatalogLevels({ ...facts, coreData: true }, []);
  assert.equal(adjusted.facts.coreData, true);
  assert.deepEqual(adjusted.coreItemIds, []);
});

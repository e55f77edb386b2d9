import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  decideCrossBorderPath,
  type CrossBorderFacts,
  type CrossBorderPath,
} from './decide-cross-border-path.ts';
import { CROSS_BORDER_UNCONFIRMED_SETTINGS } from './cross-border-settings.ts';

function buildFacts(overrides: Partial<CrossBorderFacts> = {}): CrossBorderFacts {
  return {
    operatorIsCiio: false,
    personalInfoPersons: 0,
    sensitivePersonalInfoPersons: 0,
    importantData: false,
    coreData: false,
    ...overrides,
  };
}

const decide = (overrides: Partial<CrossBorderFacts>) =>
  decideCrossBorderPath(buildFacts(overrides));

/** [personal information persons, path, basis id] for a non-CIIO without sensitive PI. */
const PI_EDGES: readonly [number, CrossBorderPath, string][] = [
  [0, 'exempt', 'CB-NO-REGULATED-DATA'],
  [1, 'exempt', 'CB-ART5-4-UNDER-100K'],
  [99_999, 'exempt', 'CB-ART5-4-UNDER-100K'],
  [100_000, 'standard-contract-or-certification', 'CB-ART8-PI'],
  [100_001, 'standard-contract-or-certification', 'CB-ART8-PI'],
  [999_999, 'standard-contract-or-certification', 'CB-ART8-PI'],
  [1_000_000, 'security-assessment', 'CB-ART7-2-PI'],
  [1_000_001, 'security-assessment', 'CB-ART7-2-PI'],
];

for (const [persons, path, basis] of PI_EDGES) {
  test(`non-CIIO, PI of ${persons} people: ${path} (${basis})`, () => {
    const decision = decide({ personalInfoPersons: persons });
    assert.equal(decision.path, path);
    assert.equal(decision.basis.id, basis);
  });
}

/** [sensitive PI persons, path, basis id] for a non-CIIO with no other PI. */
const SPI_EDGES: readonly [number, CrossBorderPath, string][] = [
  [1, 'standard-contract-or-certification', 'CB-ART8-SPI'],
  [2, 'standard-contract-or-certification', 'CB-ART8-SPI'],
  [9_999, 'standard-contract-or-certification', 'CB-ART8-SPI'],
  [10_000, 'security-assessment', 'CB-ART7-2-SPI'],
  [10_001, 'security-assessment', 'CB-ART7-2-SPI'],
];

for (const [persons, path, basis] of SPI_EDGES) {
  test(`non-CIIO, sensitive PI of ${persons} people: ${path} (${basis})`, () => {
    const decision = decide({ sensitivePersonalInfoPersons: persons });
    assert.equal(decision.path, path);
    assert.equal(decision.basis.id, basis);
  });
}

test('a single sensitive-PI person lifts 99,999 PI people from exempt to standard contract', () => {
  assert.equal(decide({ personalInfoPersons: 99_999 }).path, 'exempt');
  const both = decide({ personalInfoPersons: 99_999, sensitivePersonalInfoPersons: 1 });
  assert.equal(both.path, 'standard-contract-or-certification');
  assert.deepEqual(
    both.matched.map((m) => m.basis.id),
    ['CB-ART8-SPI'],
  );
});

test('the strongest mechanism wins and every matching rule is listed', () => {
  const decision = decide({
    personalInfoPersons: 500_000,
    sensitivePersonalInfoPersons: 10_000,
    importantData: true,
  });
  assert.equal(decision.path, 'security-assessment');
  assert.equal(decision.basis.id, 'CB-ART7-2-IMPORTANT');
  assert.deepEqual(
    decision.matched.map((m) => m.basis.id),
    ['CB-ART7-2-IMPORTANT', 'CB-ART7-2-SPI', 'CB-ART8-PI'],
  );
  assert.match(decision.basis.article.zh, /第七条第（二）项/);
  assert.match(decision.basis.article.en, /Art\. 7\(2\)/);
});

test('non-CIIO important data alone needs a security assessment', () => {
  const decision = decide({ importantData: true });
  assert.equal(decision.path, 'security-assessment');
  assert.equal(decision.basis.id, 'CB-ART7-2-IMPORTANT');
});

test('a CIIO needs a security assessment for a single person’s PI or any important data', () => {
  for (const facts of [
    { personalInfoPersons: 1 },
    { sensitivePersonalInfoPersons: 1 },
    { importantData: true },
  ]) {
    const decision = decide({ operatorIsCiio: true, ...facts });
    assert.equal(decision.path, 'security-assessment', JSON.stringify(facts));
    assert.deepEqual(
      decision.matched.map((m) => m.basis.id),
      ['CB-ART7-1-CIIO'],
    );
  }
  assert.equal(decide({ operatorIsCiio: true }).basis.id, 'CB-NO-REGULATED-DATA');
});

test('core data may not leave, whatever else applies; as a setting it falls back to assessment', () => {
  const decision = decide({
    coreData: true,
    personalInfoPersons: 10,
    exemptions: ['hr-management', 'ftz-outside-negative-list'],
  });
  assert.equal(decision.path, 'forbidden');
  assert.equal(decision.basis.id, 'CB-CORE-DATA');
  assert.deepEqual(decision.appliedExemptions, []);
  assert.deepEqual(
    decision.rejectedExemptions.map((r) => r.exemption),
    ['hr-management', 'ftz-outside-negative-list'],
  );
  const relaxed = decideCrossBorderPath(buildFacts({ coreData: true }), {
    coreDataOutboundForbidden: false,
  });
  assert.equal(relaxed.path, 'security-assessment');
  assert.equal(relaxed.basis.id, 'CB-CORE-DATA-ASSESSMENT');
  assert.deepEqual(
    CROSS_BORDER_UNCONFIRMED_SETTINGS.map((setting) => setting.key),
    ['coreDataOutboundForbidden'],
  );
});

test('PI exemptions (Art. 5(1)–(3), Art. 4) lift PI thresholds, also for a CIIO, but not important data', () => {
  for (const exemption of [
    'contract-with-individual',
    'hr-management',
    'emergency',
    'foreign-collected-personal-info',
  ] as const) {
    const decision = decide({
      personalInfoPersons: 2_000_000,
      sensitivePersonalInfoPersons: 50_000,
      exemptions: [exemption],
    });
    assert.equal(decision.path, 'exempt', exemption);
    assert.deepEqual(decision.appliedExemptions, [exemption]);
    assert.equal(
      decide({ operatorIsCiio: true, personalInfoPersons: 5, exemptions: [exemption] }).path,
      'exempt',
    );
    const withImportant = decide({
      personalInfoPersons: 5,
      importantData: true,
      exemptions: [exemption],
    });
    assert.equal(withImportant.path, 'security-assessment', exemption);
    assert.equal(withImportant.rejectedExemptions[0]?.exemption, exemption);
  }
  assert.equal(
    decide({ exemptions: ['hr-management'] }).rejectedExemptions[0]?.reason.en,
    'no personal information is involved',
  );
  assert.equal(
    decide({ personalInfoPersons: 300_000, exemptions: ['hr-management'] }).basis.id,
    'CB-ART5-2-HR',
  );
});

test('trade data exemption (Art. 3) holds only without PI and important data', () => {
  assert.equal(
    decide({ exemptions: ['trade-without-personal-or-important-data'] }).basis.id,
    'CB-ART3-TRADE',
  );
  const withPi = decide({
    personalInfoPersons: 200_000,
    exemptions: ['trade-without-personal-or-important-data'],
  });
  assert.equal(withPi.path, 'standard-contract-or-certification');
  assert.equal(withPi.rejectedExemptions.length, 1);
});

test('data outside a free-trade zone’s negative list is exempt (Art. 6)', () => {
  const decision = decide({
    importantData: true,
    personalInfoPersons: 3_000_000,
    exemptions: ['ftz-outside-negative-list'],
  });
  assert.equal(decision.path, 'exempt');
  assert.equal(decision.basis.id, 'CB-ART6-FTZ');
});

test('impossible facts are refused', () => {
  for (const bad of [
    { personalInfoPersons: -1 },
    { sensitivePersonalInfoPersons: 0.5 },
    { exemptions: ['vip'] as never },
  ]) {
    assert.throws(
      () => decide(bad),
      { name: 'CrossBorderRuleError', code: 'CROSS_BORDER_FACTS_INVALID' },
      JSON.stringify(bad),
    );
  }
});

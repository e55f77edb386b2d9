import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gradeIncident } from './grade-incident.ts';
import type { IncidentFacts } from './incident-facts.ts';
import type { IncidentLevel } from './incident-levels.ts';
import {
  DEFAULT_INCIDENT_SETTINGS,
  INCIDENT_UNCONFIRMED_SETTINGS,
  resolveIncidentSettings,
} from './incident-settings.ts';
import { IncidentRuleError } from './errors.ts';

function buildFacts(overrides: Partial<IncidentFacts> = {}): IncidentFacts {
  return {
    domain: 'industrial',
    dataLevel: 'none',
    threat: 'none',
    productionDamage: 'none',
    outageHours: 0,
    economicLossYuan: 0,
    personalInfoPersons: 0,
    sensitivePersonalInfoPersons: 0,
    ...overrides,
  };
}

/** [field, threshold, level at and above it, level one below, criterion id at the threshold] */
const EDGES: readonly [keyof IncidentFacts, number, IncidentLevel, IncidentLevel, string][] = [
  ['economicLossYuan', 50_000_000, 'relatively-major', 'general', 'IR-RMAJOR-LOSS'],
  ['economicLossYuan', 100_000_000, 'major', 'relatively-major', 'IR-MAJOR-LOSS'],
  ['economicLossYuan', 1_000_000_000, 'especially-major', 'major', 'IR-EMAJOR-LOSS'],
  ['personalInfoPersons', 1_000_000, 'relatively-major', 'general', 'IR-RMAJOR-PI'],
  ['personalInfoPersons', 10_000_000, 'major', 'relatively-major', 'IR-MAJOR-PI'],
  ['personalInfoPersons', 100_000_000, 'especially-major', 'major', 'IR-EMAJOR-PI'],
  ['outageHours', 8, 'relatively-major', 'general', 'IR-RMAJOR-OUTAGE'],
  ['outageHours', 12, 'major', 'relatively-major', 'IR-MAJOR-OUTAGE'],
  ['outageHours', 24, 'especially-major', 'major', 'IR-EMAJOR-OUTAGE'],
];

for (const [field, threshold, level, below, id] of EDGES) {
  test(`${field}: ${threshold} is ${level}, one below is ${below}, one above is ${level}`, () => {
    const domain = field === 'outageHours' ? 'telecom' : 'industrial';
    const at = gradeIncident(buildFacts({ domain, [field]: threshold }));
    assert.equal(at.level, level);
    assert.equal(at.decidedBy.id, id);
    assert.equal(gradeIncident(buildFacts({ domain, [field]: threshold - 1 })).level, below);
    // Hours are not whole: 11.9 h is still below 12 h.
    if (field === 'outageHours') {
      assert.equal(
        gradeIncident(buildFacts({ domain, outageHours: threshold - 0.1 })).level,
        below,
      );
    }
    assert.equal(gradeIncident(buildFacts({ domain, [field]: threshold + 1 })).level, level);
  });
}

const SPI_EDGES: readonly [number, IncidentLevel, IncidentLevel, string][] = [
  [100_000, 'relatively-major', 'general', 'IR-RMAJOR-SPI'],
  [1_000_000, 'major', 'relatively-major', 'IR-MAJOR-SPI'],
  [10_000_000, 'especially-major', 'major', 'IR-EMAJOR-SPI'],
];

for (const [threshold, level, below, id] of SPI_EDGES) {
  test(`sensitive PI of ${threshold} people is ${level}; one below is ${below}`, () => {
    // PI persons stay below the PI thresholds so only the sensitive criterion can decide.
    const facts = (spi: number) =>
      buildFacts({ sensitivePersonalInfoPersons: spi, personalInfoPersons: spi });
    const at = gradeIncident(facts(threshold));
    assert.equal(at.level, level);
    assert.ok(at.matched.some((match) => match.id === id));
    assert.equal(gradeIncident(facts(threshold - 1)).level, below);
    assert.equal(gradeIncident(facts(threshold + 1)).level, level);
  });
}

test('outage hours grade telecom and radio incidents, not industrial ones', () => {
  assert.equal(gradeIncident(buildFacts({ domain: 'radio', outageHours: 12 })).level, 'major');
  assert.equal(
    gradeIncident(buildFacts({ domain: 'industrial', outageHours: 48 })).level,
    'general',
  );
});

test('production damage grades industrial incidents only', () => {
  const grade = (
    productionDamage: IncidentFacts['productionDamage'],
    domain = 'industrial' as const,
  ) => gradeIncident(buildFacts({ domain, productionDamage }));
  assert.equal(grade('none').level, 'general');
  assert.equal(grade('partial').decidedBy.id, 'IR-RMAJOR-PRODUCTION');
  assert.equal(grade('major').decidedBy.id, 'IR-MAJOR-PRODUCTION');
  assert.equal(grade('large-scale').decidedBy.id, 'IR-EMAJOR-PRODUCTION');
  assert.equal(
    gradeIncident(buildFacts({ domain: 'telecom', productionDamage: 'large-scale' })).level,
    'general',
  );
});

test('data involved and threat: important data seriously threatened is 重大, core data especially so is 特别重大', () => {
  const grade = (dataLevel: IncidentFacts['dataLevel'], threat: IncidentFacts['threat']) =>
    gradeIncident(buildFacts({ dataLevel, threat })).level;
  assert.equal(grade('general', 'relatively-serious'), 'relatively-major');
  assert.equal(grade('general', 'especially-serious'), 'relatively-major');
  assert.equal(grade('important', 'relatively-serious'), 'relatively-major');
  assert.equal(grade('important', 'serious'), 'major');
  assert.equal(grade('important', 'especially-serious'), 'major');
  assert.equal(grade('core', 'serious'), 'major');
  assert.equal(grade('core', 'especially-serious'), 'especially-major');
  assert.equal(grade('core', 'none'), 'general');
  assert.equal(grade('none', 'especially-serious'), 'general');
});

test('a general incident is decided by the "below 较大" criterion and matches nothing', () => {
  const grade = gradeIncident(
    buildFacts({ economicLossYuan: 10_000, personalInfoPersons: 999_999 }),
  );
  assert.equal(grade.level, 'general');
  assert.equal(grade.decidedBy.id, 'IR-GENERAL-BELOW');
  assert.deepEqual(grade.matched, []);
});

test('every matched criterion is listed, highest level first; the first decides', () => {
  const grade = gradeIncident(
    buildFacts({
      economicLossYuan: 200_000_000,
      personalInfoPersons: 2_000_000,
      sensitivePersonalInfoPersons: 2_000_000,
      dataLevel: 'important',
      threat: 'relatively-serious',
    }),
  );
  assert.equal(grade.level, 'major');
  assert.equal(grade.decidedBy.id, 'IR-MAJOR-LOSS');
  assert.deepEqual(
    grade.matched.map((match) => match.id),
    [
      'IR-MAJOR-LOSS',
      'IR-MAJOR-SPI',
      'IR-RMAJOR-DATA',
      'IR-RMAJOR-LOSS',
      'IR-RMAJOR-PI',
      'IR-RMAJOR-SPI',
    ],
  );
  assert.equal(grade.decidedBy.confirmed, true);
  assert.equal(grade.decidedBy.description.zh, '直接经济损失 1亿元 及以上');
  assert.equal(grade.decidedBy.description.en, 'direct economic loss of ¥100,000,000 or more');
});

test('settings move the unconfirmed thresholds, and the descriptions follow', () => {
  const facts = buildFacts({ economicLossYuan: 30_000_000 });
  assert.equal(gradeIncident(facts).level, 'general');
  const grade = gradeIncident(facts, { relativelyMajorLossYuan: 30_000_000 });
  assert.equal(grade.level, 'relatively-major');
  assert.equal(grade.decidedBy.description.zh, '直接经济损失 3000万元 及以上');
  assert.equal(grade.decidedBy.confirmed, false);
});

test('settings out of order or not positive are refused', () => {
  for (const bad of [
    { relativelyMajorLossYuan: 100_000_000 },
    { especiallyMajorPersonalInfoPersons: 10_000_000 },
    { followUpIntervalHours: 0 },
    { summaryReportDays: Number.NaN },
  ]) {
    assert.throws(
      () => resolveIncidentSettings(bad),
      (error: unknown) =>
        error instanceof IncidentRuleError && error.code === 'INCIDENT_SETTINGS_INVALID',
      JSON.stringify(bad),
    );
  }
});

test('bad facts are refused with INCIDENT_FACTS_INVALID', () => {
  for (const bad of [
    { economicLossYuan: -1 },
    { outageHours: Number.POSITIVE_INFINITY },
    { personalInfoPersons: 1.5 },
    { personalInfoPersons: 10, sensitivePersonalInfoPersons: 11 },
  ]) {
    assert.throws(
      () => gradeIncident(buildFacts(bad)),
      (error: unknown) =>
        error instanceof IncidentRuleError && error.code === 'INCIDENT_FACTS_INVALID',
      JSON.stringify(bad),
    );
  }
});

test('the unconfirmed list names real settings with their defaults; confirmed figures are not in it', () => {
  const keys = INCIDENT_UNCONFIRMED_SETTINGS.map((setting) => setting.key);
  for (const setting of INCIDENT_UNCONFIRMED_SETTINGS) {
    assert.ok(setting.key in DEFAULT_INCIDENT_SETTINGS, setting.key);
    assert.equal(
      setting.defaultValue,
      DEFAULT_INCIDENT_SETTINGS[setting.key as keyof typeof DEFAULT_INCIDENT_SETTINGS],
    );
    assert.ok(setting.note.zh.length > 0 && setting.note.en.length > 0);
  }
  assert.ok(keys.includes('relativelyMajorLossYuan'));
  assert.ok(keys.includes('especiallyMajorOutageHours'));
  for (const confirmed of [
    'majorLossYuan',
    'majorPersonalInfoPersons',
    'majorSensitivePersons',
    'majorOutageHours',
    'relativelyMajorOutageHours',
  ]) {
    assert.ok(!keys.includes(confirmed), confirmed);
  }
});

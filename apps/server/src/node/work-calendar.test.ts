import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { ConfigError, loadConfig } from '../config.ts';
import { reviewByOf, resubmitByOf } from '../filings/filing-clock.ts';
import { datesOf } from '../assessments/assessment.presenter.ts';
import type { AssessmentRow } from '@shuan/db';
import { installWorkCalendar } from './work-calendar.ts';

const folder = mkdtempSync(join(tmpdir(), 'shuan-holidays-'));
const CN_2026 = join(import.meta.dirname, '../../../../packages/core/calendars/cn-2026.json');

function fileWith(name: string, text: string): string {
  const path = join(folder, name);
  writeFileSync(path, text);
  return path;
}

after(() => {
  installWorkCalendar({});
});

test('SHUAN_HOLIDAYS_FILE is validated when the configuration loads, with every problem listed', () => {
  const bad = fileWith(
    'bad.json',
    JSON.stringify({ holidays: ['2026-13-01'], workdays: ['2026-10-12'] }),
  );
  assert.throws(
    () => loadConfig({ SHUAN_HOLIDAYS_FILE: bad }),
    (error: unknown) =>
      error instanceof ConfigError &&
      error.message.includes('SHUAN_HOLIDAYS_FILE') &&
      error.message.includes('holidays[0]') &&
      error.message.includes('2026-10-12'),
  );
  assert.throws(() => loadConfig({ SHUAN_HOLIDAYS_FILE: fileWith('x.json', '{') }), /JSON/);
  assert.throws(
    () => loadConfig({ SHUAN_HOLIDAYS_FILE: join(folder, 'missing.json') }),
    /无法读取/,
  );
  assert.equal(loadConfig({}).workCalendar, undefined);
});

test('filing, re-submission and assessment deadlines run across a configured holiday', () => {
  installWorkCalendar({});
  assert.equal(reviewByOf('2026-09-28'), '2026-10-26', 'weekends only');
  const config = loadConfig({ SHUAN_HOLIDAYS_FILE: CN_2026 });
  installWorkCalendar(config.workCalendar ?? {});
  assert.equal(reviewByOf('2026-09-28'), '2026-10-30');
  // Returned on 30 Sept (China day): 15 working days, National Day skipped, 10 Oct counted.
  assert.equal(resubmitByOf(new Date('2026-09-30T04:00:00Z')), '2026-10-27');
  // An assessment completed on 30 Sept is filed within 10 working days.
  const dates = datesOf({ completedOn: '2026-09-30', filedAt: null } as AssessmentRow, new Date());
  assert.equal(dates?.filingDueBy, '2026-10-20');
});

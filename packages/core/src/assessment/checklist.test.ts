import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { builtinChecklist, BUILTIN_CHECKLIST_IDS } from './builtin-checklists.ts';
import { parseAssessmentChecklist, parseAssessmentChecklistJson } from './checklist.ts';
import { AssessmentRuleError } from './errors.ts';

const FILE = new URL('../../checklists/risk-assessment-2024.json', import.meta.url);

function invalid(detail: RegExp) {
  return (error: unknown) =>
    error instanceof AssessmentRuleError &&
    error.code === 'ASSESSMENT_CHECKLIST_INVALID' &&
    detail.test(error.message);
}

test('the shipped 2024 checklist file validates and has the eight items of RA Rules Art. 5', () => {
  const checklist = parseAssessmentChecklistJson(
    readFileSync(FILE, 'utf8'),
    'risk-assessment-2024.json',
  );
  assert.equal(checklist.id, 'risk-assessment-2024');
  assert.equal(checklist.source.number, '工信部网安〔2024〕82号');
  assert.equal(checklist.items.length, 8);
  assert.deepEqual(
    checklist.items.map((item) => item.reference.article),
    [1, 2, 3, 4, 5, 6, 7, 8].map((n) => `Art. 5(${n})`),
  );
  for (const item of checklist.items) {
    assert.equal(item.reference.section, 'regulations.md §2');
    assert.match(item.title.zh, /[\u4e00-\u9fff]/, item.id);
    assert.ok(item.guidance.en.length > 20, item.id);
  }
  assert.equal(checklist.reportSections.length, 9);
  assert.equal(checklist.reportSections[2]?.title.zh, '重要数据的种类和数量');
});

test('builtinChecklist returns the shipped checklist as a copy; unknown ids are refused', () => {
  assert.deepEqual(BUILTIN_CHECKLIST_IDS, ['risk-assessment-2024']);
  const a = builtinChecklist();
  a.items.pop();
  assert.equal(builtinChecklist('risk-assessment-2024').items.length, 8);
  assert.throws(
    () => builtinChecklist('risk-assessment-2023'),
    (error: unknown) =>
      error instanceof AssessmentRuleError && error.code === 'ASSESSMENT_CHECKLIST_UNKNOWN',
  );
});

test('a broken checklist is refused with the path of the first problem', () => {
  const good = JSON.parse(readFileSync(FILE, 'utf8')) as Record<string, unknown> & {
    items: Record<string, unknown>[];
  };
  const variant = (change: (copy: typeof good) => void) => {
    const copy = structuredClone(good);
    change(copy);
    return copy;
  };
  assert.throws(
    () => parseAssessmentChecklist(variant((c) => delete c.items[2]!.title)),
    invalid(/items\[2\]\.title/),
  );
  assert.throws(
    () => parseAssessmentChecklist(variant((c) => (c.items[0]!.guidance = { zh: '说明', en: '' }))),
    invalid(/items\[0\]\.guidance\.en/),
  );
  assert.throws(
    () => parseAssessmentChecklist(variant((c) => (c.items[1]!.id = c.items[0]!.id))),
    invalid(/items\[1\]\.id: 重复/),
  );
  assert.throws(
    () => parseAssessmentChecklist(variant((c) => (c.items[0]!.id = 'lawful'))),
    invalid(/items\[0\]\.id/),
  );
  assert.throws(
    () => parseAssessmentChecklist(variant((c) => (c.version = 'v1'))),
    invalid(/version/),
  );
  assert.throws(() => parseAssessmentChecklist(variant((c) => (c.items = []))), invalid(/items/));
  assert.throws(() => parseAssessmentChecklist(variant((c) => delete c.source)), invalid(/source/));
  assert.throws(() => parseAssessmentChecklistJson('{"id": ', 'x.json'), invalid(/x\.json \$/));
  assert.throws(() => parseAssessmentChecklist([]), invalid(/\$/));
});

test('a province can publish a new version without report sections', () => {
  const checklist = parseAssessmentChecklist(
    {
      id: 'guangdong-supplement',
      version: '2026.1.0',
      title: { zh: '广东补充检查单', en: 'Guangdong supplement' },
      source: {
        document: { zh: '通知', en: 'notice' },
        number: '粤工信〔2026〕1号',
        effectiveFrom: '2026-01-01',
        section: '—',
      },
      items: [
        {
          id: 'GD-01-OT',
          title: { zh: '工控系统数据', en: 'OT data' },
          guidance: { zh: '检查', en: 'check' },
          reference: { article: '第一条', section: '—' },
          extra: 'dropped',
        },
      ],
    },
    'gd.json',
  );
  assert.deepEqual(checklist.reportSections, []);
  assert.deepEqual(Object.keys(checklist.items[0]!), ['id', 'title', 'guidance', 'reference']);
});

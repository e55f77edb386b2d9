import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import type { MessagePayload } from '@shuan/contracts';
import {
  closeFederationNodes,
  eventually,
  startFederationNodes,
  type FederationTestNode,
} from '../federation/testing/federation-node.ts';
import { refusedOn, send } from '../federation/testing/refusal-steps.ts';
import { enrollOver, userOn } from '../federation/testing/topology-steps.ts';
import type { HttpSession } from '../testing/http-session.ts';
import {
  buildAssessmentReportPayload,
  receiveAssessmentReport,
  receiveFilings,
  STEEL,
  TEXTILE,
} from './testing/report-fixtures.ts';

// A province reviews the assessment reports its enterprises filed and reports the year's
// receipt and review to the ministry (docs/risk-assessment.md § Yearly summary), as two real
// processes with their own databases: reviews recorded and audited, the summary counted from
// the province's filings and reports, refused without a parent, sent once enrolled, shown on
// the ministry with its state against 25 December; a newer summary replaces it there; one
// claiming another region is refused (FED_SCOPE_MISMATCH) and told to the province.

const MINISTRY = 'ministry-000000';
const PROVINCE = 'province-350000';

let ministry: FederationTestNode;
let province: FederationTestNode;
let reviewer: HttpSession;
let officer: HttpSession;

type Summary = MessagePayload<'assessment.year-summary'>;
interface View {
  current: Summary;
  sent: { summary: Summary; firstSentAt: string; lastSentAt: string } | null;
  canSend: boolean;
}
interface National {
  dueBy: string;
  items: { province: string; region: string | null; state: string; summary: Summary | null }[];
}

before(async () => {
  [ministry, province] = await startFederationNodes([
    ['ministry', MINISTRY],
    ['province', PROVINCE],
  ]);
  [reviewer, officer] = await Promise.all([
    userOn(province, 'prov-reviewer', 'reviewer'),
    userOn(province, 'prov-officer', 'officer'),
  ]);
  // Two enterprises filed important data with the province; only the steel works reported.
  await receiveFilings(province.pool, [STEEL, TEXTILE]);
});

after(async () => {
  await closeFederationNodes(ministry, province);
});

test('the province reviews a received report; needs-rework needs a note; others get 404', async () => {
  // Completed Friday 6 March 2026, received on 9 March: within 10 working days.
  const id = await receiveAssessmentReport(
    province.pool,
    `ent-${STEEL.uscc}`,
    buildAssessmentReportPayload({ enterprise: STEEL }),
    new Date('2026-03-09T02:00:00Z'),
  );
  const refused = await reviewer.request<{ error: { code: string } }>(
    'POST',
    `/assessments-received/${id}/review`,
    { outcome: 'needs-rework' },
  );
  assert.deepEqual([refused.status, refused.body.error.code], [400, 'VALIDATION_FAILED']);
  const returned = await reviewer.ok<{ review: { outcome: string; note: string; by: string } }>(
    'POST',
    `/assessments-received/${id}/review`,
    { outcome: 'needs-rework', note: '请补充第三方评估机构资质' },
  );
  assert.deepEqual(
    [returned.review.outcome, returned.review.note, returned.review.by],
    ['needs-rework', '请补充第三方评估机构资质', 'prov-reviewer'],
  );
  await reviewer.ok('POST', `/assessments-received/${id}/review`, { outcome: 'accepted' });
  const list = await reviewer.ok<{ items: { id: string; review: { outcome: string } | null }[] }>(
    'GET',
    '/assessments-received',
  );
  assert.equal(list.items.find((item) => item.id === id)?.review?.outcome, 'accepted');
  const unknown = await reviewer.request<{ error: { code: string } }>(
    'POST',
    `/assessments-received/${randomUUID()}/review`,
    { outcome: 'accepted' },
  );
  assert.deepEqual([unknown.status, unknown.body.error.code], [404, 'ASSESSMENT_REPORT_NOT_FOUND']);
  const audit = await province.pool.query<{ n: string }>(
    `SELECT count(*) AS n FROM audit_log WHERE action = 'assessment.report.review'`,
  );
  assert.equal(Number(audit.rows[0]?.n), 2);
});

test('the summary counts filings, reports and reviews; it is sent once the province has a parent', async () => {
  const view = await officer.ok<View>('GET', '/assessment-summaries/2026');
  assert.equal(view.canSend, false);
  assert.equal(view.sent, null);
  const { current } = view;
  assert.deepEqual(
    [current.region, current.dueBy, current.expected, current.received, current.onTime],
    ['350000', '2026-12-25', 2, 1, 1],
  );
  assert.deepEqual(current.review, { accepted: 1, needsRework: 0, pending: 0 });
  assert.deepEqual(current.missing, [{ uscc: TEXTILE.uscc, name: TEXTILE.name }]);

  const orphan = await officer.request<{ error: { code: string } }>(
    'POST',
    '/assessment-summaries',
    { year: 2026 },
  );
  assert.equal(orphan.body.error.code, 'FED_NOT_ENROLLED');
  const reviewerRefused = await reviewer.request('POST', '/assessment-summaries', { year: 2026 });
  assert.equal(reviewerRefused.status, 403);

  await enrollOver(ministry, province, { kind: 'region', code: '350000' });
  const before = await ministry.admin.ok<National>(
    'GET',
    '/national/assessment-summaries?year=2026',
  );
  assert.deepEqual(
    before.items.map((item) => [item.province, item.region, item.summary]),
    [[PROVINCE, '350000', null]],
  );
  const sent = await officer.ok<{ receiver: string; summary: Summary }>(
    'POST',
    '/assessment-summaries',
    { year: 2026 },
  );
  assert.equal(sent.receiver, MINISTRY);
  const row = await eventually(async () => {
    const answer = await ministry.admin.ok<National>(
      'GET',
      '/national/assessment-summaries?year=2026',
    );
    const first = answer.items[0];
    return first?.summary == null ? undefined : { ...first, summary: first.summary };
  }, 'the summary at the ministry');
  // Sent before 25 December of its year.
  assert.equal(row.state, new Date() <= new Date('2026-12-25T16:00:00Z') ? 'on-time' : 'late');
  assert.deepEqual(
    [row.summary.expected, row.summary.received, row.summary.missingTotal],
    [2, 1, 1],
  );
  const after = await officer.ok<View>('GET', '/assessment-summaries/2026');
  assert.deepEqual(after.sent?.summary, sent.summary);

  // The textile company reports late (completed in March, received in June); a new summary
  // replaces the one the ministry holds.
  await receiveAssessmentReport(
    province.pool,
    `ent-${TEXTILE.uscc}`,
    buildAssessmentReportPayload({ enterprise: TEXTILE }),
    new Date('2026-06-01T02:00:00Z'),
  );
  await officer.ok('POST', '/assessment-summaries', { year: 2026 });
  const replaced = await eventually(async () => {
    const answer = await ministry.admin.ok<National>(
      'GET',
      '/national/assessment-summaries?year=2026',
    );
    return answer.items[0]?.summary?.received === 2 ? answer.items[0].summary : undefined;
  }, 'the newer summary at the ministry');
  assert.deepEqual([replaced.onTime, replaced.late, replaced.missingTotal], [1, 1, 0]);
  assert.deepEqual(replaced.review, { accepted: 1, needsRework: 0, pending: 1 });

  // A summary claiming another province's region is refused, told, and changes nothing.
  const [forged] = await send(province, MINISTRY, [
    {
      type: 'assessment.year-summary',
      payload: { ...replaced, region: '440000', received: 99, asOf: new Date().toISOString() },
    },
  ]);
  assert.ok(forged);
  const told = await refusedOn(province, forged);
  assert.equal(told.code, 'FED_SCOPE_MISMATCH');
  assert.match(told.reason ?? '', /440000/);
  const kept = await ministry.admin.ok<National>('GET', '/national/assessment-summaries?year=2026');
  assert.equal(kept.items[0]?.summary?.received, 2);

  // A year nobody reported, long past: overdue.
  const old = await ministry.admin.ok<National>('GET', '/national/assessment-summaries?year=2024');
  assert.equal(old.items[0]?.state, 'overdue');
  const atProvince = await officer.request<{ error: { code: string } }>(
    'GET',
    '/national/assessment-summaries',
  );
  assert.equal(atProvince.body.error.code, 'NATIONAL_VIEW_MINISTRY_ONLY');
});

/**
 * Bulk seeding of the ministry's database by `INSERT … SELECT … FROM generate_series` after
 * `setseed`: a registry of enterprises over the 31 provinces, the province peers and their
 * latest filing rollups, incidents and risk reports received, assessment reports received,
 * and warnings with their recipients (acknowledged and answered in realistic shares).
 *
 * The received rows are node-level tables (no org_id), filled as the federation inbox
 * handlers fill them: one row per incident at its latest report, one per risk report. With
 * `viaTriggers` false the seed connection runs with `session_replication_role = replica`,
 * so the rollup triggers of migrations 0014/0015 do not fire; {@link backfillRollups}
 * then fills the rollup tables with the migration's own backfill statements.
 */
import pg from 'pg';
import { RISK_TYPES } from '@shuan/core';
import { industryCodes, regionCodesByProvince } from './geography.ts';

/** How much to seed (already scaled). */
export interface SeedSizes {
  enterprises: number;
  incidents: number;
  risks: number;
  assessments: number;
  warnings: number;
  acknowledgements: number;
}

/** Share of the warnings' recipients that acknowledged (签收) and that answered (反馈). */
const ACK_PERCENT = 85;
const ANSWER_PERCENT = 70;

/** Node id of the peer of the province with this two-digit prefix. */
export function provinceNodeId(prefix: string): string {
  return `bench-prov-${prefix}`;
}

async function withClient<T>(
  url: string,
  viaTriggers: boolean,
  work: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    if (!viaTriggers) await client.query('SET session_replication_role = replica');
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * The registry (`enterprises`, org-scoped to the ministry's organisation), an unlogged
 * numbered copy the other seeds draw from (`bench_enterprise_index`), the 31 province
 * peers and one filing rollup per province (about 70 % of enterprises filed).
 */
export async function seedRegistry(url: string, orgId: string, count: number): Promise<void> {
  const regions = regionCodesByProvince();
  const { manufacturing, other } = industryCodes();
  await withClient(url, false, async (client) => {
    await client.query('BEGIN');
    await client.query('SELECT setseed(0.31)');
    await client.query(
      `CREATE UNLOGGED TABLE bench_enterprise_index AS
       WITH r AS (SELECT i, random() AS r1, random() AS r2, random() AS r3, random() AS r4 FROM generate_series(1, $1::int) i),
       p AS (SELECT r.*, floor(31 * power(r1, 1.8))::int AS p FROM r),
       g AS (SELECT p.*, ($2::jsonb -> p) ->> floor(r2 * jsonb_array_length($2::jsonb -> p))::int AS region,
               CASE WHEN r3 < 0.7 THEN ($3::text[])[1 + floor(r3 / 0.7 * array_length($3::text[], 1))::int]
                    ELSE ($4::text[])[1 + floor((r3 - 0.7) / 0.3 * array_length($4::text[], 1))::int] END AS industry
             FROM p)
       SELECT i AS n, region AS region_code, industry AS industry_code,
         '91' || region || lpad(i::text, 9, '0') || '0' AS uscc,
         (ARRAY['华东','华南','北方','西部','中原','东海','长江','珠江','黄河','天山'])[1 + i % 10]
           || (ARRAY['精密','智能','重工','化工','电子','机械','材料','能源','装备','数控'])[1 + (i / 10) % 10]
           || (ARRAY['制造','科技','工业','实业','集团'])[1 + (i / 100) % 5] || '有限公司' || i AS name,
         CASE WHEN r4 < 0.02 THEN 'large' WHEN r4 < 0.15 THEN 'medium' WHEN r4 < 0.6 THEN 'small' ELSE 'micro' END AS size,
         r4 < 0.05 AS key_enterprise,
         'bench-prov-' || left(region, 2) AS sender
       FROM g`,
      [count, JSON.stringify(regions), manufacturing, other],
    );
    await client.query('ALTER TABLE bench_enterprise_index ADD PRIMARY KEY (n)');
    await client.query(
      `INSERT INTO enterprises (org_id, uscc, name, region_code, industry_code, size, key_enterprise,
         contact_name, contact_phone, address, node_id, created_at, updated_at)
       SELECT $1, uscc, name, region_code, industry_code, size, key_enterprise, '联系人' || n,
         '1380000' || lpad((n % 10000)::text, 4, '0'), '工业园区 ' || n || ' 号',
         CASE WHEN n % 4 = 0 THEN 'bench-ent-' || n END, now() - interval '300 days', now() - (n % 300) * interval '1 day'
       FROM bench_enterprise_index`,
      [orgId],
    );
    await client.query(
      `INSERT INTO federation_peers (node_id, relation, public_key, scope, last_contact_at, software_version)
       SELECT 'bench-prov-' || left(p, 2), 'child', 'bench-key-' || p,
         jsonb_build_object('kind', 'region', 'code', p), now() - interval '5 minutes', 'bench'
       FROM unnest($1::text[]) p`,
      [regions.map((codes) => `${(codes[0] ?? '00').slice(0, 2)}0000`)],
    );
    // Each province's latest rollup: one simulated filing for ~70 % of its enterprises.
    await client.query(
      `WITH f AS (
         SELECT sender, left(region_code, 2) || '0000' AS province, industry_code, region_code,
           CASE WHEN n % 20 = 0 THEN 'core' WHEN n % 5 = 0 THEN 'important' ELSE 'general' END AS level,
           (ARRAY['accepted','accepted','accepted','submitted','returned','overdue'])[1 + (n / 7) % 6] AS status
         FROM bench_enterprise_index WHERE n % 10 < 7),
       c AS (SELECT sender, province, industry_code, region_code, level, status, count(*) AS n
             FROM f GROUP BY 1, 2, 3, 4, 5, 6),
       e AS (SELECT sender, count(*) AS n FROM bench_enterprise_index GROUP BY 1)
       INSERT INTO federation_rollups (sender, envelope_id, seq, region, as_of, enterprises, counts)
       SELECT c.sender, gen_random_uuid(), 1, min(c.province), now() - interval '1 hour', e.n,
         jsonb_agg(jsonb_build_object('industry', industry_code, 'region', region_code,
           'level', level, 'status', status, 'count', c.n))
       FROM c JOIN e ON e.sender = c.sender GROUP BY c.sender, e.n`,
    );
    await client.query('COMMIT');
  });
}

/** Incidents received, each at its latest report (levels, domains and months spread). */
export async function seedIncidents(url: string, count: number, viaTriggers: boolean) {
  await withClient(url, viaTriggers, async (client) => {
    await client.query('SELECT setseed(0.09)');
    await client.query(
      `WITH m AS (SELECT max(n) AS total FROM bench_enterprise_index),
       r AS (SELECT i, random() AS r1, random() AS r2, random() AS r3, random() AS r4 FROM generate_series(1, $1::int) i),
       v AS (SELECT r.*, e.*,
               CASE WHEN r2 < 0.70 THEN 'general' WHEN r2 < 0.90 THEN 'relatively-major'
                    WHEN r2 < 0.98 THEN 'major' ELSE 'especially-major' END AS level,
               CASE WHEN r3 < 0.85 THEN 'industrial' WHEN r3 < 0.95 THEN 'telecom' ELSE 'radio' END AS domain,
               now() - power(r4, 1.4) * interval '730 days' AS discovered
             FROM r, m, bench_enterprise_index e WHERE e.n = 1 + floor(m.total * power(r.r1, 2))::int),
       w AS (SELECT v.*, discovered < now() - interval '45 days' AND i % 20 <> 0 AS closed FROM v)
       INSERT INTO received_incidents (id, sender, incident_id, uscc, enterprise_name, region_code,
         industry_code, title, level, status, discovered_at, closed_at, last_kind, last_report_at, reports,
         summary_received, payload, received_at)
       SELECT gen_random_uuid(), sender, id2, uscc, name, region_code, industry_code, title, level,
         CASE WHEN closed THEN 'closed' ELSE 'open' END, discovered,
         CASE WHEN closed THEN discovered + interval '20 days' END,
         CASE WHEN closed THEN 'summary' WHEN i % 3 = 0 THEN 'follow-up' ELSE 'initial' END,
         discovered + CASE WHEN closed THEN interval '40 days' ELSE interval '1 hour' END,
         CASE WHEN closed THEN 3 ELSE 1 + i % 2 END, closed,
         jsonb_build_object('kind', CASE WHEN closed THEN 'summary' ELSE 'initial' END,
           'reportId', gen_random_uuid(), 'incidentId', id2,
           'enterprise', jsonb_build_object('uscc', uscc, 'name', name, 'region', region_code, 'industry', industry_code),
           'sentAt', discovered + interval '1 hour',
           'incident', jsonb_build_object('title', title, 'description', '', 'discoveredAt', discovered,
             'occurredAt', null,
             'facts', jsonb_build_object('domain', domain, 'dataLevel', (ARRAY['general','important','core','none'])[1 + i % 4],
               'threat', 'none', 'productionDamage', 'none', 'outageHours', i % 24, 'economicLossYuan', (i % 50) * 10000,
               'personalInfoPersons', (i % 7) * 1000, 'sensitivePersonalInfoPersons', 0),
             'ciiInvolved', i % 50 = 0, 'systems', jsonb_build_array('MES', 'ERP'), 'catalogItems', '[]'::jsonb,
             'dataVolume', '', 'measures', '已隔离受影响主机 / affected hosts isolated', 'computedLevel', level, 'level', level,
             'decidedBy', jsonb_build_object('id', 'data-level', 'zh', '数据级别', 'en', 'data level'),
             'status', CASE WHEN closed THEN 'closed' ELSE 'open' END,
             'closedAt', CASE WHEN closed THEN discovered + interval '20 days' END, 'timeline', '[]'::jsonb),
           'summary', null),
         discovered + interval '1 hour'
       FROM (SELECT w.*, gen_random_uuid() AS id2,
               (ARRAY['勒索软件感染生产网','数据库未授权访问','工控主机异常外联','员工误发客户数据','供应商接口数据泄露'])[1 + i % 5] AS title
             FROM w) x`,
      [count],
    );
  });
}

/** Risk reports received: the seven risk types, potential levels and months spread. */
export async function seedRisks(url: string, count: number, viaTriggers: boolean) {
  const types = RISK_TYPES.map((type) => type.id);
  await withClient(url, viaTriggers, async (client) => {
    await client.query('SELECT setseed(0.17)');
    await client.query(
      `WITH m AS (SELECT max(n) AS total FROM bench_enterprise_index),
       r AS (SELECT i, random() AS r1, random() AS r2, random() AS r3, random() AS r4 FROM generate_series(1, $1::int) i),
       v AS (SELECT r.*, e.*, gen_random_uuid() AS report_id,
               ($2::text[])[1 + floor(array_length($2::text[], 1) * power(r3, 1.5))::int] AS risk_type,
               CASE WHEN r2 < 0.60 THEN 'general' WHEN r2 < 0.90 THEN 'relatively-major'
                    WHEN r2 < 0.98 THEN 'major' ELSE 'especially-major' END AS level,
               now() - power(r4, 1.3) * interval '730 days' AS found
             FROM r, m, bench_enterprise_index e WHERE e.n = 1 + floor(m.total * power(r.r1, 1.6))::int)
       INSERT INTO received_risks (id, sender, envelope_id, report_id, uscc, enterprise_name, region_code,
         industry_code, risk_type, potential_level, title, found_at, payload, received_at)
       SELECT gen_random_uuid(), sender, gen_random_uuid(), report_id, uscc, name, region_code, industry_code,
         risk_type, level, '风险 ' || risk_type || ' #' || i, found,
         jsonb_build_object('reportId', report_id,
           'enterprise', jsonb_build_object('uscc', uscc, 'name', name, 'region', region_code, 'industry', industry_code),
           'sentAt', found + interval '2 hours', 'riskType', risk_type, 'potentialLevel', level,
           'title', '风险 ' || risk_type || ' #' || i, 'description', '发现异常访问 / abnormal access found',
           'foundAt', found, 'systems', jsonb_build_array('SCADA'), 'measures', '已加固 / hardened'),
         found + interval '2 hours'
       FROM v`,
      [count, types],
    );
  });
}

/** Assessment reports received: one per enterprise for its latest year (schema-valid payloads). */
export async function seedAssessments(url: string, count: number, viaTriggers: boolean) {
  await withClient(url, viaTriggers, async (client) => {
    await client.query('SELECT setseed(0.23)');
    await client.query(
      `WITH v AS (SELECT e.*, gen_random_uuid() AS aid, 2025 + (n % 2) AS year,
                    (date '2025-03-01' + (n % 600))::date AS done, random() AS r
                  FROM bench_enterprise_index e WHERE n <= $1::int)
       INSERT INTO received_assessments (sender, envelope_id, assessment_id, uscc, name, year, completed_on,
         valid_until, conclusion, payload, received_at)
       SELECT sender, gen_random_uuid(), aid, uscc, name, year, done, done + 365,
         '总体风险可控 / overall risk under control',
         jsonb_build_object('assessmentId', aid,
           'enterprise', jsonb_build_object('uscc', uscc, 'name', name, 'region', region_code, 'industry', industry_code),
           'year', year, 'checklistId', 'risk-assessment-2024', 'checklistVersion', '2024.1',
           'completedOn', done, 'validUntil', done + 365, 'conclusion', '总体风险可控 / overall risk under control',
           'measures', '按计划整改 / fixes planned', 'importantItems', n % 40, 'coreItems', n % 3,
           'distribution', jsonb_build_object('low', 3 + n % 5, 'medium', CASE WHEN r < 0.6 THEN 1 + n % 3 ELSE 0 END,
             'high', CASE WHEN r < 0.2 THEN 1 ELSE 0 END, 'critical', CASE WHEN r < 0.03 THEN 1 ELSE 0 END),
           'findingCount', 4 + n % 6, 'openRisks', n % 3, 'checklist', '[]'::jsonb),
         done + 3
       FROM v`,
      [count],
    );
  });
}

/**
 * Warnings issued by the ministry and their recipients: `acknowledgements` ÷ 85 % recipient
 * rows spread evenly over the warnings, each warning's recipients distinct enterprises;
 * every recipient delivered, 85 % acknowledged, 70 % answered.
 */
export async function seedWarnings(
  url: string,
  input: { orgId: string; nodeId: string; warnings: number; acknowledgements: number },
  viaTriggers: boolean,
): Promise<void> {
  const recipients = Math.round((input.acknowledgements * 100) / ACK_PERCENT);
  await withClient(url, viaTriggers, async (client) => {
    // A stable id per seeded warning, shaped as a version-4 UUID (the API's schemas check it).
    await client.query(
      `CREATE OR REPLACE FUNCTION pg_temp.bench_uuid(t text) RETURNS uuid LANGUAGE sql AS $$
         SELECT (substr(md5(t), 1, 12) || '4' || substr(md5(t), 14, 3) || '8' || substr(md5(t), 18, 15))::uuid $$`,
    );
    await client.query(
      `INSERT INTO warnings (id, org_id, origin, issued_by, issuer_name, issued_at, level, type, title,
         description, indicators, measures, ack_by, feedback_by, audience, created_at)
       SELECT pg_temp.bench_uuid('bench-warning-' || w), $1, 'issued', $2, '工业和信息化部 (bench)',
         now() - (w * interval '3 days'), (ARRAY['red','orange','yellow','blue'])[1 + w % 4],
         (ARRAY['threat','vulnerability','incident','policy','other'])[1 + w % 5],
         '预警通报 第 ' || w || ' 号', '某型号工控设备存在高危漏洞 / a critical flaw in a PLC model',
         '[]'::jsonb, '升级固件 / upgrade the firmware',
         now() - (w * interval '3 days') + interval '2 days', now() - (w * interval '3 days') + interval '10 days',
         '{"kind":"all"}'::jsonb, now() - (w * interval '3 days')
       FROM generate_series(1, $3::int) w`,
      [input.orgId, input.nodeId, input.warnings],
    );
    await client.query(
      `WITH m AS (SELECT max(n) AS total FROM bench_enterprise_index),
       k AS (SELECT k, 1 + k % $1::int AS w, k / $1::int AS j FROM generate_series(0, $2::int - 1) k)
       INSERT INTO warning_recipients (warning_id, recipient_key, uscc, name, region_code, industry_code,
         via_node, delivered_at, acknowledged_at, acknowledged_by, answered_at, answered_by, measures)
       SELECT pg_temp.bench_uuid('bench-warning-' || k.w), e.uscc, e.uscc, e.name, e.region_code, e.industry_code,
         e.sender, now() - (k.w * interval '3 days') + interval '1 hour',
         CASE WHEN (k.k * 37) % 100 < $3 THEN now() - (k.w * interval '3 days') + interval '1 day' END,
         CASE WHEN (k.k * 37) % 100 < $3 THEN '安全负责人' END,
         CASE WHEN (k.k * 37) % 100 < $4 THEN now() - (k.w * interval '3 days') + interval '5 days' END,
         CASE WHEN (k.k * 37) % 100 < $4 THEN '安全负责人' END,
         CASE WHEN (k.k * 37) % 100 < $4 THEN '已升级固件 / firmware upgraded' END
       FROM k, m, bench_enterprise_index e
       WHERE e.n = 1 + (k.j * 7919 + k.w * 13) % m.total`,
      [input.warnings, recipients, ACK_PERCENT, ANSWER_PERCENT],
    );
  });
}

/** Drops the helper table and `VACUUM ANALYZE`s what was seeded (the steady state). */
export async function settle(url: string): Promise<void> {
  await withClient(url, true, async (client) => {
    await client.query('DROP TABLE IF EXISTS bench_enterprise_index');
    await client.query('VACUUM ANALYZE');
  });
}

/** Row counts of the seeded tables, for the summary. */
export async function seededCounts(url: string): Promise<Record<string, number>> {
  return withClient(url, true, async (client) => {
    const result = await client.query<Record<string, number>>(
      `SELECT (SELECT count(*) FROM enterprises)::int AS enterprises,
         (SELECT count(*) FROM received_incidents)::int AS incidents,
         (SELECT count(*) FROM received_risks)::int AS risks,
         (SELECT count(*) FROM received_assessments)::int AS assessments,
         (SELECT count(*) FROM warnings)::int AS warnings,
         (SELECT count(*) FROM warning_recipients)::int AS recipients,
         (SELECT count(*) FROM warning_recipients WHERE acknowledged_at IS NOT NULL)::int AS acknowledgements`,
    );
    return result.rows[0] ?? {};
  });
}

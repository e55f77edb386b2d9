/**
 * Bulk seeding of the bench database by `INSERT … SELECT … FROM generate_series` after
 * `setseed`: catalog items spread over sources, levels, categories and statuses, and audit
 * entries. Runs on its own connections while the server is up (the server created the
 * schema, the org and the admin), before anyone logs in.
 */
import pg from 'pg';
import { CATEGORY_CODES } from '@shuan/core/taxonomy';

/** Sources the seeded items are spread over. */
export const SEEDED_SOURCES = 40;

/** English and Chinese words of table names and comments; searches use them (`q=order`, `q=订单`). */
const WORDS_EN = [
  'order',
  'customer',
  'employee',
  'device',
  'sensor',
  'batch',
  'invoice',
  'supplier',
  'process',
  'alarm',
  'recipe',
  'shipment',
  'payroll',
  'maintenance',
  'quality',
  'contract',
];
const WORDS_ZH = [
  '订单',
  '客户',
  '员工',
  '设备',
  '传感器',
  '批次',
  '发票',
  '供应商',
  '工艺',
  '告警',
  '配方',
  '发货',
  '工资',
  '维护',
  '质量',
  '合同',
];

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * Column lists of items: 16 templates of 6–21 columns (some with PI labels), picked per item,
 * so that list pages carry realistic `columns` JSON without building 1.5 M objects.
 */
const COLUMN_TEMPLATES = `
  SELECT array_agg(cols ORDER BY t) AS a FROM (
    SELECT t, jsonb_agg(jsonb_build_object(
      'name', CASE k WHEN 1 THEN 'id' WHEN 2 THEN 'mobile' WHEN 3 THEN 'contact_name' ELSE 'col_' || k END,
      'dataType', CASE k % 3 WHEN 0 THEN 'text' WHEN 1 THEN 'integer' ELSE 'timestamp' END,
      'labels', CASE WHEN t % 3 = 0 AND k = 2 THEN '["pi.mobile"]'::jsonb
                     WHEN t % 3 = 0 AND k = 3 THEN '["pi.name"]'::jsonb
                     WHEN t % 5 = 0 AND k = 4 THEN '["pi.id_card"]'::jsonb ELSE '[]'::jsonb END,
      'category', CASE WHEN k % 4 = 0 THEN 'mgmt.hr' END,
      'level', CASE WHEN t % 3 = 0 AND k IN (2, 3) THEN 'important' ELSE 'general' END) ORDER BY k) AS cols
    FROM generate_series(0, 15) t, generate_series(1, 6 + t) k GROUP BY t) x`;

/** Inserts `count` catalog items of `orgId` over {@link SEEDED_SOURCES} new sources. */
export async function seedCatalog(url: string, orgId: string, count: number): Promise<void> {
  await withClient(url, async (client) => {
    await client.query('BEGIN');
    await client.query(
      `INSERT INTO data_sources (org_id, name, kind, target)
       SELECT $1, 'bench source ' || lpad(s::text, 3, '0'), 'postgres', 'postgres://bench@db' || s || '.example:5432/erp'
       FROM generate_series(1, $2::int) s`,
      [orgId, SEEDED_SOURCES],
    );
    await client.query('SELECT setseed(0.42)');
    await client.query(
      `WITH src AS (SELECT array_agg(id ORDER BY name) AS ids FROM data_sources WHERE org_id = $1 AND name LIKE 'bench source %'),
       tpl AS (${COLUMN_TEMPLATES}),
       r AS (SELECT i, random() AS r1, random() AS r2, random() AS r3, random() AS r4, (random() * 15)::int AS t
             FROM generate_series(1, $2::int) i),
       v AS (SELECT r.*,
               CASE WHEN r1 < 0.05 THEN 'core' WHEN r1 < 0.25 THEN 'important' ELSE 'general' END AS level,
               CASE WHEN r2 < 0.1 THEN NULL ELSE ($3::text[])[1 + floor(r2 * 1000)::int % array_length($3::text[], 1)] END AS category,
               CASE WHEN r3 < 0.6 THEN 'pending' WHEN r3 < 0.9 THEN 'confirmed' ELSE 'changed' END AS status
             FROM r)
       INSERT INTO catalog_items (org_id, source_id, table_name, comment, category, level, status, proposed,
         has_proposal_diff, pi, sensitive_pi, labels, rows, size_bytes, columns, department, reviewed_by, reviewed_at,
         review_reason, created_at, updated_at)
       SELECT $1, src.ids[1 + v.i % array_length(src.ids, 1)],
         ($4::text[])[1 + (v.i * 7) % 16] || '_' || ($4::text[])[1 + (v.i / 16) % 16] || '_' || lpad(v.i::text, 6, '0'),
         ($5::text[])[1 + (v.i * 7) % 16] || ($5::text[])[1 + (v.i / 16) % 16] || '表',
         v.category, v.level, v.status,
         jsonb_build_object('category', v.category, 'level', v.level,
           'reasons', jsonb_build_array('列名含“手机” / column name mentions mobile'), 'scanId', md5(v.i::text)),
         v.status <> 'pending' AND v.r4 < 0.03, v.t % 3 = 0 OR v.t % 5 = 0, v.t % 5 = 0,
         CASE WHEN v.t % 3 = 0 AND v.t % 5 = 0 THEN '{pi.id_card,pi.mobile,pi.name}'::text[]
              WHEN v.t % 3 = 0 THEN '{pi.mobile,pi.name}'::text[] WHEN v.t % 5 = 0 THEN '{pi.id_card}'::text[] ELSE '{}'::text[] END,
         CASE WHEN v.r4 < 0.05 THEN NULL ELSE floor(power(v.r4, 3) * 50000000)::bigint END,
         CASE WHEN v.r4 < 0.05 THEN NULL ELSE floor(power(v.r4, 3) * 50000000)::bigint * 120 END,
         tpl.a[1 + v.t], CASE WHEN v.i % 4 = 0 THEN '生产部 Production' ELSE '' END,
         CASE WHEN v.status = 'pending' THEN NULL ELSE 'admin' END,
         CASE WHEN v.status = 'pending' THEN NULL ELSE now() - v.r2 * interval '300 days' END,
         CASE WHEN v.status = 'changed' THEN '人工复核调整 / adjusted by review' END,
         now() - interval '400 days', now() - v.r3 * interval '365 days'
       FROM v, src, tpl`,
      [orgId, count, [...CATEGORY_CODES], WORDS_EN, WORDS_ZH],
    );
    await client.query('COMMIT');
  });
}

/**
 * Appends `count` audit entries to the org's chain, under the org's chain lock (so a
 * concurrent append of the server waits, and `seq` stays contiguous). The links are
 * consistent (`prev_hash` is the previous entry's `hash`, starting from the real head), but
 * the hashes are md5-based stand-ins, not SM3 over the entry: the chain verifies up to the
 * real entries written before seeding and reports the first seeded entry as broken.
 */
export async function seedAudit(url: string, orgId: string, count: number): Promise<void> {
  if (count === 0) return;
  await withClient(url, async (client) => {
    await client.query('BEGIN');
    await client.query(`SELECT pg_advisory_xact_lock(hashtext('audit:' || $1))`, [orgId]);
    const head = await client.query<{ seq: string; hash: string }>(
      'SELECT seq::text AS seq, hash FROM audit_log WHERE org_id = $1 ORDER BY seq DESC LIMIT 1',
      [orgId],
    );
    const headSeq = Number(head.rows[0]?.seq ?? 0);
    const headHash = head.rows[0]?.hash ?? '0'.repeat(64);
    await client.query(
      `INSERT INTO audit_log (org_id, seq, at, actor, action, target, payload, prev_hash, hash)
       SELECT $1, $2::bigint + i,
         now() - interval '365 days' + i * (interval '365 days' / $4::int),
         (ARRAY['admin','officer1','reviewer2','system','auditor1'])[1 + i % 5],
         (ARRAY['auth.login','catalog.review','scan.start','scan.finish','source.update','catalog.update','version.create','catalog.export'])[1 + (i * 7) % 8],
         'catalog_item:' || md5(i::text)::uuid,
         jsonb_build_object('level', (ARRAY['general','important','core'])[1 + i % 3], 'status', 'confirmed', 'n', i),
         CASE WHEN i = 1 THEN $3 ELSE md5('a' || (i - 1)) || md5('b' || (i - 1)) END,
         md5('a' || i) || md5('b' || i)
       FROM generate_series(1, $4::int) i`,
      [orgId, headSeq, headHash, count],
    );
    await client.query('COMMIT');
  });
}

/** `VACUUM ANALYZE` of the seeded tables: the steady state autovacuum reaches after a bulk load. */
export async function settle(url: string): Promise<void> {
  await withClient(url, async (client) => {
    await client.query('VACUUM ANALYZE catalog_items');
    await client.query('VACUUM ANALYZE audit_log');
    await client.query('VACUUM ANALYZE data_sources');
  });
}

/**
 * Waits until no query of the bench database is running: a load run that overloads the
 * server leaves queries queued behind it, which must not slow the next run. After 120 s the
 * leftovers are cancelled (their clients are long gone); returns how many were.
 */
export async function waitIdle(url: string): Promise<number> {
  return withClient(url, async (client) => {
    const active = `FROM pg_stat_activity WHERE datname = current_database() AND state = 'active' AND pid <> pg_backend_pid()`;
    const deadline = Date.now() + 120_000;
    while (Date.now() < deadline) {
      const result = await client.query<{ n: number }>(`SELECT count(*)::int AS n ${active}`);
      if ((result.rows[0]?.n ?? 0) === 0) return 0;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const cancelled = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n ${active} AND pg_cancel_backend(pid)`,
    );
    return cancelled.rows[0]?.n ?? 0;
  });
}

/** The org of the bench (the one the server created at first start). */
export async function orgOf(url: string): Promise<string> {
  return withClient(url, async (client) => {
    const result = await client.query<{ id: string }>(
      'SELECT id FROM organizations ORDER BY created_at LIMIT 1',
    );
    const id = result.rows[0]?.id;
    if (id === undefined) throw new Error('服务未创建组织 / the server created no organisation');
    return id;
  });
}

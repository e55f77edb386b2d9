import { named as namedQuery } from '../named-query.ts';
import type { Queryable } from '../queryable.ts';

/** A read of this file as a named statement (planned once per pooled connection). */
function named(name: string, text: string, values: unknown[] = []) {
  return namedQuery(`regulator-${name}`, text, values);
}

/**
 * Reads of the regulator rollups (migrations 0014 and 0015, kept up to date at ingest by
 * triggers). Every query reads the small rollup tables only, never the raw received rows.
 */

/** One count of `regulator_report_months` summed over a dimension value, or a `month`. */
export interface ReportDimensionCount {
  kind: 'incident' | 'risk';
  /** `level` | `type` | `industry` | `region` | `province` | `month` */
  dim: string;
  key: string;
  count: number;
  open: number;
}

export interface AssessmentCount {
  province: string;
  year: number;
  conclusion: string;
  count: number;
}

export interface WarningCountRow {
  warningId: string;
  title: string;
  level: string;
  issuedAt: Date;
  recipients: number;
  delivered: number;
  acknowledged: number;
  answered: number;
}

export interface ProvinceCount {
  province: string;
  recipients: number;
  acknowledged: number;
  answered: number;
}

/** One dimension value of the provinces' latest filing rollups, for one sender. */
export interface RollupDimensionCount {
  sender: string;
  /** `status` | `level` | `industry` | `province` */
  dim: string;
  key: string;
  count: number;
}

export const regulatorRollupsRepository = {
  /**
   * Incidents and risks since `since` (a month's first day) per value of `dims`, and per
   * month (from the level dimension, where every report counts once): a few thousand rows
   * of `regulator_report_months` (migration 0015) summed in one statement.
   */
  async reportCounts(
    db: Queryable,
    since: string,
    dims: readonly string[],
  ): Promise<ReportDimensionCount[]> {
    const { rows } = await db.query<{
      kind: 'incident' | 'risk';
      dim: string;
      key: string;
      count: string;
      open: string;
    }>(
      named(
        'report-counts',
        `SELECT kind, dim, key, sum(count)::bigint AS count, sum(open)::bigint AS open
           FROM regulator_report_months WHERE dim = ANY($2::text[]) AND month >= $1::date
          GROUP BY kind, dim, key
         UNION ALL
         SELECT kind, 'month', to_char(month, 'YYYY-MM'), sum(count), sum(open)
           FROM regulator_report_months WHERE dim = 'level' AND month >= $1::date
          GROUP BY kind, month`,
        [since, dims],
      ),
    );
    return rows.map((r) => ({ ...r, count: Number(r.count), open: Number(r.open) }));
  },

  /** All-time incident and risk totals per province (the map) and open incidents. */
  async reportTotalsByProvince(
    db: Queryable,
  ): Promise<{ kind: string; province: string; count: number; open: number }[]> {
    const { rows } = await db.query<{
      kind: string;
      province: string;
      count: string;
      open: string;
    }>(
      named(
        'report-provinces',
        `SELECT kind, key AS province, sum(count)::bigint AS count, sum(open)::bigint AS open
           FROM regulator_report_months WHERE dim = 'province' GROUP BY kind, key`,
      ),
    );
    return rows.map((r) => ({ ...r, count: Number(r.count), open: Number(r.open) }));
  },

  /**
   * The provinces' latest filing rollups summed over senders along one dimension
   * (`regulator_rollup_counts`, filled when each `rollup.report` arrives).
   */
  async rollupTotals(
    db: Queryable,
    dim: 'status' | 'level' | 'industry' | 'province',
    senders: 'all' | 'child peers' = 'all',
  ): Promise<{ key: string; count: number }[]> {
    const children = `AND sender IN (SELECT node_id FROM federation_peers WHERE relation = 'child')`;
    const { rows } = await db.query<{ key: string; count: string }>(
      named(
        senders === 'all' ? 'rollup-totals' : 'rollup-totals-children',
        `SELECT key, sum(count)::bigint AS count FROM regulator_rollup_counts
          WHERE dim = $1 ${senders === 'all' ? '' : children} GROUP BY key`,
        [dim],
      ),
    );
    return rows.map((r) => ({ key: r.key, count: Number(r.count) }));
  },

  /** Each sender's rollup counts along `dims` (the national overview's per-province figures). */
  async rollupCountsBySender(
    db: Queryable,
    dims: readonly string[],
  ): Promise<RollupDimensionCount[]> {
    const { rows } = await db.query<{ sender: string; dim: string; key: string; count: string }>(
      named(
        'rollup-senders',
        `SELECT sender, dim, key, count FROM regulator_rollup_counts WHERE dim = ANY($1::text[])`,
        [dims],
      ),
    );
    return rows.map((r) => ({ ...r, count: Number(r.count) }));
  },

  async assessmentCounts(db: Queryable): Promise<AssessmentCount[]> {
    const { rows } = await db.query<{
      province: string;
      year: number;
      conclusion: string;
      count: string;
    }>(
      named(
        'assessment-counts',
        `SELECT province, year, conclusion, count FROM regulator_assessment_counts
          WHERE count <> 0`,
      ),
    );
    return rows.map((r) => ({ ...r, count: Number(r.count) }));
  },

  async filingCounts(db: Queryable): Promise<{ province: string; state: string; count: number }[]> {
    const { rows } = await db.query<{ province: string; state: string; count: string }>(
      named(
        'filing-counts',
        // Summed over the shards (migration 0026).
        `SELECT province, state, sum(count) AS count FROM regulator_filing_counts
         GROUP BY province, state HAVING sum(count) <> 0`,
      ),
    );
    return rows.map((r) => ({ ...r, count: Number(r.count) }));
  },

  /** The latest `limit` warnings with their recipient counts (summed over provinces). */
  async latestWarnings(db: Queryable, limit: number): Promise<WarningCountRow[]> {
    const { rows } = await db.query<{
      warning_id: string;
      title: string;
      level: string;
      issued_at: Date;
      recipients: string;
      delivered: string;
      acknowledged: string;
      answered: string;
    }>(
      named(
        'latest-warnings',
        `SELECT w.id AS warning_id, w.title, w.level, w.issued_at,
           coalesce(sum(c.recipients), 0)::bigint AS recipients,
           coalesce(sum(c.delivered), 0)::bigint AS delivered,
           coalesce(sum(c.acknowledged), 0)::bigint AS acknowledged,
           coalesce(sum(c.answered), 0)::bigint AS answered
         FROM (SELECT id, title, level, issued_at FROM warnings
                ORDER BY issued_at DESC, id DESC LIMIT $1) w
         LEFT JOIN regulator_warning_counts c ON c.warning_id = w.id
         GROUP BY w.id, w.title, w.level, w.issued_at
         ORDER BY w.issued_at DESC, w.id DESC`,
        [limit],
      ),
    );
    return rows.map((r) => ({
      warningId: r.warning_id,
      title: r.title,
      level: r.level,
      issuedAt: r.issued_at,
      recipients: Number(r.recipients),
      delivered: Number(r.delivered),
      acknowledged: Number(r.acknowledged),
      answered: Number(r.answered),
    }));
  },

  /** Recipients, acknowledgements and answers per province over every warning. */
  async warningsByProvince(db: Queryable): Promise<ProvinceCount[]> {
    const { rows } = await db.query<{
      province: string;
      recipients: string;
      acknowledged: string;
      answered: string;
    }>(
      named(
        'warning-provinces',
        `SELECT province, sum(recipients)::bigint AS recipients,
           sum(acknowledged)::bigint AS acknowledged, sum(answered)::bigint AS answered
         FROM regulator_warning_counts GROUP BY province`,
      ),
    );
    return rows.map((r) => ({
      province: r.province,
      recipients: Number(r.recipients),
      acknowledged: Number(r.acknowledged),
      answered: Number(r.answered),
    }));
  },

  /** How many warnings this node holds (issued or received). */
  async warningTotal(db: Queryable): Promise<number> {
    const { rows } = await db.query<{ n: string }>(
      named('warning-total', `SELECT count(*)::bigint AS n FROM warnings`),
    );
    return Number(rows[0]?.n ?? 0);
  },
};

import type { Queryable } from '../queryable.ts';

/**
 * Reads of the regulator rollups (migration 0014, kept up to date at ingest by triggers).
 * Every query reads the small rollup tables only, never the raw received rows.
 */

/** One count of `regulator_report_counts` summed over a dimension (`month` or a key). */
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

export const regulatorRollupsRepository = {
  /**
   * Incidents and risks since `since` (a month's first day), per dimension and value, per
   * province (from the level cube) and per month (likewise): one scan of the rollup.
   */
  async reportCounts(db: Queryable, since: string): Promise<ReportDimensionCount[]> {
    const { rows } = await db.query<{
      kind: 'incident' | 'risk';
      dim: string;
      key: string;
      count: string;
      open: string;
    }>(
      `SELECT kind, dim, key, sum(count)::bigint AS count, sum(open)::bigint AS open
         FROM regulator_report_counts WHERE month >= $1::date GROUP BY kind, dim, key
       UNION ALL
       SELECT kind, 'province', province, sum(count), sum(open)
         FROM regulator_report_counts WHERE month >= $1::date AND dim = 'level' GROUP BY kind, province
       UNION ALL
       SELECT kind, 'month', to_char(month, 'YYYY-MM'), sum(count), sum(open)
         FROM regulator_report_counts WHERE month >= $1::date AND dim = 'level' GROUP BY kind, month`,
      [since],
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
      `SELECT kind, province, sum(count)::bigint AS count, sum(open)::bigint AS open
         FROM regulator_report_counts WHERE dim = 'level' GROUP BY kind, province`,
    );
    return rows.map((r) => ({ ...r, count: Number(r.count), open: Number(r.open) }));
  },

  async assessmentCounts(db: Queryable): Promise<AssessmentCount[]> {
    const { rows } = await db.query<{
      province: string;
      year: number;
      conclusion: string;
      count: string;
    }>(
      `SELECT province, year, conclusion, sum(count)::bigint AS count
         FROM regulator_assessment_counts GROUP BY province, year, conclusion`,
    );
    return rows.map((r) => ({ ...r, count: Number(r.count) }));
  },

  async filingCounts(db: Queryable): Promise<{ province: string; state: string; count: number }[]> {
    const { rows } = await db.query<{ province: string; state: string; count: string }>(
      `SELECT province, state, count FROM regulator_filing_counts WHERE count <> 0`,
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
      `SELECT province, sum(recipients)::bigint AS recipients,
         sum(acknowledged)::bigint AS acknowledged, sum(answered)::bigint AS answered
       FROM regulator_warning_counts GROUP BY province`,
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
    const { rows } = await db.query<{ n: string }>(`SELECT count(*)::bigint AS n FROM warnings`);
    return Number(rows[0]?.n ?? 0);
  },
};

/**
 * Do the rollups say what the raw rows say? The overview's totals (GET /regulator/overview,
 * 12 months) against the same totals counted from the received tables in one query. A
 * backfill or trigger that drifted would make the view fast and wrong; this catches it.
 */
import pg from 'pg';
import { apiGet, type Session } from '../../server/lib/api.ts';

interface OverviewTotals {
  incidents: { total: number; open: number };
  risks: { total: number };
  assessments: { total: number };
  warnings: { recipients: number; acknowledged: number; answered: number };
}

const WINDOW_START = `((date_trunc('month', now() AT TIME ZONE 'Asia/Shanghai') - interval '11 months') AT TIME ZONE 'Asia/Shanghai')`;

/** Differences between the view and the raw rows; empty when they agree. */
export async function compareOverview(
  baseUrl: string,
  session: Session,
  databaseUrl: string,
): Promise<string[]> {
  const view = await apiGet<OverviewTotals>(baseUrl, session, '/regulator/overview?months=12');
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const raw = (
      await client.query<Record<string, number>>(
        `SELECT
          (SELECT count(*) FROM received_incidents WHERE discovered_at >= ${WINDOW_START})::int AS "incidents.total",
          (SELECT count(*) FROM received_incidents WHERE discovered_at >= ${WINDOW_START} AND NOT summary_received)::int AS "incidents.open",
          (SELECT count(*) FROM received_risks WHERE found_at >= ${WINDOW_START})::int AS "risks.total",
          (SELECT count(*) FROM received_assessments)::int AS "assessments.total",
          (SELECT count(*) FROM warning_recipients)::int AS "warnings.recipients",
          (SELECT count(acknowledged_at) FROM warning_recipients)::int AS "warnings.acknowledged",
          (SELECT count(answered_at) FROM warning_recipients)::int AS "warnings.answered"`,
      )
    ).rows[0];
    const shown: Record<string, number> = {
      'incidents.total': view.incidents.total,
      'incidents.open': view.incidents.open,
      'risks.total': view.risks.total,
      'assessments.total': view.assessments.total,
      'warnings.recipients': view.warnings.recipients,
      'warnings.acknowledged': view.warnings.acknowledged,
      'warnings.answered': view.warnings.answered,
    };
    return Object.entries(shown)
      .filter(([key, value]) => raw?.[key] !== value)
      .map(([key, value]) => `${key}: view ${String(value)} ≠ raw ${String(raw?.[key])}`);
  } finally {
    await client.end();
  }
}

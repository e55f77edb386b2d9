import type { Queryable } from '../queryable.ts';

/** Figures of the node directory that are not on the peer rows. */
export const nodeDirectoryRepository = {
  /** Drafts queued for each receiver and not yet acknowledged: receiver → count. */
  async pendingByReceiver(db: Queryable): Promise<Map<string, number>> {
    const result = await db.query<{ receiver: string; n: number }>(
      `SELECT receiver, count(*)::int AS n FROM federation_outbox WHERE acked_at IS NULL
       GROUP BY receiver`,
    );
    return new Map(result.rows.map((row) => [row.receiver, row.n]));
  },

  /** Filings received per child that still wait for a review: sender → count. */
  async openFilingsBySender(db: Queryable): Promise<Map<string, number>> {
    const result = await db.query<{ sender: string; n: number }>(
      `SELECT sender, count(*)::int AS n FROM federation_filings WHERE state = 'received'
       GROUP BY sender`,
    );
    return new Map(result.rows.map((row) => [row.sender, row.n]));
  },
};

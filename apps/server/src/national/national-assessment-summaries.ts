import {
  AssessmentYearSummaryPayloadSchema,
  type NationalAssessmentSummariesSchema,
} from '@shuan/contracts';
import { chinaDate, yearSummaryDueBy } from '@shuan/core';
import { assessmentYearSummariesRepository, federationPeersRepository } from '@shuan/db';
import { findRegion } from '@shuan/tools';
import type { z } from 'zod';
import type { NodeDeps } from '../http/context.ts';

type Summaries = z.infer<typeof NationalAssessmentSummariesSchema>;
type State = Summaries['items'][number]['state'];

const STATE_ORDER: Record<State, number> = { overdue: 0, late: 1, 'not-yet': 2, 'on-time': 3 };

/**
 * The ministry's view of the provinces' yearly assessment summaries (docs/risk-assessment.md
 * § Yearly summary): every child with its latest summary of `year`. A province reported on
 * time when its first summary of the year is dated (China day) by the due day (25 December);
 * one that has not reported is overdue once that day has passed. Overdue and late first.
 */
export async function nationalYearSummaries(
  deps: NodeDeps,
  year: number,
  now = new Date(),
): Promise<Summaries> {
  const dueBy = yearSummaryDueBy(year);
  const today = chinaDate(now);
  const [peers, rows] = await Promise.all([
    federationPeersRepository.list(deps.pool),
    assessmentYearSummariesRepository.ofYear(deps.pool, year),
  ]);
  const bySender = new Map(rows.map((row) => [row.sender, row]));
  const items = peers
    .filter((peer) => peer.relation === 'child')
    .map((peer) => {
      const row = bySender.get(peer.nodeId);
      const state: State =
        row === undefined
          ? today > dueBy
            ? 'overdue'
            : 'not-yet'
          : chinaDate(row.firstAsOf) <= dueBy
            ? 'on-time'
            : 'late';
      const region = peer.scope?.kind === 'region' ? peer.scope.code : null;
      return {
        province: peer.nodeId,
        region,
        regionName: region === null ? null : (findRegion(region)?.name ?? null),
        state,
        firstReportedAt: row?.firstAsOf.toISOString() ?? null,
        lastReportedAt: row?.asOf.toISOString() ?? null,
        summary: row === undefined ? null : AssessmentYearSummaryPayloadSchema.parse(row.payload),
      };
    })
    .sort(
      (a, b) => STATE_ORDER[a.state] - STATE_ORDER[b.state] || a.province.localeCompare(b.province),
    );
  return { year, dueBy, items };
}

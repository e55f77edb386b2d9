import { AssessmentReportPayloadSchema, ReceivedAssessmentListSchema } from '@shuan/contracts';
import { assessmentValidityState, chinaDate } from '@shuan/core';
import { receivedAssessmentsRepository } from '@shuan/db';
import { requireNodeOperator } from '../federation/manage-federation.ts';
import type { NodeDeps } from '../http/context.ts';
import { principalOf, type ZodApp } from '../http/zod-app.ts';
import type { RouteGroup } from '../roles/route-group.ts';
import { presentReview } from './review-received.ts';

/**
 * `GET /api/v1/assessments-received` (province and ministry): the assessment reports its
 * enterprises filed (children by `assessment.report`, tenants directly) or, on the ministry,
 * that the provinces passed on, newest first, with their conclusions, risk distribution and
 * validity today. The node's own view: a tenant's users get 403.
 */
export function receivedAssessmentRoutes(app: ZodApp, deps: NodeDeps): void {
  app.get(
    '/assessments-received',
    { schema: { tags: ['assessments'], response: { 200: ReceivedAssessmentListSchema } } },
    async (request) => {
      await requireNodeOperator(deps, principalOf(request));
      const today = chinaDate(new Date());
      const rows = await receivedAssessmentsRepository.list(deps.pool);
      return {
        items: rows.map((row) => {
          const payload = AssessmentReportPayloadSchema.parse(row.payload);
          return {
            id: row.id,
            sender: row.sender,
            tenant: row.tenant,
            assessmentId: row.assessmentId,
            uscc: row.uscc,
            name: row.name,
            year: row.year,
            completedOn: row.completedOn,
            validUntil: row.validUntil,
            validity: assessmentValidityState(row.validUntil, today),
            conclusion: row.conclusion,
            distribution: payload.distribution,
            findingCount: payload.findingCount,
            openRisks: payload.openRisks,
            checklistId: payload.checklistId,
            checklistVersion: payload.checklistVersion,
            receivedAt: row.receivedAt.toISOString(),
            forwardedAt: row.forwardedAt?.toISOString() ?? null,
            review: row.review === null ? null : presentReview(row.review),
          };
        }),
      };
    },
  );
}

/** The list of received assessment reports: a province's, and the ministry's (passed on). */
export const receivedAssessmentsGroup: RouteGroup = {
  name: 'assessments-received',
  capability: 'receives-filings',
  register: receivedAssessmentRoutes,
};

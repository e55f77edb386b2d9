import {
  AssessmentSummaryParamsSchema,
  AssessmentSummaryViewSchema,
  ReceivedAssessmentParamsSchema,
  ReceivedAssessmentReviewSchema,
  ReviewReceivedAssessmentRequestSchema,
  SendAssessmentSummaryRequestSchema,
  SentAssessmentSummarySchema,
} from '@shuan/contracts';
import { requireNodeOperator } from '../federation/manage-federation.ts';
import type { NodeDeps } from '../http/context.ts';
import { principalOf, type ZodApp } from '../http/zod-app.ts';
import type { RouteGroup } from '../roles/route-group.ts';
import { presentReview, reviewReceivedAssessment } from './review-received.ts';
import { sendYearSummary, yearSummaryView } from './year-summary.ts';

const tags = ['assessments'];

/**
 * The province's side of the yearly assessment cycle (docs/risk-assessment.md § Yearly
 * summary): reviewing a received report (审核通过 / 需整改), the year's summary of receipt
 * and review as of now with the last one sent, and sending it to the ministry (before 25
 * December). The node's own work: a tenant's users get 403 (404 for a review, as for an
 * unknown report).
 */
export function assessmentSummaryRoutes(app: ZodApp, deps: NodeDeps): void {
  app.post(
    '/assessments-received/:id/review',
    {
      schema: {
        tags,
        params: ReceivedAssessmentParamsSchema,
        body: ReviewReceivedAssessmentRequestSchema,
        response: { 200: ReceivedAssessmentReviewSchema },
      },
    },
    async (request) => {
      const review = await reviewReceivedAssessment(
        deps,
        principalOf(request),
        request.params.id,
        request.body,
      );
      return { id: request.params.id, review: presentReview(review) };
    },
  );

  app.get(
    '/assessment-summaries/:year',
    {
      schema: {
        tags,
        params: AssessmentSummaryParamsSchema,
        response: { 200: AssessmentSummaryViewSchema },
      },
    },
    async (request) => {
      await requireNodeOperator(deps, principalOf(request));
      return yearSummaryView(deps, request.params.year);
    },
  );

  app.post(
    '/assessment-summaries',
    {
      schema: {
        tags,
        body: SendAssessmentSummaryRequestSchema,
        response: { 200: SentAssessmentSummarySchema },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      await requireNodeOperator(deps, principal);
      return sendYearSummary(deps, principal, request.body.year);
    },
  );
}

/** Review and yearly summary: nodes that receive reports and report to a parent (province). */
export const assessmentSummariesGroup: RouteGroup = {
  name: 'assessment-summaries',
  capability: 'reports-to-parent',
  register: assessmentSummaryRoutes,
};

import type { ReviewReceivedAssessmentRequestSchema } from '@shuan/contracts';
import {
  receivedAssessmentsRepository,
  withTransaction,
  type ReceivedAssessmentReview,
} from '@shuan/db';
import type { z } from 'zod';
import { appendAudit } from '../audit/append-audit.ts';
import { requireNodeOperator } from '../federation/manage-federation.ts';
import { AppError, MESSAGES } from '../http/app-error.ts';
import type { NodeDeps, Principal } from '../http/context.ts';

/** A review as the API shows it (the list's `review`, the review route's answer). */
export function presentReview(review: ReceivedAssessmentReview) {
  return { ...review, at: review.at.toISOString() };
}

/**
 * The province's review (审核) of a received assessment report: accepted, or needs rework
 * with a note. A later review replaces the earlier one; the audit log keeps each. The yearly
 * summary counts the review of each enterprise's latest report. The node's own work:
 * ASSESSMENT_REPORT_NOT_FOUND for an unknown report and for a tenant's users.
 */
export async function reviewReceivedAssessment(
  deps: NodeDeps,
  principal: Principal,
  id: string,
  body: z.infer<typeof ReviewReceivedAssessmentRequestSchema>,
): Promise<ReceivedAssessmentReview> {
  const notFound = () =>
    new AppError(
      'ASSESSMENT_REPORT_NOT_FOUND',
      MESSAGES.notFound('收到的评估报告', 'received assessment report'),
    );
  // A tenant's users do not see the node's received reports: not found, like an unknown id.
  await requireNodeOperator(deps, principal, notFound);
  const note = body.note === undefined || body.note === '' ? null : body.note;
  const review = { outcome: body.outcome, note, by: principal.username, at: new Date() };
  return withTransaction(deps.pool, async (tx) => {
    const found = await receivedAssessmentsRepository.review(tx, id, review);
    if (!found) throw notFound();
    await appendAudit(tx, {
      orgId: principal.orgId,
      actor: principal.username,
      action: 'assessment.report.review',
      target: `received-assessment:${id}`,
      payload: { outcome: body.outcome, note },
    });
    return review;
  });
}

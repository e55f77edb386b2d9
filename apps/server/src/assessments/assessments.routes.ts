import {
  AssessmentChildParamsSchema,
  AssessmentDetailSchema,
  AssessmentListSchema,
  ChecklistItemParamsSchema,
  CompleteAssessmentRequestSchema,
  CreateAssessmentRequestSchema,
  IdParamsSchema,
  SaveChecklistAnswerRequestSchema,
  SaveFindingRequestSchema,
  SaveRiskRequestSchema,
  UpdateAssessmentRequestSchema,
  UploadEvidenceRequestSchema,
} from '@shuan/contracts';
import { assessmentsRepository } from '@shuan/db';
import type { NodeDeps } from '../http/context.ts';
import { principalOf, type ZodApp } from '../http/zod-app.ts';
import type { RouteGroup } from '../roles/route-group.ts';
import {
  deleteEvidence,
  deleteFinding,
  deleteRisk,
  saveChecklistAnswer,
  saveFinding,
  saveRisk,
  uploadEvidence,
} from './assessment-parts.ts';
import {
  completeAssessment,
  createAssessment,
  refreshAssessment,
  updateAssessment,
} from './assessment-service.ts';
import {
  loadAssessment,
  presentAssessment,
  presentAssessmentDetail,
} from './assessment.presenter.ts';
import { fileAssessment } from './file-assessment.ts';
import { reportFiles } from './report-files.ts';
import { AppError, MESSAGES } from '../http/app-error.ts';

const tags = ['assessments'];

/**
 * The yearly risk assessment (`/api/v1/assessments…`, docs/risk-assessment.md): the list,
 * one assessment with its checklist, evidence, findings and register, the workflow's steps,
 * the PDF and Excel report, and filing with the province. Not cached: the answers carry
 * today's deadline and validity states. Every change answers with the whole assessment.
 */
export function assessmentRoutes(app: ZodApp, deps: NodeDeps): void {
  const detail = async (orgId: string, id: string) =>
    presentAssessmentDetail(await loadAssessment(deps.pool, orgId, id), new Date());
  const response = { 200: AssessmentDetailSchema };
  const child = { tags, params: AssessmentChildParamsSchema, response };

  app.get(
    '/assessments',
    { schema: { tags, response: { 200: AssessmentListSchema } } },
    async (request) => {
      const now = new Date();
      const rows = await assessmentsRepository.list(deps.pool, principalOf(request).orgId);
      return { items: rows.map((row) => presentAssessment(row, now)) };
    },
  );

  app.post(
    '/assessments',
    { schema: { tags, body: CreateAssessmentRequestSchema, response } },
    async (request) => {
      const principal = principalOf(request);
      return detail(principal.orgId, await createAssessment(deps, principal, request.body));
    },
  );

  app.get(
    '/assessments/:id',
    { schema: { tags, params: IdParamsSchema, response } },
    async (request) => detail(principalOf(request).orgId, request.params.id),
  );

  app.patch(
    '/assessments/:id',
    { schema: { tags, params: IdParamsSchema, body: UpdateAssessmentRequestSchema, response } },
    async (request) => {
      const principal = principalOf(request);
      await updateAssessment(deps, principal, request.params.id, request.body);
      return detail(principal.orgId, request.params.id);
    },
  );

  app.post(
    '/assessments/:id/refresh',
    { schema: { tags, params: IdParamsSchema, response } },
    async (request) => {
      const principal = principalOf(request);
      await refreshAssessment(deps, principal, request.params.id);
      return detail(principal.orgId, request.params.id);
    },
  );

  app.put(
    '/assessments/:id/checklist/:itemId',
    {
      schema: {
        tags,
        params: ChecklistItemParamsSchema,
        body: SaveChecklistAnswerRequestSchema,
        response,
      },
    },
    async (request) => {
      const principal = principalOf(request);
      await saveChecklistAnswer(deps, principal, request.params.id, {
        itemId: request.params.itemId,
        ...request.body,
      });
      return detail(principal.orgId, request.params.id);
    },
  );

  app.post(
    '/assessments/:id/evidence',
    { schema: { tags, params: IdParamsSchema, body: UploadEvidenceRequestSchema, response } },
    async (request) => {
      const principal = principalOf(request);
      await uploadEvidence(deps, principal, request.params.id, request.body);
      return detail(principal.orgId, request.params.id);
    },
  );

  app.get(
    '/assessments/:id/evidence/:childId',
    { schema: { tags, params: AssessmentChildParamsSchema } },
    async (request, reply) => {
      const { id, childId } = request.params;
      await loadAssessment(deps.pool, principalOf(request).orgId, id);
      const file = await assessmentsRepository.evidenceContent(deps.pool, id, childId);
      if (file === undefined) {
        throw new AppError(
          'ASSESSMENT_EVIDENCE_NOT_FOUND',
          MESSAGES.notFound('证据文件', 'evidence'),
        );
      }
      // Served as a download, never rendered: the content type is the uploader's claim.
      return reply
        .type('application/octet-stream')
        .header('x-content-type-options', 'nosniff')
        .header(
          'content-disposition',
          `attachment; filename="evidence"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        )
        .send(file.content);
    },
  );

  app.delete('/assessments/:id/evidence/:childId', { schema: child }, async (request) => {
    const principal = principalOf(request);
    await deleteEvidence(deps, principal, request.params.id, request.params.childId);
    return detail(principal.orgId, request.params.id);
  });

  app.post(
    '/assessments/:id/findings',
    { schema: { tags, params: IdParamsSchema, body: SaveFindingRequestSchema, response } },
    async (request) => {
      const principal = principalOf(request);
      await saveFinding(deps, principal, request.params.id, request.body);
      return detail(principal.orgId, request.params.id);
    },
  );

  app.patch(
    '/assessments/:id/findings/:childId',
    { schema: { ...child, body: SaveFindingRequestSchema } },
    async (request) => {
      const principal = principalOf(request);
      const { id, childId } = request.params;
      await saveFinding(deps, principal, id, request.body, childId);
      return detail(principal.orgId, id);
    },
  );

  app.delete('/assessments/:id/findings/:childId', { schema: child }, async (request) => {
    const principal = principalOf(request);
    await deleteFinding(deps, principal, request.params.id, request.params.childId);
    return detail(principal.orgId, request.params.id);
  });

  app.post(
    '/assessments/:id/risks',
    { schema: { tags, params: IdParamsSchema, body: SaveRiskRequestSchema, response } },
    async (request) => {
      const principal = principalOf(request);
      await saveRisk(deps, principal, request.params.id, request.body);
      return detail(principal.orgId, request.params.id);
    },
  );

  app.patch(
    '/assessments/:id/risks/:childId',
    { schema: { ...child, body: SaveRiskRequestSchema } },
    async (request) => {
      const principal = principalOf(request);
      const { id, childId } = request.params;
      await saveRisk(deps, principal, id, request.body, childId);
      return detail(principal.orgId, id);
    },
  );

  app.delete('/assessments/:id/risks/:childId', { schema: child }, async (request) => {
    const principal = principalOf(request);
    await deleteRisk(deps, principal, request.params.id, request.params.childId);
    return detail(principal.orgId, request.params.id);
  });

  app.post(
    '/assessments/:id/complete',
    { schema: { tags, params: IdParamsSchema, body: CompleteAssessmentRequestSchema, response } },
    async (request) => {
      const principal = principalOf(request);
      await completeAssessment(deps, principal, request.params.id, request.body.completedOn);
      return detail(principal.orgId, request.params.id);
    },
  );

  app.post(
    '/assessments/:id/file',
    { schema: { tags, params: IdParamsSchema, response } },
    async (request) => {
      const principal = principalOf(request);
      await fileAssessment(deps, principal, request.params.id);
      return detail(principal.orgId, request.params.id);
    },
  );

  for (const format of ['pdf', 'xlsx'] as const) {
    app.get(
      `/assessments/:id/report.${format}`,
      { schema: { tags, params: IdParamsSchema } },
      async (request, reply) => {
        const file = await reportFiles(deps, principalOf(request), request.params.id, format);
        return reply
          .type(file.contentType)
          .header(
            'content-disposition',
            `attachment; filename="risk-assessment-${file.year}.${format}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
          )
          .send(file.body);
      },
    );
  }
}

/** The assessment routes (an enterprise node; tenants on a province). */
export const assessmentsGroup: RouteGroup = {
  name: 'assessments',
  capability: 'keeps-catalog',
  register: assessmentRoutes,
};

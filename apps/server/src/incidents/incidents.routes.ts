import {
  AddIncidentUpdateRequestSchema,
  CloseIncidentRequestSchema,
  CreateIncidentRequestSchema,
  CreateRiskReportRequestSchema,
  IdParamsSchema,
  IncidentDetailSchema,
  IncidentPageSchema,
  ListIncidentsQuerySchema,
  ListQuerySchema,
  RaiseIncidentLevelRequestSchema,
  RiskReportPageSchema,
  RiskReportSchema,
  SendIncidentReportRequestSchema,
  UpdateIncidentRequestSchema,
} from '@shuan/contracts';
import { riskReportRouting, type IncidentLevel } from '@shuan/core';
import { incidentsRepository, riskReportsRepository, type RiskReportRow } from '@shuan/db';
import type { NodeDeps, Principal } from '../http/context.ts';
import { principalOf, type ZodApp } from '../http/zod-app.ts';
import type { RouteGroup } from '../roles/route-group.ts';
import { incidentJson, incidentWorkbook } from './incident-export.ts';
import { incidentPdf } from './incident-pdf.ts';
import { presentIncident, presentIncidentDetail } from './incident.presenter.ts';
import {
  addIncidentUpdate,
  closeIncident,
  createIncident,
  incidentNotFound,
  raiseIncidentLevel,
  updateIncident,
} from './manage-incidents.ts';
import { createRiskReport, sendIncidentReport } from './send-reports.ts';

const tags = ['incidents'];

async function load(deps: NodeDeps, principal: Principal, id: string) {
  const row = await incidentsRepository.get(deps.pool, principal.orgId, id);
  if (row === undefined) throw incidentNotFound();
  const [updates, reports] = await Promise.all([
    incidentsRepository.updates(deps.pool, id),
    incidentsRepository.reports(deps.pool, id),
  ]);
  return { row, updates, reports };
}

async function detail(deps: NodeDeps, principal: Principal, id: string) {
  const { row, updates, reports } = await load(deps, principal, id);
  return presentIncidentDetail(row, updates, reports, new Date());
}

function presentRisk(row: RiskReportRow) {
  return {
    id: row.id,
    riskType: row.riskType,
    potentialLevel: row.potentialLevel as IncidentLevel,
    title: row.title,
    foundAt: row.foundAt.toISOString(),
    sent: row.receiver !== null,
    toMinistry: riskReportRouting(row.potentialLevel as IncidentLevel).toMinistry,
    receiver: row.receiver,
    sentBy: row.sentBy,
    sentAt: row.sentAt.toISOString(),
  };
}

/**
 * The enterprise side of incidents and risk reports (`/api/v1/incidents…`,
 * `/api/v1/risk-reports`): the record graded by core with its deciding criterion, the
 * officer's raise, the timeline, the reports (initial / follow-up / summary) sent up the
 * federation, closing, and exports (JSON, Excel). Not cached: the answers carry countdowns.
 */
export function incidentRoutes(app: ZodApp, deps: NodeDeps): void {
  app.get(
    '/incidents',
    {
      schema: {
        tags,
        querystring: ListIncidentsQuerySchema,
        response: { 200: IncidentPageSchema },
      },
    },
    async (request) => {
      const now = new Date();
      const page = await incidentsRepository.list(
        deps.pool,
        principalOf(request).orgId,
        request.query,
      );
      return { ...page, items: page.items.map((row) => presentIncident(row, now)) };
    },
  );

  app.post(
    '/incidents',
    {
      schema: { tags, body: CreateIncidentRequestSchema, response: { 200: IncidentDetailSchema } },
    },
    async (request) => {
      const principal = principalOf(request);
      return detail(deps, principal, await createIncident(deps, principal, request.body));
    },
  );

  app.get(
    '/incidents/:id',
    { schema: { tags, params: IdParamsSchema, response: { 200: IncidentDetailSchema } } },
    async (request) => detail(deps, principalOf(request), request.params.id),
  );

  app.patch(
    '/incidents/:id',
    {
      schema: {
        tags,
        params: IdParamsSchema,
        body: UpdateIncidentRequestSchema,
        response: { 200: IncidentDetailSchema },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      await updateIncident(deps, principal, request.params.id, request.body);
      return detail(deps, principal, request.params.id);
    },
  );

  app.post(
    '/incidents/:id/level',
    {
      schema: {
        tags,
        params: IdParamsSchema,
        body: RaiseIncidentLevelRequestSchema,
        response: { 200: IncidentDetailSchema },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const { level, reason } = request.body;
      await raiseIncidentLevel(deps, principal, request.params.id, level, reason);
      return detail(deps, principal, request.params.id);
    },
  );

  app.post(
    '/incidents/:id/updates',
    {
      schema: {
        tags,
        params: IdParamsSchema,
        body: AddIncidentUpdateRequestSchema,
        response: { 200: IncidentDetailSchema },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const at = request.body.at === undefined ? new Date() : new Date(request.body.at);
      await addIncidentUpdate(deps, principal, request.params.id, request.body.note, at);
      return detail(deps, principal, request.params.id);
    },
  );

  app.post(
    '/incidents/:id/reports',
    {
      schema: {
        tags,
        params: IdParamsSchema,
        body: SendIncidentReportRequestSchema,
        response: { 200: IncidentDetailSchema },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const { kind, summary } = request.body;
      await sendIncidentReport(deps, principal, request.params.id, kind, summary);
      return detail(deps, principal, request.params.id);
    },
  );

  app.post(
    '/incidents/:id/close',
    {
      schema: {
        tags,
        params: IdParamsSchema,
        body: CloseIncidentRequestSchema,
        response: { 200: IncidentDetailSchema },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const closedAt =
        request.body.closedAt === undefined ? new Date() : new Date(request.body.closedAt);
      await closeIncident(deps, principal, request.params.id, closedAt, request.body.note);
      return detail(deps, principal, request.params.id);
    },
  );

  app.get(
    '/incidents/:id/export.json',
    { schema: { tags, params: IdParamsSchema } },
    async (request) => {
      const { row, updates, reports } = await load(deps, principalOf(request), request.params.id);
      return incidentJson(row, updates, reports, new Date());
    },
  );

  app.get(
    '/incidents/:id/export.xlsx',
    { schema: { tags, params: IdParamsSchema } },
    async (request, reply) => {
      const principal = principalOf(request);
      const { row, updates, reports } = await load(deps, principal, request.params.id);
      const body = await incidentWorkbook(principal.orgName, row, updates, reports, new Date());
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="incident-${row.id}.xlsx"`)
        .send(body);
    },
  );

  app.get(
    '/incidents/:id/export.pdf',
    { schema: { tags, params: IdParamsSchema } },
    async (request, reply) => {
      const principal = principalOf(request);
      const { row, updates, reports } = await load(deps, principal, request.params.id);
      const body = await incidentPdf(principal.orgName, row, updates, reports, new Date());
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="incident-${row.id}.pdf"`)
        .send(body);
    },
  );

  app.get(
    '/risk-reports',
    { schema: { tags, querystring: ListQuerySchema, response: { 200: RiskReportPageSchema } } },
    async (request) => {
      const page = await riskReportsRepository.list(
        deps.pool,
        principalOf(request).orgId,
        request.query,
      );
      return { ...page, items: page.items.map(presentRisk) };
    },
  );

  app.post(
    '/risk-reports',
    { schema: { tags, body: CreateRiskReportRequestSchema, response: { 200: RiskReportSchema } } },
    async (request) => {
      const principal = principalOf(request);
      const id = await createRiskReport(deps, principal, request.body);
      const row = await riskReportsRepository.get(deps.pool, principal.orgId, id);
      if (row === undefined) throw incidentNotFound();
      return presentRisk(row);
    },
  );
}

/** The enterprise node's incident group (it reports to its parent). */
export const incidentsGroup: RouteGroup = {
  name: 'incidents',
  capability: 'files-to-parent',
  register: incidentRoutes,
};

/** The same routes on a node that hosts tenants (a province): tenants report into its tables. */
export const tenantIncidentsGroup: RouteGroup = { ...incidentsGroup, capability: 'hosts-tenants' };

import {
  IdParamsSchema,
  ListReceivedIncidentsQuerySchema,
  ListReceivedRisksQuerySchema,
  ReceivedIncidentDetailSchema,
  ReceivedIncidentPageSchema,
  ReceivedRiskPageSchema,
  type MessagePayload,
} from '@shuan/contracts';
import type { IncidentLevel } from '@shuan/core';
import {
  receivedIncidentsRepository,
  receivedRisksRepository,
  type ReceivedIncidentRow,
  type ReceivedRiskRow,
} from '@shuan/db';
import { requireNodeOperator } from '../federation/manage-federation.ts';
import { AppError, MESSAGES } from '../http/app-error.ts';
import type { NodeDeps } from '../http/context.ts';
import { principalOf, type ZodApp } from '../http/zod-app.ts';
import type { RouteGroup } from '../roles/route-group.ts';
import { planOf } from './incident-plan.ts';

type Kind = 'initial' | 'follow-up' | 'summary';

/**
 * A received incident with the report the enterprise owes next, from core's plan on what
 * the latest report said (level, discovery, closure) and what has arrived.
 */
function presentReceived(row: ReceivedIncidentRow, now: Date) {
  const payload = row.payload as MessagePayload<'incident.report'>;
  const plan = planOf(
    {
      level: row.level,
      discoveredAt: row.discoveredAt,
      dataLevel: payload.incident.facts.dataLevel,
      ciiInvolved: payload.incident.ciiInvolved,
      closedAt: row.closedAt,
      lastReportAt: row.lastReportAt,
      // Whatever arrived first stands for the initial report here.
      initialSentAt: row.lastReportAt,
      summarySentAt: row.summaryReceived ? row.lastReportAt : null,
    },
    now,
  );
  return {
    id: row.id,
    sender: row.sender,
    tenant: row.tenantOrgId !== null,
    incidentId: row.incidentId,
    enterprise: {
      uscc: row.uscc,
      name: row.enterpriseName,
      region: row.regionCode,
      industry: row.industryCode,
    },
    title: row.title,
    level: row.level as IncidentLevel,
    status: row.status as 'open' | 'closed',
    discoveredAt: row.discoveredAt.toISOString(),
    closedAt: row.closedAt?.toISOString() ?? null,
    lastKind: row.lastKind as Kind,
    lastReportAt: row.lastReportAt.toISOString(),
    reports: row.reports,
    summaryReceived: row.summaryReceived,
    forwardedAt: row.forwardedAt?.toISOString() ?? null,
    next: plan.next,
  };
}

function presentRisk(row: ReceivedRiskRow) {
  const payload = row.payload as MessagePayload<'risk.report'>;
  return {
    id: row.id,
    sender: row.sender,
    tenant: row.tenantOrgId !== null,
    enterprise: {
      uscc: row.uscc,
      name: row.enterpriseName,
      region: row.regionCode,
      industry: row.industryCode,
    },
    riskType: row.riskType,
    potentialLevel: row.potentialLevel as IncidentLevel,
    title: row.title,
    foundAt: row.foundAt.toISOString(),
    receivedAt: row.receivedAt.toISOString(),
    forwardedAt: row.forwardedAt?.toISOString() ?? null,
    description: payload.description,
    measures: payload.measures,
  };
}

/**
 * What a province or the ministry received (`/api/v1/incidents-received…`,
 * `/api/v1/risks-received`): incidents at their latest report with the next report due,
 * and risk reports, filtered by level, status or risk type. The node's own organisation
 * only (tenants get 403). Not cached: countdowns.
 */
export function incidentsReceivedRoutes(app: ZodApp, deps: NodeDeps): void {
  const tags = ['incidents'];
  app.get(
    '/incidents-received',
    {
      schema: {
        tags,
        querystring: ListReceivedIncidentsQuerySchema,
        response: { 200: ReceivedIncidentPageSchema },
      },
    },
    async (request) => {
      await requireNodeOperator(deps, principalOf(request));
      const now = new Date();
      const page = await receivedIncidentsRepository.list(deps.pool, request.query);
      return { ...page, items: page.items.map((row) => presentReceived(row, now)) };
    },
  );

  app.get(
    '/incidents-received/:id',
    { schema: { tags, params: IdParamsSchema, response: { 200: ReceivedIncidentDetailSchema } } },
    async (request) => {
      await requireNodeOperator(deps, principalOf(request));
      const row = await receivedIncidentsRepository.get(deps.pool, request.params.id);
      if (row === undefined) {
        throw new AppError('RECEIVED_INCIDENT_NOT_FOUND', MESSAGES.notFound('事件', 'incident'));
      }
      const history = await receivedIncidentsRepository.reports(
        deps.pool,
        row.sender,
        row.incidentId,
      );
      return {
        ...presentReceived(row, new Date()),
        latest: row.payload as Record<string, unknown>,
        history: history.map((report) => ({
          reportId: report.reportId,
          kind: report.kind,
          receivedAt: report.receivedAt.toISOString(),
        })),
      };
    },
  );

  app.get(
    '/risks-received',
    {
      schema: {
        tags,
        querystring: ListReceivedRisksQuerySchema,
        response: { 200: ReceivedRiskPageSchema },
      },
    },
    async (request) => {
      await requireNodeOperator(deps, principalOf(request));
      const page = await receivedRisksRepository.list(deps.pool, request.query);
      return { ...page, items: page.items.map(presentRisk) };
    },
  );
}

/** Province and ministry: nodes that receive from children. */
export const incidentsReceivedGroup: RouteGroup = {
  name: 'incidents-received',
  capability: 'receives-filings',
  register: incidentsReceivedRoutes,
};

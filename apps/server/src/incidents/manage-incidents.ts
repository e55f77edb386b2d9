import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { CreateIncidentRequestSchema, UpdateIncidentRequestSchema } from '@shuan/contracts';
import { INCIDENT_LEVEL_NAMES, type IncidentFacts, type IncidentLevel } from '@shuan/core';
import {
  catalogItemsRepository,
  incidentsRepository,
  withTransaction,
  type IncidentFields,
  type IncidentRow,
  type Queryable,
} from '@shuan/db';
import { appendAudit } from '../audit/append-audit.ts';
import { AppError, MESSAGES } from '../http/app-error.ts';
import type { NodeDeps, Principal } from '../http/context.ts';
import { effectiveLevel, gradeOrThrow, raiseOrThrow } from './incident-plan.ts';

type CreateInput = z.infer<typeof CreateIncidentRequestSchema>;
type UpdateInput = z.infer<typeof UpdateIncidentRequestSchema>;

/** 404 of an incident that is not the caller's. */
export const incidentNotFound = (): AppError =>
  new AppError('INCIDENT_NOT_FOUND', MESSAGES.notFound('事件', 'incident'));

const DATA_LEVEL_ORDER = ['none', 'general', 'important', 'core'] as const;

/**
 * The catalog items named, as the report carries them, and the facts with their data level
 * raised to the highest level among those items (an incident involving a core item involves
 * core data whatever the form says).
 */
async function withCatalogItems(
  db: Queryable,
  orgId: string,
  facts: IncidentFacts,
  ids: readonly string[],
): Promise<{ facts: IncidentFacts; items: IncidentFields['catalogItems'] }> {
  const items: IncidentFields['catalogItems'] = [];
  let dataLevel = facts.dataLevel;
  for (const id of new Set(ids)) {
    const item = await catalogItemsRepository.get(db, orgId, id);
    if (item === undefined) {
      throw new AppError(
        'INCIDENT_CATALOG_ITEM_UNKNOWN',
        `所选目录项不存在 / no such catalog item: ${id}`,
      );
    }
    items.push({ itemId: item.id, table: item.table, level: item.level });
    if (DATA_LEVEL_ORDER.indexOf(item.level) > DATA_LEVEL_ORDER.indexOf(dataLevel)) {
      dataLevel = item.level;
    }
  }
  return { facts: { ...facts, dataLevel }, items };
}

function graded(facts: IncidentFacts, officerLevel: string | null) {
  const grade = gradeOrThrow(facts);
  return {
    computedLevel: grade.level,
    decidedBy: { id: grade.decidedBy.id, ...grade.decidedBy.description },
    level: effectiveLevel(grade.level, officerLevel),
  };
}

/** Records a new incident, graded by core's criteria. Audited. */
export async function createIncident(
  deps: NodeDeps,
  principal: Principal,
  input: CreateInput,
): Promise<string> {
  const id = randomUUID();
  await withTransaction(deps.pool, async (tx) => {
    const { facts, items } = await withCatalogItems(
      tx,
      principal.orgId,
      input.facts,
      input.catalogItemIds,
    );
    const grade = graded(facts, null);
    await incidentsRepository.insert(tx, {
      id,
      orgId: principal.orgId,
      createdBy: principal.username,
      title: input.title,
      description: input.description,
      discoveredAt: new Date(input.discoveredAt),
      occurredAt: input.occurredAt === null ? null : new Date(input.occurredAt),
      facts: { ...facts },
      ciiInvolved: input.ciiInvolved,
      systems: input.systems,
      catalogItems: items,
      dataVolume: input.dataVolume,
      measures: input.measures,
      officerLevel: null,
      officerReason: null,
      ...grade,
    });
    await appendAudit(tx, {
      orgId: principal.orgId,
      actor: principal.username,
      action: 'incident.create',
      target: `incident:${id}`,
      payload: { title: input.title, level: grade.level, decidedBy: grade.decidedBy.id },
    });
  });
  return id;
}

async function openIncident(tx: Queryable, orgId: string, id: string): Promise<IncidentRow> {
  const row = await incidentsRepository.getForUpdate(tx, orgId, id);
  if (row === undefined) throw incidentNotFound();
  if (row.status === 'closed') {
    throw new AppError('INCIDENT_CLOSED', '事件已结束，不能再修改 / the incident is closed');
  }
  return row;
}

function fieldsOf(row: IncidentRow): IncidentFields {
  const { title, description, discoveredAt, occurredAt, facts, ciiInvolved, systems } = row;
  const { catalogItems, dataVolume, measures, computedLevel, decidedBy } = row;
  const { officerLevel, officerReason, level } = row;
  return {
    ...{ title, description, discoveredAt, occurredAt, facts, ciiInvolved, systems },
    ...{ catalogItems, dataVolume, measures, computedLevel, decidedBy },
    ...{ officerLevel, officerReason, level },
  };
}

/** Changes an open incident's record and grades it again. Audited. */
export async function updateIncident(
  deps: NodeDeps,
  principal: Principal,
  id: string,
  input: UpdateInput,
): Promise<void> {
  await withTransaction(deps.pool, async (tx) => {
    const row = await openIncident(tx, principal.orgId, id);
    const ids = input.catalogItemIds ?? row.catalogItems.map((item) => item.itemId);
    const { facts, items } = await withCatalogItems(
      tx,
      principal.orgId,
      input.facts ?? (row.facts as unknown as IncidentFacts),
      ids,
    );
    const grade = graded(facts, row.officerLevel);
    const fields: IncidentFields = {
      ...fieldsOf(row),
      ...(input.title === undefined ? {} : { title: input.title }),
      ...(input.description === undefined ? {} : { description: input.description }),
      ...(input.discoveredAt === undefined ? {} : { discoveredAt: new Date(input.discoveredAt) }),
      ...(input.occurredAt === undefined
        ? {}
        : { occurredAt: input.occurredAt === null ? null : new Date(input.occurredAt) }),
      ...(input.ciiInvolved === undefined ? {} : { ciiInvolved: input.ciiInvolved }),
      ...(input.systems === undefined ? {} : { systems: input.systems }),
      ...(input.dataVolume === undefined ? {} : { dataVolume: input.dataVolume }),
      ...(input.measures === undefined ? {} : { measures: input.measures }),
      facts: { ...facts },
      catalogItems: items,
      ...grade,
    };
    await incidentsRepository.update(tx, principal.orgId, id, fields);
    await appendAudit(tx, {
      orgId: principal.orgId,
      actor: principal.username,
      action: 'incident.update',
      target: `incident:${id}`,
      payload: { fields: Object.keys(input), level: grade.level, previousLevel: row.level },
    });
  });
}

/**
 * The officer raises the level (core applyOfficerLevel: never below the computed level,
 * INCIDENT_LEVEL_LOWERING_FORBIDDEN otherwise). The raise and its reason go on the timeline.
 */
export async function raiseIncidentLevel(
  deps: NodeDeps,
  principal: Principal,
  id: string,
  requested: string,
  reason: string,
): Promise<void> {
  await withTransaction(deps.pool, async (tx) => {
    const row = await openIncident(tx, principal.orgId, id);
    const level = raiseOrThrow(row.computedLevel as IncidentLevel, requested);
    await incidentsRepository.update(tx, principal.orgId, id, {
      ...fieldsOf(row),
      officerLevel: level === row.computedLevel ? null : level,
      officerReason: level === row.computedLevel ? null : reason,
      level,
    });
    const name = INCIDENT_LEVEL_NAMES[level];
    await incidentsRepository.addUpdate(tx, id, {
      id: randomUUID(),
      at: new Date(),
      author: principal.username,
      note: `级别调整为${name.zh} / level set to ${name.en}: ${reason}`,
    });
    await appendAudit(tx, {
      orgId: principal.orgId,
      actor: principal.username,
      action: 'incident.level',
      target: `incident:${id}`,
      payload: { level, computedLevel: row.computedLevel, previousLevel: row.level, reason },
    });
  });
}

/** Adds a timeline entry (also on a closed incident: late findings belong on record). */
export async function addIncidentUpdate(
  deps: NodeDeps,
  principal: Principal,
  id: string,
  note: string,
  at: Date,
): Promise<void> {
  await withTransaction(deps.pool, async (tx) => {
    const row = await incidentsRepository.getForUpdate(tx, principal.orgId, id);
    if (row === undefined) throw incidentNotFound();
    await incidentsRepository.addUpdate(tx, id, {
      id: randomUUID(),
      at,
      author: principal.username,
      note,
    });
    await appendAudit(tx, {
      orgId: principal.orgId,
      actor: principal.username,
      action: 'incident.note',
      target: `incident:${id}`,
      payload: { at: at.toISOString() },
    });
  });
}

/** Ends handling: the summary report's 30 days run from here (重大 and above). Audited. */
export async function closeIncident(
  deps: NodeDeps,
  principal: Principal,
  id: string,
  closedAt: Date,
  note: string | undefined,
): Promise<void> {
  await withTransaction(deps.pool, async (tx) => {
    const row = await openIncident(tx, principal.orgId, id);
    if (closedAt.getTime() < row.discoveredAt.getTime()) {
      throw new AppError(
        'VALIDATION_FAILED',
        '结束时间不能早于发现时间 / an incident cannot close before it was discovered',
      );
    }
    await incidentsRepository.close(tx, principal.orgId, id, closedAt);
    if (note !== undefined) {
      await incidentsRepository.addUpdate(tx, id, {
        id: randomUUID(),
        at: closedAt,
        author: principal.username,
        note,
      });
    }
    await appendAudit(tx, {
      orgId: principal.orgId,
      actor: principal.username,
      action: 'incident.close',
      target: `incident:${id}`,
      payload: { closedAt: closedAt.toISOString() },
    });
  });
}

import { randomUUID } from 'node:crypto';
import type { IssueWarningRequestSchema } from '@shuan/contracts';
import {
  organizationsRepository,
  warningsRepository,
  withTransaction,
  type WarningRow,
} from '@shuan/db';
import type { z } from 'zod';
import { appendAudit } from '../audit/append-audit.ts';
import { requireNodeOperator } from '../federation/manage-federation.ts';
import { AppError } from '../http/app-error.ts';
import type { NodeDeps, Principal } from '../http/context.ts';
import { contentOf, deliverToEnterprises, deliverToProvinces } from './deliver-warning.ts';
import { checkDeadlines, checkIndicators, normalizeAudience } from './warning-input.ts';

type IssueInput = z.infer<typeof IssueWarningRequestSchema>;

export const notIssuer = (): AppError =>
  new AppError(
    'WARNING_NOT_ISSUER',
    '只有省级和部级节点（本级机构）可以发布预警通报 / only a province or ministry node (its own organisation) issues warnings',
  );

/**
 * A province or the ministry issues a warning (Measures Art. 26), in ONE transaction: the
 * warning row, its delivery (the ministry queues it to every province; a province resolves
 * the audience against its registry, queues it to the enterprises' nodes and puts it in
 * tenants' inboxes, and records whom it addressed), and the audit entry. Enterprise nodes
 * and tenants' users get WARNING_NOT_ISSUER (409).
 */
export async function issueWarning(
  deps: NodeDeps,
  principal: Principal,
  input: IssueInput,
): Promise<{ row: WarningRow; queuedTo: string[] }> {
  if (deps.config.role === 'enterprise') throw notIssuer();
  await requireNodeOperator(deps, principal, notIssuer);
  const now = new Date();
  const audience = normalizeAudience(input.audience);
  const indicators = checkIndicators(input.indicators);
  const deadlines = checkDeadlines(input.ackBy, input.feedbackBy, now);
  const org = await organizationsRepository.first(deps.pool);
  const row: Omit<WarningRow, 'createdAt'> = {
    id: randomUUID(),
    orgId: principal.orgId,
    origin: 'issued',
    receivedFrom: null,
    issuedBy: deps.federation.identity.nodeId,
    issuerName: org?.name ?? deps.federation.identity.nodeId,
    issuedAt: now,
    issuedUser: principal.username,
    level: input.level,
    type: input.type,
    title: input.title,
    description: input.description,
    indicators,
    measures: input.measures,
    ackBy: deadlines.ackBy,
    feedbackBy: deadlines.feedbackBy,
    audience,
    envelopeId: null,
  };
  return withTransaction(deps.pool, async (tx) => {
    await warningsRepository.insert(tx, row);
    const content = contentOf({ ...row, createdAt: now });
    const queuedTo =
      deps.config.role === 'ministry'
        ? await deliverToProvinces(tx, content)
        : (await deliverToEnterprises(tx, content, principal.orgId, now)).queuedTo;
    await appendAudit(tx, {
      orgId: principal.orgId,
      actor: principal.username,
      action: 'warning.issue',
      target: `warning:${row.id}`,
      payload: {
        level: row.level,
        audience,
        indicators: indicators.length,
        queuedTo: queuedTo.length,
      },
    });
    return { row: { ...row, createdAt: now }, queuedTo };
  });
}

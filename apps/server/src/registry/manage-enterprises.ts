import type { CreateEnterpriseRequest, UpdateEnterpriseRequest } from '@shuan/contracts';
import {
  enterprisesRepository,
  federationRegistryLinksRepository,
  organizationsRepository,
  withTransaction,
  type Queryable,
  type EnterpriseFieldsRow,
  type EnterpriseRow,
} from '@shuan/db';
import {
  describeEnterpriseErrors,
  validateEnterprise,
  validateEnterprisePatch,
  type EnterpriseValidation,
} from '@shuan/tools';
import { appendAudit } from '../audit/append-audit.ts';
import { AppError, MESSAGES } from '../http/app-error.ts';
import type { NodeDeps, Principal } from '../http/context.ts';
import { deliverOpenWarningsTo } from '../warnings/late-delivery.ts';

/** 404 of an entry that is not in the caller's registry. */
export const enterpriseNotFound = (): AppError =>
  new AppError('ENTERPRISE_NOT_FOUND', MESSAGES.notFound('企业', 'enterprise'));

/** The value of a passed validation; the first field's code (all fields' messages) otherwise. */
function validOrThrow<T>(result: EnterpriseValidation<T>): T {
  if (result.ok) return result.value;
  const first = result.errors[0];
  throw new AppError(first?.code ?? 'VALIDATION_FAILED', describeEnterpriseErrors(result.errors));
}

/** Runs `fn`, turning the duplicate-credit-code violation into `ENTERPRISE_EXISTS`. */
async function uniqueUscc<T>(uscc: string | undefined, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    const { code, constraint } = error as { code?: string; constraint?: string };
    if (code === '23505' && constraint === 'enterprises_org_id_uscc_key') {
      throw new AppError(
        'ENTERPRISE_EXISTS',
        `统一社会信用代码 ${uscc ?? ''} 已在企业名录中 / credit code ${uscc ?? ''} is already in the registry`,
      );
    }
    throw error;
  }
}

/**
 * Links the entry to the node enrolled for its credit code (one-enterprise token) when the
 * node enrolled first: enrollment links only entries that exist then (enrollment-links.ts).
 * The entry as stored afterwards.
 */
async function linkToEnrolledNode(
  tx: Queryable,
  orgId: string,
  row: EnterpriseRow,
): Promise<EnterpriseRow> {
  // Peers belong to the node, whose registry is its own organisation's (the first).
  if ((await organizationsRepository.first(tx))?.id !== orgId) return row;
  const nodeId = await federationRegistryLinksRepository.linkEntryToPeer(
    tx,
    orgId,
    row.id,
    row.uscc,
  );
  if (nodeId === (row.nodeId ?? undefined)) return row;
  return (await enterprisesRepository.get(tx, orgId, row.id)) ?? row;
}

/**
 * Adds an enterprise to the caller's registry after validating every field, linked to its
 * enterprise's node when that node has already enrolled; audited.
 */
export async function createEnterprise(
  deps: NodeDeps,
  principal: Principal,
  input: CreateEnterpriseRequest,
): Promise<EnterpriseRow> {
  const fields = validOrThrow(validateEnterprise(input));
  return uniqueUscc(fields.uscc, () =>
    withTransaction(deps.pool, async (tx) => {
      const created = await enterprisesRepository.create(tx, principal.orgId, fields);
      const row = await linkToEnrolledNode(tx, principal.orgId, created);
      // An entry that joins the audience of an open warning gets it (late-delivery.ts).
      await deliverOpenWarningsTo(tx, principal.orgId, row, new Date());
      await appendAudit(tx, {
        orgId: principal.orgId,
        actor: principal.username,
        action: 'enterprise.create',
        target: `enterprise:${row.id}`,
        payload: {
          uscc: row.uscc,
          name: row.name,
          regionCode: row.regionCode,
          industryCode: row.industryCode,
          size: row.size,
          keyEnterprise: row.keyEnterprise,
          nodeId: row.nodeId,
        },
      });
      return row;
    }),
  );
}

/**
 * Changes fields of an entry of the caller's registry. The audit entry records each changed
 * field's old and new value; a change that changes nothing writes nothing. A new credit code
 * moves the node link to the node enrolled for that code (or to none).
 */
export async function updateEnterprise(
  deps: NodeDeps,
  principal: Principal,
  id: string,
  input: UpdateEnterpriseRequest,
): Promise<EnterpriseRow> {
  const patch = validOrThrow(validateEnterprisePatch(input));
  return uniqueUscc(patch.uscc, () =>
    withTransaction(deps.pool, async (tx) => {
      const current = await enterprisesRepository.getForUpdate(tx, principal.orgId, id);
      if (current === undefined) throw enterpriseNotFound();
      const changes: Record<string, { from: unknown; to: unknown }> = {};
      for (const [field, to] of Object.entries(patch) as [keyof EnterpriseFieldsRow, unknown][]) {
        if (current[field] !== to) changes[field] = { from: current[field], to };
      }
      if (Object.keys(changes).length === 0) return current;
      const changed = Object.fromEntries(
        Object.entries(changes).map(([field, change]) => [field, change.to]),
      ) as Partial<EnterpriseFieldsRow>;
      const updated = await enterprisesRepository.update(tx, principal.orgId, id, changed);
      if (updated === undefined) throw enterpriseNotFound();
      const row =
        changes.uscc === undefined
          ? updated
          : await linkToEnrolledNode(tx, principal.orgId, updated);
      if (row.nodeId !== current.nodeId) changes.nodeId = { from: current.nodeId, to: row.nodeId };
      await deliverOpenWarningsTo(tx, principal.orgId, row, new Date());
      await appendAudit(tx, {
        orgId: principal.orgId,
        actor: principal.username,
        action: 'enterprise.update',
        target: `enterprise:${id}`,
        payload: { uscc: row.uscc, changes },
      });
      return row;
    }),
  );
}

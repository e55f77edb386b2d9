import type { CreateEnterpriseRequest, UpdateEnterpriseRequest } from '@shuan/contracts';
import {
  enterprisesRepository,
  withTransaction,
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

/** Adds an enterprise to the caller's registry after validating every field; audited. */
export async function createEnterprise(
  deps: NodeDeps,
  principal: Principal,
  input: CreateEnterpriseRequest,
): Promise<EnterpriseRow> {
  const fields = validOrThrow(validateEnterprise(input));
  return uniqueUscc(fields.uscc, () =>
    withTransaction(deps.pool, async (tx) => {
      const row = await enterprisesRepository.create(tx, principal.orgId, fields);
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
        },
      });
      return row;
    }),
  );
}

/**
 * Changes fields of an entry of the caller's registry. The audit entry records each changed
 * field's old and new value; a change that changes nothing writes nothing.
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
      const row = await enterprisesRepository.update(tx, principal.orgId, id, changed);
      if (row === undefined) throw enterpriseNotFound();
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

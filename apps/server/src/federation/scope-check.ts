import type { EnrollmentScope } from '@shuan/core';

/**
 * The USCC a payload speaks for, when it names one: `enterprise.uscc` is where every
 * upward message that carries an enterprise puts it (filing.submit, assessment.report,
 * incident.report, risk.report, and a province's forwarded warning answers). Undefined when
 * the payload names no enterprise (heartbeats, rollups, an enterprise node's own warning
 * acknowledgements) or names it as null.
 */
export function claimedUscc(payload: unknown): string | undefined {
  if (typeof payload !== 'object' || payload === null) return undefined;
  const enterprise = (payload as { enterprise?: unknown }).enterprise;
  if (typeof enterprise !== 'object' || enterprise === null) return undefined;
  const uscc = (enterprise as { uscc?: unknown }).uscc;
  return typeof uscc === 'string' ? uscc : undefined;
}

/**
 * True when a child enrolled with a one-enterprise token sends a payload that speaks for
 * another enterprise: the token bound that node to one USCC, and a filing (or report) it
 * signs for anyone else is refused (`FED_SCOPE_MISMATCH`). Region and industry scopes are a
 * province's children (or a province itself): what they name is not checked here.
 */
export function outsideScope(scope: EnrollmentScope | null, payload: unknown): boolean {
  if (scope?.kind !== 'enterprise') return false;
  const uscc = claimedUscc(payload);
  return uscc !== undefined && uscc.toUpperCase() !== scope.uscc.toUpperCase();
}

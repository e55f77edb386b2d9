import type { Envelope } from '@shuan/contracts';
import type { EnrollmentScope } from '@shuan/core';
import { federationRegistryLinksRepository, type Queryable } from '@shuan/db';
import { findIndustryDivision } from '@shuan/tools';
import type { BatchHandlerContext, MessageHandler } from './message-handlers.ts';
import { territoryReason } from './refusal-reasons.ts';
import { recordAndTell, scopeRefusal, type ToldRefusal } from './tell-refusal.ts';

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
 * signs for anyone else is refused (`FED_SCOPE_MISMATCH`). Region and industry scopes need
 * the registry: {@link scopeGuarded} checks them when the message is applied.
 */
export function outsideScope(scope: EnrollmentScope | null, payload: unknown): boolean {
  if (scope?.kind !== 'enterprise') return false;
  const uscc = claimedUscc(payload);
  return uscc !== undefined && uscc.toUpperCase() !== scope.uscc.toUpperCase();
}

/** Where an enterprise sits: GB/T 2260 region (6 digits), GB/T 4754 code with its letter (`C31`). */
export interface Territory {
  regionCode: string;
  industryCode: string;
  /** `registry`: this node's registry entry of the credit code; `payload`: what the sender said. */
  source: 'registry' | 'payload';
}

/**
 * True when `regionCode` lies inside scope region `scopeCode`: a province code covers its
 * prefix (`320000` → `32…`), a prefecture its four digits (`320500` → `3205…`), a county itself.
 */
export function regionWithin(scopeCode: string, regionCode: string): boolean {
  return regionCode.startsWith(scopeCode.replace(/(00){1,2}$/, ''));
}

/**
 * True when industry `code` (`C31`, `C3110`) lies inside scope `scopeCode` (`C`, `C31`,
 * `C311`): the same section letter and the scope's digits as a prefix. A code less precise
 * than the scope (a division against a group) is not inside: it cannot be shown to be.
 */
export function industryWithin(scopeCode: string, code: string): boolean {
  return code.slice(0, 1) === scopeCode.slice(0, 1) && code.slice(1).startsWith(scopeCode.slice(1));
}

/**
 * The territory a scope check judges: the registry entry's region and division when this
 * node keeps one for the credit code (the registry is the province's record, the payload
 * only the sender's word), refined by the payload's industry code when that is a finer code
 * of the same division; the payload's own codes when the registry has no entry (a ministry
 * keeps no enterprise registry: it judges what its province forwarded).
 */
export function territoryOf(
  entry: { regionCode: string; industryCode: string } | null,
  claimed: { region: string; industry: string },
): Territory {
  if (entry === null)
    return { regionCode: claimed.region, industryCode: claimed.industry, source: 'payload' };
  const section = findIndustryDivision(entry.industryCode)?.section.code ?? '';
  const division = `${section}${entry.industryCode}`;
  const industryCode = claimed.industry.startsWith(division) ? claimed.industry : division;
  return { regionCode: entry.regionCode, industryCode, source: 'registry' };
}

/** True when a region or industry scope does not cover `territory` (other scopes: false). */
export function outsideTerritory(scope: EnrollmentScope | null, territory: Territory): boolean {
  if (scope?.kind === 'region') return !regionWithin(scope.code, territory.regionCode);
  if (scope?.kind === 'industry') return !industryWithin(scope.code, territory.industryCode);
  return false;
}

/** The enterprise a payload names with its codes (`enterprise.uscc/region/industry`), if any. */
function claimedEnterprise(
  payload: unknown,
): { uscc: string; region: string; industry: string } | undefined {
  const uscc = claimedUscc(payload);
  if (uscc === undefined) return undefined;
  // claimedUscc found `enterprise` to be an object.
  const { region, industry } = (payload as { enterprise: Record<string, unknown> }).enterprise;
  if (typeof region !== 'string' || typeof industry !== 'string') return undefined;
  return { uscc, region, industry };
}

/**
 * The envelopes among `envelopes` that a child enrolled for a region or an industry sent for
 * an enterprise outside it, each with its refusal (`FED_SCOPE_MISMATCH`, channel `push`:
 * upward messages only come pushed), by envelope id. Two queries at most, whatever the count
 * (one when the caller passes the senders' scopes, as the receiver does):
 * the senders' scopes, then (only when one is a region or an industry) the registry entries.
 */
export async function territoryRefusals(
  tx: Queryable,
  envelopes: readonly Envelope[],
  knownScopes?: ReadonlyMap<string, EnrollmentScope | null>,
): Promise<Map<string, ToldRefusal>> {
  const refusals = new Map<string, ToldRefusal>();
  const claims = envelopes.flatMap((envelope) => {
    const claimed = claimedEnterprise(envelope.payload);
    return claimed === undefined ? [] : [{ envelope, claimed }];
  });
  if (claims.length === 0) return refusals;
  const senders = [...new Set(claims.map(({ envelope }) => envelope.sender))];
  const scopes =
    knownScopes !== undefined && senders.every((sender) => knownScopes.has(sender))
      ? knownScopes
      : await federationRegistryLinksRepository.scopesOf(tx, senders);
  const judged = claims.filter(({ envelope }) => {
    const kind = scopes.get(envelope.sender)?.kind;
    return kind === 'region' || kind === 'industry';
  });
  if (judged.length === 0) return refusals;
  const entries = await federationRegistryLinksRepository.territoriesOf(tx, [
    ...new Set(judged.map(({ claimed }) => claimed.uscc)),
  ]);
  for (const { envelope, claimed } of judged) {
    const scope = scopes.get(envelope.sender) ?? null;
    const territory = territoryOf(entries.get(claimed.uscc.toUpperCase()) ?? null, claimed);
    if (!outsideTerritory(scope, territory)) continue;
    refusals.set(
      envelope.id,
      scopeRefusal(envelope, {
        detail: { scope, uscc: claimed.uscc, territory },
        uscc: claimed.uscc,
        reason: territoryReason(scope, territory),
      }),
    );
  }
  return refusals;
}

/**
 * Wraps the handler of an upward message that speaks for an enterprise (filing, filing
 * change, incident, risk and assessment reports) with the region and industry scope check
 * ({@link territoryRefusals}): a refused envelope is not applied and its refusal is recorded
 * in the receiving transaction. Its seq is spent like any applied message's, so the child's
 * stream goes on; the child's push answer still says accepted (the check reads the
 * registry, inside the transaction), so the same transaction queues a `message.refused` to
 * the child (tell-refusal.ts).
 */
export function scopeGuarded(handler: MessageHandler): MessageHandler {
  return async (context) => {
    const refusal = (await territoryRefusals(context.tx, [context.envelope])).get(
      context.envelope.id,
    );
    if (refusal === undefined) await handler(context);
    else await recordAndTell(context.tx, [refusal], context.now);
  };
}

/** {@link scopeGuarded} for a batch handler: the refused envelopes are left out of the run. */
export function scopeGuardedBatch(
  handler: (context: BatchHandlerContext) => Promise<void>,
): (context: BatchHandlerContext) => Promise<void> {
  return async (context) => {
    const refusals = await territoryRefusals(context.tx, context.envelopes, context.scopes);
    // Only a refusal costs anything more: a rejection row and a message.refused each.
    if (refusals.size > 0) await recordAndTell(context.tx, [...refusals.values()], context.now);
    const envelopes = context.envelopes.filter((envelope) => !refusals.has(envelope.id));
    if (envelopes.length > 0) await handler({ ...context, envelopes });
  };
}

import {
  AssessmentYearSummaryPayloadSchema,
  RollupReportPayloadSchema,
  WarningDeliveryPayloadSchema,
} from '@shuan/contracts';
import { federationRegistryLinksRepository, type Queryable } from '@shuan/db';
import type { EnrollmentScope } from '@shuan/core';
import type { MessageHandler } from './message-handlers.ts';
import { deliveryRegionReason, regionClaimReason } from './refusal-reasons.ts';
import { regionWithin } from './scope-check.ts';
import { recordAndTell, scopeRefusal } from './tell-refusal.ts';

/**
 * The region a province with an empty registry reports (`000000`): it claims no region, so
 * no scope can be breached by it (the ministry shows the enrollment token's region).
 */
const NO_REGION = '000000';

/** The sender's enrollment scope when it is a region (the only one these checks judge). */
async function regionScopeOf(
  tx: Queryable,
  sender: string,
): Promise<Extract<EnrollmentScope, { kind: 'region' }> | undefined> {
  const scope = (await federationRegistryLinksRepository.scopesOf(tx, [sender])).get(sender);
  return scope?.kind === 'region' ? scope : undefined;
}

/**
 * Wraps the `rollup.report` handler (ministry) with the region scope check: a child enrolled
 * for a region (江苏 `320000`) reports only for that region. A rollup whose `region` lies
 * outside it (`regionWithin`) is not applied — the province's latest rollup stays as it was —
 * and is recorded as `FED_SCOPE_MISMATCH` (channel `push`) with a `message.refused` to the
 * child in the same transaction; its seq is spent, so the stream goes on. Other scopes,
 * and a rollup claiming no region (`000000`), are applied as before. One query (the
 * sender's scope) per rollup: a province sends one an hour.
 */
export function rollupScopeGuarded(handler: MessageHandler): MessageHandler {
  return regionClaimGuarded((payload) => RollupReportPayloadSchema.parse(payload).region, handler);
}

/** The same check for the `assessment.year-summary` of a province (its `region`). */
export function yearSummaryScopeGuarded(handler: MessageHandler): MessageHandler {
  return regionClaimGuarded(
    (payload) => AssessmentYearSummaryPayloadSchema.parse(payload).region,
    handler,
  );
}

/** A report that claims a whole region, applied only when the region is within the scope. */
function regionClaimGuarded(
  regionOf: (payload: unknown) => string,
  handler: MessageHandler,
): MessageHandler {
  return async (context) => {
    const { tx, envelope, now } = context;
    const region = regionOf(envelope.payload);
    const scope = await regionScopeOf(tx, envelope.sender);
    if (scope === undefined || region === NO_REGION || regionWithin(scope.code, region)) {
      await handler(context);
      return;
    }
    await recordAndTell(
      tx,
      [
        scopeRefusal(envelope, {
          detail: { scope, region },
          uscc: null,
          reason: regionClaimReason(scope.code, region),
        }),
      ],
      now,
    );
  };
}

/**
 * Wraps the `warning.delivery` handler (ministry) with the same region check: a province
 * enrolled for a region reports deliveries to enterprises of that region only (recipients
 * without a region are not judged). A delivery
 * naming any recipient outside it is not applied (the warning's tracking would count an
 * enterprise the province cannot reach) and is recorded and told like a refused rollup.
 */
export function deliveryScopeGuarded(handler: MessageHandler): MessageHandler {
  return async (context) => {
    const { tx, envelope, now } = context;
    const delivery = WarningDeliveryPayloadSchema.parse(envelope.payload);
    const scope = await regionScopeOf(tx, envelope.sender);
    // A recipient without a region (a node known by id only) cannot be shown outside.
    const outside =
      scope === undefined
        ? []
        : delivery.recipients.filter(
            (r) => r.region !== null && !regionWithin(scope.code, r.region),
          );
    const first = outside[0];
    if (scope === undefined || first === undefined) {
      await handler(context);
      return;
    }
    await recordAndTell(
      tx,
      [
        scopeRefusal(envelope, {
          detail: {
            scope,
            outside: outside.slice(0, 20).map((r) => ({ uscc: r.uscc, region: r.region })),
          },
          uscc: first.uscc,
          reason: deliveryRegionReason(scope.code, first.region ?? '', outside.length),
        }),
      ],
      now,
    );
  };
}

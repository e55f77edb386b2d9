import { RollupReportPayloadSchema, WarningDeliveryPayloadSchema } from '@shuan/contracts';
import { federationRegistryLinksRepository } from '@shuan/db';
import type { MessageHandler } from './message-handlers.ts';
import { deliveryRegionReason, rollupRegionReason } from './refusal-reasons.ts';
import { excerptOf } from './rejection-excerpt.ts';
import { regionWithin } from './scope-check.ts';
import { recordAndTell } from './tell-refusal.ts';

/**
 * The region a province with an empty registry reports (`000000`): it claims no region, so
 * no scope can be breached by it (the ministry shows the enrollment token's region).
 */
const NO_REGION = '000000';

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
  return async (context) => {
    const { tx, envelope, now } = context;
    const report = RollupReportPayloadSchema.parse(envelope.payload);
    const scope =
      (await federationRegistryLinksRepository.scopesOf(tx, [envelope.sender])).get(
        envelope.sender,
      ) ?? null;
    if (
      scope?.kind !== 'region' ||
      report.region === NO_REGION ||
      regionWithin(scope.code, report.region)
    ) {
      await handler(context);
      return;
    }
    await recordAndTell(
      tx,
      [
        {
          channel: 'push',
          code: 'FED_SCOPE_MISMATCH',
          sender: envelope.sender,
          envelopeId: envelope.id,
          excerpt: { ...excerptOf(envelope), scope, region: report.region },
          type: envelope.type,
          uscc: null,
          reason: rollupRegionReason(scope.code, report.region),
        },
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
    const scope =
      (await federationRegistryLinksRepository.scopesOf(tx, [envelope.sender])).get(
        envelope.sender,
      ) ?? null;
    const outside =
      scope?.kind === 'region'
        ? // A recipient without a region (a node known by id only) cannot be shown outside.
          delivery.recipients.filter(
            (r) => r.region !== null && !regionWithin(scope.code, r.region),
          )
        : [];
    const first = outside[0];
    if (scope?.kind !== 'region' || first === undefined) {
      await handler(context);
      return;
    }
    await recordAndTell(
      tx,
      [
        {
          channel: 'push',
          code: 'FED_SCOPE_MISMATCH',
          sender: envelope.sender,
          envelopeId: envelope.id,
          excerpt: {
            ...excerptOf(envelope),
            scope,
            outside: outside.slice(0, 20).map((r) => ({ uscc: r.uscc, region: r.region })),
          },
          type: envelope.type,
          uscc: first.uscc,
          reason: deliveryRegionReason(scope.code, first.region ?? '', outside.length),
        },
      ],
      now,
    );
  };
}

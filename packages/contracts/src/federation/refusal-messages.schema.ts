import { z } from 'zod';
import { FEDERATION_ERROR_CODES } from '@shuan/core';
import { MessageTypeSchema } from './envelope.schema.ts';

// The shape is repeated here (not imported from messages.schema.ts, which imports this file
// for its table: no module cycle), as warning-messages.schema.ts does.
const UsccSchema = z.string().regex(/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/);

/**
 * `message.refused` (down): the parent stored the child's message `envelopeId` (so the
 * child's stream went on and its push answered accepted) but refused to apply it — today
 * always `FED_SCOPE_MISMATCH`: an enterprise outside the region or industry the child was
 * enrolled for, a rollup for a region outside it, or a warning answer for a warning the
 * parent never addressed to it. `uscc` names the enterprise when the message spoke for one;
 * `reason` says why in both languages, with the scope and the place judged; `refusedAt` is
 * the parent's clock. The child marks its outbox row refused and, for a filing, the filing
 * itself (docs/federation.md § Scope refusals).
 */
export const MessageRefusedPayloadSchema = z.strictObject({
  envelopeId: z.uuid(),
  type: MessageTypeSchema,
  code: z.enum(FEDERATION_ERROR_CODES),
  uscc: UsccSchema.nullable(),
  reason: z.strictObject({ zh: z.string().min(1).max(500), en: z.string().min(1).max(500) }),
  refusedAt: z.iso.datetime(),
});

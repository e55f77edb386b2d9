import { z } from 'zod';
import { FilingEnterpriseSchema } from './enterprise.schema.ts';

/** A category whose filed volume moved by 30 % or more (core `VolumeChange`). */
export const VolumeChangeSchema = z.strictObject({
  category: z.string().max(50).nullable(),
  rowsBefore: z.number().int().min(0).nullable(),
  rowsAfter: z.number().int().min(0).nullable(),
  bytesBefore: z.number().int().min(0).nullable(),
  bytesAfter: z.number().int().min(0).nullable(),
});

/** What changed since the accepted filing (core `MaterialChangeSummary`). */
export const MaterialChangeSummarySchema = z.strictObject({
  added: z.number().int().min(0),
  removed: z.number().int().min(0),
  levelChanged: z.number().int().min(0),
  fieldsChanged: z.number().int().min(0),
  volumeChanged: z.array(VolumeChangeSchema).max(100),
});

/**
 * Where a re-filing obligation stands: `open` — the catalog changed materially since the
 * accepted filing and no new filing answers it yet; `refiled` — a new filing was submitted
 * (under review or returned); `reverted` — the catalog came back to what was filed.
 */
export const RefilingStateSchema = z.enum(['open', 'refiled', 'reverted']);

/**
 * `filing.change` (up): the enterprise's catalog changed materially since its last accepted
 * filing (Measures Art. 12: re-file within 3 months), and each later change of that
 * obligation's state. `changedAt` is when the enterprise's node first saw the change; the
 * province counts its 3 months from it. Sent in the transaction that records the state.
 */
export const FilingChangePayloadSchema = z.strictObject({
  enterprise: FilingEnterpriseSchema,
  baseFilingId: z.uuid(),
  baseCatalogVersion: z.number().int().min(1),
  changedAt: z.iso.datetime(),
  state: RefilingStateSchema,
  refiledFilingId: z.uuid().nullable(),
  summary: MaterialChangeSummarySchema,
});

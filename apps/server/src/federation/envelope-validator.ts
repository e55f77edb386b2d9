/**
 * The receiver's envelope schema as `prepareDelivery` (tools) runs it: each envelope of a
 * delivery is judged once, and then used as it was parsed from JSON.
 */
import { EnvelopeSchema, parseMessagePayload } from '@shuan/contracts';
import type { ShapeVerdict } from '@shuan/tools';

/**
 * `malformed` when `value` is not an envelope (FED_MALFORMED); `payload-invalid` when it is
 * but its whole payload fails its type's schema (stored as refused, FED_PAYLOAD_INVALID).
 * The schema transforms nothing, so a value judged `ok` is the parsed envelope as it is.
 */
export function validateEnvelope(value: unknown): ShapeVerdict {
  const result = EnvelopeSchema.safeParse(value);
  if (!result.success) return 'malformed';
  const envelope = result.data;
  if (envelope.chunk === undefined && !parseMessagePayload(envelope.type, envelope.payload).success)
    return 'payload-invalid';
  return 'ok';
}

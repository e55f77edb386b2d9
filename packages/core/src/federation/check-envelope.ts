/**
 * The receiver's acceptance rules for an incoming envelope, before anything is stored:
 * who sent it, whether it is ours, whether we have seen it, whether it comes in order and
 * whether its clock is plausible. Pure: the caller looks the sender up and passes what it
 * knows. Run these cheap checks first, then verify the signature (`verifyEnvelope` in
 * `@shuan/tools`), and only then record the message and advance `lastSeq` — an unverified
 * envelope must never change state.
 */
import type { FederationEnvelope, MessageDirection } from './envelope.ts';
import { MESSAGE_TYPE_DIRECTIONS } from './envelope.ts';
import type { FederationErrorCode } from './errors.ts';
import { FEDERATION_ERROR_MESSAGES } from './errors.ts';

/** Default tolerance between the sender's `sentAt` and the receiver's clock: 5 minutes. */
export const DEFAULT_MAX_SKEW_MS = 5 * 60 * 1000;

/** What the receiver knows about the sender: enrolled and active, suspended, or never seen. */
export type SenderStatus = 'active' | 'suspended' | 'unknown';

/** The receiver's record of a sender. `lastSeq` is the last applied seq (0 before the first). */
export interface SenderState {
  status: SenderStatus;
  lastSeq: number;
  /**
   * Where the sender sits relative to the receiver. When given, a type that cannot travel
   * that way (a child publishing a rule pack) is refused with FED_WRONG_DIRECTION.
   */
  relation?: 'child' | 'parent' | undefined;
}

/** Everything {@link checkEnvelope} needs besides the envelope. */
export interface EnvelopeCheckContext {
  /** This node's id. */
  self: string;
  sender: SenderState;
  now: Date;
  /** Allowed |now − sentAt|; default {@link DEFAULT_MAX_SKEW_MS}. */
  maxSkewMs?: number | undefined;
  /** True when a message with this id was already stored (from any sender). */
  seen: (id: string) => boolean;
}

/** The fields the rules read; a full envelope fits. */
export type EnvelopeHeader = Pick<
  FederationEnvelope,
  'id' | 'sender' | 'receiver' | 'type' | 'seq' | 'sentAt'
>;

/** Codes {@link checkEnvelope} rejects with. */
export type EnvelopeRejectCode = Extract<
  FederationErrorCode,
  | 'FED_UNKNOWN_SENDER'
  | 'FED_SUSPENDED_SENDER'
  | 'FED_WRONG_RECEIVER'
  | 'FED_WRONG_DIRECTION'
  | 'FED_REPLAY'
  | 'FED_CLOCK_SKEW'
>;

/**
 * The verdict: `accept` (go on to verify the signature), `hold` (a gap before it: keep it
 * until seq `expectedSeq` has been applied, then check again), or `reject` with a code.
 */
export type EnvelopeCheck =
  | { verdict: 'accept' }
  | { verdict: 'hold'; code: 'FED_OUT_OF_ORDER'; message: string; expectedSeq: number }
  | { verdict: 'reject'; code: EnvelopeRejectCode; message: string };

type Rule = (
  envelope: EnvelopeHeader,
  context: EnvelopeCheckContext,
) => EnvelopeRejectCode | undefined;

const ALLOWED_FROM: Record<'child' | 'parent', ReadonlySet<MessageDirection>> = {
  child: new Set<MessageDirection>(['up', 'both']),
  parent: new Set<MessageDirection>(['down', 'both']),
};

/** The reject rules in the order they are tried; the first that fires decides. */
const REJECT_RULES: readonly Rule[] = [
  (_, { sender }) => (sender.status === 'unknown' ? 'FED_UNKNOWN_SENDER' : undefined),
  (_, { sender }) => (sender.status === 'suspended' ? 'FED_SUSPENDED_SENDER' : undefined),
  (envelope, { self }) => (envelope.receiver !== self ? 'FED_WRONG_RECEIVER' : undefined),
  (envelope, { sender }) =>
    sender.relation !== undefined &&
    !ALLOWED_FROM[sender.relation].has(MESSAGE_TYPE_DIRECTIONS[envelope.type])
      ? 'FED_WRONG_DIRECTION'
      : undefined,
  (envelope, { sender, seen }) =>
    envelope.seq <= sender.lastSeq || seen(envelope.id) ? 'FED_REPLAY' : undefined,
  (envelope, { now, maxSkewMs }) => {
    const sentAt = Date.parse(envelope.sentAt);
    const skew = Math.abs(now.getTime() - sentAt);
    return Number.isNaN(sentAt) || skew > (maxSkewMs ?? DEFAULT_MAX_SKEW_MS)
      ? 'FED_CLOCK_SKEW'
      : undefined;
  },
];

/**
 * Decides what to do with an incoming envelope. Rejects, in this order: an unknown sender,
 * a suspended sender, a message for another node, a type travelling the wrong way (when
 * `sender.relation` is given), a replay (an id already stored, or seq ≤ `lastSeq`), and a
 * `sentAt` more than `maxSkewMs` from `now` either way. A seq beyond `lastSeq + 1` is held,
 * not rejected: the messages before it are probably still on their way.
 *
 * A retried delivery is re-signed with a fresh `sentAt` and keeps its id and seq, so a long
 * outage does not turn a queued message into a clock-skew rejection.
 *
 * @example
 * const check = checkEnvelope(envelope, { self: 'province-320000', sender, now, seen });
 * if (check.verdict === 'reject') recordRejection(envelope, check.code);
 */
export function checkEnvelope(
  envelope: EnvelopeHeader,
  context: EnvelopeCheckContext,
): EnvelopeCheck {
  for (const rule of REJECT_RULES) {
    const code = rule(envelope, context);
    if (code !== undefined) {
      return { verdict: 'reject', code, message: FEDERATION_ERROR_MESSAGES[code] };
    }
  }
  const expectedSeq = context.sender.lastSeq + 1;
  if (envelope.seq > expectedSeq) {
    return {
      verdict: 'hold',
      code: 'FED_OUT_OF_ORDER',
      message: FEDERATION_ERROR_MESSAGES.FED_OUT_OF_ORDER,
      expectedSeq,
    };
  }
  return { verdict: 'accept' };
}

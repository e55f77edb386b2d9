/**
 * The federation envelope as the domain sees it: the message types and which way each
 * travels, the protocol version, the node-id shape and the size limits. The wire schema
 * (`@shuan/contracts` `EnvelopeSchema`) is built from these constants and is checked at
 * compile time to produce exactly {@link FederationEnvelope}, so the two cannot drift.
 */

/** Version of the envelope format; the `v` field. A new format gets a new number. */
export const ENVELOPE_VERSION = 1;

/**
 * Which way a message type travels in the ministry – province – enterprise tree. `up`
 * goes from a child to its parent, `down` from a parent to a child, `both` either way.
 */
export type MessageDirection = 'up' | 'down' | 'both';

/**
 * Every message type with its direction. A data table rather than a list so that adding a
 * type is one line and the receiver can refuse a type coming from the wrong side.
 */
export const MESSAGE_TYPE_DIRECTIONS = {
  'filing.submit': 'up',
  'filing.withdraw': 'up',
  'filing.review': 'down',
  // A material change of the filed catalog, and where its re-filing stands (3 months).
  'filing.change': 'up',
  'rollup.report': 'up',
  'rulepack.publish': 'down',
  'node.heartbeat': 'both',
  // Incident reports (initial / follow-up / summary) and risk reports go up (issue #5 §2).
  'incident.report': 'up',
  'risk.report': 'up',
  // The yearly risk assessment report goes up to the province (issue #5 §1).
  'assessment.report': 'up',
  // A province's yearly summary of the reports it received and reviewed, to the ministry
  // before 25 December (docs/risk-assessment.md § Yearly summary).
  'assessment.year-summary': 'up',
  // Assessment checklist versions go down, like rule packs (published by a province or the
  // ministry; docs/risk-assessment.md § Checklist versions).
  'checklist.publish': 'down',
  // Warnings (预警通报) down, with reminders; whom a province addressed, acknowledgements
  // and answers up (issue #5 §3, docs/warnings.md).
  'warning.issue': 'down',
  'warning.chase': 'down',
  'warning.delivery': 'up',
  'warning.ack': 'up',
  'warning.feedback': 'up',
  // A node's new SM2 public key, signed with its old key, to its parent and its children
  // (docs/federation.md § Key rotation).
  'node.key-rotate': 'both',
  // A parent's word that it stored a child's message but refused to apply it (an enterprise
  // outside the child's region or industry scope): docs/federation.md § Scope refusals.
  'message.refused': 'down',
} as const satisfies Record<string, MessageDirection>;

/** One message type, e.g. `filing.submit`. */
export type MessageType = keyof typeof MESSAGE_TYPE_DIRECTIONS;

/** All message types, in declaration order. Extend {@link MESSAGE_TYPE_DIRECTIONS} to add one. */
export const MESSAGE_TYPES = Object.keys(MESSAGE_TYPE_DIRECTIONS) as [
  MessageType,
  ...MessageType[],
];

/** True when `value` is one of {@link MESSAGE_TYPES}. */
export function isMessageType(value: unknown): value is MessageType {
  return typeof value === 'string' && Object.hasOwn(MESSAGE_TYPE_DIRECTIONS, value);
}

/**
 * A node id: 1–128 characters of letters, digits and `.`, `_`, `:`, `-`, starting with a
 * letter or digit. Wide enough for UUIDs and readable ids such as `province-320000`, narrow
 * enough to be safe in URLs, file names and log lines.
 */
export const NODE_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

/** Largest serialized payload of one envelope: 4 MiB of UTF-8 JSON. Larger payloads go in chunks. */
export const MAX_PAYLOAD_BYTES = 4 * 1024 * 1024;

/** Most chunks one payload may be split into (4 MiB × 4,096 = 16 GiB, far above any catalog). */
export const MAX_CHUNKS = 4096;

/**
 * Marks an envelope as one part of a payload too large for one envelope: part `index`
 * (0-based) of `count`, all parts sharing `groupId`. The payload of a chunk envelope is a
 * string: a slice of the whole payload's JSON text (see `splitIntoChunks`).
 */
export interface EnvelopeChunk {
  index: number;
  count: number;
  groupId: string;
}

/**
 * Where an envelope sits in a batch its sender signed once (docs/federation.md "Batch
 * signatures"): leaf `index` of `count` of a Merkle tree over the batch's SM3 digests, and
 * the sibling hashes from the leaf up. With a proof, `signature` is the SM2 signature of the
 * tree's root, shared by every envelope of the batch.
 */
export interface EnvelopeProof {
  index: number;
  count: number;
  path: string[];
}

/** Most envelopes one batch signature may cover (a proof path is at most 10 hashes). */
export const MAX_BATCH_LEAVES = 1024;

/**
 * A signed federation envelope. `digest` is the SM3 of the canonical JSON of every other
 * field except `signature`; `signature` is the sender's SM2 signature of the digest (see
 * docs/federation.md for the exact bytes). `seq` counts up from 1 per sender; `sentAt` is
 * the time of this delivery attempt, not of the change it announces.
 */
export interface FederationEnvelope {
  v: typeof ENVELOPE_VERSION;
  id: string;
  sender: string;
  receiver: string;
  type: MessageType;
  seq: number;
  sentAt: string;
  payload: unknown;
  chunk?: EnvelopeChunk | undefined;
  digest: string;
  signature: string;
  /** Present when the signature covers a batch; not part of the digest. */
  proof?: EnvelopeProof | undefined;
}

/** An envelope before signing: every field but `digest`, `signature` and `proof`. */
export type EnvelopeDraft = Omit<FederationEnvelope, 'digest' | 'signature' | 'proof'>;

/**
 * The UTF-8 byte length of `text`, counted without encoding it (core stays free of Buffer
 * so the web app can share it). Lone surrogates count 3 bytes, as U+FFFD would.
 */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1))) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/**
 * The size of `payload` on the wire: UTF-8 bytes of its JSON text. Key order does not change
 * the length, so this is also the size of its canonical JSON. Returns Infinity for a value
 * JSON cannot write (undefined, a function), so size checks refuse it.
 */
export function serializedPayloadBytes(payload: unknown): number {
  const text = JSON.stringify(payload) as string | undefined;
  return text === undefined ? Number.POSITIVE_INFINITY : utf8ByteLength(text);
}

/**
 * Whether `payload` is at most `limit` bytes serialized. A text of n UTF-16 units is at most
 * 3n bytes, so most payloads are answered without counting (the check runs on every
 * received envelope).
 */
export function payloadFits(payload: unknown, limit: number): boolean {
  const text = JSON.stringify(payload) as string | undefined;
  if (text === undefined) return false;
  return text.length * 3 <= limit || utf8ByteLength(text) <= limit;
}

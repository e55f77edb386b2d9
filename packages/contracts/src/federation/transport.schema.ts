import { z } from 'zod';
import { FEDERATION_ERROR_CODES, NODE_ROLES } from '@shuan/core';
import { ListQuerySchema, pageOf } from '../api/common.schema.ts';
import { MessageTypeSchema, NodeIdSchema, Sm2SignatureSchema } from './envelope.schema.ts';
import { IndustryCodeSchema, RegionCodeSchema, UsccSchema } from './enterprise.schema.ts';

/** Most envelopes one push may carry. */
export const MAX_PUSH_ENVELOPES = 200;

/** Most envelopes one pull answers with. */
export const MAX_PULL_ENVELOPES = 200;

/**
 * Most payload bytes one pull answers with (always at least one envelope): a chunked
 * catalog travels as 4 MiB parts, and 200 of them must not become one 800 MiB answer.
 */
export const MAX_PULL_BYTES = 8 * 1024 * 1024;

/** An uncompressed SM2 public key: `04` and 128 hex digits. */
export const Sm2PublicKeySchema = z
  .string()
  .regex(/^04[0-9a-fA-F]{128}$/, 'SM2 public key: 04 + 128 hex');

/** One of the node roles. */
export const NodeRoleSchema = z.enum(NODE_ROLES);

/** What `GET /federation/v1/identity` answers: who this node is and its public key. */
export const NodeIdentitySchema = z.object({
  nodeId: NodeIdSchema,
  role: NodeRoleSchema,
  publicKey: Sm2PublicKeySchema,
});

/** A node's identity as parsed. */
export type NodeIdentity = z.infer<typeof NodeIdentitySchema>;

/**
 * The fields every signed request carries: the sender, its clock and its SM2 signature of
 * the SM3 digest of the canonical JSON of every other field (the envelope's scheme).
 */
const SignedRequestFields = {
  nodeId: NodeIdSchema,
  sentAt: z.iso.datetime(),
  signature: Sm2SignatureSchema,
};

/**
 * `POST /federation/v1/enroll`: a child presents a parent's one-time token with its node id
 * and public key, and signs the request with the matching private key (proof of possession).
 */
export const EnrollRequestSchema = z.strictObject({
  ...SignedRequestFields,
  role: NodeRoleSchema,
  publicKey: Sm2PublicKeySchema,
  token: z.string().min(1).max(200),
});

/** An enrollment request as parsed. */
export type EnrollRequest = z.infer<typeof EnrollRequestSchema>;

/** `POST /federation/v1/messages`: a batch of signed envelopes, each checked on its own. */
export const PushRequestSchema = z.strictObject({
  envelopes: z.array(z.unknown()).min(1).max(MAX_PUSH_ENVELOPES),
});

/** What happened to one pushed envelope. */
export const DeliveryStatusSchema = z.enum([
  'accepted',
  'duplicate',
  'held',
  'rejected',
  'refused',
]);

/** The federation codes a delivery answer may carry. */
export const FederationCodeSchema = z.enum(FEDERATION_ERROR_CODES);

/**
 * The answer of a push, one result per envelope in request order: `accepted` (stored and
 * applied), `duplicate` (stored before: treat as delivered), `held` (a gap before it: send
 * again later), `rejected` with its code (send again later, e.g. re-signed), or `refused`
 * with its code: stored in order but never applied (a dead letter; do not send it again).
 */
export const PushResponseSchema = z.object({
  results: z.array(
    z.object({
      id: z.string().nullable(),
      seq: z.number().int().nullable(),
      status: DeliveryStatusSchema,
      code: FederationCodeSchema.nullable(),
    }),
  ),
});

/** A push answer as parsed. */
export type PushResponse = z.infer<typeof PushResponseSchema>;

/**
 * `POST /federation/v1/pull`: a child, signing as itself, asks for what its parent holds for
 * it after `ackSeq`, and thereby acknowledges everything up to `ackSeq`.
 */
export const PullRequestSchema = z.strictObject({
  ...SignedRequestFields,
  receiver: NodeIdSchema,
  ackSeq: z.number().int().min(0),
  limit: z.number().int().min(1).max(MAX_PULL_ENVELOPES),
});

/** A pull request as parsed. */
export type PullRequest = z.infer<typeof PullRequestSchema>;

/** The answer of a pull: signed envelopes in seq order (each checked by the child). */
export const PullResponseSchema = z.object({ envelopes: z.array(z.unknown()) });

/** An enrollment scope: a region, an industry or one enterprise. */
export const EnrollmentScopeSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('region'), code: RegionCodeSchema }),
  z.strictObject({ kind: z.literal('industry'), code: IndustryCodeSchema }),
  z.strictObject({ kind: z.literal('enterprise'), uscc: UsccSchema }),
]);

/** Admin API: issue an enrollment token (lifetime in hours, default 72, at most 30 days). */
export const IssueEnrollmentTokenRequestSchema = z.strictObject({
  scope: EnrollmentScopeSchema,
  ttlHours: z.number().int().min(1).max(720).optional(),
});

/** An enrollment token as listed (never its secret). */
export const EnrollmentTokenSchema = z.object({
  id: z.uuid(),
  scope: EnrollmentScopeSchema,
  state: z.enum(['active', 'used', 'expired', 'revoked']),
  issuedBy: z.string(),
  issuedAt: z.string(),
  expiresAt: z.string(),
  usedAt: z.string().nullable(),
  usedBy: z.string().nullable(),
  revokedAt: z.string().nullable(),
});

/** A newly issued token with its secret, shown once. */
export const IssuedEnrollmentTokenSchema = EnrollmentTokenSchema.extend({ token: z.string() });

/** The tokens of this node, newest first. */
export const EnrollmentTokenListSchema = z.object({ items: z.array(EnrollmentTokenSchema) });

/** A federation peer as the admin API shows it. */
export const PeerSchema = z.object({
  nodeId: NodeIdSchema,
  relation: z.enum(['parent', 'child']),
  publicKey: z.string(),
  url: z.string().nullable(),
  status: z.enum(['active', 'suspended']),
  scope: EnrollmentScopeSchema.nullable(),
  enrolledAt: z.string(),
  lastContactAt: z.string().nullable(),
  backlog: z.number().int().nullable(),
  softwareVersion: z.string().nullable(),
  rulePacks: z.record(z.string(), z.string()),
});

/** The peers of this node: its parent first, then its children. */
export const PeerListSchema = z.object({ items: z.array(PeerSchema) });

/** `:nodeId` path parameter. */
export const NodeIdParamsSchema = z.object({ nodeId: NodeIdSchema });

/** Admin API: enroll this node with a parent (`parentUrl` defaults to `SHUAN_PARENT_URL`). */
export const EnrollWithParentRequestSchema = z.strictObject({
  parentUrl: z
    .url({ protocol: /^https?$/ })
    .max(500)
    .optional(),
  token: z.string().min(1).max(200),
});

/**
 * What `POST /api/v1/federation/rotate-key` answers: the new public key and the peers a
 * `node.key-rotate` went to (the node signs for each with the new key once it has
 * acknowledged the message).
 */
export const KeyRotationSchema = z.object({
  publicKey: Sm2PublicKeySchema,
  receivers: z.array(NodeIdSchema),
});

/**
 * A message the receiver stored but refused for good (a dead letter): refused at push, or
 * refused when applied and told back in a `message.refused`, which brings the parent's
 * reason ("中文 / English"; null for a refusal at push, whose code says it all).
 */
export const RefusedMessageSchema = z.object({
  id: z.string(),
  receiver: z.string(),
  type: z.string(),
  seq: z.number().int(),
  code: z.string(),
  reason: z.string().nullable(),
  at: z.string(),
});

/**
 * Query of `GET /api/v1/federation/refused`: `types`, a comma-separated list of message
 * types (all types when absent), and how many of the most recent to list (default 20).
 */
export const ListRefusedMessagesQuerySchema = z.object({
  types: z
    .string()
    .max(500)
    .transform((value) => value.split(',').filter((type) => type !== ''))
    .pipe(z.array(MessageTypeSchema))
    .optional(),
  limit: z.coerce.number().int().min(1).max(200).default(20),
});

/** This node's dead letters of the types asked for: how many, and the most recent first. */
export const RefusedMessageListSchema = z.object({
  total: z.number().int().min(0),
  items: z.array(RefusedMessageSchema),
});

/** This node's federation status: identity, parent, outbox backlog and dead letters. */
export const FederationStatusSchema = NodeIdentitySchema.extend({
  parent: PeerSchema.nullable(),
  backlog: z.number().int().min(0),
  refused: z.object({
    total: z.number().int().min(0),
    recent: z.array(RefusedMessageSchema),
  }),
});

/** Filters of the rejection list. */
export const ListRejectionsQuerySchema = ListQuerySchema.extend({
  code: FederationCodeSchema.optional(),
  sender: NodeIdSchema.optional(),
});

/** One recorded refusal. */
export const RejectionSchema = z.object({
  id: z.number().int(),
  at: z.string(),
  channel: z.enum(['push', 'pull', 'enroll']),
  code: z.string(),
  sender: z.string().nullable(),
  envelopeId: z.string().nullable(),
  excerpt: z.record(z.string(), z.unknown()),
});

/** A page of refusals, newest first. */
export const RejectionPageSchema = pageOf(RejectionSchema);

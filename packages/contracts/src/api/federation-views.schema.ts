import { z } from 'zod';
import { LEVELS } from '@shuan/core/taxonomy';
import { EnrollmentScopeSchema } from '../federation/transport.schema.ts';
import { NationalRefilingsSchema, RefilingTotalsSchema } from './national-refilings.schema.ts';

const BilingualSchema = z.object({ zh: z.string(), en: z.string() });

/**
 * Body of `POST /api/v1/rule-packs`: a rule-pack JSON file as docs/rule-packs.md describes
 * it. The server checks it with the toolkit's rule-pack schema (`RULE_PACK_INVALID` with
 * the path of the bad field), so the wire schema only asks for an object.
 */
export const PublishRulePackRequestSchema = z.record(z.string(), z.unknown());

/** Where a pack version on this node comes from. */
export const RULE_PACK_ORIGINS = ['builtin', 'published', 'received'] as const;

/** One rule-pack version this node holds: bundled, published here, or received. */
export const RulePackVersionSchema = z.object({
  packId: z.string(),
  version: z.string(),
  sm3: z.string(),
  origin: z.enum(RULE_PACK_ORIGINS),
  /** Node id of the publisher (null for the bundled files). */
  publishedBy: z.string().nullable(),
  receivedFrom: z.string().nullable(),
  publishedUser: z.string().nullable(),
  /** True for the version the scanner uses for this pack id. */
  running: z.boolean(),
  /** Why a received version is not used; null when usable. */
  problem: z.string().nullable(),
  createdAt: z.iso.datetime().nullable(),
});

/** `GET /api/v1/rule-packs`: every version held, by pack id, newest first. */
export const RulePackVersionListSchema = z.object({
  running: z.record(z.string(), z.string()),
  items: z.array(RulePackVersionSchema),
});

/** Answer of `POST /api/v1/rule-packs`: the stored version and how many children it was queued to. */
export const PublishedRulePackSchema = RulePackVersionSchema.extend({
  name: BilingualSchema,
  queuedTo: z.array(z.string()),
});

/** Health of a peer from its last contact: ≤ 5 min ok, ≤ 24 h late, older silent, never. */
export const NODE_HEALTH = ['ok', 'late', 'silent', 'never'] as const;

/** One line of the node directory. */
export const NodeDirectoryEntrySchema = z.object({
  nodeId: z.string(),
  relation: z.enum(['parent', 'child']),
  status: z.enum(['active', 'suspended']),
  scope: EnrollmentScopeSchema.nullable(),
  enrolledAt: z.iso.datetime(),
  lastContactAt: z.iso.datetime().nullable(),
  health: z.enum(NODE_HEALTH),
  /** The peer's own outbox backlog, as its last heartbeat reported it. */
  backlog: z.number().int().nullable(),
  /** Messages this node queued for the peer and not yet acknowledged. */
  pendingToPeer: z.number().int(),
  /** Filings from this child still waiting for review. */
  openFilings: z.number().int(),
  softwareVersion: z.string().nullable(),
  rulePacks: z.record(z.string(), z.string()),
  /** Pack ids the peer runs older than this node does (or lacks). */
  packsBehind: z.array(z.string()),
});

/** `GET /api/v1/nodes`: this node, what it runs, and its peers with their health. */
export const NodeDirectorySchema = z.object({
  self: z.object({ nodeId: z.string(), role: z.string() }),
  rulePacks: z.record(z.string(), z.string()),
  items: z.array(NodeDirectoryEntrySchema),
});

/** Query of `GET /api/v1/national/overview`. */
export const NationalOverviewQuerySchema = z.object({
  /** A province without a rollup for more than this many days is behind (default 7). */
  staleDays: z.coerce.number().int().min(1).max(365).default(7),
});

const StatusCountsSchema = z.object({
  submitted: z.number().int(),
  accepted: z.number().int(),
  returned: z.number().int(),
  overdue: z.number().int(),
});
const LevelCountsSchema = z.object(
  Object.fromEntries(LEVELS.map((level) => [level, z.number().int()])) as Record<
    (typeof LEVELS)[number],
    z.ZodNumber
  >,
);

/** Why a province is behind: no rollup yet, none for `staleDays`, or overdue reviews. */
export const BEHIND_REASONS = ['no-rollup', 'stale-rollup', 'overdue-reviews'] as const;

/** One province on the national view. */
export const ProvinceSummarySchema = z.object({
  nodeId: z.string(),
  status: z.enum(['active', 'suspended']),
  region: z.string().nullable(),
  regionName: z.string().nullable(),
  lastContactAt: z.iso.datetime().nullable(),
  rollupAsOf: z.iso.datetime().nullable(),
  enterprises: z.number().int(),
  filings: z.number().int(),
  byStatus: StatusCountsSchema,
  byLevel: LevelCountsSchema,
  behind: z.boolean(),
  reasons: z.array(z.enum(BEHIND_REASONS)),
  rulePacks: z.record(z.string(), z.string()),
  packsBehind: z.array(z.string()),
  /** Re-filings after a material change; null when its latest rollup carries none. */
  refilings: RefilingTotalsSchema.nullable(),
});

/** `GET /api/v1/national/overview` (ministry): filings by province, industry, level, status. */
export const NationalOverviewSchema = z.object({
  generatedAt: z.iso.datetime(),
  staleDays: z.number().int(),
  totals: z.object({
    provinces: z.number().int(),
    reporting: z.number().int(),
    behind: z.number().int(),
    enterprises: z.number().int(),
    filings: z.number().int(),
  }),
  byStatus: StatusCountsSchema,
  byLevel: LevelCountsSchema,
  byIndustry: z.array(
    z.object({ code: z.string(), name: z.string(), nameEn: z.string(), filings: z.number().int() }),
  ),
  provinces: z.array(ProvinceSummarySchema),
  refilings: NationalRefilingsSchema,
  /** The newest version of each pack this ministry publishes or runs. */
  rulePacks: z.record(z.string(), z.string()),
});

/** Answer of `POST /api/v1/rollups/send`: the report queued for the parent. */
export const RollupSentSchema = z.object({
  messageId: z.string(),
  receiver: z.string(),
  region: z.string(),
  asOf: z.iso.datetime(),
  enterprises: z.number().int(),
  filings: z.number().int(),
  refilings: RefilingTotalsSchema,
});

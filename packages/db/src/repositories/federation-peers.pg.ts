import type { EnrollmentScope } from '@shuan/core';
import { named } from '../named-query.ts';
import type { Queryable } from '../queryable.ts';

/** A node this node trusts: its parent or one of its children. */
export interface PeerRow {
  nodeId: string;
  relation: 'parent' | 'child';
  publicKey: string;
  /** The parent's base URL; null for children (parents never call children). */
  url: string | null;
  status: 'active' | 'suspended';
  scope: EnrollmentScope | null;
  tokenId: string | null;
  enrolledAt: Date;
  lastContactAt: Date | null;
  backlog: number | null;
  softwareVersion: string | null;
  rulePacks: Record<string, string>;
}

/** What a heartbeat reports about its sender. */
export interface PeerHeartbeat {
  backlog: number;
  softwareVersion: string;
  rulePacks: Record<string, string>;
}

const COLUMNS = `node_id AS "nodeId", relation, public_key AS "publicKey", url, status, scope,
  token_id AS "tokenId", enrolled_at AS "enrolledAt", last_contact_at AS "lastContactAt",
  backlog, software_version AS "softwareVersion", rule_packs AS "rulePacks"`;

/** The federation peers of this node (node-level, not per organisation). */
export const federationPeersRepository = {
  async get(db: Queryable, nodeId: string): Promise<PeerRow | undefined> {
    const result = await db.query<PeerRow>(
      `SELECT ${COLUMNS} FROM federation_peers WHERE node_id = $1`,
      [nodeId],
    );
    return result.rows[0];
  },

  /**
   * The peers with these ids (unknown ids are absent from the map), each with its last
   * applied seq (0 when none), in one query: what a receiver checks before any signature
   * work, once per push.
   */
  async getManyWithLastSeq(
    db: Queryable,
    nodeIds: readonly string[],
  ): Promise<Map<string, PeerRow & { lastSeq: number }>> {
    const result = await db.query<PeerRow & { lastSeq: string | null }>(
      named(
        'peers-with-last-seq',
        `SELECT ${COLUMNS}, s.last_seq::text AS "lastSeq"
         FROM federation_peers LEFT JOIN federation_sender_state AS s ON s.sender = node_id
         WHERE node_id = ANY($1)`,
        [nodeIds],
      ),
    );
    return new Map(
      result.rows.map((row) => [row.nodeId, { ...row, lastSeq: Number(row.lastSeq ?? 0) }]),
    );
  },

  /** Replaces a peer's SM2 public key (a key rotation); false when the peer is unknown. */
  async setPublicKey(db: Queryable, nodeId: string, publicKey: string): Promise<boolean> {
    const result = await db.query(
      `UPDATE federation_peers SET public_key = $2 WHERE node_id = $1`,
      [nodeId, publicKey.toLowerCase()],
    );
    return (result.rowCount ?? 0) > 0;
  },

  /** This node's parent, if it has enrolled with one. */
  async findParent(db: Queryable): Promise<PeerRow | undefined> {
    const result = await db.query<PeerRow>(
      `SELECT ${COLUMNS} FROM federation_peers WHERE relation = 'parent'`,
    );
    return result.rows[0];
  },

  /**
   * Adds a peer; false when a peer with that node id exists already (or, for a parent,
   * when this node has one already), so enrollment cannot silently replace a key.
   */
  async insert(
    db: Queryable,
    peer: Pick<PeerRow, 'nodeId' | 'relation' | 'publicKey' | 'url' | 'scope' | 'tokenId'>,
  ): Promise<boolean> {
    const result = await db.query(
      `INSERT INTO federation_peers (node_id, relation, public_key, url, scope, token_id)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`,
      [
        peer.nodeId,
        peer.relation,
        peer.publicKey,
        peer.url,
        peer.scope === null ? null : JSON.stringify(peer.scope),
        peer.tokenId,
      ],
    );
    return result.rowCount === 1;
  },

  /** Every peer, parent first, then children by node id. */
  async list(db: Queryable): Promise<PeerRow[]> {
    const result = await db.query<PeerRow>(
      `SELECT ${COLUMNS} FROM federation_peers ORDER BY relation DESC, node_id`,
    );
    return result.rows;
  },

  /** Suspends or resumes a child; the updated row, or undefined when there is no such child. */
  async setChildStatus(
    db: Queryable,
    nodeId: string,
    status: PeerRow['status'],
  ): Promise<PeerRow | undefined> {
    const result = await db.query<PeerRow>(
      `UPDATE federation_peers SET status = $2 WHERE node_id = $1 AND relation = 'child'
       RETURNING ${COLUMNS}`,
      [nodeId, status],
    );
    return result.rows[0];
  },

  /**
   * Notes a child's pull request by its `sentAt` (atomically); false when that request was
   * already taken, i.e. a replay. Concurrent pulls may arrive in any order. Entries older
   * than `forgetBefore` (outside the clock window, refused anyway) are dropped.
   */
  async notePull(
    db: Queryable,
    nodeId: string,
    sentAt: string,
    forgetBefore: Date,
  ): Promise<boolean> {
    const result = await db.query(
      `WITH forgotten AS (
         DELETE FROM federation_pulls_seen WHERE node_id = $1 AND sent_at < $3
       )
       INSERT INTO federation_pulls_seen (node_id, sent_at) VALUES ($1, $2)
       ON CONFLICT DO NOTHING`,
      [nodeId, sentAt, forgetBefore],
    );
    return result.rowCount === 1;
  },

  /** Notes that these peers were heard from at `at` (a verified message or pull). */
  async touch(db: Queryable, nodeIds: readonly string[], at: Date): Promise<void> {
    if (nodeIds.length === 0) return;
    await db.query(
      named(
        'peers-touch',
        `UPDATE federation_peers SET last_contact_at = GREATEST(last_contact_at, $2)
         WHERE node_id = ANY($1)`,
        [nodeIds, at],
      ),
    );
  },

  /** Stores what a peer's heartbeat reported. */
  async recordHeartbeat(
    db: Queryable,
    nodeId: string,
    heartbeat: PeerHeartbeat,
    at: Date,
  ): Promise<void> {
    await db.query(
      `UPDATE federation_peers SET backlog = $2, software_version = $3, rule_packs = $4,
         last_contact_at = GREATEST(last_contact_at, $5)
       WHERE node_id = $1`,
      [
        nodeId,
        heartbeat.backlog,
        heartbeat.softwareVersion,
        JSON.stringify(heartbeat.rulePacks),
        at,
      ],
    );
  },
};

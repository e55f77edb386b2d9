import type { EnrollmentScope } from '@shuan/core';
import { named } from '../named-query.ts';
import type { Queryable } from '../queryable.ts';

/** A registry entry's codes, as a scope check judges them. */
export interface RegistryTerritory {
  regionCode: string;
  industryCode: string;
}

/** Registry entry ↔ enrolled node links (migrations 0006 and 0012). */
export const federationRegistryLinksRepository = {
  /**
   * Links the registry entry of `uscc` in `orgId` to the child `nodeId` and records the
   * entry on the peer; the entry's id, or undefined when the registry has none (nothing is
   * created). An entry that still named an earlier node takes the new one (re-enrollment);
   * another entry still naming this node id (a removed peer's) lets it go first, so the
   * one-entry-per-node index holds.
   */
  async linkByUscc(
    db: Queryable,
    orgId: string,
    uscc: string,
    nodeId: string,
  ): Promise<string | undefined> {
    await db.query(
      `UPDATE enterprises SET node_id = NULL, updated_at = now()
       WHERE org_id = $1 AND node_id = $2 AND uscc <> $3`,
      [orgId, nodeId, uscc],
    );
    const linked = await db.query<{ id: string }>(
      `UPDATE enterprises SET node_id = $3, updated_at = now()
       WHERE org_id = $1 AND uscc = $2 RETURNING id`,
      [orgId, uscc, nodeId],
    );
    const id = linked.rows[0]?.id;
    if (id !== undefined)
      await db.query('UPDATE federation_peers SET registry_id = $2 WHERE node_id = $1', [
        nodeId,
        id,
      ]);
    return id;
  },

  /**
   * Links registry entry `entryId` (credit code `uscc`) to the child node enrolled for that
   * code with a one-enterprise token, when there is one: an entry added or re-coded after its
   * enterprise's node enrolled. The newest such peer wins (an active one before a suspended
   * one); an entry that named another node (its code changed) lets it go, and so does any
   * other entry still naming the peer. Returns the linked node id, or undefined (the entry is
   * then left without a node). The caller holds the entry's row lock.
   */
  async linkEntryToPeer(
    db: Queryable,
    orgId: string,
    entryId: string,
    uscc: string,
  ): Promise<string | undefined> {
    const peer = await db.query<{ nodeId: string }>(
      `SELECT node_id AS "nodeId" FROM federation_peers
       WHERE relation = 'child' AND scope->>'kind' = 'enterprise'
         AND upper(scope->>'uscc') = upper($1)
       ORDER BY (status = 'active') DESC, enrolled_at DESC, node_id LIMIT 1`,
      [uscc],
    );
    const nodeId = peer.rows[0]?.nodeId;
    // The node this entry named before, if it was enrolled for another code, drops the link.
    await db.query(
      `UPDATE federation_peers SET registry_id = NULL
       WHERE registry_id = $1 AND node_id IS DISTINCT FROM $2`,
      [entryId, nodeId ?? null],
    );
    if (nodeId === undefined) {
      await db.query(
        `UPDATE enterprises e SET node_id = NULL, updated_at = now()
         WHERE e.org_id = $1 AND e.id = $2 AND e.node_id IS NOT NULL
           AND NOT EXISTS (SELECT 1 FROM federation_peers p WHERE p.node_id = e.node_id
             AND p.scope->>'kind' = 'enterprise' AND upper(p.scope->>'uscc') = upper(e.uscc))`,
        [orgId, entryId],
      );
      return undefined;
    }
    await db.query(
      `UPDATE enterprises SET node_id = NULL, updated_at = now()
       WHERE org_id = $1 AND node_id = $2 AND id <> $3`,
      [orgId, nodeId, entryId],
    );
    await db.query(
      `UPDATE enterprises SET node_id = $3, updated_at = now()
       WHERE org_id = $1 AND id = $2 AND node_id IS DISTINCT FROM $3`,
      [orgId, entryId, nodeId],
    );
    await db.query('UPDATE federation_peers SET registry_id = $2 WHERE node_id = $1', [
      nodeId,
      entryId,
    ]);
    return nodeId;
  },

  /** The enrollment scopes of these senders (unknown senders are absent). */
  async scopesOf(
    db: Queryable,
    senders: readonly string[],
  ): Promise<Map<string, EnrollmentScope | null>> {
    const result = await db.query<{ nodeId: string; scope: EnrollmentScope | null }>(
      'SELECT node_id AS "nodeId", scope FROM federation_peers WHERE node_id = ANY($1)',
      [senders],
    );
    return new Map(result.rows.map((row) => [row.nodeId, row.scope]));
  },

  /**
   * The registry entries of these credit codes kept by this node's own organisation (the
   * first), by credit code; codes without an entry are absent.
   */
  async territoriesOf(
    db: Queryable,
    usccs: readonly string[],
  ): Promise<Map<string, RegistryTerritory>> {
    const result = await db.query<RegistryTerritory & { uscc: string }>(
      named(
        'registry-territories',
        `SELECT uscc, region_code AS "regionCode", industry_code AS "industryCode"
         FROM enterprises
         WHERE org_id = (SELECT id FROM organizations ORDER BY created_at, id LIMIT 1)
           AND uscc = ANY($1)`,
        [usccs.map((uscc) => uscc.toUpperCase())],
      ),
    );
    return new Map(
      result.rows.map((row) => [
        row.uscc,
        { regionCode: row.regionCode, industryCode: row.industryCode },
      ]),
    );
  },

  /** The registry entry a peer was linked to at enrollment, or null. */
  async registryIdOf(db: Queryable, nodeId: string): Promise<string | null | undefined> {
    const result = await db.query<{ registryId: string | null }>(
      'SELECT registry_id AS "registryId" FROM federation_peers WHERE node_id = $1',
      [nodeId],
    );
    return result.rows[0]?.registryId;
  },
};

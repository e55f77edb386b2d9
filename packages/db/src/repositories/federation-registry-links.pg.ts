import type { Queryable } from '../queryable.ts';

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

  /** The registry entry a peer was linked to at enrollment, or null. */
  async registryIdOf(db: Queryable, nodeId: string): Promise<string | null | undefined> {
    const result = await db.query<{ registryId: string | null }>(
      'SELECT registry_id AS "registryId" FROM federation_peers WHERE node_id = $1',
      [nodeId],
    );
    return result.rows[0]?.registryId;
  },
};

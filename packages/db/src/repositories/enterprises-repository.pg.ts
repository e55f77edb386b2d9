import { Conditions, fetchPage, type ListQuery, type Page } from '../list-query.ts';
import type { Queryable } from '../queryable.ts';
import { containsPattern } from './catalog-items-list.pg.ts';
import { firstRow } from './organizations-repository.pg.ts';

/** Enterprise sizes of the SME classification (大型, 中型, 小型, 微型). */
export type EnterpriseSizeCode = 'large' | 'medium' | 'small' | 'micro';

/** The fields of a registry entry that people edit; codes already validated and normalised. */
export interface EnterpriseFieldsRow {
  uscc: string;
  name: string;
  regionCode: string;
  industryCode: string;
  size: EnterpriseSizeCode;
  keyEnterprise: boolean;
  contactName: string;
  contactPhone: string;
  contactEmail: string;
  address: string;
}

/** A registry entry as stored. */
export interface EnterpriseRow extends EnterpriseFieldsRow {
  id: string;
  orgId: string;
  /** The enterprise's own node once it has enrolled, else null. */
  nodeId: string | null;
  /** The organisation of an enterprise hosted as a tenant on this node, else null. */
  tenantOrgId: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** A change of an entry: any editable field, and the links set by enrollment or hosting. */
export type EnterprisePatch = Partial<EnterpriseFieldsRow> & {
  nodeId?: string | null;
  tenantOrgId?: string | null;
};

/** Filters of the registry list. `regionPrefix` is a code prefix (`32`, `3205`, `320508`). */
export interface EnterpriseFilter {
  regionPrefix?: string | undefined;
  industryCode?: string | undefined;
  size?: EnterpriseSizeCode | undefined;
  keyEnterprise?: boolean | undefined;
  q?: string | undefined;
}

const SELECT = `SELECT e.id, e.org_id AS "orgId", e.uscc, e.name, e.region_code AS "regionCode",
  e.industry_code AS "industryCode", e.size, e.key_enterprise AS "keyEnterprise",
  e.contact_name AS "contactName", e.contact_phone AS "contactPhone",
  e.contact_email AS "contactEmail", e.address, e.node_id AS "nodeId",
  e.tenant_org_id AS "tenantOrgId", e.created_at AS "createdAt", e.updated_at AS "updatedAt"
  FROM enterprises e`;

/** Column of each patchable field (also the whitelist of what an UPDATE may set). */
const COLUMNS: Record<keyof EnterprisePatch, string> = {
  uscc: 'uscc',
  name: 'name',
  regionCode: 'region_code',
  industryCode: 'industry_code',
  size: 'size',
  keyEnterprise: 'key_enterprise',
  contactName: 'contact_name',
  contactPhone: 'contact_phone',
  contactEmail: 'contact_email',
  address: 'address',
  nodeId: 'node_id',
  tenantOrgId: 'tenant_org_id',
};

/** Sort keys of the list; size sorts from micro to large, not alphabetically. */
const SORTABLE: Record<string, string> = {
  name: 'e.name',
  uscc: 'e.uscc',
  regionCode: 'e.region_code',
  industryCode: 'e.industry_code',
  size: `array_position(ARRAY['micro','small','medium','large'], e.size)`,
  keyEnterprise: 'e.key_enterprise',
  createdAt: 'e.created_at',
  updatedAt: 'e.updated_at',
};

/** The text `q` searches, as indexed by `enterprises_search_idx` (migration 0006). */
const SEARCH_TEXT = `lower(e.name || ' ' || e.uscc)`;

function filterConditions(orgId: string, filter: EnterpriseFilter): Conditions {
  const where = new Conditions();
  where.add('e.org_id = ?', orgId);
  if (filter.regionPrefix !== undefined) {
    // Digits only, so the pattern needs no escaping; anything else is a caller's bug.
    if (!/^\d{2,6}$/.test(filter.regionPrefix))
      throw new Error(`region prefix must be 2–6 digits: ${filter.regionPrefix}`);
    where.add('e.region_code LIKE ?', `${filter.regionPrefix}%`);
  }
  if (filter.industryCode !== undefined) where.add('e.industry_code = ?', filter.industryCode);
  if (filter.size !== undefined) where.add('e.size = ?', filter.size);
  if (filter.keyEnterprise !== undefined) where.add('e.key_enterprise = ?', filter.keyEnterprise);
  if (filter.q !== undefined) {
    // Every gram of q occurs in a text that contains it: a necessary condition the GIN index
    // answers (a q without grams matches every row here, and ILIKE alone decides).
    where.add(`catalog_search_grams(${SEARCH_TEXT}) @> catalog_search_grams(lower(?))`, filter.q);
    const pattern = containsPattern(filter.q);
    where.add('(e.name ILIKE ? OR e.uscc ILIKE ?)', pattern, pattern);
  }
  return where;
}

/**
 * The enterprise registry of a province node's organisation. A credit code is unique per
 * registry: `create` and `update` fail with PostgreSQL's unique violation (23505, constraint
 * `enterprises_org_id_uscc_key`) on a duplicate, which the caller maps to its error.
 */
export const enterprisesRepository = {
  async create(db: Queryable, orgId: string, fields: EnterpriseFieldsRow): Promise<EnterpriseRow> {
    const result = await db.query<{ id: string }>(
      `INSERT INTO enterprises (org_id, uscc, name, region_code, industry_code, size, key_enterprise,
         contact_name, contact_phone, contact_email, address)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
      [
        orgId,
        fields.uscc,
        fields.name,
        fields.regionCode,
        fields.industryCode,
        fields.size,
        fields.keyEnterprise,
        fields.contactName,
        fields.contactPhone,
        fields.contactEmail,
        fields.address,
      ],
    );
    const created = await enterprisesRepository.get(db, orgId, firstRow(result.rows).id);
    if (created === undefined) throw new Error('expected the inserted enterprise');
    return created;
  },

  async get(db: Queryable, orgId: string, id: string): Promise<EnterpriseRow | undefined> {
    const result = await db.query<EnterpriseRow>(`${SELECT} WHERE e.org_id = $1 AND e.id = $2`, [
      orgId,
      id,
    ]);
    return result.rows[0];
  },

  /** The entry of a credit code (as stored: upper case), e.g. when its node enrolls. */
  async findByUscc(db: Queryable, orgId: string, uscc: string): Promise<EnterpriseRow | undefined> {
    const result = await db.query<EnterpriseRow>(`${SELECT} WHERE e.org_id = $1 AND e.uscc = $2`, [
      orgId,
      uscc,
    ]);
    return result.rows[0];
  },

  /** The entry, locked for the rest of the transaction (read-modify-write with an audit entry). */
  async getForUpdate(db: Queryable, orgId: string, id: string): Promise<EnterpriseRow | undefined> {
    const result = await db.query<EnterpriseRow>(
      `${SELECT} WHERE e.org_id = $1 AND e.id = $2 FOR UPDATE`,
      [orgId, id],
    );
    return result.rows[0];
  },

  async list(
    db: Queryable,
    orgId: string,
    query: ListQuery & EnterpriseFilter,
  ): Promise<Page<EnterpriseRow>> {
    return fetchPage<EnterpriseRow>(
      db,
      {
        select: SELECT,
        from: 'enterprises e',
        sortable: SORTABLE,
        fallbackOrder: 'e.name ASC',
        tieBreaker: 'e.id',
      },
      filterConditions(orgId, query),
      query,
    );
  },

  /** Sets the given fields (and `updated_at`); returns the entry, or undefined when there is none. */
  async update(
    db: Queryable,
    orgId: string,
    id: string,
    patch: EnterprisePatch,
  ): Promise<EnterpriseRow | undefined> {
    const params: unknown[] = [orgId, id];
    const sets = ['updated_at = now()'];
    for (const [field, column] of Object.entries(COLUMNS) as [keyof EnterprisePatch, string][]) {
      const value = patch[field];
      if (value === undefined) continue;
      params.push(value);
      sets.push(`${column} = $${String(params.length)}`);
    }
    const result = await db.query(
      `UPDATE enterprises SET ${sets.join(', ')} WHERE org_id = $1 AND id = $2`,
      params,
    );
    return result.rowCount === 1 ? enterprisesRepository.get(db, orgId, id) : undefined;
  },
};

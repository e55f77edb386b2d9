import assert from 'node:assert/strict';
import type { NewCatalogItem } from '@shuan/core';
import { catalogItemsRepository, organizationsRepository, usersRepository } from '@shuan/db';
import type { Pool } from 'pg';
import { hashPassword } from '../../accounts/secrets.ts';
import type { FederationTestNode } from '../../federation/testing/federation-node.ts';
import { userOn } from '../../federation/testing/topology-steps.ts';
import { loginOverHttp, type HttpSession } from '../../testing/http-session.ts';

/** The enterprise of the filing tests: a USCC with its check character, region, industry. */
export const FILER = {
  uscc: '91350100M000100Y43',
  name: '某钢铁集团',
  regionCode: '350100',
  industryCode: '31',
};

/** A catalog item of `level` on `sourceId`, with filled Art. 12 fields. */
function item(sourceId: string, table: string, level: NewCatalogItem['level']): NewCatalogItem {
  return {
    sourceId,
    table,
    comment: null,
    category: 'prod.process',
    level,
    status: 'confirmed',
    hasProposalDiff: false,
    proposed: { category: 'prod.process', level, reasons: [], scanId: 'fixture' },
    pi: false,
    sensitivePi: false,
    labels: [],
    rows: 1000,
    sizeBytes: null,
    columns: [],
    reviewedBy: 'fixture',
    reviewedAt: new Date().toISOString(),
    reviewReason: null,
  };
}

/**
 * Gives the org of `officer` a catalog as a scan and review would leave it: one important,
 * one core and one general item on a registered source (a closed port: never connected).
 * Returns the org id and the item ids by table.
 */
export async function seedCatalog(
  pool: Pool,
  officer: HttpSession,
): Promise<{ orgId: string; items: Record<string, string> }> {
  const me = await officer.ok<{ user: { orgId: string } }>('GET', '/auth/me');
  const source = await officer.ok<{ id: string }>('POST', '/sources', {
    name: 'MES',
    kind: 'postgres',
    target: 'postgres://mes@127.0.0.1:1/mes',
  });
  await catalogItemsRepository.insertMany(pool, me.user.orgId, [
    item(source.id, 'mes.work_orders', 'important'),
    item(source.id, 'mes.recipes', 'core'),
    item(source.id, 'mes.canteen_menu', 'general'),
  ]);
  const rows = await pool.query<{ id: string; table_name: string }>(
    'SELECT id, table_name FROM catalog_items WHERE org_id = $1',
    [me.user.orgId],
  );
  await Promise.all(
    rows.rows.map((row) =>
      officer.ok('PATCH', `/catalog/items/${row.id}`, {
        department: '生产部',
        purpose: '生产调度',
        storageLocation: '本地机房',
        protection: 'SM4 加密存储',
        responsiblePerson: '李四',
      }),
    ),
  );
  return {
    orgId: me.user.orgId,
    items: Object.fromEntries(rows.rows.map((row) => [row.table_name, row.id])),
  };
}

/** What {@link enrollFiler} leaves: the two signed-in users, the registry entry and the items. */
export interface EnrolledFiler {
  /** The enterprise's officer (`ent-officer`). */
  officer: HttpSession;
  /** The province's reviewer (`prov-reviewer`). */
  reviewer: HttpSession;
  registryId: string;
  /** The seeded catalog's item ids by table (see {@link seedCatalog}). */
  items: Record<string, string>;
}

/**
 * The start of the filing tests between two real processes: an officer on `enterprise` and a
 * reviewer on `province` (both with `password`), the enterprise's node enrolled for
 * {@link FILER}'s credit code, then FILER registered at the province (linked to that node on
 * creation) and a catalog seeded for the officer.
 */
export async function enrollFiler(
  province: FederationTestNode,
  enterprise: FederationTestNode,
  password: string,
): Promise<EnrolledFiler> {
  const [officer, reviewer] = await Promise.all([
    userOn(enterprise, 'ent-officer', 'officer', password),
    userOn(province, 'prov-reviewer', 'reviewer', password),
  ]);
  // The token's default lifetime, as an operator issuing one without choosing would get.
  const issued = await province.admin.ok<{ token: string }>('POST', '/federation/tokens', {
    scope: { kind: 'enterprise', uscc: FILER.uscc },
  });
  await enterprise.admin.ok('POST', '/federation/enroll', {
    parentUrl: province.url,
    token: issued.token,
  });
  // Added after the node enrolled for its credit code: linked to it on creation.
  const entry = await province.admin.ok<{ id: string; nodeId: string | null }>(
    'POST',
    '/registry/enterprises',
    { ...FILER, size: 'large' },
  );
  assert.equal(entry.nodeId, enterprise.nodeId);
  const { items } = await seedCatalog(enterprise.pool, officer);
  return { officer, reviewer, registryId: entry.id, items };
}

/**
 * An organisation hosted on `province` as a tenant (托管企业): its officer `tenant-officer`
 * (signed in with `password`) and its registry entry, linked to the organisation.
 */
export async function hostTenant(
  province: FederationTestNode,
  password: string,
): Promise<{ tenant: HttpSession; entry: { id: string } }> {
  const org = await organizationsRepository.create(province.pool, '托管企业');
  await usersRepository.create(province.pool, {
    orgId: org.id,
    username: 'tenant-officer',
    displayName: '托管企业专员',
    role: 'officer',
    passwordHash: await hashPassword(password),
  });
  const tenant = await loginOverHttp(province.url, 'tenant-officer', password);
  const entry = await province.admin.ok<{ id: string }>('POST', '/registry/enterprises', {
    uscc: '91350100MA2Y4B7C14',
    name: '托管制造有限公司',
    regionCode: '350100',
    industryCode: '36',
    size: 'small',
  });
  await province.pool.query('UPDATE enterprises SET tenant_org_id = $1 WHERE id = $2', [
    org.id,
    entry.id,
  ]);
  return { tenant, entry };
}

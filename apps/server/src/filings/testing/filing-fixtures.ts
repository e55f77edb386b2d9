import type { NewCatalogItem } from '@shuan/core';
import { catalogItemsRepository } from '@shuan/db';
import type { Pool } from 'pg';
import type { HttpSession } from '../../testing/http-session.ts';

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

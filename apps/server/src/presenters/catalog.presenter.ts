import type { CatalogItemDto, CatalogItemSummaryDto } from '@shuan/contracts';
import type { CatalogItemRow, CatalogItemSummaryRow, CatalogVersionRow } from '@shuan/db';
import { iso } from './iso.ts';

/** A catalog item as the API shows it (and as a version freezes it). */
export function presentCatalogItem(row: CatalogItemRow): CatalogItemDto {
  return { ...itemFields(row), columns: row.columns };
}

/** A catalog item as the list shows it: without its columns, with their number. */
export function presentCatalogItemSummary(row: CatalogItemSummaryRow): CatalogItemSummaryDto {
  return { ...itemFields(row), columnCount: row.columnCount };
}

/** What an item and its list summary share: everything but the columns. */
function itemFields(row: Omit<CatalogItemRow, 'columns'>): Omit<CatalogItemDto, 'columns'> {
  return {
    id: row.id,
    sourceId: row.sourceId,
    sourceName: row.sourceName,
    table: row.table,
    comment: row.comment,
    category: row.category,
    level: row.level,
    proposed: row.proposed,
    status: row.status,
    hasProposalDiff: row.hasProposalDiff,
    pi: row.pi,
    sensitivePi: row.sensitivePi,
    labels: row.labels,
    rows: row.rows,
    sizeBytes: row.sizeBytes,
    department: row.department,
    purpose: row.purpose,
    storageLocation: row.storageLocation,
    sharing: row.sharing,
    crossBorder: row.crossBorder,
    protection: row.protection,
    responsiblePerson: row.responsiblePerson,
    reviewedBy: row.reviewedBy,
    reviewedAt: row.reviewedAt,
    reviewReason: row.reviewReason,
  };
}

/** A catalog version as the API shows it. */
export function presentVersion(row: CatalogVersionRow) {
  return {
    number: row.number,
    note: row.note,
    itemCount: row.itemCount,
    createdBy: row.createdBy,
    createdAt: iso(row.createdAt),
  };
}

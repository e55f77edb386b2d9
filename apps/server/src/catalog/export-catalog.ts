import ExcelJS from 'exceljs';
import { CATEGORY_NAMES, DOMAIN_NAMES, LEVEL_NAMES, domainOf } from '@shuan/core';
import type { CatalogItemDto } from '@shuan/contracts';
import { catalogItemsRepository, withTransaction } from '@shuan/db';
import { appendAudit } from '../audit/append-audit.ts';
import type { NodeDeps, Principal } from '../http/context.ts';
import { presentCatalogItem } from '../presenters/catalog.presenter.ts';
import { loadVersion } from './catalog-versions.ts';

/** Title of the filing form (reference §9; provinces issue their own variants). */
export const FILING_FORM_TITLE = '重要数据和核心数据目录备案表';

const yesNo = (value: boolean): string => (value ? '是' : '否');
const STATUS_ZH: Record<CatalogItemDto['status'], string> = {
  pending: '待审核',
  confirmed: '已确认',
  changed: '已调整',
};

/**
 * The columns of the filing form, Chinese headers first: the Measures Art. 12 minimum
 * (name, category, level, volume, carrier, purpose, responsible person, sharing,
 * cross-border, protection) plus what the scanner adds (personal-information flags).
 */
export const FILING_COLUMNS: readonly {
  header: string;
  key: string;
  width: number;
  value: (item: CatalogItemDto, index: number) => string | number;
}[] = [
  { header: '序号', key: 'no', width: 6, value: (_item, index) => index + 1 },
  { header: '数据名称', key: 'table', width: 28, value: (item) => item.table },
  { header: '数据描述', key: 'comment', width: 28, value: (item) => item.comment ?? '' },
  {
    header: '数据域',
    key: 'domain',
    width: 12,
    value: (item) => (item.category === null ? '' : DOMAIN_NAMES[domainOf(item.category)].zh),
  },
  {
    header: '数据类别',
    key: 'category',
    width: 16,
    value: (item) => (item.category === null ? '未分类' : CATEGORY_NAMES[item.category].zh),
  },
  { header: '数据级别', key: 'level', width: 10, value: (item) => LEVEL_NAMES[item.level].zh },
  { header: '数据量（条）', key: 'rows', width: 12, value: (item) => item.rows ?? '' },
  { header: '存储量（字节）', key: 'sizeBytes', width: 14, value: (item) => item.sizeBytes ?? '' },
  { header: '数据载体（数据源）', key: 'source', width: 20, value: (item) => item.sourceName },
  { header: '存储位置', key: 'storageLocation', width: 20, value: (item) => item.storageLocation },
  { header: '所属部门', key: 'department', width: 14, value: (item) => item.department },
  { header: '处理目的', key: 'purpose', width: 24, value: (item) => item.purpose },
  { header: '是否含个人信息', key: 'pi', width: 10, value: (item) => yesNo(item.pi) },
  {
    header: '是否含敏感个人信息',
    key: 'sensitivePi',
    width: 12,
    value: (item) => yesNo(item.sensitivePi),
  },
  { header: '是否对外共享', key: 'sharing', width: 10, value: (item) => yesNo(item.sharing) },
  { header: '是否出境', key: 'crossBorder', width: 10, value: (item) => yesNo(item.crossBorder) },
  { header: '安全保护措施', key: 'protection', width: 24, value: (item) => item.protection },
  {
    header: '数据安全责任人',
    key: 'responsiblePerson',
    width: 12,
    value: (item) => item.responsiblePerson,
  },
  { header: '审核状态', key: 'status', width: 10, value: (item) => STATUS_ZH[item.status] },
  {
    header: '定级理由',
    key: 'reason',
    width: 36,
    value: (item) => item.reviewReason ?? item.proposed.reasons.join('；'),
  },
];

/** The items to export: a frozen version's, or the live catalog's. */
export async function itemsForExport(
  deps: NodeDeps,
  principal: Principal,
  version: number | undefined,
  format: 'xlsx' | 'json',
): Promise<CatalogItemDto[]> {
  const items =
    version === undefined
      ? (await catalogItemsRepository.all(deps.pool, principal.orgId)).map(presentCatalogItem)
      : (await loadVersion(deps, principal.orgId, version)).items;
  await withTransaction(deps.pool, (tx) =>
    appendAudit(tx, {
      orgId: principal.orgId,
      actor: principal.username,
      action: 'catalog.export',
      target: 'catalog',
      payload: { format, version: version ?? null, items: items.length },
    }),
  );
  return items;
}

/**
 * The catalog as an Excel workbook in the filing form's layout: sheet 1 holds the
 * important and core items (what is filed), sheet 2 every item of the catalog.
 */
export async function catalogWorkbook(
  orgName: string,
  version: number | undefined,
  items: CatalogItemDto[],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Shu'an 数安";
  const filed = items.filter((item) => item.level !== 'general');
  addSheet(
    workbook,
    '备案表',
    `${FILING_FORM_TITLE}（${orgName}${version === undefined ? '' : `，第 ${String(version)} 版`}）`,
    filed,
  );
  addSheet(workbook, '全部条目', `数据目录全部条目（${orgName}）`, items);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function addSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  title: string,
  items: CatalogItemDto[],
): void {
  const sheet = workbook.addWorksheet(name);
  sheet.mergeCells(1, 1, 1, FILING_COLUMNS.length);
  sheet.getCell(1, 1).value = title;
  sheet.getCell(1, 1).font = { bold: true, size: 14 };
  const header = sheet.getRow(2);
  FILING_COLUMNS.forEach((column, index) => {
    header.getCell(index + 1).value = column.header;
    sheet.getColumn(index + 1).width = column.width;
  });
  header.font = { bold: true };
  items.forEach((item, rowIndex) => {
    sheet.addRow(FILING_COLUMNS.map((column) => column.value(item, rowIndex)));
  });
  sheet.views = [{ state: 'frozen', ySplit: 2 }];
}

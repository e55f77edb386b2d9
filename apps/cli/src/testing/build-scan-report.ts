import type { ColumnFinding, ScanReport, TableFinding } from '@shuan/core';

/** A column finding for tests; an ID-card column of an HR table unless overridden. */
export function buildColumnFinding(overrides: Partial<ColumnFinding> = {}): ColumnFinding {
  return {
    table: 'public.employees',
    column: 'id_number',
    dataType: 'character varying',
    comment: '身份证号',
    rowsSampled: 100,
    labels: [{ code: 'pi.id_card', confidence: 0.98, hits: 97, evidence: ['values', 'name'] }],
    category: 'mgmt.hr',
    level: 'important',
    reasons: ['取值符合居民身份证号校验 / values pass the ID card check digit'],
    ...overrides,
  };
}

/** A table finding for tests. */
export function buildTableFinding(overrides: Partial<TableFinding> = {}): TableFinding {
  return {
    table: 'public.employees',
    comment: '员工',
    estimatedRows: 1200,
    category: 'mgmt.hr',
    level: 'important',
    reasons: ['含敏感个人信息 / holds sensitive personal information'],
    ...overrides,
  };
}

/**
 * A small scan report for tests: an HR table with an ID-card column and a plain column, a
 * core-level PLC table, and one table error.
 */
export function buildScanReport(overrides: Partial<ScanReport> = {}): ScanReport {
  return {
    schemaVersion: 1,
    source: { kind: 'postgres', name: 'erp' },
    ruleset: { id: 'general', version: '2026.1' },
    startedAt: '2026-11-23T08:00:00.000Z',
    finishedAt: '2026-11-23T08:00:03.120Z',
    tables: [
      buildTableFinding(),
      buildTableFinding({
        table: 'public.plc_setpoints',
        comment: 'PLC 设定值',
        category: 'prod.control',
        level: 'core',
        reasons: ['控制指令 / control instructions'],
      }),
    ],
    columns: [
      buildColumnFinding(),
      buildColumnFinding({
        column: 'hired_on',
        dataType: 'date',
        labels: [],
        category: null,
        level: 'general',
        reasons: [],
      }),
      buildColumnFinding({
        table: 'public.plc_setpoints',
        column: 'setpoint',
        dataType: 'numeric',
        labels: [],
        category: 'prod.control',
        level: 'core',
        reasons: ['控制指令 / control instructions'],
      }),
    ],
    errors: [
      { table: 'public.broken', message: 'permission denied', code: 'SOURCE_PERMISSION_DENIED' },
    ],
    ...overrides,
  };
}

/** A finished scan's table findings, paginated on the server; expand a row for its columns. */
import { useState } from 'react';
import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Page, ScanFinding } from '../../api/types.ts';
import { useApiQuery } from '../../hooks/useApiQuery.ts';
import { CategoryText, LevelTag } from '../../components/Tags.tsx';
import { ColumnsTable, type ColumnRow } from '../../components/ColumnsTable.tsx';
import { Reasons } from '../../components/Reasons.tsx';
import { formatCount } from '../../components/format.ts';

/** A scan's column verdicts in the shape the columns table shows. */
function columnRows(finding: ScanFinding): ColumnRow[] {
  return finding.columns.map((c) => ({
    name: c.column,
    dataType: c.dataType,
    comment: c.comment,
    labels: c.labels.map((label) => label.code),
    category: c.category,
    level: c.level,
  }));
}

export function FindingsTable({ scanId }: { scanId: string }) {
  const { t } = useTranslation();
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const list = useApiQuery<Page<ScanFinding>>(`/scans/${scanId}/findings`, page);

  return (
    <Table<ScanFinding>
      data-testid="findings-table"
      rowKey="id"
      loading={list.loading}
      dataSource={list.data?.items ?? []}
      expandable={{
        expandedRowRender: (finding) => <ColumnsTable columns={columnRows(finding)} />,
      }}
      pagination={{
        current: page.page,
        pageSize: page.pageSize,
        total: list.data?.total ?? 0,
        onChange: (current, pageSize) => {
          setPage({ page: current, pageSize });
        },
      }}
      columns={[
        { title: t('catalog.table'), key: 'table', render: (_: unknown, f) => f.table.table },
        {
          title: t('catalog.comment'),
          key: 'comment',
          render: (_: unknown, f) => f.table.comment ?? '',
        },
        {
          title: t('catalog.category'),
          key: 'category',
          render: (_: unknown, f) => <CategoryText code={f.table.category} />,
        },
        {
          title: t('catalog.level'),
          key: 'level',
          render: (_: unknown, f) => <LevelTag level={f.table.level} />,
        },
        {
          title: t('catalog.rows'),
          key: 'rows',
          render: (_: unknown, f) => formatCount(f.table.estimatedRows),
        },
        {
          title: t('catalog.reasons'),
          key: 'reasons',
          render: (_: unknown, f) => <Reasons reasons={f.table.reasons} />,
        },
      ]}
    />
  );
}

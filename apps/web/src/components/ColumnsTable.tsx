/** The columns of a table finding or catalog item: type, labels, category, level. */
import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Level } from '../api/types.ts';
import { CategoryText, LabelTags, LevelTag } from './Tags.tsx';

/** One column as the table shows it: a catalog item's column, or a scan finding's mapped to this. */
export interface ColumnRow {
  name: string;
  dataType: string;
  comment?: string | undefined;
  labels: readonly string[];
  category: string | null;
  level: Level;
}

export function ColumnsTable({ columns }: { columns: readonly ColumnRow[] }) {
  const { t } = useTranslation();
  return (
    <Table<ColumnRow>
      rowKey="name"
      size="small"
      pagination={false}
      dataSource={[...columns]}
      columns={[
        { title: t('columns.name'), dataIndex: 'name' },
        { title: t('columns.dataType'), dataIndex: 'dataType' },
        {
          title: t('columns.comment'),
          dataIndex: 'comment',
          render: (_: unknown, c) => c.comment ?? '',
        },
        {
          title: t('columns.labels'),
          dataIndex: 'labels',
          render: (_: unknown, c) => <LabelTags labels={c.labels} />,
        },
        {
          title: t('catalog.category'),
          dataIndex: 'category',
          render: (_: unknown, c) => <CategoryText code={c.category} />,
        },
        {
          title: t('catalog.level'),
          dataIndex: 'level',
          render: (_: unknown, c) => <LevelTag level={c.level} />,
        },
      ]}
    />
  );
}

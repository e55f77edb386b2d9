/** The catalog table: server-side pages and sort, row selection for bulk confirm, row click opens the drawer. */
import { Table, Tag, Tooltip } from 'antd';
import type { SorterResult } from 'antd/es/table/interface';
import { useTranslation } from 'react-i18next';
import type { CatalogItemSummary, Page } from '../../api/types.ts';
import { CategoryText, ItemStatusTag, LevelTag } from '../../components/Tags.tsx';
import { formatCount } from '../../components/format.ts';
import type { CatalogListState, CatalogSort } from './catalog-query.ts';

interface Props {
  state: CatalogListState;
  data: Page<CatalogItemSummary> | undefined;
  loading: boolean;
  selected: string[];
  onSelect: (ids: string[]) => void;
  onOpen: (item: CatalogItemSummary) => void;
  onPaging: (page: number, pageSize: number, sort: CatalogSort | undefined) => void;
}

function toSort(
  sorter: SorterResult<CatalogItemSummary> | SorterResult<CatalogItemSummary>[],
): CatalogSort | undefined {
  const one = Array.isArray(sorter) ? sorter[0] : sorter;
  if (!one?.order || typeof one.field !== 'string') return undefined;
  return { field: one.field, order: one.order };
}

export function CatalogTable({
  state,
  data,
  loading,
  selected,
  onSelect,
  onOpen,
  onPaging,
}: Props) {
  const { t } = useTranslation();
  const sortOrder = (field: string) => (state.sort?.field === field ? state.sort.order : null);
  return (
    <Table<CatalogItemSummary>
      data-testid="catalog-table"
      rowKey="id"
      loading={loading}
      dataSource={data?.items ?? []}
      rowSelection={{
        selectedRowKeys: selected,
        onChange: (keys) => {
          onSelect(keys.map(String));
        },
      }}
      onRow={(item) => ({
        onClick: () => {
          onOpen(item);
        },
        style: { cursor: 'pointer' },
      })}
      onChange={(pagination, _filters, sorter) => {
        onPaging(pagination.current ?? 1, pagination.pageSize ?? state.pageSize, toSort(sorter));
      }}
      pagination={{
        current: state.page,
        pageSize: state.pageSize,
        total: data?.total ?? 0,
        showSizeChanger: true,
        showTotal: (total) => t('common.total', { total }),
      }}
      columns={[
        {
          title: t('catalog.table'),
          dataIndex: 'table',
          sorter: true,
          sortOrder: sortOrder('table'),
        },
        { title: t('catalog.source'), dataIndex: 'sourceName' },
        {
          title: t('catalog.category'),
          dataIndex: 'category',
          sorter: true,
          sortOrder: sortOrder('category'),
          render: (_: unknown, i) => <CategoryText code={i.category} />,
        },
        {
          title: t('catalog.level'),
          dataIndex: 'level',
          sorter: true,
          sortOrder: sortOrder('level'),
          render: (_: unknown, i) => (
            <>
              <LevelTag level={i.level} />
              {i.hasProposalDiff && (
                <Tooltip title={t('catalog.proposalDiffHint')}>
                  <Tag color="magenta">{t('catalog.proposalDiff')}</Tag>
                </Tooltip>
              )}
            </>
          ),
        },
        {
          title: t('catalog.status'),
          dataIndex: 'status',
          sorter: true,
          sortOrder: sortOrder('status'),
          render: (_: unknown, i) => <ItemStatusTag status={i.status} />,
        },
        {
          title: t('catalog.pi'),
          dataIndex: 'pi',
          render: (_: unknown, i) =>
            i.sensitivePi ? (
              <Tag color="red">{t('catalog.sensitivePi')}</Tag>
            ) : i.pi ? (
              <Tag color="purple">{t('catalog.pi')}</Tag>
            ) : (
              ''
            ),
        },
        {
          title: t('catalog.rows'),
          dataIndex: 'rows',
          sorter: true,
          sortOrder: sortOrder('rows'),
          render: (_: unknown, i) => formatCount(i.rows),
        },
      ]}
    />
  );
}

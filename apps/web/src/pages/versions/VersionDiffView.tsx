/** Added, removed and regraded items between two versions (GET /catalog/versions/:a/diff/:b). */
import { Card, Empty, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DiffEntry, VersionDiff } from '../../api/types.ts';
import { useApiQuery } from '../../hooks/useApiQuery.ts';
import { CategoryText, LevelTag } from '../../components/Tags.tsx';

type Regraded = VersionDiff['regraded'][number];

function EntryTable({ rows }: { rows: DiffEntry[] }) {
  const { t } = useTranslation();
  if (rows.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('versions.noChanges')} />;
  return (
    <Table<DiffEntry>
      rowKey={(r) => `${r.sourceId}/${r.table}`}
      size="small"
      pagination={false}
      dataSource={rows}
      columns={[
        { title: t('catalog.table'), dataIndex: 'table' },
        { title: t('catalog.source'), dataIndex: 'sourceName' },
        {
          title: t('catalog.category'),
          dataIndex: 'category',
          render: (_: unknown, r) => <CategoryText code={r.category} />,
        },
        {
          title: t('catalog.level'),
          dataIndex: 'level',
          render: (_: unknown, r) => <LevelTag level={r.level} />,
        },
      ]}
    />
  );
}

export function VersionDiffView({ from, to }: { from: number; to: number }) {
  const { t } = useTranslation();
  const diff = useApiQuery<VersionDiff>(`/catalog/versions/${from}/diff/${to}`);
  if (!diff.data) return null;
  const { added, removed, regraded } = diff.data;
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="version-diff">
      <Typography.Text>
        {t('versions.diffSummary', {
          from,
          to,
          added: added.length,
          removed: removed.length,
          regraded: regraded.length,
        })}
      </Typography.Text>
      <Card size="small" title={t('versions.added', { count: added.length })}>
        <EntryTable rows={added} />
      </Card>
      <Card size="small" title={t('versions.removed', { count: removed.length })}>
        <EntryTable rows={removed} />
      </Card>
      <Card size="small" title={t('versions.regraded', { count: regraded.length })}>
        <Table<Regraded>
          rowKey={(r) => `${r.sourceId}/${r.table}`}
          size="small"
          pagination={false}
          dataSource={regraded}
          columns={[
            { title: t('catalog.table'), dataIndex: 'table' },
            {
              title: t('versions.before'),
              key: 'from',
              render: (_: unknown, r) => (
                <>
                  <LevelTag level={r.from.level} /> <CategoryText code={r.from.category} />
                </>
              ),
            },
            {
              title: t('versions.after'),
              key: 'to',
              render: (_: unknown, r) => (
                <>
                  <LevelTag level={r.to.level} /> <CategoryText code={r.to.category} />
                </>
              ),
            },
          ]}
        />
      </Card>
    </Space>
  );
}

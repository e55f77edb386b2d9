/** Scan history, newest first, paginated on the server. */
import { useState } from 'react';
import { Progress, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Page, Scan } from '../../api/types.ts';
import { useApiQuery } from '../../hooks/useApiQuery.ts';
import { ScanStatusTag } from '../../components/Tags.tsx';
import { formatTime } from '../../components/format.ts';
import { navigate } from '../../router/hash-router.tsx';
import { progressPercent } from '../scan-detail/scan-progress.ts';

export function ScansPage() {
  const { t } = useTranslation();
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const list = useApiQuery<Page<Scan>>('/scans', { ...page, sort: '-createdAt' });

  return (
    <div data-testid="page-scans">
      <Typography.Title level={3}>{t('nav.scans')}</Typography.Title>
      <Table<Scan>
        rowKey="id"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        onRow={(scan) => ({
          onClick: () => {
            navigate(`/scans/${scan.id}`);
          },
          style: { cursor: 'pointer' },
        })}
        pagination={{
          current: page.page,
          pageSize: page.pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          onChange: (current, pageSize) => {
            setPage({ page: current, pageSize });
          },
        }}
        columns={[
          { title: t('scan.source'), dataIndex: 'sourceName' },
          {
            title: t('scan.status'),
            dataIndex: 'status',
            render: (_: unknown, s) => <ScanStatusTag status={s.status} />,
          },
          {
            title: t('scan.progress'),
            key: 'progress',
            width: 200,
            render: (_: unknown, s) => <Progress percent={progressPercent(s)} size="small" />,
          },
          {
            title: t('scan.tables'),
            key: 'tables',
            render: (_: unknown, s) => s.summary?.tables ?? '—',
          },
          {
            title: t('scan.startedAt'),
            dataIndex: 'startedAt',
            render: (_: unknown, s) => formatTime(s.startedAt),
          },
          {
            title: t('scan.finishedAt'),
            dataIndex: 'finishedAt',
            render: (_: unknown, s) => formatTime(s.finishedAt),
          },
        ]}
      />
    </div>
  );
}

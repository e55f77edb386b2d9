/** Overview: headline cards, level donut, category bars, latest scans, items waiting for review. */
import { Alert, Card, Col, Row, Spin, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CatalogItemSummary, Overview } from '../../api/types.ts';
import { CategoryText, LevelTag, ScanStatusTag } from '../../components/Tags.tsx';
import { formatTime } from '../../components/format.ts';
import { navigate } from '../../router/hash-router.tsx';
import { useApiError } from '../../hooks/useApiError.ts';
import { CategoryChart } from './CategoryChart.tsx';
import { LevelChart } from './LevelChart.tsx';
import { SummaryCards } from './SummaryCards.tsx';
import { useOverview } from './useOverview.ts';
import { useEffect } from 'react';

export function OverviewPage() {
  const { t } = useTranslation();
  const { overview, pending } = useOverview();
  const showError = useApiError();
  useEffect(() => {
    if (overview.error) showError(overview.error);
  }, [overview.error, showError]);

  const data = overview.data;
  if (!data)
    return overview.error ? <Alert type="error" title={t('errors.loadFailed')} /> : <Spin />;

  return (
    <div data-testid="page-overview">
      <Typography.Title level={3}>{t('nav.overview')}</Typography.Title>
      <SummaryCards overview={data} />
      <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
        <Col xs={24} lg={10}>
          <Card title={t('overview.byLevel')}>
            <LevelChart counts={data.itemsByLevel} />
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Card title={t('overview.byCategory')}>
            <CategoryChart counts={data.itemsByCategory} />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('overview.latestScans')}>
            <Table<Overview['latestScans'][number]>
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={data.latestScans}
              onRow={(scan) => ({
                onClick: () => {
                  navigate(`/scans/${scan.id}`);
                },
                style: { cursor: 'pointer' },
              })}
              columns={[
                { title: t('scan.source'), dataIndex: 'sourceName' },
                {
                  title: t('scan.status'),
                  dataIndex: 'status',
                  render: (_: unknown, scan) => <ScanStatusTag status={scan.status} />,
                },
                {
                  title: t('scan.createdAt'),
                  dataIndex: 'createdAt',
                  render: (_: unknown, scan) => formatTime(scan.createdAt),
                },
                {
                  title: t('scan.finishedAt'),
                  dataIndex: 'finishedAt',
                  render: (_: unknown, scan) => formatTime(scan.finishedAt),
                },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card
            title={t('overview.waitingForReview')}
            extra={<a href="#/catalog">{t('overview.toCatalog')}</a>}
          >
            <Table<CatalogItemSummary>
              rowKey="id"
              size="small"
              pagination={false}
              loading={pending.loading}
              dataSource={pending.data?.items ?? []}
              columns={[
                { title: t('catalog.table'), dataIndex: 'table' },
                {
                  title: t('catalog.category'),
                  dataIndex: 'category',
                  render: (_: unknown, item) => <CategoryText code={item.category} />,
                },
                {
                  title: t('catalog.level'),
                  dataIndex: 'level',
                  render: (_: unknown, item) => <LevelTag level={item.level} />,
                },
              ]}
            />
          </Card>
        </Col>
      </Row>
    </div>
  );
}

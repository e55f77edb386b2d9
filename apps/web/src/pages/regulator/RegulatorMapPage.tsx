/**
 * 全国监管 (ministry): the China tile map coloured by the chosen figure, the provinces'
 * values as a table, the Plan's 2026 targets against progress, and the national overview.
 */
import { useEffect, useState } from 'react';
import { Alert, Card, Col, Row, Segmented, Spin, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RegulatorMap, RegulatorOverview, RegulatorTargets } from '../../api/types.ts';
import { useApiError } from '../../hooks/useApiError.ts';
import { useApiQuery } from '../../hooks/useApiQuery.ts';
import { OverviewPanel } from './OverviewPanel.tsx';
import { formatValue, ProvinceTileMap } from './ProvinceTileMap.tsx';
import { TargetsProgress } from './TargetsProgress.tsx';

const FIGURES = ['incidents', 'filings', 'assessments', 'ackRate'] as const;
type Figure = (typeof FIGURES)[number];

export function RegulatorMapPage() {
  const { t } = useTranslation();
  const [figure, setFigure] = useState<Figure>('filings');
  const map = useApiQuery<RegulatorMap>('/regulator/map', { figure });
  const targets = useApiQuery<RegulatorTargets>('/regulator/targets');
  const overview = useApiQuery<RegulatorOverview>('/regulator/overview');
  const showError = useApiError();
  const error = map.error ?? targets.error ?? overview.error;
  useEffect(() => {
    if (error) showError(error);
  }, [error, showError]);
  if (error) return <Alert type="error" title={t('errors.loadFailed')} />;

  const ranked = [...(map.data?.provinces ?? [])]
    .filter((p) => p.value !== null)
    .sort((a, b) => (b.value ?? 0) - (a.value ?? 0));
  return (
    <div data-testid="page-regulator-map">
      <Typography.Title level={3}>{t('nav.regulatorMap')}</Typography.Title>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={16}>
          <Card
            title={t('regulator.map')}
            extra={
              <Segmented
                aria-label={t('regulator.figure')}
                value={figure}
                onChange={(value) => {
                  setFigure(value);
                }}
                options={FIGURES.map((f) => ({ value: f, label: t(`regulator.figures.${f}`) }))}
              />
            }
          >
            {map.data && map.data.figure === figure ? (
              <ProvinceTileMap map={map.data} noData={t('regulator.noData')} />
            ) : (
              <Spin />
            )}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('regulator.mapNote')}
            </Typography.Text>
          </Card>
        </Col>
        <Col xs={24} lg={8}>
          <Card title={t(`regulator.figures.${figure}`)}>
            <Table
              size="small"
              rowKey="code"
              data-testid="regulator-map-table"
              pagination={{ pageSize: 10, size: 'small' }}
              dataSource={ranked}
              locale={{ emptyText: t('regulator.noData') }}
              columns={[
                { title: t('regulator.province'), dataIndex: 'name' },
                {
                  title: t('regulator.value'),
                  dataIndex: 'value',
                  align: 'right',
                  render: (value: number | null) => formatValue(figure, value),
                },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24}>
          <Card title={t('regulator.targets')}>
            {targets.data ? <TargetsProgress targets={targets.data} /> : <Spin />}
          </Card>
        </Col>
      </Row>
      <div style={{ marginTop: 16 }}>
        {overview.data ? <OverviewPanel overview={overview.data} /> : <Spin />}
      </div>
    </div>
  );
}

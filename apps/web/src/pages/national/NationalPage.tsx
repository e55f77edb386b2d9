/** 全国概览 (ministry): headline figures, charts and the provinces, those behind first. */
import { useEffect } from 'react';
import { Alert, Card, Col, Row, Spin, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { NationalOverview } from '../../api/types.ts';
import { useApiError } from '../../hooks/useApiError.ts';
import { useApiQuery } from '../../hooks/useApiQuery.ts';
import { IndustryBars, LevelPie, ProvinceBars, StatusPie } from './NationalCharts.tsx';
import { NationalAssessmentSummariesCard } from './NationalAssessmentSummariesCard.tsx';
import { NationalRefilingsCard } from './NationalRefilingsCard.tsx';
import { ProvinceTable } from './ProvinceTable.tsx';

export function NationalPage() {
  const { t } = useTranslation();
  const overview = useApiQuery<NationalOverview>('/national/overview');
  const showError = useApiError();
  useEffect(() => {
    if (overview.error) showError(overview.error);
  }, [overview.error, showError]);
  const data = overview.data;
  if (!data)
    return overview.error ? <Alert type="error" title={t('errors.loadFailed')} /> : <Spin />;

  const cards = [
    ['provinces', data.totals.provinces],
    ['reporting', data.totals.reporting],
    ['behindCount', data.totals.behind],
    ['enterprises', data.totals.enterprises],
    ['filings', data.totals.filings],
  ] as const;
  return (
    <div data-testid="page-national">
      <Typography.Title level={3}>{t('nav.national')}</Typography.Title>
      <Row gutter={[16, 16]}>
        {cards.map(([key, value]) => (
          <Col xs={12} md={8} lg={4} key={key}>
            <Card>
              <Statistic
                title={t(`national.${key}`)}
                value={value}
                styles={key === 'behindCount' && value > 0 ? { content: { color: '#cf1322' } } : {}}
              />
            </Card>
          </Col>
        ))}
      </Row>
      <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
        <Col xs={24} lg={12}>
          <Card title={t('national.byProvince')}>
            <ProvinceBars overview={data} />
          </Card>
        </Col>
        <Col xs={24} md={12} lg={6}>
          <Card title={t('national.byLevel')}>
            <LevelPie overview={data} />
          </Card>
        </Col>
        <Col xs={24} md={12} lg={6}>
          <Card title={t('national.byStatus')}>
            <StatusPie overview={data} />
          </Card>
        </Col>
        <Col xs={24}>
          <Card
            title={t('national.provinceTable')}
            extra={
              <Typography.Text type="secondary">
                {t('national.staleDays', { days: data.staleDays })}
              </Typography.Text>
            }
          >
            <ProvinceTable overview={data} />
          </Card>
        </Col>
        <Col xs={24}>
          <NationalRefilingsCard overview={data} />
        </Col>
        <Col xs={24}>
          <NationalAssessmentSummariesCard />
        </Col>
        <Col xs={24}>
          <Card title={t('national.byIndustry')}>
            <IndustryBars overview={data} />
          </Card>
        </Col>
      </Row>
    </div>
  );
}

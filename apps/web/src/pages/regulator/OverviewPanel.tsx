/** The regulator overview (province and ministry): figures, charts and warnings. */
import { Card, Col, Row, Statistic, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RegulatorOverview } from '../../api/types.ts';
import {
  BreakdownBars,
  BreakdownPie,
  ConclusionPie,
  LevelPie,
  MonthlyLines,
} from './OverviewCharts.tsx';

function percent(rate: number | null): string {
  return rate === null ? '—' : `${(rate * 100).toFixed(1)}%`;
}

export function OverviewPanel({ overview }: { overview: RegulatorOverview }) {
  const { t } = useTranslation();
  const cards: [string, string | number, boolean][] = [
    ['assessments', overview.assessments.total, false],
    ['incidents', overview.incidents.total, false],
    ['risks', overview.risks.total, false],
    ['awaiting', overview.deadlines.incidentsAwaitingReports, false],
    ['filingsAwaiting', overview.deadlines.filingsAwaitingReview, false],
    ['ackRate', percent(overview.warnings.ackRate), false],
  ];
  if (overview.deadlines.filingsOverdue !== null)
    cards.splice(5, 0, ['filingsOverdue', overview.deadlines.filingsOverdue, true]);
  return (
    <div data-testid="regulator-overview">
      <Row gutter={[16, 16]}>
        {cards.map(([key, value, alarm]) => (
          <Col xs={12} md={8} lg={4} key={key}>
            <Card>
              <Statistic
                title={t(`regulator.${key as 'assessments'}`)}
                value={value}
                styles={alarm && Number(value) > 0 ? { content: { color: '#cf1322' } } : {}}
              />
            </Card>
          </Col>
        ))}
      </Row>
      <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
        <Col xs={24} lg={12}>
          <Card
            title={`${t('regulator.overTime')} · ${t('regulator.months', { n: overview.months.length })}`}
          >
            <MonthlyLines overview={overview} />
          </Card>
        </Col>
        <Col xs={24} md={12} lg={6}>
          <Card title={t('regulator.incidentsByLevel')}>
            <LevelPie rows={overview.incidents.byLevel} />
          </Card>
        </Col>
        <Col xs={24} md={12} lg={6}>
          <Card title={t('regulator.risksByType')}>
            <BreakdownPie rows={overview.risks.byType} />
          </Card>
        </Col>
        <Col xs={24} lg={8}>
          <Card title={t('regulator.byIndustry')}>
            <BreakdownBars rows={overview.incidents.byIndustry} />
          </Card>
        </Col>
        <Col xs={24} lg={8}>
          <Card title={t('regulator.byRegion')}>
            <BreakdownBars rows={overview.incidents.byRegion} />
          </Card>
        </Col>
        <Col xs={24} lg={8}>
          <Card title={t('regulator.conclusions')}>
            <ConclusionPie overview={overview} />
          </Card>
        </Col>
        <Col xs={24}>
          <Card title={t('regulator.warnings')}>
            <Table
              size="small"
              rowKey="warningId"
              pagination={false}
              dataSource={overview.warnings.latest}
              columns={[
                { title: t('regulator.warning'), dataIndex: 'title' },
                { title: t('regulator.recipients'), dataIndex: 'recipients', width: 110 },
                { title: t('regulator.acknowledged'), dataIndex: 'acknowledged', width: 110 },
                { title: t('regulator.answered'), dataIndex: 'answered', width: 110 },
                {
                  title: t('regulator.ackRate'),
                  dataIndex: 'ackRate',
                  width: 140,
                  render: (rate: number | null) => percent(rate),
                },
              ]}
            />
          </Card>
        </Col>
      </Row>
    </div>
  );
}

/**
 * 变更后重新备案 on 全国概览 (ministry): the re-filings after material changes that the
 * provinces' latest rollups report — pending, overdue (red), re-filed on time or late — by
 * province and by industry, and the overdue enterprises. A province whose rollup predates
 * re-filings shows 未上报 instead of zeros.
 */
import { Card, Col, Row, Statistic, Table, Tabs, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { NationalOverview, ProvinceSummary, RefilingTotals } from '../../api/types.ts';
import { OverdueRefilingsTable } from './OverdueRefilingsTable.tsx';

const KEYS = ['pending', 'overdue', 'refiledOnTime', 'refiledLate'] as const;
const RED = '#cf1322';

/** An overdue count: a red tag when there are any. */
function OverdueCount({ value }: { value: number }) {
  return value > 0 ? <Tag color="red">{value}</Tag> : <>{value}</>;
}

/** Reporting provinces with the most overdue first, then those that do not report. */
function byOverdue(a: ProvinceSummary, b: ProvinceSummary): number {
  const rank = (p: ProvinceSummary) => (p.refilings === null ? -1 : p.refilings.overdue);
  return rank(b) - rank(a) || (a.region ?? '').localeCompare(b.region ?? '');
}

function ProvinceRefilings({ provinces }: { provinces: readonly ProvinceSummary[] }) {
  const { t } = useTranslation();
  // A province without figures: one cell across the four counts says so.
  const span = (first: boolean) => (p: ProvinceSummary) => ({
    colSpan: p.refilings !== null ? 1 : first ? KEYS.length : 0,
  });
  return (
    <Table<ProvinceSummary>
      rowKey="nodeId"
      size="small"
      pagination={false}
      dataSource={[...provinces].sort(byOverdue)}
      data-testid="refilings-by-province"
      onRow={(p) => {
        const overdue = (p.refilings?.overdue ?? 0) > 0;
        return {
          'data-overdue': String(overdue),
          style: overdue ? { background: '#fff1f0' } : {},
        } as object;
      }}
      columns={[
        {
          title: t('nationalRefilings.province'),
          key: 'province',
          render: (_: unknown, p) => (
            <>
              {p.regionName ?? p.nodeId} <span style={{ color: '#888' }}>{p.region ?? ''}</span>
            </>
          ),
        },
        ...KEYS.map((key, index) => ({
          title: t(`nationalRefilings.status.${key}`),
          key,
          align: 'right' as const,
          onCell: span(index === 0),
          render: (_: unknown, p: ProvinceSummary) => {
            if (p.refilings === null) {
              return (
                <Tooltip title={t('nationalRefilings.notReportedHint')}>
                  <Tag>{t('nationalRefilings.notReported')}</Tag>
                </Tooltip>
              );
            }
            const value = p.refilings[key];
            return key === 'overdue' ? <OverdueCount value={value} /> : value;
          },
        })),
      ]}
    />
  );
}

function IndustryRefilings({ rows }: { rows: NationalOverview['refilings']['byIndustry'] }) {
  const { t, i18n } = useTranslation();
  const english = i18n.language.startsWith('en');
  return (
    <Table<(typeof rows)[number]>
      rowKey="code"
      size="small"
      pagination={false}
      dataSource={[...rows]}
      locale={{ emptyText: t('nationalRefilings.empty') }}
      data-testid="refilings-by-industry"
      columns={[
        {
          title: t('nationalRefilings.industry'),
          key: 'industry',
          render: (_: unknown, row) => `${row.code} ${english ? row.nameEn : row.name}`,
        },
        ...KEYS.map((key) => ({
          title: t(`nationalRefilings.status.${key}`),
          key,
          align: 'right' as const,
          render: (_: unknown, row: RefilingTotals) =>
            key === 'overdue' ? <OverdueCount value={row[key]} /> : row[key],
        })),
      ]}
    />
  );
}

export function NationalRefilingsCard({ overview }: { overview: NationalOverview }) {
  const { t } = useTranslation();
  const { totals, reporting, byIndustry } = overview.refilings;
  return (
    <Card
      title={t('nationalRefilings.title')}
      data-testid="national-refilings"
      extra={
        <Typography.Text type="secondary">
          {t('nationalRefilings.reporting', { n: reporting, total: overview.totals.provinces })}
        </Typography.Text>
      }
    >
      <Typography.Paragraph type="secondary">{t('nationalRefilings.rule')}</Typography.Paragraph>
      <Row gutter={[16, 16]}>
        {KEYS.map((key) => (
          <Col xs={12} md={6} key={key} data-testid={`refilings-${key}`}>
            <Statistic
              title={t(`nationalRefilings.status.${key}`)}
              value={totals[key]}
              styles={key === 'overdue' && totals[key] > 0 ? { content: { color: RED } } : {}}
            />
          </Col>
        ))}
      </Row>
      <Tabs
        style={{ marginTop: 8 }}
        items={[
          {
            key: 'province',
            label: t('nationalRefilings.tabs.province'),
            children: <ProvinceRefilings provinces={overview.provinces} />,
          },
          {
            key: 'industry',
            label: t('nationalRefilings.tabs.industry'),
            children: <IndustryRefilings rows={byIndustry} />,
          },
          {
            key: 'overdue',
            label: `${t('nationalRefilings.tabs.overdue')} (${String(totals.overdue)})`,
            children: <OverdueRefilingsTable />,
          },
        ]}
      />
    </Card>
  );
}

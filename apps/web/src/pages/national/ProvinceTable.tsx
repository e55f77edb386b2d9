/** The provinces of the national view; those behind are highlighted with their reasons. */
import { Table, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { NationalOverview, ProvinceSummary } from '../../api/types.ts';
import { formatTime } from '../../components/format.ts';

export function ProvinceTable({ overview }: { overview: NationalOverview }) {
  const { t } = useTranslation();
  return (
    <Table<ProvinceSummary>
      rowKey="nodeId"
      size="small"
      pagination={false}
      dataSource={overview.provinces}
      data-testid="province-table"
      onRow={(p) => ({
        'data-behind': p.behind ? 'true' : 'false',
        style: p.behind ? { background: '#fff1f0' } : {},
      })}
      columns={[
        {
          title: t('national.region'),
          dataIndex: 'regionName',
          render: (_: unknown, p) => (
            <>
              {p.regionName ?? '—'} <span style={{ color: '#888' }}>{p.region ?? ''}</span>
            </>
          ),
        },
        { title: t('national.node'), dataIndex: 'nodeId' },
        {
          title: t('national.state'),
          dataIndex: 'behind',
          render: (_: unknown, p) =>
            p.behind ? (
              <>
                {p.reasons.map((reason) => (
                  <Tag color="red" key={reason}>
                    {t(`national.reason.${reason}`)}
                  </Tag>
                ))}
              </>
            ) : (
              <Tag color="green">{t('national.onTrack')}</Tag>
            ),
        },
        { title: t('national.enterprises'), dataIndex: 'enterprises', align: 'right' },
        { title: t('national.filings'), dataIndex: 'filings', align: 'right' },
        {
          title: t('national.status.overdue'),
          dataIndex: ['byStatus', 'overdue'],
          align: 'right',
          render: (value: number) => (value > 0 ? <Tag color="red">{value}</Tag> : value),
        },
        {
          title: t('national.lastRollup'),
          dataIndex: 'rollupAsOf',
          render: (value: string | null) => (value ? formatTime(value) : t('national.noRollup')),
        },
        {
          title: t('national.lastContact'),
          dataIndex: 'lastContactAt',
          render: (value: string | null) => formatTime(value),
        },
        {
          title: t('national.packs'),
          dataIndex: 'rulePacks',
          render: (_: unknown, p) => (
            <>
              {Object.entries(p.rulePacks).map(([id, version]) => {
                const outdated = p.packsBehind.includes(id);
                return (
                  <Tooltip
                    key={id}
                    title={
                      outdated
                        ? `${t('national.packsBehind')}: ${overview.rulePacks[id] ?? ''}`
                        : ''
                    }
                  >
                    <Tag color={outdated ? 'orange' : 'default'}>
                      {id} {version}
                    </Tag>
                  </Tooltip>
                );
              })}
            </>
          ),
        },
      ]}
    />
  );
}

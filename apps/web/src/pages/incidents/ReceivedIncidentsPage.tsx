/**
 * 收到的事件与风险 (province, ministry): incidents reported by enterprises (and, on the
 * ministry, forwarded by provinces) with the report each enterprise owes next, and risks.
 */
import { useState } from 'react';
import { Select, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Page } from '../../api/types.ts';
import { formatTime } from '../../components/format.ts';
import { useApiQuery } from '../../hooks/useApiQuery.ts';
import { IncidentFilters, IncidentLevelTag, ReportCountdown } from './IncidentParts.tsx';
import { INCIDENT_LEVELS, RISK_TYPES, type ReceivedIncident, type ReceivedRisk } from './types.ts';

type Filters = { page: number; pageSize: number; level?: string; status?: string; type?: string };

export function ReceivedIncidentsPage() {
  const { t } = useTranslation();
  const [incidentQuery, setIncidentQuery] = useState<Filters>({ page: 1, pageSize: 20 });
  const [riskQuery, setRiskQuery] = useState<Filters>({ page: 1, pageSize: 20 });
  const incidents = useApiQuery<Page<ReceivedIncident>>('/incidents-received', incidentQuery);
  const risks = useApiQuery<Page<ReceivedRisk>>('/risks-received', riskQuery);
  const levels = INCIDENT_LEVELS.map((l) => ({ value: l, label: t(`incidents.level.${l}`) }));

  const incidentTable = (
    <>
      <Space style={{ marginBottom: 16 }}>
        <IncidentFilters
          onChange={(change) => {
            setIncidentQuery({ ...incidentQuery, page: 1, ...change });
          }}
        />
      </Space>
      <Table<ReceivedIncident>
        rowKey="id"
        loading={incidents.loading}
        dataSource={incidents.data?.items ?? []}
        locale={{ emptyText: t('incidents.emptyReceived') }}
        pagination={{
          current: incidentQuery.page,
          pageSize: incidentQuery.pageSize,
          total: incidents.data?.total ?? 0,
          onChange: (page, pageSize) => {
            setIncidentQuery({ ...incidentQuery, page, pageSize });
          },
        }}
        columns={[
          {
            title: t('incidents.enterprise'),
            key: 'ent',
            render: (_: unknown, r) => r.enterprise.name,
          },
          { title: t('incidents.title'), dataIndex: 'title' },
          {
            title: t('incidents.levelLabel'),
            key: 'level',
            render: (_: unknown, r) => <IncidentLevelTag level={r.level} />,
          },
          {
            title: t('incidents.statusLabel'),
            key: 'status',
            render: (_: unknown, r) => t(`incidents.status.${r.status}`),
          },
          {
            title: t('incidents.lastReport'),
            key: 'last',
            render: (_: unknown, r) =>
              `${t(`incidents.kind.${r.lastKind}`)} ${formatTime(r.lastReportAt)}`,
          },
          {
            title: t('incidents.nextReport'),
            key: 'next',
            render: (_: unknown, r) => <ReportCountdown next={r.next} />,
          },
          {
            title: t('incidents.forwarded'),
            key: 'fwd',
            render: (_: unknown, r) =>
              r.forwardedAt === null ? '—' : <Tag color="green">{formatTime(r.forwardedAt)}</Tag>,
          },
        ]}
      />
    </>
  );

  const riskTable = (
    <>
      <Space style={{ marginBottom: 16 }}>
        <Select
          allowClear
          placeholder={t('incidents.potentialLevel')}
          style={{ width: 140 }}
          options={levels}
          onChange={(level?: string) => {
            setRiskQuery({ ...riskQuery, page: 1, level });
          }}
        />
        <Select
          allowClear
          placeholder={t('incidents.riskType')}
          style={{ width: 160 }}
          options={RISK_TYPES.map((type) => ({ value: type, label: t(`incidents.risk.${type}`) }))}
          onChange={(type?: string) => {
            setRiskQuery({ ...riskQuery, page: 1, type });
          }}
        />
      </Space>
      <Table<ReceivedRisk>
        rowKey="id"
        loading={risks.loading}
        dataSource={risks.data?.items ?? []}
        pagination={{
          current: riskQuery.page,
          pageSize: riskQuery.pageSize,
          total: risks.data?.total ?? 0,
          onChange: (page, pageSize) => {
            setRiskQuery({ ...riskQuery, page, pageSize });
          },
        }}
        columns={[
          {
            title: t('incidents.enterprise'),
            key: 'ent',
            render: (_: unknown, r) => r.enterprise.name,
          },
          { title: t('incidents.title'), dataIndex: 'title' },
          {
            title: t('incidents.riskType'),
            key: 'type',
            render: (_: unknown, r) => t(`incidents.risk.${r.riskType}`),
          },
          {
            title: t('incidents.potentialLevel'),
            key: 'level',
            render: (_: unknown, r) => <IncidentLevelTag level={r.potentialLevel} />,
          },
          {
            title: t('incidents.foundAt'),
            key: 'found',
            render: (_: unknown, r) => formatTime(r.foundAt),
          },
        ]}
      />
    </>
  );

  return (
    <div data-testid="page-incidents-received">
      <Typography.Title level={3}>{t('nav.incidentsReceived')}</Typography.Title>
      <Tabs
        items={[
          { key: 'incidents', label: t('incidents.tabIncidents'), children: incidentTable },
          { key: 'risks', label: t('incidents.tabRisks'), children: riskTable },
        ]}
      />
    </div>
  );
}

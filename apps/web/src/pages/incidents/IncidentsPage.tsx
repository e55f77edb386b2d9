/**
 * 事件与风险: the enterprise's data security incidents with their level, the deciding
 * criterion and a live countdown to the next report due (red once overdue), and risk reports.
 */
import { useState } from 'react';
import { App, Button, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import type { Page } from '../../api/types.ts';
import { useAuth } from '../../auth/useAuth.ts';
import { can } from '../../auth/permissions.ts';
import { formatTime } from '../../components/format.ts';
import { useApiError } from '../../hooks/useApiError.ts';
import { useApiQuery } from '../../hooks/useApiQuery.ts';
import { IncidentDrawer } from './IncidentDrawer.tsx';
import { IncidentForm, type IncidentBody } from './IncidentForm.tsx';
import { IncidentFilters, IncidentLevelTag, ReportCountdown } from './IncidentParts.tsx';
import { RiskReports } from './RiskReports.tsx';
import { DeadLetterAlert } from '../filings/DeadLetterAlert.tsx';
import type { Incident, IncidentDetail } from './types.ts';

/** Incident and risk reports the province refused (dead letters) are listed above the tabs. */
const REPORT_TYPES = ['incident.report', 'risk.report'];

export function IncidentsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { user } = useAuth();
  const showError = useApiError();
  const mayEdit = can(user?.role, 'reportIncidents');
  const [query, setQuery] = useState<{
    page: number;
    pageSize: number;
    level?: string;
    status?: string;
  }>({
    page: 1,
    pageSize: 20,
  });
  const list = useApiQuery<Page<Incident>>('/incidents', query);
  const [opened, setOpened] = useState<string | null>(null);
  const [formOpen, setFormOpen] = useState(false);
  const [editing, setEditing] = useState<IncidentDetail | null>(null);

  const save = async (body: IncidentBody) => {
    try {
      const saved =
        editing === null
          ? await api.post<IncidentDetail>('/incidents', body)
          : await api.patch<IncidentDetail>(`/incidents/${editing.id}`, body);
      void message.success(t('incidents.saved'));
      setFormOpen(false);
      list.reload();
      setOpened(saved.id);
    } catch (error) {
      showError(error);
    }
  };

  const incidents = (
    <>
      <Space style={{ marginBottom: 16 }} wrap>
        {mayEdit && (
          <Button
            type="primary"
            data-testid="incident-create"
            onClick={() => {
              setEditing(null);
              setFormOpen(true);
            }}
          >
            {t('incidents.create')}
          </Button>
        )}
        <IncidentFilters
          onChange={(change) => {
            setQuery({ ...query, page: 1, ...change });
          }}
        />
      </Space>
      <Table<Incident>
        rowKey="id"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: t('incidents.empty') }}
        onRow={(row) => ({ 'data-testid': `incident-row-${row.id}` }) as object}
        pagination={{
          current: query.page,
          pageSize: query.pageSize,
          total: list.data?.total ?? 0,
          onChange: (page, pageSize) => {
            setQuery({ ...query, page, pageSize });
          },
        }}
        columns={[
          {
            title: t('incidents.title'),
            key: 'title',
            render: (_: unknown, row) => (
              <a
                onClick={() => {
                  setOpened(row.id);
                }}
              >
                {row.title}
              </a>
            ),
          },
          {
            title: t('incidents.levelLabel'),
            key: 'level',
            render: (_: unknown, row) => (
              <Space size={4}>
                <IncidentLevelTag level={row.level} />
                {row.raised && <Tag>{t('incidents.raisedTag')}</Tag>}
              </Space>
            ),
          },
          {
            title: t('incidents.decidedBy'),
            key: 'decidedBy',
            render: (_: unknown, row) => row.decidedBy.id,
          },
          {
            title: t('incidents.discoveredAt'),
            key: 'discoveredAt',
            render: (_: unknown, row) => formatTime(row.discoveredAt),
          },
          {
            title: t('incidents.statusLabel'),
            key: 'status',
            render: (_: unknown, row) => t(`incidents.status.${row.status}`),
          },
          {
            title: t('incidents.nextReport'),
            key: 'next',
            render: (_: unknown, row) => <ReportCountdown next={row.plan.next} />,
          },
        ]}
      />
    </>
  );

  return (
    <div data-testid="page-incidents">
      <Typography.Title level={3}>{t('nav.incidents')}</Typography.Title>
      <DeadLetterAlert types={REPORT_TYPES} />
      <Tabs
        items={[
          { key: 'incidents', label: t('incidents.tabIncidents'), children: incidents },
          {
            key: 'risks',
            label: t('incidents.tabRisks'),
            children: <RiskReports mayEdit={mayEdit} />,
          },
        ]}
      />
      <IncidentForm
        open={formOpen}
        editing={editing}
        onCancel={() => {
          setFormOpen(false);
        }}
        onSubmit={save}
      />
      <IncidentDrawer
        id={opened}
        mayEdit={mayEdit}
        onClose={() => {
          setOpened(null);
        }}
        onEdit={(incident) => {
          setEditing(incident);
          setFormOpen(true);
        }}
        onChanged={list.reload}
      />
    </div>
  );
}

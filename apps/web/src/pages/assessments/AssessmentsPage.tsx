/**
 * 风险评估: the yearly data security risk assessments of the organisation, with the filing
 * deadline (10 working days after completion), the one-year validity and its reminders.
 */
import { useState } from 'react';
import { Alert, App, Button, Card, InputNumber, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import type { ChecklistVersionList } from '../../api/types.ts';
import { checklistLabel } from '../checklists/ChecklistsPage.tsx';
import { can } from '../../auth/permissions.ts';
import { useAuth } from '../../auth/useAuth.ts';
import { useApiError } from '../../hooks/useApiError.ts';
import { useApiQuery } from '../../hooks/useApiQuery.ts';
import { navigate } from '../../router/hash-router.tsx';
import { DeadLetterAlert } from '../filings/DeadLetterAlert.tsx';
import type { AssessmentDetail, AssessmentSummary } from './types.ts';
import { DatesText, ValidityTag } from './AssessmentParts.tsx';

/** Assessment reports the province refused (a dead letter) are listed above the page. */
const REPORT_TYPES = ['assessment.report'];

export function AssessmentsPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const { user } = useAuth();
  const showError = useApiError();
  const list = useApiQuery<{ items: AssessmentSummary[] }>('/assessments');
  // The checklist a new assessment takes (the latest version a province or the ministry sent).
  const current = useApiQuery<ChecklistVersionList>('/assessment-checklists').data?.current;
  const [year, setYear] = useState<number>(new Date().getFullYear());
  const mayCreate = can(user?.role, 'fileCatalog');
  const items = list.data?.items ?? [];
  const dueReminders = items.filter(
    (item) => item.dates?.reminders.some((reminder) => reminder.due) === true,
  );

  return (
    <div data-testid="page-assessments">
      <Typography.Title level={3}>{t('assessments.title')}</Typography.Title>
      <DeadLetterAlert types={REPORT_TYPES} />
      {dueReminders.map((item) => (
        <Alert
          key={item.id}
          type={item.dates?.validity === 'expired' ? 'error' : 'warning'}
          showIcon
          style={{ marginBottom: 12 }}
          title={t('assessments.reminderDue', { date: item.dates?.validUntil ?? '' })}
        />
      ))}
      {mayCreate && (
        <Card title={t('assessments.create')} style={{ marginBottom: 16 }}>
          <Space>
            <span>{t('assessments.year')}</span>
            <InputNumber
              min={2000}
              max={2100}
              value={year}
              data-testid="assessment-year"
              onChange={(value) => {
                if (value !== null) setYear(value);
              }}
            />
            <Button
              type="primary"
              data-testid="assessment-create"
              onClick={() => {
                api.post<AssessmentDetail>('/assessments', { year }).then((created) => {
                  void message.success(t('assessments.saved'));
                  navigate(`/assessments/${created.id}`);
                }, showError);
              }}
            >
              {t('assessments.create')}
            </Button>
            {current !== undefined && (
              <Typography.Text type="secondary" data-testid="assessment-next-checklist">
                {t('checklists.current') + checklistLabel(current, i18n.language === 'en')}
              </Typography.Text>
            )}
          </Space>
        </Card>
      )}
      <Table<AssessmentSummary>
        rowKey="id"
        loading={list.loading}
        dataSource={items}
        locale={{ emptyText: t('assessments.empty') }}
        pagination={false}
        columns={[
          { title: t('assessments.year'), dataIndex: 'year', key: 'year' },
          { title: t('assessments.name'), dataIndex: 'title', key: 'title' },
          {
            title: t('assessments.checklistVersion'),
            key: 'checklist',
            render: (_: unknown, row) => `${row.checklistId} ${row.checklistVersion}`,
          },
          {
            title: t('assessments.status'),
            key: 'status',
            render: (_: unknown, row) => (
              <Tag color={row.status === 'completed' ? 'green' : 'blue'}>
                {t(`assessments.statusOf.${row.status}`)}
              </Tag>
            ),
          },
          {
            title: t('assessments.scope'),
            key: 'scope',
            render: (_: unknown, row) => t('assessments.scopeCount', { n: row.scopeCount }),
          },
          {
            title: t('assessments.filingDueBy'),
            key: 'filing',
            render: (_: unknown, row) => <DatesText row={row} />,
          },
          {
            title: t('assessments.validUntil'),
            key: 'validity',
            render: (_: unknown, row) =>
              row.dates === null ? (
                '—'
              ) : (
                <Space>
                  {row.dates.validUntil}
                  <ValidityTag validity={row.dates.validity} />
                </Space>
              ),
          },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_: unknown, row) => (
              <Button
                size="small"
                data-testid={`assessment-open-${String(row.year)}`}
                onClick={() => {
                  navigate(`/assessments/${row.id}`);
                }}
              >
                {t('assessments.open')}
              </Button>
            ),
          },
        ]}
      />
    </div>
  );
}

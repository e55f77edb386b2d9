/**
 * 收到的风险评估 (province: the reports its enterprises filed; ministry: the reports the
 * provinces passed on), with conclusions, validity and the checklist version assessed against.
 */
import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatTime } from '../../components/format.ts';
import { useApiQuery } from '../../hooks/useApiQuery.ts';
import { ValidityTag } from './AssessmentParts.tsx';
import type { ReceivedAssessment } from './types.ts';

export function ReceivedAssessmentsPage() {
  const { t } = useTranslation();
  const list = useApiQuery<{ items: ReceivedAssessment[] }>('/assessments-received');
  return (
    <div data-testid="page-assessments-received">
      <Typography.Title level={3}>{t('assessments.received')}</Typography.Title>
      <Table<ReceivedAssessment>
        rowKey="id"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: t('assessments.empty') }}
        columns={[
          { title: t('assessments.enterprise'), dataIndex: 'name', key: 'name' },
          { title: 'USCC', dataIndex: 'uscc', key: 'uscc' },
          { title: t('assessments.year'), dataIndex: 'year', key: 'year' },
          {
            title: t('assessments.checklistVersion'),
            key: 'checklist',
            render: (_: unknown, row) => `${row.checklistId} ${row.checklistVersion}`,
          },
          { title: t('assessments.completedOn'), dataIndex: 'completedOn', key: 'completedOn' },
          {
            title: t('assessments.validUntil'),
            key: 'validUntil',
            render: (_: unknown, row) => (
              <span>
                {row.validUntil} <ValidityTag validity={row.validity} />
              </span>
            ),
          },
          {
            title: t('assessments.distribution'),
            key: 'distribution',
            render: (_: unknown, row) =>
              (['critical', 'high', 'medium', 'low'] as const)
                .map(
                  (band) => `${t(`assessments.bandOf.${band}`)} ${String(row.distribution[band])}`,
                )
                .join(' / '),
          },
          { title: t('assessments.openRisks'), dataIndex: 'openRisks', key: 'openRisks' },
          { title: t('assessments.conclusion'), dataIndex: 'conclusion', key: 'conclusion' },
          { title: t('assessments.sender'), dataIndex: 'sender', key: 'sender' },
          {
            title: t('assessments.receivedAt'),
            key: 'receivedAt',
            render: (_: unknown, row) => formatTime(row.receivedAt),
          },
          {
            title: t('assessments.forwardedAt'),
            key: 'forwardedAt',
            render: (_: unknown, row) =>
              row.forwardedAt === null ? '—' : formatTime(row.forwardedAt),
          },
        ]}
      />
    </div>
  );
}

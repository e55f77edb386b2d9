/** The audit log: filters (action, actor, time range), entries, chain verification. */
import { DatePicker, Input, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../api/types.ts';
import { formatTime } from '../../components/format.ts';
import { useAudit } from './useAudit.ts';
import { VerifyChain } from './VerifyChain.tsx';

function detailText(detail: unknown): string {
  if (detail === undefined || detail === null) return '';
  return typeof detail === 'string' ? detail : JSON.stringify(detail);
}

export function AuditPage() {
  const { t } = useTranslation();
  const { filters, setFilters, page, setPage, list, verify } = useAudit();
  return (
    <div data-testid="page-audit">
      <Typography.Title level={3}>{t('nav.audit')}</Typography.Title>
      <Space wrap style={{ marginBottom: 16 }} align="start">
        <Input.Search
          allowClear
          placeholder={t('audit.action')}
          style={{ width: 200 }}
          onSearch={(action) => {
            setFilters({ ...filters, action: action || undefined });
          }}
        />
        <Input.Search
          allowClear
          placeholder={t('audit.actor')}
          style={{ width: 200 }}
          onSearch={(actor) => {
            setFilters({ ...filters, actor: actor || undefined });
          }}
        />
        <DatePicker.RangePicker
          showTime
          onChange={(range) => {
            setFilters({
              ...filters,
              from: range?.[0]?.toISOString(),
              to: range?.[1]?.toISOString(),
            });
          }}
        />
        <VerifyChain verify={verify} />
      </Space>
      <Table<AuditEntry>
        rowKey="seq"
        size="small"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        pagination={{
          current: page.page,
          pageSize: page.pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          onChange: (current, pageSize) => {
            setPage({ page: current, pageSize });
          },
        }}
        columns={[
          { title: t('audit.seq'), dataIndex: 'seq', width: 80 },
          { title: t('audit.at'), dataIndex: 'at', render: (_: unknown, e) => formatTime(e.at) },
          {
            title: t('audit.actor'),
            dataIndex: 'actor',
            render: (_: unknown, e) => e.actor || '—',
          },
          {
            title: t('audit.action'),
            dataIndex: 'action',
            render: (_: unknown, e) => t(`auditAction.${e.action}`, { defaultValue: e.action }),
          },
          { title: t('audit.target'), dataIndex: 'target', render: (_: unknown, e) => e.target },
          {
            title: t('audit.detail'),
            dataIndex: 'payload',
            ellipsis: true,
            render: (_: unknown, e) => (
              <Typography.Text code>{detailText(e.payload)}</Typography.Text>
            ),
          },
        ]}
      />
    </div>
  );
}

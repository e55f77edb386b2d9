/**
 * 预警通报 (enterprise, and tenants on a province): the warnings received, each with its
 * deadlines; the drawer shows the content, the indicators that match this organisation's
 * sources and catalog (highlighted), and the 签收 / 反馈 actions.
 */
import { useState } from 'react';
import { Button, Space, Switch, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Page } from '../../api/types.ts';
import { formatTime } from '../../components/format.ts';
import { useApiQuery } from '../../hooks/useApiQuery.ts';
import { InboxDrawer } from './InboxDrawer.tsx';
import { RecipientStateTag, WarningLevelTag } from './WarningParts.tsx';
import type { InboxWarning } from './types.ts';

export function WarningInboxPage() {
  const { t } = useTranslation();
  const [query, setQuery] = useState<{ page: number; pageSize: number; open?: boolean }>({
    page: 1,
    pageSize: 20,
  });
  const [openId, setOpenId] = useState<string | null>(null);
  const inbox = useApiQuery<Page<InboxWarning>>('/warning-inbox', query);
  return (
    <div data-testid="page-warning-inbox">
      <Typography.Title level={3}>{t('warnings.inboxTitle')}</Typography.Title>
      <Space style={{ marginBottom: 16 }}>
        <Switch
          onChange={(open) => {
            setQuery({ ...query, page: 1, open: open ? true : undefined });
          }}
        />
        {t('warnings.onlyOpen')}
      </Space>
      <Table<InboxWarning>
        rowKey="id"
        loading={inbox.loading}
        dataSource={inbox.data?.items ?? []}
        locale={{ emptyText: t('warnings.emptyInbox') }}
        pagination={{
          current: query.page,
          pageSize: query.pageSize,
          total: inbox.data?.total ?? 0,
          onChange: (page, pageSize) => {
            setQuery({ ...query, page, pageSize });
          },
        }}
        columns={[
          {
            title: t('warnings.level'),
            key: 'level',
            render: (_: unknown, w) => <WarningLevelTag level={w.level} />,
          },
          {
            title: t('warnings.titleLabel'),
            key: 'title',
            render: (_: unknown, w) => (
              <Button
                type="link"
                data-testid="warning-open"
                onClick={() => {
                  setOpenId(w.id);
                }}
              >
                {w.title}
              </Button>
            ),
          },
          {
            title: t('warnings.type'),
            key: 'type',
            render: (_: unknown, w) => t(`warnings.types.${w.type}`),
          },
          { title: t('warnings.issuer'), dataIndex: 'issuerName' },
          {
            title: t('warnings.receivedAt'),
            key: 'rec',
            render: (_: unknown, w) => formatTime(w.receivedAt),
          },
          {
            title: t('warnings.ackBy'),
            key: 'ackBy',
            render: (_: unknown, w) => formatTime(w.ackBy),
          },
          {
            title: t('warnings.feedbackBy'),
            key: 'fbBy',
            render: (_: unknown, w) => formatTime(w.feedbackBy),
          },
          {
            title: t('warnings.state'),
            key: 'state',
            render: (_: unknown, w) => (
              <RecipientStateTag
                state={w.state}
                ackOverdue={w.ackOverdue}
                feedbackOverdue={w.feedbackOverdue}
              />
            ),
          },
        ]}
      />
      <InboxDrawer
        id={openId}
        onClose={() => {
          setOpenId(null);
        }}
        onChanged={inbox.reload}
      />
    </div>
  );
}

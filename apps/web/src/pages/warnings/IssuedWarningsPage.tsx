/**
 * 预警发布与跟踪 (province, ministry): the warnings this node issued (and, on a province,
 * those of the ministry it relayed), with acknowledgement and answer rates; a warning's
 * tracking table (who received, acknowledged, answered, who is overdue) and 催办.
 */
import { useState } from 'react';
import { App, Button, Drawer, Input, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import type { Page } from '../../api/types.ts';
import { useAuth } from '../../auth/useAuth.ts';
import { can } from '../../auth/permissions.ts';
import { formatTime } from '../../components/format.ts';
import { useApiError } from '../../hooks/useApiError.ts';
import { useApiQuery } from '../../hooks/useApiQuery.ts';
import { IssueWarningModal } from './IssueWarningModal.tsx';
import { Rate, RecipientStateTag, WarningLevelTag } from './WarningParts.tsx';
import type { Recipient, TrackedWarning, WarningTracking } from './types.ts';
import { WarningHistory } from './WarningHistory.tsx';

export function IssuedWarningsPage() {
  const { t } = useTranslation();
  const mayIssue = can(useAuth().user?.role, 'issueWarnings');
  const [query, setQuery] = useState({ page: 1, pageSize: 20 });
  const [issuing, setIssuing] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);
  const list = useApiQuery<Page<TrackedWarning>>('/warnings', query);
  return (
    <div data-testid="page-warnings">
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={3}>{t('warnings.issuedTitle')}</Typography.Title>
        {mayIssue && (
          <Button
            type="primary"
            data-testid="warning-issue"
            onClick={() => {
              setIssuing(true);
            }}
          >
            {t('warnings.issue')}
          </Button>
        )}
      </Space>
      <Table<TrackedWarning>
        rowKey="id"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: t('warnings.emptyIssued') }}
        pagination={{
          current: query.page,
          pageSize: query.pageSize,
          total: list.data?.total ?? 0,
          onChange: (page, pageSize) => {
            setQuery({ page, pageSize });
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
                onClick={() => {
                  setOpenId(w.id);
                }}
              >
                {w.title}
              </Button>
            ),
          },
          {
            title: t('warnings.issuer'),
            key: 'iss',
            render: (_: unknown, w) => (
              <>
                {w.issuerName} <Tag>{t(`warnings.origin.${w.origin}`)}</Tag>
              </>
            ),
          },
          {
            title: t('warnings.issuedAt'),
            key: 'at',
            render: (_: unknown, w) => formatTime(w.issuedAt),
          },
          {
            title: t('warnings.addressed'),
            key: 'n',
            render: (_: unknown, w) => w.summary.addressed,
          },
          {
            title: t('warnings.acknowledged'),
            key: 'ack',
            render: (_: unknown, w) => w.summary.acknowledged,
          },
          {
            title: t('warnings.answered'),
            key: 'ans',
            render: (_: unknown, w) => w.summary.answered,
          },
          {
            title: t('warnings.overdue'),
            key: 'od',
            render: (_: unknown, w) =>
              w.summary.overdue > 0 ? <Tag color="red">{w.summary.overdue}</Tag> : 0,
          },
          {
            title: t('warnings.ackRate'),
            key: 'ar',
            render: (_: unknown, w) => <Rate value={w.summary.ackRate} />,
          },
          {
            title: t('warnings.feedbackRate'),
            key: 'fr',
            render: (_: unknown, w) => <Rate value={w.summary.feedbackRate} />,
          },
        ]}
      />
      <IssueWarningModal
        open={issuing}
        onClose={() => {
          setIssuing(false);
        }}
        onIssued={() => {
          setIssuing(false);
          list.reload();
        }}
      />
      <TrackingDrawer
        id={openId}
        mayChase={mayIssue}
        onClose={() => {
          setOpenId(null);
        }}
        onChanged={list.reload}
      />
    </div>
  );
}

function TrackingDrawer(props: {
  id: string | null;
  mayChase: boolean;
  onClose: () => void;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useApiError();
  const [note, setNote] = useState('');
  const tracking = useApiQuery<WarningTracking>(props.id === null ? null : `/warnings/${props.id}`);
  const w = tracking.data;
  const chase = () =>
    api
      .post<{ chased: number }>(`/warnings/${props.id ?? ''}/chase`, { message: note })
      .then((r) => {
        void message.success(t('warnings.chased', { n: r.chased }));
        tracking.reload();
        props.onChanged();
      }, showError);
  return (
    <Drawer open={props.id !== null} size={980} onClose={props.onClose} title={w?.title}>
      {w !== undefined && (
        <div data-testid="warning-tracking">
          <Space wrap style={{ marginBottom: 16 }}>
            <WarningLevelTag level={w.level} />
            <span>
              {t('warnings.ackBy')}：{formatTime(w.ackBy)}
            </span>
            <span>
              {t('warnings.feedbackBy')}：{formatTime(w.feedbackBy)}
            </span>
            <span>{t('warnings.ackRate')}</span>
            <Rate value={w.summary.ackRate} />
            <span>{t('warnings.feedbackRate')}</span>
            <Rate value={w.summary.feedbackRate} />
          </Space>
          {props.mayChase && (
            <Space style={{ marginBottom: 16 }}>
              <Input
                placeholder={t('warnings.chaseMessage')}
                value={note}
                onChange={(e) => {
                  setNote(e.target.value);
                }}
                style={{ width: 360 }}
              />
              <Button data-testid="warning-chase" onClick={() => void chase()}>
                {t('warnings.chase')}
              </Button>
            </Space>
          )}
          <WarningHistory history={w.history} />
          <Table<Recipient>
            rowKey="id"
            size="small"
            dataSource={w.recipients}
            pagination={{ pageSize: 50 }}
            columns={[
              {
                title: t('warnings.enterprise'),
                key: 'n',
                render: (_: unknown, r) => (
                  <>
                    {r.name}
                    <br />
                    <Typography.Text type="secondary">{r.uscc ?? r.nodeId}</Typography.Text>
                  </>
                ),
              },
              {
                title: t('warnings.via'),
                key: 'via',
                render: (_: unknown, r) =>
                  r.viaNode ?? r.nodeId ?? (r.tenant ? '托管 / tenant' : '—'),
              },
              {
                title: t('warnings.state'),
                key: 's',
                render: (_: unknown, r) => (
                  <RecipientStateTag
                    state={r.state}
                    ackOverdue={r.ackOverdue}
                    feedbackOverdue={r.feedbackOverdue}
                  />
                ),
              },
              {
                title: t('warnings.acknowledged'),
                key: 'a',
                render: (_: unknown, r) => formatTime(r.acknowledgedAt),
              },
              {
                title: t('warnings.answer'),
                key: 'm',
                render: (_: unknown, r) => r.measures ?? '—',
              },
              {
                title: t('warnings.matchedCount'),
                key: 'mi',
                render: (_: unknown, r) => r.matchedIndicators ?? '—',
              },
              { title: t('warnings.chaseCount'), dataIndex: 'chaseCount' },
            ]}
          />
        </div>
      )}
    </Drawer>
  );
}

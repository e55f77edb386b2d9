/**
 * 数据备案: the enterprise files a frozen catalog version with its province, follows the
 * review deadline, reads the province's comments per item, and re-files or withdraws; a
 * banner says by when to re-file after a material change of the catalog.
 */
import { useState } from 'react';
import {
  App,
  Button,
  Card,
  Form,
  Input,
  Modal,
  Radio,
  Select,
  Space,
  Table,
  Typography,
} from 'antd';
import { useTranslation } from 'react-i18next';
import type { Filing } from '../../api/types.ts';
import { useAuth } from '../../auth/useAuth.ts';
import { can } from '../../auth/permissions.ts';
import { useApiError } from '../../hooks/useApiError.ts';
import { formatTime } from '../../components/format.ts';
import { DeadLetterAlert } from './DeadLetterAlert.tsx';
import { DeadlineText, FilingStatusTag } from './FilingParts.tsx';
import { FilingDrawer } from './FilingDrawer.tsx';
import { FilingRefusal } from './FilingRefusal.tsx';
import { ProfileCard } from './ProfileCard.tsx';
import { RefilingBanner } from './RefilingBanner.tsx';
import { useFilings } from './useFilings.ts';

export function FilingsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { user } = useAuth();
  const showError = useApiError();
  const filings = useFilings();
  const { list, page, setPage, versions } = filings;
  const [version, setVersion] = useState<number | undefined>(undefined);
  const [kind, setKind] = useState<'full' | 'changes'>('full');
  const [opened, setOpened] = useState<string | null>(null);
  const [withdrawing, setWithdrawing] = useState<Filing | null>(null);
  const [reason, setReason] = useState('');
  const mayFile = can(user?.role, 'fileCatalog');

  return (
    <div data-testid="page-filings">
      <Typography.Title level={3}>{t('nav.filings')}</Typography.Title>
      <RefilingBanner status={filings.refiling.data} />
      {/* The newest filing was refused: say why and what to do before anything else. */}
      {page.page === 1 && list.data?.items[0] !== undefined && (
        <FilingRefusal filing={list.data.items[0]} />
      )}
      <DeadLetterAlert />
      <ProfileCard
        profile={filings.profile}
        onSave={filings.saveProfile}
        editable={can(user?.role, 'manageSources')}
      />
      {mayFile && (
        <Card title={t('filings.submit')} style={{ marginBottom: 16 }}>
          <Space wrap>
            <Select<number>
              placeholder={t('filings.version')}
              style={{ width: 180 }}
              value={version}
              data-testid="filing-version"
              options={(versions.data?.items ?? []).map((v) => ({
                value: v.number,
                label: t('versions.label', { n: v.number }),
              }))}
              onChange={setVersion}
            />
            <Radio.Group
              value={kind}
              onChange={(event) => {
                setKind(event.target.value as 'full' | 'changes');
              }}
              options={[
                { value: 'full', label: t('filings.kindOf.full') },
                { value: 'changes', label: t('filings.kindOf.changes') },
              ]}
            />
            <Button
              type="primary"
              disabled={version === undefined}
              data-testid="filing-submit"
              onClick={() => {
                if (version === undefined) return;
                filings
                  .submit(version, kind)
                  .then(() => void message.success(t('filings.submitted')), showError);
              }}
            >
              {t('filings.submit')}
            </Button>
          </Space>
        </Card>
      )}
      <Table<Filing>
        rowKey="id"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: t('filings.empty') }}
        onRow={(row) => ({ 'data-overdue': String(row.overdue) }) as object}
        pagination={{
          current: page.page,
          pageSize: page.pageSize,
          total: list.data?.total ?? 0,
          onChange: (current, pageSize) => {
            setPage({ page: current, pageSize });
          },
        }}
        columns={[
          {
            title: t('filings.version'),
            key: 'version',
            render: (_: unknown, row) => t('versions.label', { n: row.catalogVersion }),
          },
          {
            title: t('filings.kind'),
            key: 'kind',
            render: (_: unknown, row) => t(`filings.kindOf.${row.kind}`),
          },
          {
            title: t('filings.status'),
            key: 'status',
            render: (_: unknown, row) => <FilingStatusTag status={row.status} />,
          },
          {
            title: t('filings.items'),
            key: 'items',
            render: (_: unknown, row) => t('filings.counts', row.counts),
          },
          {
            title: t('filings.submittedAt'),
            key: 'submittedAt',
            render: (_: unknown, row) => formatTime(row.submittedAt),
          },
          {
            title: t('filings.deadline'),
            key: 'deadline',
            render: (_: unknown, row) =>
              row.status === 'refused' ? (
                '—'
              ) : row.resubmitBy !== null ? (
                <span>
                  {t('filings.resubmitBy')}：
                  <DeadlineText dueBy={row.resubmitBy} state={row.deadlineState} />
                </span>
              ) : (
                <span>
                  {t('filings.reviewBy')}：
                  <DeadlineText dueBy={row.reviewBy} state={row.deadlineState} />
                </span>
              ),
          },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_: unknown, row) => (
              <Space>
                <Button
                  size="small"
                  onClick={() => {
                    setOpened(row.id);
                  }}
                >
                  {t('filings.detail')}
                </Button>
                {mayFile && row.status === 'submitted' && (
                  <Button
                    size="small"
                    danger
                    onClick={() => {
                      setReason('');
                      setWithdrawing(row);
                    }}
                  >
                    {t('filings.withdraw')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      <FilingDrawer
        id={opened}
        onClose={() => {
          setOpened(null);
        }}
      />
      <Modal
        open={withdrawing !== null}
        title={t('filings.withdraw')}
        okButtonProps={{ danger: true, disabled: reason.trim().length === 0 }}
        onCancel={() => {
          setWithdrawing(null);
        }}
        onOk={() => {
          if (withdrawing === null) return;
          filings.withdraw(withdrawing.id, reason).then(() => {
            setWithdrawing(null);
            void message.success(t('filings.withdrawn'));
          }, showError);
        }}
      >
        <Form layout="vertical">
          <Form.Item label={t('filings.withdrawReason')} required>
            <Input.TextArea
              value={reason}
              maxLength={1000}
              onChange={(event) => {
                setReason(event.target.value);
              }}
            />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}

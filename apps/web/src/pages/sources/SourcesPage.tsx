/** Data sources: list, add, test connection, start a scan, delete. */
import { useState } from 'react';
import { App, Button, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Source } from '../../api/types.ts';
import { useAuth } from '../../auth/useAuth.ts';
import { can } from '../../auth/permissions.ts';
import { errorText, useApiError } from '../../hooks/useApiError.ts';
import { ScanStatusTag } from '../../components/Tags.tsx';
import { formatTime } from '../../components/format.ts';
import { navigate } from '../../router/hash-router.tsx';
import { SourceFormModal } from './SourceFormModal.tsx';
import { useSources } from './useSources.ts';

export function SourcesPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const { user } = useAuth();
  const showError = useApiError();
  const { list, create, test, scan, remove } = useSources();
  const [adding, setAdding] = useState(false);
  const [busyId, setBusyId] = useState<string | null>(null);
  const manage = can(user?.role, 'manageSources');

  const handleTest = (source: Source) => {
    setBusyId(source.id);
    test(source.id)
      .then((result) => {
        void message.success(t('sources.testOk', { tables: result.tables.length }));
      })
      .catch((error: unknown) => {
        void message.error(
          t('sources.testFailed', { reason: errorText(t, (key) => i18n.exists(key), error) }),
        );
      })
      .finally(() => {
        setBusyId(null);
      });
  };

  const handleScan = (source: Source) => {
    setBusyId(source.id);
    scan({ sourceId: source.id })
      .then((started) => {
        navigate(`/scans/${started.id}`);
      })
      .catch(showError)
      .finally(() => {
        setBusyId(null);
      });
  };

  return (
    <div data-testid="page-sources">
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={3}>{t('nav.sources')}</Typography.Title>
        {manage && (
          <Button
            type="primary"
            onClick={() => {
              setAdding(true);
            }}
          >
            {t('sources.add')}
          </Button>
        )}
      </Space>
      <Table<Source>
        rowKey="id"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        pagination={false}
        columns={[
          { title: t('sources.name'), dataIndex: 'name' },
          {
            title: t('sources.kind'),
            dataIndex: 'kind',
            render: (_: unknown, s) => <Tag>{t(`sourceKind.${s.kind}`)}</Tag>,
          },
          {
            title: t('sources.target'),
            dataIndex: 'target',
            render: (_: unknown, s) => <Typography.Text code>{s.target}</Typography.Text>,
          },
          {
            title: t('sources.password'),
            dataIndex: 'hasPassword',
            render: (_: unknown, s) => (s.hasPassword ? t('sources.sealed') : t('common.none')),
          },
          {
            title: t('sources.lastScan'),
            dataIndex: 'lastScan',
            render: (_: unknown, s) =>
              s.lastScan ? (
                <a href={`#/scans/${s.lastScan.id}`}>
                  <ScanStatusTag status={s.lastScan.status} /> {formatTime(s.lastScan.createdAt)}
                </a>
              ) : (
                t('sources.neverScanned')
              ),
          },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_: unknown, s) => (
              <Space>
                {manage && (
                  <Button
                    size="small"
                    loading={busyId === s.id}
                    onClick={() => {
                      handleTest(s);
                    }}
                  >
                    {t('sources.test')}
                  </Button>
                )}
                {can(user?.role, 'runScans') && (
                  <Button
                    size="small"
                    type="primary"
                    loading={busyId === s.id}
                    onClick={() => {
                      handleScan(s);
                    }}
                    data-testid={`scan-${s.name}`}
                  >
                    {t('sources.scan')}
                  </Button>
                )}
                {manage && (
                  <Popconfirm
                    title={t('sources.confirmDelete')}
                    onConfirm={() => {
                      remove(s.id).catch(showError);
                    }}
                  >
                    <Button size="small" danger>
                      {t('common.delete')}
                    </Button>
                  </Popconfirm>
                )}
              </Space>
            ),
          },
        ]}
      />
      <SourceFormModal
        open={adding}
        onCancel={() => {
          setAdding(false);
        }}
        onSubmit={async (request) => {
          try {
            await create(request);
            setAdding(false);
            void message.success(t('sources.added'));
          } catch (error) {
            showError(error);
            throw error;
          }
        }}
      />
    </div>
  );
}

/** Catalog versions: list, freeze with a note, compare two versions. */
import { useState } from 'react';
import { App, Button, Card, Select, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CatalogVersion } from '../../api/types.ts';
import { useAuth } from '../../auth/useAuth.ts';
import { can } from '../../auth/permissions.ts';
import { useApiError } from '../../hooks/useApiError.ts';
import { formatTime } from '../../components/format.ts';
import { FreezeModal } from './FreezeModal.tsx';
import { VersionDiffView } from './VersionDiffView.tsx';
import { useVersions } from './useVersions.ts';

export function VersionsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { user } = useAuth();
  const showError = useApiError();
  const { list, page, setPage, freeze } = useVersions();
  const [freezing, setFreezing] = useState(false);
  const [pair, setPair] = useState<{ from?: number; to?: number }>({});
  const [compared, setCompared] = useState<{ from: number; to: number } | null>(null);
  const options = (list.data?.items ?? []).map((v) => ({
    value: v.number,
    label: t('versions.label', { n: v.number }),
  }));

  return (
    <div data-testid="page-versions">
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={3}>{t('nav.versions')}</Typography.Title>
        {can(user?.role, 'freezeVersion') && (
          <Button
            type="primary"
            onClick={() => {
              setFreezing(true);
            }}
            data-testid="freeze-open"
          >
            {t('versions.freeze')}
          </Button>
        )}
      </Space>
      <Table<CatalogVersion>
        rowKey="number"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
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
            title: t('versions.number'),
            dataIndex: 'number',
            render: (_: unknown, v) => t('versions.label', { n: v.number }),
          },
          { title: t('versions.note'), dataIndex: 'note' },
          {
            title: t('versions.items'),
            dataIndex: 'itemCount',
            render: (_: unknown, v) => v.itemCount,
          },
          {
            title: t('versions.createdBy'),
            dataIndex: 'createdBy',
            render: (_: unknown, v) => v.createdBy,
          },
          {
            title: t('versions.createdAt'),
            dataIndex: 'createdAt',
            render: (_: unknown, v) => formatTime(v.createdAt),
          },
        ]}
      />
      <Card title={t('versions.compare')} style={{ marginTop: 16 }}>
        <Space wrap style={{ marginBottom: 16 }}>
          <Select<number>
            placeholder={t('versions.from')}
            style={{ width: 160 }}
            options={options}
            value={pair.from}
            onChange={(from) => {
              setPair((p) => ({ ...p, from }));
            }}
          />
          <Select<number>
            placeholder={t('versions.to')}
            style={{ width: 160 }}
            options={options}
            value={pair.to}
            onChange={(to) => {
              setPair((p) => ({ ...p, to }));
            }}
          />
          <Button
            data-testid="versions-compare"
            disabled={pair.from === undefined || pair.to === undefined}
            onClick={() => {
              if (pair.from !== undefined && pair.to !== undefined)
                setCompared({ from: pair.from, to: pair.to });
            }}
          >
            {t('versions.compareButton')}
          </Button>
        </Space>
        {compared && <VersionDiffView from={compared.from} to={compared.to} />}
      </Card>
      <FreezeModal
        open={freezing}
        onCancel={() => {
          setFreezing(false);
        }}
        onFreeze={async (note) => {
          try {
            const version = await freeze(note);
            setFreezing(false);
            void message.success(t('versions.frozen', { n: version.number }));
          } catch (error) {
            showError(error);
            throw error;
          }
        }}
      />
    </div>
  );
}

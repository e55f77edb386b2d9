/** The data catalog: filters, server-side table, bulk confirm, exports, item drawer. */
import { useState } from 'react';
import { App, Button, Popconfirm, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../auth/useAuth.ts';
import { can } from '../../auth/permissions.ts';
import { useApiError } from '../../hooks/useApiError.ts';
import { CatalogFiltersBar } from './CatalogFiltersBar.tsx';
import { CatalogTable } from './CatalogTable.tsx';
import { ExportButtons } from './ExportButtons.tsx';
import { ItemDrawer } from './ItemDrawer.tsx';
import { useCatalog } from './useCatalog.ts';

export function CatalogPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { user } = useAuth();
  const showError = useApiError();
  const { state, list, setFilters, setPaging, review, bulkConfirm, saveFiling } = useCatalog();
  const [selected, setSelected] = useState<string[]>([]);
  const [openId, setOpenId] = useState<string | null>(null);

  const handleBulkConfirm = () => {
    bulkConfirm(selected)
      .then((updated) => {
        void message.success(t('review.bulkConfirmed', { count: updated }));
        setSelected([]);
      })
      .catch(showError);
  };

  return (
    <div data-testid="page-catalog">
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={3}>{t('nav.catalog')}</Typography.Title>
        <ExportButtons />
      </Space>
      <CatalogFiltersBar filters={state.filters} onChange={setFilters} />
      {can(user?.role, 'review') && (
        <Space style={{ marginBottom: 12 }}>
          <Popconfirm
            title={t('review.bulkConfirmAsk', { count: selected.length })}
            onConfirm={handleBulkConfirm}
            disabled={selected.length === 0}
          >
            <Button disabled={selected.length === 0} data-testid="bulk-confirm">
              {t('review.bulkConfirm', { count: selected.length })}
            </Button>
          </Popconfirm>
        </Space>
      )}
      <CatalogTable
        state={state}
        data={list.data}
        loading={list.loading}
        selected={selected}
        onSelect={setSelected}
        onOpen={(item) => {
          setOpenId(item.id);
        }}
        onPaging={setPaging}
      />
      <ItemDrawer
        itemId={openId}
        onClose={() => {
          setOpenId(null);
        }}
        review={review}
        saveFiling={saveFiling}
      />
    </div>
  );
}

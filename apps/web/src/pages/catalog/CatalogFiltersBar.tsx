/** Level, category, status and source filters plus a search box; every change goes to the server. */
import { Input, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ItemStatus, Level, Page, Source } from '../../api/types.ts';
import { useApiQuery } from '../../hooks/useApiQuery.ts';
import { CATEGORY_CODES, LEVELS } from '../../components/levels.ts';
import type { CatalogFilters } from './catalog-query.ts';

const STATUSES: readonly ItemStatus[] = ['pending', 'confirmed', 'changed'];

export function CatalogFiltersBar({
  filters,
  onChange,
}: {
  filters: CatalogFilters;
  onChange: (filters: CatalogFilters) => void;
}) {
  const { t } = useTranslation();
  const sources = useApiQuery<Page<Source>>('/sources', { pageSize: 200 });
  return (
    <Space wrap style={{ marginBottom: 16 }} data-testid="catalog-filters">
      <Select<Level>
        allowClear
        placeholder={t('catalog.level')}
        style={{ width: 130 }}
        value={filters.level}
        options={LEVELS.map((level) => ({ value: level, label: t(`level.${level}`) }))}
        onChange={(level) => {
          onChange({ ...filters, level });
        }}
      />
      <Select<string>
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        placeholder={t('catalog.category')}
        style={{ width: 200 }}
        value={filters.category}
        options={CATEGORY_CODES.map((code) => ({ value: code, label: t(`category.${code}`) }))}
        onChange={(category) => {
          onChange({ ...filters, category });
        }}
      />
      <Select<ItemStatus>
        allowClear
        placeholder={t('catalog.status')}
        style={{ width: 130 }}
        value={filters.status}
        options={STATUSES.map((status) => ({ value: status, label: t(`itemStatus.${status}`) }))}
        onChange={(status) => {
          onChange({ ...filters, status });
        }}
      />
      <Select<string>
        allowClear
        placeholder={t('catalog.source')}
        style={{ width: 180 }}
        value={filters.sourceId}
        options={(sources.data?.items ?? []).map((s) => ({ value: s.id, label: s.name }))}
        onChange={(sourceId) => {
          onChange({ ...filters, sourceId });
        }}
      />
      <Input.Search
        allowClear
        placeholder={t('catalog.search')}
        style={{ width: 240 }}
        defaultValue={filters.q}
        onSearch={(q) => {
          onChange({ ...filters, q });
        }}
        data-testid="catalog-search"
      />
    </Space>
  );
}

/**
 * Export the catalog (current state or a frozen version) as the filing-form Excel or JSON.
 * Plain links: the browser downloads with the session cookie, nothing is buffered in JS.
 */
import { useState } from 'react';
import { Button, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { apiUrl } from '../../api/client.ts';
import type { CatalogVersion, Page } from '../../api/types.ts';
import { useApiQuery } from '../../hooks/useApiQuery.ts';

export function ExportButtons() {
  const { t } = useTranslation();
  const versions = useApiQuery<Page<CatalogVersion>>('/catalog/versions', { pageSize: 200 });
  const [version, setVersion] = useState<number | undefined>(undefined);
  const query = { version };
  return (
    <Space>
      <Select<number>
        allowClear
        placeholder={t('catalog.exportCurrent')}
        style={{ width: 180 }}
        value={version}
        options={(versions.data?.items ?? []).map((v) => ({
          value: v.number,
          label: t('versions.label', { n: v.number }),
        }))}
        onChange={setVersion}
      />
      <Button href={apiUrl('/catalog/export.xlsx', query)} download data-testid="export-xlsx">
        {t('catalog.exportExcel')}
      </Button>
      <Button href={apiUrl('/catalog/export.json', query)} download data-testid="export-json">
        {t('catalog.exportJson')}
      </Button>
    </Space>
  );
}

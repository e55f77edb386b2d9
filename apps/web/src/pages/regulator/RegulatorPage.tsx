/** 监管概览 (province): what the province received, from the rollups kept at ingest. */
import { useEffect } from 'react';
import { Alert, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RegulatorOverview } from '../../api/types.ts';
import { useApiError } from '../../hooks/useApiError.ts';
import { useApiQuery } from '../../hooks/useApiQuery.ts';
import { OverviewPanel } from './OverviewPanel.tsx';

export function RegulatorPage() {
  const { t } = useTranslation();
  const overview = useApiQuery<RegulatorOverview>('/regulator/overview');
  const showError = useApiError();
  useEffect(() => {
    if (overview.error) showError(overview.error);
  }, [overview.error, showError]);
  if (!overview.data)
    return overview.error ? <Alert type="error" title={t('errors.loadFailed')} /> : <Spin />;
  return (
    <div data-testid="page-regulator">
      <Typography.Title level={3}>{t('nav.regulator')}</Typography.Title>
      <OverviewPanel overview={overview.data} />
    </div>
  );
}

/** One scan: live progress (polled every second), cancel, summary, then its findings. */
import {
  Alert,
  Button,
  Card,
  Descriptions,
  Popconfirm,
  Progress,
  Space,
  Spin,
  Typography,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../auth/useAuth.ts';
import { can } from '../../auth/permissions.ts';
import { useApiError } from '../../hooks/useApiError.ts';
import { ScanStatusTag } from '../../components/Tags.tsx';
import { formatTime } from '../../components/format.ts';
import { localize } from '../../i18n/index.ts';
import { FindingsTable } from './FindingsTable.tsx';
import { isActive, progressPercent } from './scan-progress.ts';
import { useScan } from './useScan.ts';

export function ScanDetailPage({ scanId }: { scanId: string }) {
  const { t } = useTranslation();
  const { user } = useAuth();
  const showError = useApiError();
  const { scan, error, cancel } = useScan(scanId);

  if (!scan) return error ? <Alert type="error" title={t('errors.loadFailed')} /> : <Spin />;
  const active = isActive(scan.status);
  const summary = scan.summary;

  return (
    <div data-testid="page-scan-detail">
      <Typography.Title level={3}>
        {t('scan.title', { source: scan.sourceName })} <ScanStatusTag status={scan.status} />
      </Typography.Title>
      <Card>
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Progress
            data-testid="scan-progress"
            percent={progressPercent(scan)}
            status={scan.status === 'failed' ? 'exception' : active ? 'active' : undefined}
          />
          <Typography.Text type="secondary">
            {t('scan.progressText', { done: scan.progress.done, total: scan.progress.total })}
            {active && scan.progress.table
              ? ` · ${t('scan.currentTable', { table: scan.progress.table })}`
              : ''}
          </Typography.Text>
          {scan.error && <Alert type="error" title={localize(scan.error)} />}
          {active && can(user?.role, 'runScans') && (
            <Popconfirm
              title={t('scan.confirmCancel')}
              onConfirm={() => {
                cancel().catch(showError);
              }}
            >
              <Button danger>{t('scan.cancel')}</Button>
            </Popconfirm>
          )}
          <Descriptions size="small" column={{ xs: 1, md: 3 }}>
            <Descriptions.Item label={t('scan.startedAt')}>
              {formatTime(scan.startedAt)}
            </Descriptions.Item>
            <Descriptions.Item label={t('scan.finishedAt')}>
              {formatTime(scan.finishedAt)}
            </Descriptions.Item>
            <Descriptions.Item label={t('scan.industry')}>{scan.industry ?? '—'}</Descriptions.Item>
            {summary && (
              <>
                <Descriptions.Item label={t('scan.tables')}>{summary.tables}</Descriptions.Item>
                <Descriptions.Item label={t('scan.columns')}>{summary.columns}</Descriptions.Item>
                <Descriptions.Item label={t('scan.errors')}>{summary.errors}</Descriptions.Item>
                <Descriptions.Item label={t('level.general')}>
                  {summary.byLevel.general}
                </Descriptions.Item>
                <Descriptions.Item label={t('level.important')}>
                  {summary.byLevel.important}
                </Descriptions.Item>
                <Descriptions.Item label={t('level.core')}>
                  {summary.byLevel.core}
                </Descriptions.Item>
              </>
            )}
          </Descriptions>
        </Space>
      </Card>
      {!active && (
        <Card title={t('scan.findings')} style={{ marginTop: 16 }}>
          <FindingsTable scanId={scanId} />
        </Card>
      )}
    </div>
  );
}

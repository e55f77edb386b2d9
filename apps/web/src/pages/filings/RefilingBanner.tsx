/**
 * 变更后须在…前重新备案: shown on the filings page while the important/core catalog has
 * changed materially since the last accepted filing, with the last day (3 months on) and its
 * countdown; red once overdue. After a new filing, a quiet note that the change is answered.
 */
import { Alert, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RefilingStatus } from '../../api/types.ts';
import { formatTime } from '../../components/format.ts';
import { DeadlineText } from './FilingParts.tsx';
import { refilingSummaryText } from './refiling-summary.ts';

export function RefilingBanner({ status }: { status: RefilingStatus | undefined }) {
  const { t } = useTranslation();
  if (status === undefined || status.state === 'none') return null;
  if (status.state === 'refiled') {
    return (
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        data-testid="refiling-banner"
        data-state="refiled"
        title={t('refiling.refiled')}
      />
    );
  }
  const summary = status.summary;
  return (
    <Alert
      type={status.overdue ? 'error' : 'warning'}
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="refiling-banner"
      data-state="open"
      data-overdue={String(status.overdue)}
      title={
        <span>
          {t('refiling.dueBy', { date: status.refileBy ?? '' })}
          {status.refileBy !== null && (
            <>
              {' · '}
              <DeadlineText dueBy={status.refileBy} state={status.deadlineState} />
            </>
          )}
        </span>
      }
      description={
        <>
          <div>
            {t('refiling.changedSince', {
              version: status.baseCatalogVersion ?? '',
              changedAt: status.changedAt === null ? '' : formatTime(status.changedAt),
            })}
          </div>
          {summary !== null && <div>{refilingSummaryText(t, summary)}</div>}
          <Typography.Text type="secondary">{t('refiling.rule')}</Typography.Text>
        </>
      }
    />
  );
}

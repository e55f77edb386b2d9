/**
 * A warning's history on the tracking node: chases (催办) with who chased, automatic chases
 * (自动催办) and deliveries to enterprises that joined the audience late, each with whom it
 * reached.
 */
import { Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatTime } from '../../components/format.ts';
import type { WarningEvent } from './types.ts';

const KIND_COLORS: Record<WarningEvent['kind'], string> = {
  chase: 'blue',
  'auto-chase': 'orange',
  'late-delivery': 'green',
};

export function WarningHistory({ history }: { history: readonly WarningEvent[] }) {
  const { t } = useTranslation();
  if (history.length === 0) return null;
  return (
    <div data-testid="warning-history" style={{ marginBottom: 16 }}>
      <Typography.Title level={5}>{t('warnings.history')}</Typography.Title>
      <Timeline
        items={history.map((event) => ({
          color: KIND_COLORS[event.kind],
          content: (
            <span>
              {formatTime(event.at)}{' '}
              <Tag color={KIND_COLORS[event.kind]}>{t(`warnings.event.${event.kind}`)}</Tag>
              {event.actor === 'system' ? t('warnings.eventSystem') : event.actor}
              {event.recipients.length > 0 && (
                <Typography.Text type="secondary">
                  {' '}
                  {event.recipients.map((r) => r.name).join('、')}
                </Typography.Text>
              )}
              {event.queuedTo.length > 0 && (
                <Typography.Text type="secondary"> → {event.queuedTo.join('、')}</Typography.Text>
              )}
            </span>
          ),
        }))}
      />
    </div>
  );
}

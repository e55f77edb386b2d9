/**
 * Messages the parent node stored but refused for good (dead letters, docs/federation.md):
 * they are not sent again, so the officer must learn which ones and why, and send them
 * again corrected. Read from GET /federation/status when the filings page opens.
 */
import { Alert } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import type { FederationStatus } from '../../api/types.ts';
import { formatTime } from '../../components/format.ts';

export function DeadLetterAlert() {
  const { t, i18n } = useTranslation();
  const [refused, setRefused] = useState<FederationStatus['refused'] | undefined>(undefined);
  useEffect(() => {
    let current = true;
    api.get<FederationStatus>('/federation/status').then(
      (status) => {
        if (current) setRefused(status.refused);
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, []);
  if (refused === undefined || refused.total === 0) return null;
  const reason = (code: string) => (i18n.exists(`errors.${code}`) ? t(`errors.${code}`) : code);
  return (
    <Alert
      type="error"
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="dead-letters"
      title={t('filings.deadLetters', { count: refused.total })}
      description={
        <>
          <div>{t('filings.deadLettersHint')}</div>
          <ul style={{ margin: '8px 0 0', paddingInlineStart: 20 }}>
            {refused.recent.map((item) => (
              <li key={item.id}>
                {t('filings.deadLetterItem', {
                  type: item.type,
                  seq: item.seq,
                  at: formatTime(item.at),
                  reason: reason(item.code),
                })}
              </li>
            ))}
          </ul>
        </>
      }
    />
  );
}

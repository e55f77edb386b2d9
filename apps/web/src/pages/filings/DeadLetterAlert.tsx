/**
 * Messages the parent node stored but refused for good (dead letters, docs/federation.md):
 * refused at push, or refused when applied and told back (`message.refused`, with the
 * parent's reason). They are not sent again, so the officer must learn which ones and why,
 * and send them again corrected. `types` narrows the list to a page's own messages (the
 * reports pages); without it every type is listed (数据备案). Read when the page opens.
 */
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RefusedMessageList } from '../../api/types.ts';
import { formatTime } from '../../components/format.ts';
import { useApiQuery } from '../../hooks/useApiQuery.ts';
import { pickBilingual } from '../../i18n/bilingual.ts';

export function DeadLetterAlert({ types }: { types?: readonly string[] }) {
  const { t, i18n } = useTranslation();
  const refused = useApiQuery<RefusedMessageList>(
    '/federation/refused',
    types === undefined ? {} : { types: types.join(',') },
  ).data;
  if (refused === undefined || refused.total === 0) return null;
  const language = i18n.language === 'en' ? 'en' : 'zh-CN';
  const reason = (item: RefusedMessageList['items'][number]) =>
    item.reason !== null
      ? pickBilingual(item.reason, language)
      : i18n.exists(`errors.${item.code}`)
        ? t(`errors.${item.code}`)
        : item.code;
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
            {refused.items.map((item) => (
              <li key={item.id}>
                {t('filings.deadLetterItem', {
                  type: item.type,
                  seq: item.seq,
                  at: formatTime(item.at),
                  reason: reason(item),
                })}
              </li>
            ))}
          </ul>
        </>
      }
    />
  );
}

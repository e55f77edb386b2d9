/**
 * A filing the province stored but refused to take in (status `refused`, a
 * `message.refused` from it, docs/federation.md § Scope refusals): a red notice naming why
 * (省级节点拒收：企业不在本节点授权范围内), the province's own words, and what to do next.
 */
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Filing } from '../../api/types.ts';
import { formatTime } from '../../components/format.ts';
import { pickBilingual } from '../../i18n/bilingual.ts';

export function FilingRefusal({ filing }: { filing: Filing }) {
  const { t, i18n } = useTranslation();
  const refusal = filing.refusal;
  if (filing.status !== 'refused' || refusal === null) return null;
  const language = i18n.language === 'en' ? 'en' : 'zh-CN';
  const key = `filings.refused.reasonOf.${refusal.code}`;
  const why = i18n.exists(key) ? t(key) : t('filings.refused.other');
  return (
    <Alert
      type="error"
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="filing-refused"
      title={t('filings.refused.title', { reason: why })}
      description={
        <>
          {refusal.reason !== '' && (
            <div>
              {t('filings.refused.detail', { reason: pickBilingual(refusal.reason, language) })}
            </div>
          )}
          <div>{t('filings.refused.at', { at: formatTime(refusal.at) })}</div>
          <div style={{ marginTop: 8 }}>{t('filings.refused.next')}</div>
        </>
      }
    />
  );
}

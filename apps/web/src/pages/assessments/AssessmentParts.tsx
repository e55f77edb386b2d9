/** Small pieces shared by the assessment pages: deadline text, validity and band tags. */
import { Space, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatTime } from '../../components/format.ts';
import { BAND_COLOURS, type AssessmentDates, type AssessmentSummary, type Band } from './types.ts';

export function ValidityTag({ validity }: { validity: AssessmentDates['validity'] }) {
  const { t } = useTranslation();
  const colour = validity === 'valid' ? 'green' : validity === 'expired' ? 'red' : 'orange';
  return (
    <Tag color={colour} data-testid="assessment-validity">
      {t(`assessments.validity.${validity}`)}
    </Tag>
  );
}

export function BandTag({ band }: { band: Band }) {
  const { t } = useTranslation();
  return <Tag color={BAND_COLOURS[band]}>{t(`assessments.bandOf.${band}`)}</Tag>;
}

/** The filing deadline (with the unconfirmed-wording note) or when it was filed. */
export function DatesText({ row }: { row: AssessmentSummary }) {
  const { t } = useTranslation();
  if (row.dates === null) return <span>—</span>;
  if (row.filedAt !== null) {
    return (
      <Space>
        <Tag color="green">{t('assessments.filed')}</Tag>
        {formatTime(row.filedAt)}
      </Space>
    );
  }
  return (
    <Space data-testid="assessment-filing-due">
      <Tooltip title={t('assessments.unconfirmedFiling')}>
        <span>{row.dates.filingDueBy}</span>
      </Tooltip>
      {row.dates.filingOverdue ? (
        <Tag color="red">{t('assessments.filingOverdue')}</Tag>
      ) : (
        <Tag>{t('assessments.notFiled')}</Tag>
      )}
    </Space>
  );
}

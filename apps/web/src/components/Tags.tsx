/** Small coloured tags for levels, categories, labels and statuses, all translated. */
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ItemStatus, Level, ScanStatus } from '../api/types.ts';
import { LEVEL_COLORS } from './levels.ts';

export function LevelTag({ level }: { level: Level }) {
  const { t } = useTranslation();
  return <Tag color={LEVEL_COLORS[level]}>{t(`level.${level}`)}</Tag>;
}

export function CategoryText({ code }: { code: string | null | undefined }) {
  const { t } = useTranslation();
  if (!code) return <span>{t('category.none')}</span>;
  return <span title={code}>{t(`category.${code}`, { defaultValue: code })}</span>;
}

export function LabelTags({ labels }: { labels: readonly string[] }) {
  const { t } = useTranslation();
  return (
    <>
      {labels.map((code) => (
        <Tag key={code} color={code.startsWith('pi.') ? 'purple' : 'geekblue'} title={code}>
          {t(`label.${code}`, { defaultValue: code })}
        </Tag>
      ))}
    </>
  );
}

const ITEM_STATUS_COLORS: Record<ItemStatus, string> = {
  pending: 'gold',
  confirmed: 'green',
  changed: 'blue',
};

export function ItemStatusTag({ status }: { status: ItemStatus }) {
  const { t } = useTranslation();
  return <Tag color={ITEM_STATUS_COLORS[status]}>{t(`itemStatus.${status}`)}</Tag>;
}

const SCAN_STATUS_COLORS: Record<ScanStatus, string> = {
  queued: 'default',
  running: 'processing',
  succeeded: 'success',
  failed: 'error',
  cancelled: 'warning',
};

function isScanStatus(value: string): value is ScanStatus {
  return Object.hasOwn(SCAN_STATUS_COLORS, value);
}

/** Some answers (overview, a source's last scan) carry the status as a plain string. */
export function ScanStatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  if (!isScanStatus(status)) return <Tag>{status}</Tag>;
  return <Tag color={SCAN_STATUS_COLORS[status]}>{t(`scanStatus.${status}`)}</Tag>;
}

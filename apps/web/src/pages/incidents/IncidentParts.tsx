/** Small pieces of the incident pages: level tags and the live countdown to a report. */
import { useEffect, useState } from 'react';
import { Select, Tag, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { INCIDENT_LEVELS, type IncidentLevel, type NextDue } from './types.ts';

const LEVEL_COLORS: Record<IncidentLevel, string> = {
  general: 'blue',
  'relatively-major': 'gold',
  major: 'orange',
  'especially-major': 'red',
};

export function IncidentLevelTag({ level }: { level: IncidentLevel }) {
  const { t } = useTranslation();
  return (
    <Tag color={LEVEL_COLORS[level]} data-testid="incident-level">
      {t(`incidents.level.${level}`)}
    </Tag>
  );
}

/** `1天2小时3分4秒` style remaining time (or time past due). */
function spell(ms: number, t: TFunction): string {
  const total = Math.floor(Math.abs(ms) / 1000);
  const days = Math.floor(total / 86_400);
  const hours = Math.floor((total % 86_400) / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  return t('incidents.duration', { days, hours, minutes, seconds });
}

/** Ticks every second: the time left until the next report is due, red once overdue. */
export function ReportCountdown({ next }: { next: NextDue | null }) {
  const { t } = useTranslation();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (next === null) return;
    const timer = setInterval(() => {
      setNow(Date.now());
    }, 1000);
    return () => {
      clearInterval(timer);
    };
  }, [next]);
  if (next === null)
    return <Typography.Text type="secondary">{t('incidents.nothingDue')}</Typography.Text>;
  const left = Date.parse(next.dueAt) - now;
  const kind = t(`incidents.kind.${next.kind}`);
  return left < 0 ? (
    <Typography.Text type="danger" data-testid="incident-countdown" data-overdue="true">
      {t('incidents.overdueBy', { kind, time: spell(left, t) })}
    </Typography.Text>
  ) : (
    <Typography.Text data-testid="incident-countdown" data-overdue="false">
      {t('incidents.dueIn', { kind, time: spell(left, t) })}
    </Typography.Text>
  );
}

/** A filter of an incident list: `level` and `status` (undefined when cleared). */
export interface IncidentFilter {
  level?: string | undefined;
  status?: string | undefined;
}

/** The level and status selects of an incident list (the enterprise's and the regulator's). */
export function IncidentFilters({ onChange }: { onChange: (change: IncidentFilter) => void }) {
  const { t } = useTranslation();
  return (
    <>
      <Select
        allowClear
        placeholder={t('incidents.levelLabel')}
        style={{ width: 140 }}
        options={INCIDENT_LEVELS.map((l) => ({ value: l, label: t(`incidents.level.${l}`) }))}
        onChange={(level?: string) => {
          onChange({ level });
        }}
      />
      <Select
        allowClear
        placeholder={t('incidents.statusLabel')}
        style={{ width: 140 }}
        options={['open', 'closed'].map((s) => ({ value: s, label: t(`incidents.status.${s}`) }))}
        onChange={(status?: string) => {
          onChange({ status });
        }}
      />
    </>
  );
}

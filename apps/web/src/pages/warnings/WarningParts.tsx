/** Small pieces shared by the warning pages: level tag, state tag, rate. */
import { Progress, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RecipientState, WarningLevel } from './types.ts';

const LEVEL_COLORS: Record<WarningLevel, string> = {
  red: 'red',
  orange: 'orange',
  yellow: 'gold',
  blue: 'blue',
};

export function WarningLevelTag({ level }: { level: WarningLevel }) {
  const { t } = useTranslation();
  return (
    <Tag color={LEVEL_COLORS[level]} data-testid="warning-level">
      {t(`warnings.levels.${level}`)}
    </Tag>
  );
}

const STATE_COLORS: Record<RecipientState, string> = {
  undeliverable: 'default',
  delivered: 'processing',
  acknowledged: 'cyan',
  answered: 'green',
};

export function RecipientStateTag(props: {
  state: RecipientState;
  ackOverdue: boolean;
  feedbackOverdue: boolean;
}) {
  const { t } = useTranslation();
  return (
    <span data-testid="warning-state">
      <Tag color={STATE_COLORS[props.state]}>{t(`warnings.states.${props.state}`)}</Tag>
      {props.ackOverdue && <Tag color="red">{t('warnings.ackOverdue')}</Tag>}
      {props.feedbackOverdue && <Tag color="red">{t('warnings.feedbackOverdue')}</Tag>}
    </span>
  );
}

export function Rate({ value }: { value: number | null }) {
  return value === null ? (
    <span>—</span>
  ) : (
    <Progress percent={Math.round(value * 100)} size="small" style={{ width: 110 }} />
  );
}

/** The Plan's 2026 targets against the progress the nodes reported, as progress bars. */
import { Progress, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RegulatorTargets } from '../../api/types.ts';

export function TargetsProgress({ targets }: { targets: RegulatorTargets }) {
  const { t, i18n } = useTranslation();
  const english = i18n.language.startsWith('en');
  return (
    <div data-testid="regulator-targets">
      {targets.targets.map((target) => (
        <div key={target.id} data-testid={`target-${target.id}`} style={{ marginBottom: 16 }}>
          <Space wrap>
            <Typography.Text strong>{english ? target.nameEn : target.name}</Typography.Text>
            <Typography.Text type="secondary">
              {target.comparison} {target.target.toLocaleString()} {target.unit}
            </Typography.Text>
            {!target.confirmed && <Tag color="orange">{t('regulator.unconfirmed')}</Tag>}
          </Space>
          {target.progress === null ? (
            <div>
              <Typography.Text type="secondary">{t('regulator.notReported')}</Typography.Text>
            </div>
          ) : (
            <Progress
              percent={Math.min(100, Math.round((target.ratio ?? 0) * 1000) / 10)}
              format={() =>
                t('regulator.progressOf', {
                  progress: target.progress?.toLocaleString(),
                  target: target.target.toLocaleString(),
                })
              }
            />
          )}
        </div>
      ))}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('regulator.targetSource', { source: `${targets.source}（${targets.version}）` })}
      </Typography.Text>
    </div>
  );
}

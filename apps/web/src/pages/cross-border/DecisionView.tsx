/**
 * One recorded cross-border decision with its basis explained: the path, the deciding legal
 * basis (article and rule, "条款号待确认" where the article number is not confirmed), every
 * rule that matched, the exemptions applied or refused with the reason, the inputs, the items
 * (core ones "不得出境"), the core-data setting marked 待确认, who recorded it and when.
 */
import { Alert, Descriptions, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatCount, formatTime } from '../../components/format.ts';
import { LevelTag } from '../../components/Tags.tsx';
import { PATH_COLORS, type Basis, type Bilingual, type CrossBorderDecision } from './types.ts';

export function PathTag({ path, name }: { path: CrossBorderDecision['path']; name: Bilingual }) {
  const { i18n } = useTranslation();
  return (
    <Tag color={PATH_COLORS[path]} data-testid={`cross-border-path-${path}`}>
      {i18n.language.startsWith('zh') ? name.zh : name.en}
    </Tag>
  );
}

function BasisText({ basis }: { basis: Basis }) {
  const { t, i18n } = useTranslation();
  const zh = i18n.language.startsWith('zh');
  return (
    <span>
      <Typography.Text strong>{zh ? basis.article.zh : basis.article.en}</Typography.Text>
      {!basis.articleConfirmed && (
        <Tag color="orange" style={{ marginLeft: 8 }}>
          {t('crossBorder.articleUnconfirmed')}
        </Tag>
      )}
      <br />
      <Typography.Text type="secondary">{zh ? basis.rule.zh : basis.rule.en}</Typography.Text>
    </span>
  );
}

/** The core-data setting the decision used, marked 待确认 while unconfirmed. */
export function CoreSetting({ value, confirmed }: { value: boolean; confirmed: boolean }) {
  const { t } = useTranslation();
  return (
    <span data-testid="cross-border-core-setting">
      {value ? t('crossBorder.coreSetting') : t('crossBorder.coreSettingOff')}
      {!confirmed && (
        <Tag color="orange" style={{ marginLeft: 8 }} title={t('crossBorder.unconfirmedHint')}>
          {t('crossBorder.unconfirmed')}
        </Tag>
      )}
    </span>
  );
}

export function DecisionView({ decision }: { decision: CrossBorderDecision }) {
  const { t, i18n } = useTranslation();
  const zh = i18n.language.startsWith('zh');
  const yesNo = (value: boolean) => (value ? t('crossBorder.yes') : t('crossBorder.no'));
  const { facts } = decision;
  return (
    <div data-testid="cross-border-decision">
      {decision.coreFromCatalog && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 8 }}
          title={t('crossBorder.coreFromCatalog')}
        />
      )}
      {decision.importantItemsUnflagged.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 8 }}
          title={t('crossBorder.importantUnflagged', {
            n: decision.importantItemsUnflagged.length,
          })}
        />
      )}
      <Descriptions
        column={1}
        bordered
        size="small"
        styles={{ label: { whiteSpace: 'nowrap', width: 120 } }}
      >
        <Descriptions.Item label={t('crossBorder.path')}>
          <PathTag path={decision.path} name={decision.pathName} />
        </Descriptions.Item>
        <Descriptions.Item label={t('crossBorder.basis')}>
          <span data-testid="cross-border-basis">
            <BasisText basis={decision.basis} />
          </span>
        </Descriptions.Item>
        {decision.matched.length > 1 && (
          <Descriptions.Item label={t('crossBorder.matched')}>
            <Space orientation="vertical" size={4}>
              {decision.matched.map((m) => (
                <span key={m.basis.id}>
                  <PathTag path={m.path} name={m.pathName} />
                  {zh ? m.basis.rule.zh : m.basis.rule.en}
                </span>
              ))}
            </Space>
          </Descriptions.Item>
        )}
        {decision.appliedExemptions.length > 0 && (
          <Descriptions.Item label={t('crossBorder.applied')}>
            {decision.appliedExemptions.map((e) => t(`crossBorder.exemption.${e}`)).join('；')}
          </Descriptions.Item>
        )}
        {decision.rejectedExemptions.length > 0 && (
          <Descriptions.Item label={t('crossBorder.rejected')}>
            {decision.rejectedExemptions.map((r) => (
              <div key={r.exemption}>
                {t(`crossBorder.exemption.${r.exemption}`)}：{zh ? r.reason.zh : r.reason.en}
              </div>
            ))}
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('crossBorder.inputs')}>
          {t('crossBorder.inputsText', {
            pi: formatCount(facts.personalInfoPersons),
            spi: formatCount(facts.sensitivePersonalInfoPersons),
          })}
          ；{t('crossBorder.ciio')} {yesNo(facts.operatorIsCiio)}；{t('crossBorder.important')}{' '}
          {yesNo(facts.importantData)}；{t('crossBorder.core')} {yesNo(facts.coreData)}
        </Descriptions.Item>
        {decision.items.length > 0 && (
          <Descriptions.Item label={t('crossBorder.items')}>
            <Space wrap>
              {decision.items.map((item) => (
                <span key={item.itemId}>
                  {item.table} <LevelTag level={item.level} />
                  {item.core && <Tag color="red">{t('crossBorder.prohibited')}</Tag>}
                </span>
              ))}
            </Space>
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('crossBorder.core')}>
          <CoreSetting {...decision.coreDataOutboundForbidden} />
        </Descriptions.Item>
        {decision.note !== '' && (
          <Descriptions.Item label={t('crossBorder.note')}>{decision.note}</Descriptions.Item>
        )}
        <Descriptions.Item label={t('crossBorder.decidedBy')}>
          {decision.decidedBy} · {formatTime(decision.decidedAt)}
        </Descriptions.Item>
      </Descriptions>
    </div>
  );
}

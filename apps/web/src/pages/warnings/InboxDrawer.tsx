/** One received warning: content, indicators with this organisation's matches, 签收 and 反馈. */
import { useState } from 'react';
import {
  Alert,
  App,
  Button,
  Descriptions,
  Drawer,
  Input,
  List,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { useAuth } from '../../auth/useAuth.ts';
import { can } from '../../auth/permissions.ts';
import { formatTime } from '../../components/format.ts';
import { useApiError } from '../../hooks/useApiError.ts';
import { useApiQuery } from '../../hooks/useApiQuery.ts';
import { RecipientStateTag, WarningLevelTag } from './WarningParts.tsx';
import type { InboxWarningDetail } from './types.ts';

export function InboxDrawer(props: {
  id: string | null;
  onClose: () => void;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useApiError();
  const mayAnswer = can(useAuth().user?.role, 'answerWarnings');
  const detail = useApiQuery<InboxWarningDetail>(
    props.id === null ? null : `/warning-inbox/${props.id}`,
  );
  const [measures, setMeasures] = useState('');
  const w = detail.data;
  const matched = new Set(w?.matches.map((m) => `${m.indicator.kind}:${m.indicator.value}`));

  const act = (path: string, body: object, done: string) =>
    api.post<InboxWarningDetail>(`/warning-inbox/${props.id ?? ''}${path}`, body).then(() => {
      void message.success(t(done));
      detail.reload();
      props.onChanged();
    }, showError);

  return (
    <Drawer open={props.id !== null} size={760} onClose={props.onClose} title={w?.title}>
      {w !== undefined && (
        <div data-testid="warning-detail">
          <Descriptions column={1} bordered size="small">
            <Descriptions.Item label={t('warnings.level')}>
              <WarningLevelTag level={w.level} />
              <Typography.Text type="secondary">{t('warnings.levelsNote')}</Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('warnings.type')}>
              {t(`warnings.types.${w.type}`)}
            </Descriptions.Item>
            <Descriptions.Item label={t('warnings.issuer')}>
              {w.issuerName}（{formatTime(w.issuedAt)}）
            </Descriptions.Item>
            <Descriptions.Item label={t('warnings.state')}>
              <RecipientStateTag
                state={w.state}
                ackOverdue={w.ackOverdue}
                feedbackOverdue={w.feedbackOverdue}
              />
              {w.reminders > 0 && (
                <Tag color="volcano">{t('warnings.reminders', { n: w.reminders })}</Tag>
              )}
            </Descriptions.Item>
            <Descriptions.Item label={t('warnings.ackBy')}>{formatTime(w.ackBy)}</Descriptions.Item>
            <Descriptions.Item label={t('warnings.feedbackBy')}>
              {formatTime(w.feedbackBy)}
            </Descriptions.Item>
            <Descriptions.Item label={t('warnings.description')}>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
                {w.description}
              </Typography.Paragraph>
            </Descriptions.Item>
            <Descriptions.Item label={t('warnings.measures')}>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
                {w.measures || '—'}
              </Typography.Paragraph>
            </Descriptions.Item>
            <Descriptions.Item label={t('warnings.indicators')}>
              <Space wrap>
                {w.indicators.map((i) => (
                  <Tag
                    key={`${i.kind}:${i.value}`}
                    color={matched.has(`${i.kind}:${i.value}`) ? 'red' : 'default'}
                    data-testid={
                      matched.has(`${i.kind}:${i.value}`) ? 'indicator-matched' : 'indicator'
                    }
                  >
                    {t(`warnings.indicatorKinds.${i.kind}`)}：{i.value}
                    {i.note ? `（${i.note}）` : ''}
                  </Tag>
                ))}
              </Space>
              {w.indicators.some((i) => i.kind === 'hash') && (
                <Typography.Paragraph type="secondary">
                  {t('warnings.hashNote')}
                </Typography.Paragraph>
              )}
            </Descriptions.Item>
          </Descriptions>

          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('warnings.matches')}
          </Typography.Title>
          {w.matches.length === 0 ? (
            <Typography.Text type="secondary">{t('warnings.matchesNone')}</Typography.Text>
          ) : (
            <Alert
              type="error"
              data-testid="warning-matches"
              title={
                <List
                  size="small"
                  dataSource={w.matches}
                  renderItem={(m) => (
                    <List.Item>
                      {t(`warnings.indicatorKinds.${m.indicator.kind}`)} {m.indicator.value} →{' '}
                      {t(m.subject === 'source' ? 'warnings.matchSource' : 'warnings.matchItem')}「
                      {m.subjectName}」{t('warnings.matchedOn', { value: m.matched })}
                    </List.Item>
                  )}
                />
              }
            />
          )}

          <Space orientation="vertical" style={{ width: '100%', marginTop: 16 }}>
            {w.acknowledgedAt === null ? (
              <Button
                type="primary"
                disabled={!mayAnswer}
                data-testid="warning-ack"
                onClick={() => void act('/ack', {}, 'warnings.acked')}
              >
                {t('warnings.ack')}
              </Button>
            ) : (
              <Typography.Text data-testid="warning-acked">
                {t('warnings.acked')}：{w.acknowledgedBy}（{formatTime(w.acknowledgedAt)}）
              </Typography.Text>
            )}
            {w.answer !== null && (
              <Typography.Paragraph data-testid="warning-answer">
                {t('warnings.answer')}：{w.answer}（{w.answeredBy}，{formatTime(w.answeredAt)}）
              </Typography.Paragraph>
            )}
            {mayAnswer && (
              <>
                <Input.TextArea
                  rows={3}
                  value={measures}
                  placeholder={t('warnings.feedbackPlaceholder')}
                  data-testid="warning-measures"
                  onChange={(e) => {
                    setMeasures(e.target.value);
                  }}
                />
                <Button
                  disabled={measures.trim() === ''}
                  data-testid="warning-feedback"
                  onClick={() =>
                    void act('/feedback', { measures }, 'warnings.feedbackSent').then(() => {
                      setMeasures('');
                    })
                  }
                >
                  {t('warnings.feedback')}
                </Button>
              </>
            )}
          </Space>
        </div>
      )}
    </Drawer>
  );
}

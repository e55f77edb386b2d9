/**
 * 年度接收与审核情况汇总 (province): the year's receipt and review of assessment reports as
 * counted now, what was last sent to the ministry, and sending it (due on 25 December; red
 * once that day has passed without a send). A province without a parent can count but not send.
 */
import { useEffect, useState } from 'react';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Popconfirm,
  Row,
  Space,
  Spin,
  Statistic,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { can } from '../../auth/permissions.ts';
import { useAuth } from '../../auth/useAuth.ts';
import type { AssessmentSummaryView, SentAssessmentSummary } from '../../api/types.ts';
import { chinaToday, chinaYear, formatTime } from '../../components/format.ts';
import { YearPicker } from '../../components/YearPicker.tsx';
import { errorText, useApiError } from '../../hooks/useApiError.ts';
import { useApiQuery } from '../../hooks/useApiQuery.ts';
import { BandTag } from './AssessmentParts.tsx';
import { FilingBars, MissingTable, SentText } from './YearSummaryParts.tsx';

const RED = '#cf1322';
const ORANGE = '#d48806';
const BANDS = ['critical', 'high', 'medium', 'low'] as const;
const REVIEWS = [
  ['accepted', 'green'],
  ['needsRework', 'orange'],
  ['pending', 'default'],
] as const;

/** The send button: disabled with the reason on a node without a parent, confirmed first. */
function SendButton({
  year,
  view,
  onSent,
}: {
  year: number;
  view: AssessmentSummaryView | undefined;
  onSent: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useApiError();
  const [busy, setBusy] = useState(false);
  const canSend = view?.canSend === true;
  const button = (
    <Button type="primary" disabled={!canSend} loading={busy} data-testid="year-summary-send">
      {t('yearSummary.send')}
    </Button>
  );
  if (!canSend) {
    return view === undefined ? (
      button
    ) : (
      <Tooltip title={t('yearSummary.noParent')}>{button}</Tooltip>
    );
  }
  return (
    <Popconfirm
      title={t('yearSummary.sendConfirm', { year })}
      okButtonProps={{ 'data-testid': 'year-summary-send-confirm' }}
      onConfirm={() => {
        setBusy(true);
        void api
          .post<SentAssessmentSummary>('/assessment-summaries', { year })
          .then((sent) => {
            void message.success(t('yearSummary.sendDone', { receiver: sent.receiver }));
            onSent();
          }, showError)
          .finally(() => {
            setBusy(false);
          });
      }}
    >
      {button}
    </Popconfirm>
  );
}

export function AssessmentYearSummaryCard({ refreshKey }: { refreshKey: number }) {
  const { t, i18n } = useTranslation();
  const { user } = useAuth();
  const maySend = can(user?.role, 'sendYearSummary');
  const [year, setYear] = useState(chinaYear);
  const view = useApiQuery<AssessmentSummaryView>(`/assessment-summaries/${String(year)}`);
  const { reload } = view;
  useEffect(() => {
    if (refreshKey > 0) reload();
  }, [refreshKey, reload]);

  const data = view.data?.current.year === year ? view.data : undefined;
  const current = data?.current;
  const pastDue = current !== undefined && data?.sent === null && chinaToday() > current.dueBy;

  let body;
  if (view.error !== undefined && !view.loading) {
    body = (
      <Alert
        type="error"
        title={t('errors.loadFailed')}
        description={errorText(t, (key) => i18n.exists(key), view.error)}
      />
    );
  } else if (data === undefined || current === undefined) {
    body = <Spin />;
  } else {
    const stats = [
      ['expected', current.expected, undefined],
      ['received', current.received, undefined],
      ['onTime', current.onTime, undefined],
      ['late', current.late, current.late > 0 ? ORANGE : undefined],
      ['missing', current.missingTotal, current.missingTotal > 0 ? RED : undefined],
    ] as const;
    body = (
      <>
        {pastDue && (
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 16 }}
            data-testid="year-summary-overdue"
            title={t('yearSummary.overdue', { dueBy: current.dueBy, year })}
          />
        )}
        <Row gutter={[16, 16]}>
          {stats.map(([key, value, colour]) => (
            <Col xs={12} md={8} lg={4} key={key} data-testid={`year-summary-${key}`}>
              <Statistic
                title={t(`yearSummary.${key}`)}
                value={value}
                styles={colour ? { content: { color: colour } } : {}}
              />
            </Col>
          ))}
          <Col xs={12} md={8} lg={4} data-testid="year-summary-due-by">
            <Statistic
              title={t('yearSummary.dueBy')}
              value={current.dueBy}
              styles={pastDue ? { content: { color: RED } } : {}}
            />
          </Col>
        </Row>
        <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
          <Col xs={24} lg={14}>
            <Descriptions column={1} size="small" bordered>
              <Descriptions.Item label={t('yearSummary.review')}>
                <Space wrap data-testid="year-summary-review">
                  {REVIEWS.map(([key, colour]) => (
                    <Tag key={key} color={colour}>
                      {t(`yearSummary.reviewOf.${key}`)} {current.review[key]}
                    </Tag>
                  ))}
                </Space>
              </Descriptions.Item>
              <Descriptions.Item label={t('yearSummary.risks')}>
                <Space wrap data-testid="year-summary-risks">
                  {BANDS.map((band) => (
                    <span key={band}>
                      <BandTag band={band} />
                      {current.risks[band]}
                    </span>
                  ))}
                </Space>
              </Descriptions.Item>
              <Descriptions.Item label={t('yearSummary.openRisks')}>
                {current.openRisks}
              </Descriptions.Item>
              <Descriptions.Item label={t('yearSummary.asOf')}>
                {formatTime(current.asOf)}
              </Descriptions.Item>
              <Descriptions.Item label={t('yearSummary.sent')}>
                <SentText view={data} />
              </Descriptions.Item>
            </Descriptions>
          </Col>
          <Col xs={24} lg={10}>
            <Typography.Text strong>{t('yearSummary.chart')}</Typography.Text>
            <FilingBars summary={current} />
          </Col>
        </Row>
        <div style={{ marginTop: 16 }}>
          <MissingTable summary={current} />
        </div>
      </>
    );
  }

  return (
    <Card
      title={t('yearSummary.title')}
      style={{ marginBottom: 16 }}
      data-testid="year-summary-card"
      data-overdue={String(pastDue)}
      extra={
        <Space>
          <YearPicker value={year} onChange={setYear} testId="year-summary-year" />
          {maySend && <SendButton year={year} view={data} onSent={reload} />}
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">{t('yearSummary.rule')}</Typography.Paragraph>
      {body}
    </Card>
  );
}

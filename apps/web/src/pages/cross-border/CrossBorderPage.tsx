/**
 * 数据出境自查: the form, the decision just recorded with its basis explained, the catalog items
 * that leave the country with their latest decision (core ones "不得出境"), and the history of
 * every recorded check.
 */
import { useState } from 'react';
import { Alert, App, Card, Col, Empty, Row, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { can } from '../../auth/permissions.ts';
import { useAuth } from '../../auth/useAuth.ts';
import { formatCount, formatTime } from '../../components/format.ts';
import { LevelTag } from '../../components/Tags.tsx';
import { useApiError } from '../../hooks/useApiError.ts';
import { useApiQuery } from '../../hooks/useApiQuery.ts';
import { CrossBorderForm, type CheckBody } from './CrossBorderForm.tsx';
import { CoreSetting, DecisionView, PathTag } from './DecisionView.tsx';
import type { CrossBorderDecision, CrossBorderItem, CrossBorderRules } from './types.ts';

function RulesNote({ rules }: { rules: CrossBorderRules | undefined }) {
  const { t } = useTranslation();
  if (rules === undefined) return null;
  const core = rules.unconfirmed.find((setting) => setting.key === 'coreDataOutboundForbidden');
  const th = rules.thresholds;
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 16 }}
      title={t('crossBorder.intro')}
      description={
        <div>
          <div>
            {t('crossBorder.thresholds', {
              contract: formatCount(th.standardContractPersonalInfoPersons),
              assessment: formatCount(th.securityAssessmentPersonalInfoPersons),
              spi: formatCount(th.securityAssessmentSensitivePersons),
            })}
          </div>
          {core !== undefined && <CoreSetting value={core.value === true} confirmed={false} />}
        </div>
      }
    />
  );
}

function ItemsTable({ items, loading }: { items: CrossBorderItem[]; loading: boolean }) {
  const { t } = useTranslation();
  return (
    <Table<CrossBorderItem>
      rowKey="itemId"
      size="small"
      loading={loading}
      dataSource={items}
      pagination={false}
      data-testid="cross-border-item-list"
      locale={{ emptyText: t('crossBorder.itemsEmpty') }}
      columns={[
        { title: t('crossBorder.items'), dataIndex: 'table', key: 'table' },
        {
          title: t('crossBorder.level'),
          key: 'level',
          render: (_: unknown, row) => (
            <>
              <LevelTag level={row.level} />
              {row.prohibited && <Tag color="red">{t('crossBorder.prohibited')}</Tag>}
            </>
          ),
        },
        {
          title: t('crossBorder.latest'),
          key: 'latest',
          render: (_: unknown, row) =>
            row.latest === null ? (
              <Tag color="warning">{t('crossBorder.noBasis')}</Tag>
            ) : (
              <>
                <PathTag path={row.latest.path} name={row.latest.pathName} />
                {formatTime(row.latest.decidedAt)}
              </>
            ),
        },
      ]}
    />
  );
}

export function CrossBorderPage() {
  const { t, i18n } = useTranslation();
  const zh = i18n.language.startsWith('zh');
  const { message } = App.useApp();
  const showError = useApiError();
  const { user } = useAuth();
  const rules = useApiQuery<CrossBorderRules>('/cross-border/rules');
  const items = useApiQuery<{ items: CrossBorderItem[] }>('/cross-border/items');
  const history = useApiQuery<{ items: CrossBorderDecision[] }>('/cross-border/decisions');
  const [latest, setLatest] = useState<CrossBorderDecision | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = (body: CheckBody) => {
    setBusy(true);
    api
      .post<CrossBorderDecision>('/cross-border/self-check', body)
      .then((decision) => {
        setLatest(decision);
        void message.success(t('crossBorder.saved'));
        items.reload();
        history.reload();
      }, showError)
      .finally(() => {
        setBusy(false);
      });
  };
  return (
    <div data-testid="page-cross-border">
      <Typography.Title level={3}>{t('crossBorder.title')}</Typography.Title>
      <RulesNote rules={rules.data} />
      <Row gutter={16}>
        {can(user?.role, 'crossBorderCheck') && (
          <Col xs={24} xl={12}>
            <Card title={t('crossBorder.form')} style={{ marginBottom: 16 }}>
              <CrossBorderForm flagged={items.data?.items ?? []} busy={busy} onSubmit={submit} />
            </Card>
          </Col>
        )}
        <Col xs={24} xl={12}>
          <Card title={t('crossBorder.result')} style={{ marginBottom: 16 }}>
            {latest === null ? <Empty /> : <DecisionView decision={latest} />}
          </Card>
          <Card title={t('crossBorder.itemsTitle')} style={{ marginBottom: 16 }}>
            <ItemsTable items={items.data?.items ?? []} loading={items.loading} />
          </Card>
        </Col>
      </Row>
      <Card title={t('crossBorder.history')}>
        <Table<CrossBorderDecision>
          rowKey="id"
          size="small"
          loading={history.loading}
          dataSource={history.data?.items ?? []}
          data-testid="cross-border-history"
          locale={{ emptyText: t('crossBorder.historyEmpty') }}
          expandable={{ expandedRowRender: (row) => <DecisionView decision={row} /> }}
          columns={[
            {
              title: t('crossBorder.decidedAt'),
              key: 'at',
              render: (_: unknown, row) => formatTime(row.decidedAt),
            },
            { title: t('crossBorder.decidedBy'), dataIndex: 'decidedBy', key: 'by' },
            {
              title: t('crossBorder.path'),
              key: 'path',
              render: (_: unknown, row) => <PathTag path={row.path} name={row.pathName} />,
            },
            {
              title: t('crossBorder.basis'),
              key: 'basis',
              render: (_: unknown, row) => (zh ? row.basis.article.zh : row.basis.article.en),
            },
            {
              title: t('crossBorder.items'),
              key: 'items',
              render: (_: unknown, row) => row.items.map((item) => item.table).join('、') || '—',
            },
          ]}
        />
      </Card>
    </div>
  );
}

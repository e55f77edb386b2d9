/**
 * One risk assessment: its dates (filing deadline, validity, reminders), team, the facts
 * Shu'an pre-filled, the checklist with evidence, findings, the register and the conclusion;
 * downloads of the PDF and Excel report, and filing with the province.
 */
import { useEffect, useState } from 'react';
import {
  App,
  Button,
  Card,
  Descriptions,
  Input,
  Popconfirm,
  Result,
  Space,
  Spin,
  Tag,
  Typography,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { api, apiUrl } from '../../api/client.ts';
import { can } from '../../auth/permissions.ts';
import { useAuth } from '../../auth/useAuth.ts';
import { formatTime } from '../../components/format.ts';
import { useApiError } from '../../hooks/useApiError.ts';
import { useApiQuery } from '../../hooks/useApiQuery.ts';
import { navigate } from '../../router/hash-router.tsx';
import { DatesText, ValidityTag } from './AssessmentParts.tsx';
import { ChecklistCard, FindingsCard, RegisterCard } from './AssessmentWork.tsx';
import { FactsCard, TeamCard } from './AssessmentInfo.tsx';
import type { AssessmentDetail } from './types.ts';

export function AssessmentDetailPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { user } = useAuth();
  const showError = useApiError();
  const query = useApiQuery<AssessmentDetail>(`/assessments/${id}`);
  const [conclusion, setConclusion] = useState('');
  const [measures, setMeasures] = useState('');
  const data = query.data;
  useEffect(() => {
    if (data === undefined) return;
    setConclusion(data.conclusion);
    setMeasures(data.measures);
  }, [data]);

  if (query.error !== undefined) return <Result status="404" title={t('common.notFound')} />;
  if (data === undefined) return <Spin />;
  const draft = data.status === 'draft';
  const mayRun = can(user?.role, 'fileCatalog');
  const mayWork = can(user?.role, 'decideFilings') && draft;
  /** Runs a change, then reloads the assessment (every change answers with it anyway). */
  const change = (request: Promise<unknown>) =>
    request.then(() => {
      void message.success(t('assessments.saved'));
      query.reload();
    }, showError);

  return (
    <div data-testid="page-assessment">
      <Space style={{ marginBottom: 8 }}>
        <Button
          onClick={() => {
            navigate('/assessments');
          }}
        >
          {t('assessments.back')}
        </Button>
      </Space>
      <Typography.Title level={3} data-testid="assessment-title">
        {data.title}{' '}
        <Tag color={draft ? 'blue' : 'green'}>{t(`assessments.statusOf.${data.status}`)}</Tag>
      </Typography.Title>
      <Space wrap style={{ marginBottom: 16 }}>
        {mayRun && draft && (
          <Button onClick={() => void change(api.post(`/assessments/${id}/refresh`))}>
            {t('assessments.refresh')}
          </Button>
        )}
        {mayRun && draft && (
          <Button
            type="primary"
            data-testid="assessment-complete"
            onClick={() => void change(api.post(`/assessments/${id}/complete`, {}))}
          >
            {t('assessments.complete')}
          </Button>
        )}
        {mayRun && !draft && data.filedAt === null && (
          <Popconfirm
            title={t('assessments.fileConfirm')}
            onConfirm={() => void change(api.post(`/assessments/${id}/file`))}
          >
            <Button type="primary" data-testid="assessment-file">
              {t('assessments.file')}
            </Button>
          </Popconfirm>
        )}
        <Button href={apiUrl(`/assessments/${id}/report.pdf`)} data-testid="assessment-pdf">
          {t('assessments.pdf')}
        </Button>
        <Button href={apiUrl(`/assessments/${id}/report.xlsx`)} data-testid="assessment-xlsx">
          {t('assessments.xlsx')}
        </Button>
      </Space>
      <Card style={{ marginBottom: 16 }}>
        <Descriptions column={3} size="small">
          <Descriptions.Item label={t('assessments.year')}>{data.year}</Descriptions.Item>
          <Descriptions.Item label={t('assessments.checklistVersion')}>
            {data.checklistId} {data.checklistVersion}
          </Descriptions.Item>
          <Descriptions.Item label={t('assessments.scope')}>
            {t('assessments.scopeCount', { n: data.scopeCount })}
          </Descriptions.Item>
          <Descriptions.Item label={t('assessments.completedOn')}>
            {data.completedOn ?? '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('assessments.filingDueBy')}>
            <DatesText row={data} />
          </Descriptions.Item>
          <Descriptions.Item label={t('assessments.validUntil')}>
            {data.dates === null ? (
              '—'
            ) : (
              <Space>
                {data.dates.validUntil}
                <ValidityTag validity={data.dates.validity} />
              </Space>
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('assessments.reminders')} span={3}>
            {data.dates === null
              ? '—'
              : data.dates.reminders.map((reminder) => (
                  <Tag key={reminder.on} color={reminder.due ? 'orange' : undefined}>
                    {reminder.on}
                  </Tag>
                ))}
          </Descriptions.Item>
          {data.filedAt !== null && (
            <Descriptions.Item label={t('assessments.filed')} span={3}>
              {formatTime(data.filedAt)} → {data.filedReceiver}
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      <TeamCard data={data} editable={mayRun && draft} change={change} />
      <FactsCard facts={data.facts} />
      <ChecklistCard data={data} editable={mayWork} change={change} />
      <FindingsCard data={data} editable={mayWork} change={change} />
      <RegisterCard data={data} editable={can(user?.role, 'decideFilings')} change={change} />
      <Card title={t('assessments.conclusion')} style={{ marginBottom: 16 }}>
        <Input.TextArea
          rows={3}
          value={conclusion}
          disabled={!(mayRun && draft)}
          data-testid="assessment-conclusion"
          onChange={(event) => {
            setConclusion(event.target.value);
          }}
        />
        <Typography.Paragraph style={{ marginTop: 12 }}>
          {t('assessments.responseMeasures')}
        </Typography.Paragraph>
        <Input.TextArea
          rows={3}
          value={measures}
          disabled={!(mayRun && draft)}
          data-testid="assessment-measures"
          onChange={(event) => {
            setMeasures(event.target.value);
          }}
        />
        {mayRun && draft && (
          <Button
            style={{ marginTop: 12 }}
            data-testid="assessment-conclusion-save"
            onClick={() => void change(api.patch(`/assessments/${id}`, { conclusion, measures }))}
          >
            {t('assessments.save')}
          </Button>
        )}
      </Card>
    </div>
  );
}

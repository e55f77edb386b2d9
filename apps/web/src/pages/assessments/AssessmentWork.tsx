/** The checklist with evidence, the findings and the risk register of an assessment. */
import { useState } from 'react';
import { Button, Card, Input, InputNumber, Select, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, apiRequest, apiUrl } from '../../api/client.ts';
import { BandTag } from './AssessmentParts.tsx';
import type {
  AnswerStatus,
  AssessmentDetail,
  ChecklistEntry,
  Finding,
  RiskEntry,
  RiskStatus,
} from './types.ts';

type Change = (request: Promise<unknown>) => Promise<void>;
interface Props {
  data: AssessmentDetail;
  editable: boolean;
  change: Change;
}

const ANSWERS: AnswerStatus[] = [
  'pending',
  'compliant',
  'partial',
  'non-compliant',
  'not-applicable',
];
const RISK_STATUSES: RiskStatus[] = ['open', 'in-progress', 'done', 'accepted'];

/** Reads a file as base64 (without the data-URL prefix). */
function base64Of(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      resolve((typeof reader.result === 'string' ? reader.result : '').replace(/^data:[^,]*,/, ''));
    };
    reader.onerror = () => {
      reject(reader.error ?? new Error('read failed'));
    };
    reader.readAsDataURL(file);
  });
}

function ChecklistRow({ entry, data, editable, change }: Props & { entry: ChecklistEntry }) {
  const { t, i18n } = useTranslation();
  const [notes, setNotes] = useState(entry.notes);
  const save = (status: AnswerStatus, text: string) =>
    change(
      apiRequest('PUT', `/assessments/${data.id}/checklist/${entry.itemId}`, {
        body: { status, notes: text, catalogItemIds: entry.catalogItemIds, links: entry.links },
      }),
    );
  return (
    <Space
      orientation="vertical"
      style={{ width: '100%' }}
      data-testid={`checklist-${entry.itemId}`}
    >
      <Typography.Text strong>
        {i18n.language === 'en' ? entry.title.en : entry.title.zh}{' '}
        <Typography.Text type="secondary">{entry.reference}</Typography.Text>
      </Typography.Text>
      <Space wrap>
        <Select<AnswerStatus>
          style={{ width: 140 }}
          value={entry.status}
          disabled={!editable}
          data-testid={`answer-${entry.itemId}`}
          options={ANSWERS.map((value) => ({ value, label: t(`assessments.answerOf.${value}`) }))}
          onChange={(status) => void save(status, notes)}
        />
        <Input
          style={{ width: 360 }}
          placeholder={t('assessments.notes')}
          value={notes}
          disabled={!editable}
          onChange={(event) => {
            setNotes(event.target.value);
          }}
          onBlur={() => {
            if (notes !== entry.notes) void save(entry.status, notes);
          }}
        />
        {entry.evidence.map((file) => (
          <a key={file.id} href={apiUrl(`/assessments/${data.id}/evidence/${file.id}`)}>
            <Tag>{file.fileName}</Tag>
          </a>
        ))}
        {editable && (
          <label>
            <Button
              size="small"
              onClick={(event) =>
                event.currentTarget.parentElement?.querySelector('input')?.click()
              }
            >
              {t('assessments.upload')}
            </Button>
            <input
              type="file"
              hidden
              onChange={(event) => {
                const file = event.target.files?.[0];
                if (file === undefined) return;
                void base64Of(file).then((contentBase64) =>
                  change(
                    api.post(`/assessments/${data.id}/evidence`, {
                      checklistItemId: entry.itemId,
                      fileName: file.name,
                      contentType: file.type === '' ? 'application/octet-stream' : file.type,
                      contentBase64,
                    }),
                  ),
                );
              }}
            />
          </label>
        )}
      </Space>
    </Space>
  );
}

export function ChecklistCard(props: Props) {
  const { t } = useTranslation();
  return (
    <Card title={t('assessments.checklist')} style={{ marginBottom: 16 }}>
      <Space orientation="vertical" style={{ width: '100%' }} size="large">
        {props.data.checklist.map((entry) => (
          <ChecklistRow key={entry.itemId} entry={entry} {...props} />
        ))}
      </Space>
    </Card>
  );
}

export function FindingsCard({ data, editable, change }: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState({ title: '', likelihood: 3, impact: 3, description: '' });
  return (
    <Card
      title={`${t('assessments.findings')} · ${t('assessments.distribution')}：${(['critical', 'high', 'medium', 'low'] as const).map((band) => `${t(`assessments.bandOf.${band}`)} ${String(data.distribution[band])}`).join(' / ')}`}
      style={{ marginBottom: 16 }}
    >
      <Table<Finding>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={data.findings}
        columns={[
          { title: t('assessments.finding'), dataIndex: 'title', key: 'title' },
          { title: t('assessments.description'), dataIndex: 'description', key: 'description' },
          { title: t('assessments.likelihood'), dataIndex: 'likelihood', key: 'likelihood' },
          { title: t('assessments.impact'), dataIndex: 'impact', key: 'impact' },
          { title: t('assessments.score'), dataIndex: 'score', key: 'score' },
          {
            title: t('assessments.band'),
            key: 'band',
            render: (_: unknown, row) => <BandTag band={row.band} />,
          },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_: unknown, row) =>
              editable && (
                <Button
                  size="small"
                  danger
                  onClick={() => void change(api.del(`/assessments/${data.id}/findings/${row.id}`))}
                >
                  {t('assessments.delete')}
                </Button>
              ),
          },
        ]}
      />
      {editable && (
        <Space style={{ marginTop: 12 }} wrap>
          <Input
            placeholder={t('assessments.finding')}
            value={draft.title}
            data-testid="finding-title"
            onChange={(event) => {
              setDraft({ ...draft, title: event.target.value });
            }}
          />
          <Input
            placeholder={t('assessments.description')}
            value={draft.description}
            onChange={(event) => {
              setDraft({ ...draft, description: event.target.value });
            }}
          />
          {(['likelihood', 'impact'] as const).map((axis) => (
            <Space key={axis}>
              {t(`assessments.${axis}`)}
              <InputNumber
                min={1}
                max={5}
                value={draft[axis]}
                data-testid={`finding-${axis}`}
                onChange={(value) => {
                  if (value !== null) setDraft({ ...draft, [axis]: value });
                }}
              />
            </Space>
          ))}
          <Button
            data-testid="finding-add"
            disabled={draft.title.trim() === ''}
            onClick={() => {
              void change(api.post(`/assessments/${data.id}/findings`, draft)).then(() => {
                setDraft({ title: '', likelihood: 3, impact: 3, description: '' });
              });
            }}
          >
            {t('assessments.addFinding')}
          </Button>
        </Space>
      )}
    </Card>
  );
}

export function RegisterCard({ data, editable, change }: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState({ title: '', owner: '', remediationDue: '', measures: '' });
  const save = (row: RiskEntry, status: RiskStatus) =>
    change(
      api.patch(`/assessments/${data.id}/risks/${row.id}`, {
        findingId: row.findingId,
        title: row.title,
        owner: row.owner,
        measures: row.measures,
        remediationDue: row.remediationDue,
        status,
      }),
    );
  return (
    <Card title={t('assessments.register')} style={{ marginBottom: 16 }}>
      <Table<RiskEntry>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={data.risks}
        columns={[
          { title: t('assessments.measures'), dataIndex: 'title', key: 'title' },
          { title: t('assessments.owner'), dataIndex: 'owner', key: 'owner' },
          {
            title: t('assessments.due'),
            key: 'due',
            render: (_: unknown, row) => (
              <span style={{ color: row.overdue ? '#cf1322' : undefined }}>
                {row.remediationDue}
              </span>
            ),
          },
          {
            title: t('assessments.riskStatus'),
            key: 'status',
            render: (_: unknown, row) => (
              <Select<RiskStatus>
                style={{ width: 120 }}
                value={row.status}
                disabled={!editable}
                options={RISK_STATUSES.map((value) => ({
                  value,
                  label: t(`assessments.riskStatusOf.${value}`),
                }))}
                onChange={(status) => void save(row, status)}
              />
            ),
          },
        ]}
      />
      {editable && data.status === 'draft' && (
        <Space style={{ marginTop: 12 }} wrap>
          <Input
            placeholder={t('assessments.measures')}
            value={draft.title}
            onChange={(event) => {
              setDraft({ ...draft, title: event.target.value });
            }}
          />
          <Input
            placeholder={t('assessments.owner')}
            value={draft.owner}
            onChange={(event) => {
              setDraft({ ...draft, owner: event.target.value });
            }}
          />
          <Input
            type="date"
            value={draft.remediationDue}
            onChange={(event) => {
              setDraft({ ...draft, remediationDue: event.target.value });
            }}
          />
          <Button
            disabled={draft.title === '' || draft.owner === '' || draft.remediationDue === ''}
            onClick={() => {
              void change(api.post(`/assessments/${data.id}/risks`, draft)).then(() => {
                setDraft({ title: '', owner: '', remediationDue: '', measures: '' });
              });
            }}
          >
            {t('assessments.addRisk')}
          </Button>
        </Space>
      )}
    </Card>
  );
}

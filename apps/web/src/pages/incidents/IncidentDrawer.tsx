/** One incident: grade and deciding criterion, raise, timeline, reports, closing, exports. */
import { useState } from 'react';
import {
  App,
  Button,
  Descriptions,
  Drawer,
  Form,
  Input,
  Modal,
  Select,
  Space,
  Timeline,
  Typography,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { api, apiUrl } from '../../api/client.ts';
import { formatTime } from '../../components/format.ts';
import { useApiError } from '../../hooks/useApiError.ts';
import { useApiQuery } from '../../hooks/useApiQuery.ts';
import { IncidentLevelTag, ReportCountdown } from './IncidentParts.tsx';
import { INCIDENT_LEVELS, type IncidentDetail, type ReportKind } from './types.ts';

const SUMMARY_FIELDS = ['cause', 'measures', 'harm', 'accountability', 'fixes', 'lessons'] as const;

export function IncidentDrawer(props: {
  id: string | null;
  mayEdit: boolean;
  onClose: () => void;
  onEdit: (incident: IncidentDetail) => void;
  onChanged: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const showError = useApiError();
  const detail = useApiQuery<IncidentDetail>(props.id === null ? null : `/incidents/${props.id}`);
  const [raising, setRaising] = useState(false);
  const [summaryOpen, setSummaryOpen] = useState(false);
  const [note, setNote] = useState('');
  const [raiseForm] = Form.useForm<{ level: string; reason: string }>();
  const [summaryForm] = Form.useForm<Record<(typeof SUMMARY_FIELDS)[number], string>>();
  const incident = detail.data;
  const zh = i18n.language.startsWith('zh');

  const act = (path: string, body: object, done: string) =>
    api.post<IncidentDetail>(`/incidents/${props.id ?? ''}${path}`, body).then(() => {
      void message.success(t(done));
      detail.reload();
      props.onChanged();
    }, showError);
  const send = (kind: ReportKind, summary?: object) =>
    act('/reports', summary === undefined ? { kind } : { kind, summary }, 'incidents.reportSent');

  const sent = (kind: ReportKind) => incident?.reports.some((r) => r.kind === kind) ?? false;
  return (
    <Drawer open={props.id !== null} size={760} onClose={props.onClose} title={incident?.title}>
      {incident !== undefined && (
        <div data-testid="incident-detail">
          <Descriptions column={1} bordered size="small">
            <Descriptions.Item label={t('incidents.levelLabel')}>
              <IncidentLevelTag level={incident.level} />
              {incident.raised && (
                <Typography.Text type="secondary">
                  {t('incidents.raisedFrom')} <IncidentLevelTag level={incident.computedLevel} />
                  {incident.officerReason}
                </Typography.Text>
              )}
            </Descriptions.Item>
            <Descriptions.Item label={t('incidents.decidedBy')}>
              <span data-testid="incident-decided-by">
                {incident.decidedBy.id}：
                {zh ? incident.decidedBy.description.zh : incident.decidedBy.description.en}
                {!incident.decidedBy.confirmed && (
                  <Typography.Text type="warning">
                    {' '}
                    （{t('incidents.unconfirmed')}）
                  </Typography.Text>
                )}
              </span>
            </Descriptions.Item>
            <Descriptions.Item label={t('incidents.nextReport')}>
              <ReportCountdown next={incident.plan.next} />
            </Descriptions.Item>
            <Descriptions.Item label={t('incidents.discoveredAt')}>
              {formatTime(incident.discoveredAt)}
            </Descriptions.Item>
            <Descriptions.Item label={t('incidents.systems')}>
              {incident.systems.join('、') || '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('incidents.piPersons')}>
              {incident.facts.personalInfoPersons} / {incident.facts.sensitivePersonalInfoPersons}
            </Descriptions.Item>
            <Descriptions.Item label={t('incidents.economicLoss')}>
              {incident.facts.economicLossYuan}
            </Descriptions.Item>
            <Descriptions.Item label={t('incidents.ministry')}>
              {incident.plan.ministry.forwarded ? t('incidents.yes') : t('incidents.no')}
            </Descriptions.Item>
          </Descriptions>
          {props.mayEdit && (
            <Space wrap style={{ margin: '12px 0' }}>
              {incident.status === 'open' && (
                <>
                  <Button
                    onClick={() => {
                      props.onEdit(incident);
                    }}
                  >
                    {t('incidents.edit')}
                  </Button>
                  <Button
                    onClick={() => {
                      setRaising(true);
                    }}
                  >
                    {t('incidents.raise')}
                  </Button>
                </>
              )}
              {incident.plan.initial.required && !sent('initial') && (
                <Button
                  type="primary"
                  data-testid="send-initial"
                  onClick={() => void send('initial')}
                >
                  {t('incidents.sendInitial')}
                </Button>
              )}
              {sent('initial') && (
                <Button onClick={() => void send('follow-up')}>
                  {t('incidents.sendFollowUp')}
                </Button>
              )}
              {incident.status === 'open' && (
                <Button danger onClick={() => void act('/close', {}, 'incidents.closed')}>
                  {t('incidents.close')}
                </Button>
              )}
              {incident.status === 'closed' &&
                incident.plan.summary.required &&
                !sent('summary') && (
                  <Button
                    type="primary"
                    onClick={() => {
                      setSummaryOpen(true);
                    }}
                  >
                    {t('incidents.sendSummary')}
                  </Button>
                )}
            </Space>
          )}
          <Space style={{ marginBottom: 12 }}>
            <a href={apiUrl(`/incidents/${incident.id}/export.pdf`)}>{t('incidents.exportPdf')}</a>
            <a href={apiUrl(`/incidents/${incident.id}/export.xlsx`)}>
              {t('incidents.exportXlsx')}
            </a>
            <a
              href={apiUrl(`/incidents/${incident.id}/export.json`)}
              target="_blank"
              rel="noreferrer"
            >
              {t('incidents.exportJson')}
            </a>
          </Space>
          <Typography.Title level={5}>{t('incidents.timeline')}</Typography.Title>
          <Timeline
            items={[
              ...incident.updates.map((u) => ({
                children: `${formatTime(u.at)} ${u.author}：${u.note}`,
              })),
              ...incident.reports.map((r) => ({
                color: 'green',
                children: `${formatTime(r.sentAt)} ${t(`incidents.kind.${r.kind}`)} → ${r.receiver}`,
              })),
            ]}
          />
          {props.mayEdit && (
            <Space.Compact style={{ width: '100%' }}>
              <Input
                value={note}
                maxLength={4000}
                onChange={(e) => {
                  setNote(e.target.value);
                }}
              />
              <Button
                disabled={note.trim() === ''}
                onClick={() =>
                  void act('/updates', { note }, 'incidents.noted').then(() => {
                    setNote('');
                  })
                }
              >
                {t('incidents.addUpdate')}
              </Button>
            </Space.Compact>
          )}
        </div>
      )}
      <Modal
        open={raising}
        title={t('incidents.raise')}
        onCancel={() => {
          setRaising(false);
        }}
        onOk={() => {
          void raiseForm.validateFields().then((values) =>
            act('/level', values, 'incidents.raised').then(() => {
              setRaising(false);
            }),
          );
        }}
      >
        <Form form={raiseForm} layout="vertical">
          <Form.Item name="level" label={t('incidents.levelLabel')} rules={[{ required: true }]}>
            <Select
              options={INCIDENT_LEVELS.map((l) => ({ value: l, label: t(`incidents.level.${l}`) }))}
            />
          </Form.Item>
          <Form.Item name="reason" label={t('incidents.raiseReason')} rules={[{ required: true }]}>
            <Input.TextArea maxLength={2000} />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        open={summaryOpen}
        title={t('incidents.sendSummary')}
        onCancel={() => {
          setSummaryOpen(false);
        }}
        onOk={() => {
          void summaryForm.validateFields().then((values) =>
            send('summary', values).then(() => {
              setSummaryOpen(false);
            }),
          );
        }}
      >
        <Form form={summaryForm} layout="vertical">
          {SUMMARY_FIELDS.map((field, index) => (
            <Form.Item
              key={field}
              name={field}
              initialValue=""
              label={t(`incidents.summary.${field}`)}
              rules={index < 3 ? [{ required: true }] : []}
            >
              <Input.TextArea maxLength={4000} />
            </Form.Item>
          ))}
        </Form>
      </Modal>
    </Drawer>
  );
}

/** 发布预警通报: level, type, content, indicators, deadlines and the audience. */
import { App, Button, DatePicker, Form, Input, Modal, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { useApiError } from '../../hooks/useApiError.ts';
import { AudiencePicker, audienceOf } from './AudiencePicker.tsx';
import { INDICATOR_KINDS, WARNING_LEVELS, WARNING_TYPES, type Indicator } from './types.ts';

interface Values {
  level: string;
  type: string;
  title: string;
  description: string;
  measures?: string;
  indicators?: Indicator[];
  ackBy: Dayjs;
  feedbackBy: Dayjs;
  audience: Parameters<typeof audienceOf>[0];
}

export function IssueWarningModal(props: {
  open: boolean;
  onClose: () => void;
  onIssued: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useApiError();
  const [form] = Form.useForm<Values>();

  const submit = (values: Values) =>
    api
      .post<{ queuedTo?: string[] }>('/warnings', {
        level: values.level,
        type: values.type,
        title: values.title,
        description: values.description,
        measures: values.measures ?? '',
        indicators: (values.indicators ?? []).filter((i) => i.value.trim() !== ''),
        ackBy: values.ackBy.toISOString(),
        feedbackBy: values.feedbackBy.toISOString(),
        audience: audienceOf(values.audience),
      })
      .then((issued) => {
        void message.success(t('warnings.issued', { n: issued.queuedTo?.length ?? 0 }));
        form.resetFields();
        props.onIssued();
      }, showError);

  return (
    <Modal
      open={props.open}
      width={760}
      title={t('warnings.issue')}
      onCancel={props.onClose}
      onOk={() => {
        form.submit();
      }}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        data-testid="issue-warning-form"
        initialValues={{
          level: 'orange',
          type: 'threat',
          audience: { kind: 'all' },
          ackBy: dayjs().add(1, 'day'),
          feedbackBy: dayjs().add(5, 'day'),
        }}
        onFinish={(values) => void submit(values)}
      >
        <Space wrap>
          <Form.Item name="level" label={t('warnings.level')} rules={[{ required: true }]}>
            <Select
              style={{ width: 120 }}
              options={WARNING_LEVELS.map((l) => ({ value: l, label: t(`warnings.levels.${l}`) }))}
            />
          </Form.Item>
          <Form.Item name="type" label={t('warnings.type')} rules={[{ required: true }]}>
            <Select
              style={{ width: 160 }}
              options={WARNING_TYPES.map((k) => ({ value: k, label: t(`warnings.types.${k}`) }))}
            />
          </Form.Item>
          <Form.Item name="ackBy" label={t('warnings.ackBy')} rules={[{ required: true }]}>
            <DatePicker showTime />
          </Form.Item>
          <Form.Item
            name="feedbackBy"
            label={t('warnings.feedbackBy')}
            rules={[{ required: true }]}
          >
            <DatePicker showTime />
          </Form.Item>
        </Space>
        <Form.Item
          name="title"
          label={t('warnings.titleLabel')}
          rules={[{ required: true, max: 200 }]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          name="description"
          label={t('warnings.description')}
          rules={[{ required: true }]}
        >
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item name="measures" label={t('warnings.measures')}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.List name="indicators">
          {(fields, { add, remove }) => (
            <Form.Item label={t('warnings.indicators')}>
              {fields.map((field) => (
                <Space key={field.key} align="baseline">
                  <Form.Item name={[field.name, 'kind']} initialValue="ip">
                    <Select
                      style={{ width: 140 }}
                      options={INDICATOR_KINDS.map((k) => ({
                        value: k,
                        label: t(`warnings.indicatorKinds.${k}`),
                      }))}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'value']} rules={[{ required: true }]}>
                    <Input placeholder={t('warnings.indicatorValue')} style={{ width: 260 }} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'note']}>
                    <Input placeholder={t('warnings.indicatorNote')} style={{ width: 160 }} />
                  </Form.Item>
                  <Button
                    onClick={() => {
                      remove(field.name);
                    }}
                  >
                    {t('common.delete')}
                  </Button>
                </Space>
              ))}
              <Button
                onClick={() => {
                  add({ kind: 'ip' });
                }}
              >
                {t('warnings.addIndicator')}
              </Button>
            </Form.Item>
          )}
        </Form.List>
        <AudiencePicker />
      </Form>
    </Modal>
  );
}

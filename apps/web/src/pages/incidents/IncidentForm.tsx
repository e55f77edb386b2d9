/** Create or edit an incident: what happened, when, what is involved, and the graded facts. */
import { useEffect } from 'react';
import { Alert, Checkbox, DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { IncidentLevelTag } from './IncidentParts.tsx';
import type { IncidentDetail, IncidentFacts } from './types.ts';

/** The form's values: fields left empty come back undefined. */
type Values = Partial<IncidentFacts> &
  Pick<IncidentFacts, 'domain' | 'dataLevel' | 'threat' | 'productionDamage'> & {
    title: string;
    discoveredAt: Dayjs;
    description?: string;
    systems?: string[];
    dataVolume?: string;
    measures?: string;
    ciiInvolved?: boolean;
  };

const DEFAULTS: Partial<Values> = {
  domain: 'industrial',
  dataLevel: 'none',
  threat: 'none',
  productionDamage: 'none',
  outageHours: 0,
  economicLossYuan: 0,
  personalInfoPersons: 0,
  sensitivePersonalInfoPersons: 0,
  systems: [],
  ciiInvolved: false,
};

/** The request body of POST /incidents (and PATCH) from the form's values. */
function bodyOf(values: Values) {
  const { title, description, discoveredAt, systems, dataVolume, measures, ciiInvolved } = values;
  return {
    title,
    description: description ?? '',
    discoveredAt: discoveredAt.toISOString(),
    systems: systems ?? [],
    dataVolume: dataVolume ?? '',
    measures: measures ?? '',
    ciiInvolved: ciiInvolved ?? false,
    facts: {
      domain: values.domain,
      dataLevel: values.dataLevel,
      threat: values.threat,
      productionDamage: values.productionDamage,
      outageHours: values.outageHours ?? 0,
      economicLossYuan: values.economicLossYuan ?? 0,
      personalInfoPersons: values.personalInfoPersons ?? 0,
      sensitivePersonalInfoPersons: values.sensitivePersonalInfoPersons ?? 0,
    },
  };
}

export function IncidentForm(props: {
  open: boolean;
  editing: IncidentDetail | null;
  onCancel: () => void;
  onSubmit: (body: ReturnType<typeof bodyOf>) => Promise<void>;
}) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { editing, open } = props;
  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (editing === null) {
      form.setFieldsValue({ ...DEFAULTS, discoveredAt: dayjs() });
    } else {
      form.setFieldsValue({
        ...editing.facts,
        title: editing.title,
        description: editing.description,
        discoveredAt: dayjs(editing.discoveredAt),
        systems: editing.systems,
        dataVolume: editing.dataVolume,
        measures: editing.measures,
        ciiInvolved: editing.ciiInvolved,
      });
    }
  }, [open, editing, form]);
  const options = (group: string, values: readonly string[]) =>
    values.map((value) => ({ value, label: t(`incidents.${group}.${value}`) }));
  const zh = i18n.language.startsWith('zh');
  return (
    <Modal
      open={open}
      width={720}
      title={editing === null ? t('incidents.create') : t('incidents.edit')}
      onCancel={props.onCancel}
      okButtonProps={{ 'data-testid': 'incident-save' }}
      onOk={() => {
        void form.validateFields().then((values) => props.onSubmit(bodyOf(values)));
      }}
    >
      {editing !== null && (
        <Alert
          style={{ marginBottom: 12 }}
          title={
            <span>
              {t('incidents.computedLevel')}：<IncidentLevelTag level={editing.computedLevel} />
              {t('incidents.decidedBy')}：{editing.decidedBy.id}{' '}
              {zh ? editing.decidedBy.description.zh : editing.decidedBy.description.en}
            </span>
          }
          description={t('incidents.regradeHint')}
        />
      )}
      <Form form={form} layout="vertical" data-testid="incident-form">
        <Form.Item name="title" label={t('incidents.title')} rules={[{ required: true, max: 200 }]}>
          <Input data-testid="incident-title" />
        </Form.Item>
        <Form.Item name="description" label={t('incidents.description')}>
          <Input.TextArea rows={2} maxLength={8000} />
        </Form.Item>
        <Form.Item
          name="discoveredAt"
          label={t('incidents.discoveredAt')}
          rules={[{ required: true }]}
        >
          <DatePicker showTime />
        </Form.Item>
        <Form.Item name="systems" label={t('incidents.systems')}>
          <Select mode="tags" open={false} />
        </Form.Item>
        <Form.Item name="domain" label={t('incidents.domainLabel')}>
          <Select options={options('domain', ['industrial', 'telecom', 'radio'])} />
        </Form.Item>
        <Form.Item name="dataLevel" label={t('incidents.dataLevelLabel')}>
          <Select options={options('dataLevel', ['none', 'general', 'important', 'core'])} />
        </Form.Item>
        <Form.Item name="threat" label={t('incidents.threatLabel')}>
          <Select
            options={options('threat', [
              'none',
              'relatively-serious',
              'serious',
              'especially-serious',
            ])}
          />
        </Form.Item>
        <Form.Item name="productionDamage" label={t('incidents.productionDamageLabel')}>
          <Select
            options={options('productionDamage', ['none', 'partial', 'major', 'large-scale'])}
          />
        </Form.Item>
        <Form.Item name="outageHours" label={t('incidents.outageHours')}>
          <InputNumber min={0} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="economicLossYuan" label={t('incidents.economicLoss')}>
          <InputNumber min={0} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="personalInfoPersons" label={t('incidents.piPersons')}>
          <InputNumber min={0} precision={0} style={{ width: 200 }} data-testid="incident-pi" />
        </Form.Item>
        <Form.Item name="sensitivePersonalInfoPersons" label={t('incidents.spiPersons')}>
          <InputNumber min={0} precision={0} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="dataVolume" label={t('incidents.dataVolume')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="measures" label={t('incidents.measures')}>
          <Input.TextArea rows={2} maxLength={8000} />
        </Form.Item>
        <Form.Item name="ciiInvolved" valuePropName="checked">
          <Checkbox>{t('incidents.cii')}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}

export type IncidentBody = ReturnType<typeof bodyOf>;

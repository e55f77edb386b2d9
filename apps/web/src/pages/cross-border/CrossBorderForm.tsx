/**
 * The self-check form: the counts and flags of what leaves the country since 1 January, the
 * exemptions claimed, the catalog items concerned (searched by table name) and a note.
 */
import { useState } from 'react';
import { Button, Checkbox, Form, Input, InputNumber, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../hooks/useApiQuery.ts';
import { CROSS_BORDER_EXEMPTIONS, type CrossBorderFacts, type CrossBorderItem } from './types.ts';

/** The request body of POST /cross-border/self-check. */
export type CheckBody = CrossBorderFacts & { catalogItemIds: string[]; note: string };

type Values = Partial<CheckBody>;

const DEFAULTS: Values = {
  operatorIsCiio: false,
  personalInfoPersons: 0,
  sensitivePersonalInfoPersons: 0,
  importantData: false,
  coreData: false,
  exemptions: [],
  catalogItemIds: [],
  note: '',
};

interface ItemOption {
  id: string;
  table: string;
}

/** Catalog items matching the search, plus the flagged ones so they can be picked at once. */
function useItemOptions(search: string, flagged: readonly CrossBorderItem[]) {
  const page = useApiQuery<{ items: ItemOption[] }>(
    '/catalog/items',
    search === '' ? { pageSize: 20 } : { pageSize: 20, q: search },
  );
  const options = new Map<string, string>();
  for (const item of flagged) options.set(item.itemId, item.table);
  for (const item of page.data?.items ?? []) options.set(item.id, item.table);
  return [...options].map(([value, label]) => ({ value, label }));
}

export function CrossBorderForm(props: {
  flagged: readonly CrossBorderItem[];
  busy: boolean;
  onSubmit: (body: CheckBody) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [search, setSearch] = useState('');
  const options = useItemOptions(search, props.flagged);
  const count = (name: keyof CrossBorderFacts, testId: string) => (
    <Form.Item name={name} label={t(`crossBorder.${name}`)} rules={[{ required: true }]}>
      <InputNumber
        min={0}
        max={10_000_000_000}
        precision={0}
        style={{ width: 220 }}
        data-testid={testId}
      />
    </Form.Item>
  );
  const flag = (name: keyof CrossBorderFacts, testId: string) => (
    <Form.Item name={name} valuePropName="checked" style={{ marginBottom: 4 }}>
      <Checkbox data-testid={testId}>{t(`crossBorder.${name}`)}</Checkbox>
    </Form.Item>
  );
  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={DEFAULTS}
      data-testid="cross-border-form"
      onFinish={(values) => {
        props.onSubmit({ ...(DEFAULTS as CheckBody), ...values });
      }}
    >
      <Space size="large" wrap>
        {count('personalInfoPersons', 'cross-border-pi')}
        {count('sensitivePersonalInfoPersons', 'cross-border-spi')}
      </Space>
      {flag('operatorIsCiio', 'cross-border-ciio')}
      {flag('importantData', 'cross-border-important')}
      {flag('coreData', 'cross-border-core')}
      <Form.Item name="exemptions" label={t('crossBorder.exemptions')}>
        <Checkbox.Group
          style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
          options={CROSS_BORDER_EXEMPTIONS.map((value) => ({
            value,
            label: t(`crossBorder.exemption.${value}`),
          }))}
        />
      </Form.Item>
      <Form.Item name="catalogItemIds" label={t('crossBorder.items')}>
        <Select
          mode="multiple"
          showSearch={{ filterOption: false, onSearch: setSearch }}
          options={options}
          placeholder={t('crossBorder.itemsPlaceholder')}
          data-testid="cross-border-items"
        />
      </Form.Item>
      <Form.Item name="note" label={t('crossBorder.note')}>
        <Input.TextArea rows={2} maxLength={2000} data-testid="cross-border-note" />
      </Form.Item>
      <Button
        type="primary"
        htmlType="submit"
        loading={props.busy}
        data-testid="cross-border-submit"
      >
        {t('crossBorder.submit')}
      </Button>
    </Form>
  );
}

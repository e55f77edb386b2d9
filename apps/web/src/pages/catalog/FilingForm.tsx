/** The filing fields the important/core data catalog form asks for; saved with PATCH. */
import { useState } from 'react';
import { Button, Form, Input, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CatalogItem, FilingFields } from '../../api/types.ts';

type TextField = 'department' | 'purpose' | 'storageLocation' | 'protection' | 'responsiblePerson';
type FlagField = 'sharing' | 'crossBorder';

const TEXT_FIELDS: readonly TextField[] = [
  'department',
  'purpose',
  'storageLocation',
  'protection',
  'responsiblePerson',
];
const FLAG_FIELDS: readonly FlagField[] = ['sharing', 'crossBorder'];
const LONG_FIELDS: ReadonlySet<TextField> = new Set(['purpose', 'protection']);

interface Props {
  item: CatalogItem;
  editable: boolean;
  onSave: (fields: FilingFields) => Promise<void>;
}

/** The filing fields of an item, as the form starts. */
function filingOf(item: CatalogItem): FilingFields {
  const {
    department,
    purpose,
    storageLocation,
    sharing,
    crossBorder,
    protection,
    responsiblePerson,
  } = item;
  return {
    department,
    purpose,
    storageLocation,
    sharing,
    crossBorder,
    protection,
    responsiblePerson,
  };
}

export function FilingForm({ item, editable, onSave }: Props) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);

  const handleFinish = (values: FilingFields) => {
    const fields: FilingFields = { ...values };
    for (const field of TEXT_FIELDS) fields[field] = values[field].trim();
    setBusy(true);
    onSave(fields)
      .catch(() => undefined)
      .finally(() => {
        setBusy(false);
      });
  };

  return (
    <Form<FilingFields>
      layout="vertical"
      initialValues={filingOf(item)}
      disabled={!editable}
      onFinish={handleFinish}
      data-testid="filing-form"
    >
      {TEXT_FIELDS.map((field) => (
        <Form.Item key={field} name={field} label={t(`filing.${field}`)}>
          {LONG_FIELDS.has(field) ? (
            <Input.TextArea rows={2} maxLength={1000} />
          ) : (
            <Input maxLength={200} />
          )}
        </Form.Item>
      ))}
      {FLAG_FIELDS.map((field) => (
        <Form.Item key={field} name={field} label={t(`filing.${field}`)} valuePropName="checked">
          <Switch />
        </Form.Item>
      ))}
      {editable && (
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('common.save')}
        </Button>
      )}
    </Form>
  );
}

/** Freeze the current catalog into the next numbered version, with a note. */
import { useState } from 'react';
import { Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';

interface Props {
  open: boolean;
  onCancel: () => void;
  onFreeze: (note: string) => Promise<void>;
}

export function FreezeModal({ open, onCancel, onFreeze }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ note: string }>();
  const [busy, setBusy] = useState(false);
  const handleOk = () => {
    form
      .validateFields()
      .then(async ({ note }) => {
        setBusy(true);
        await onFreeze(note.trim());
        form.resetFields();
      })
      .catch(() => undefined)
      .finally(() => {
        setBusy(false);
      });
  };
  return (
    <Modal
      open={open}
      title={t('versions.freeze')}
      onOk={handleOk}
      onCancel={onCancel}
      confirmLoading={busy}
      okText={t('versions.freeze')}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" data-testid="freeze-form">
        <Form.Item
          name="note"
          label={t('versions.note')}
          rules={[{ required: true, whitespace: true, message: t('form.required') }]}
        >
          <Input.TextArea rows={3} placeholder={t('versions.notePlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

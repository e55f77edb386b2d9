/** Add-source form; fields follow the kind (host/port/database/user/password or a path). */
import { useState } from 'react';
import { Form, Input, InputNumber, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CreateSourceRequest, SourceKind } from '../../api/types.ts';
import { buildTarget, defaultPort, isNetworkKind, type SourceFormValues } from './source-target.ts';

const KINDS: readonly SourceKind[] = ['postgres', 'mysql', 'sqlite', 'files'];

interface Props {
  open: boolean;
  onCancel: () => void;
  onSubmit: (request: CreateSourceRequest) => Promise<void>;
}

export function SourceFormModal({ open, onCancel, onSubmit }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<SourceFormValues>();
  // Undefined on the first render, before the form has mounted its initial values.
  const watched = Form.useWatch('kind', form) as SourceKind | undefined;
  const kind = watched ?? 'postgres';
  const [busy, setBusy] = useState(false);
  const required = [{ required: true, message: t('form.required') }];

  const handleOk = () => {
    form
      .validateFields()
      .then(async (values) => {
        setBusy(true);
        const request: CreateSourceRequest = {
          name: values.name.trim(),
          kind: values.kind,
          target: buildTarget(values),
        };
        if (isNetworkKind(values.kind) && values.password) request.password = values.password;
        await onSubmit(request);
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
      title={t('sources.add')}
      onOk={handleOk}
      onCancel={onCancel}
      confirmLoading={busy}
      okText={t('common.save')}
      destroyOnHidden
    >
      <Form<SourceFormValues>
        form={form}
        layout="vertical"
        initialValues={{ kind: 'postgres', host: '127.0.0.1' }}
        data-testid="source-form"
      >
        <Form.Item name="name" label={t('sources.name')} rules={required}>
          <Input />
        </Form.Item>
        <Form.Item name="kind" label={t('sources.kind')} rules={required}>
          <Select
            options={KINDS.map((k) => ({ value: k, label: t(`sourceKind.${k}`) }))}
            data-testid="source-kind"
          />
        </Form.Item>
        {isNetworkKind(kind) ? (
          <>
            <Form.Item name="host" label={t('sources.host')} rules={required}>
              <Input />
            </Form.Item>
            <Form.Item name="port" label={t('sources.port')}>
              <InputNumber
                min={1}
                max={65535}
                placeholder={String(defaultPort(kind))}
                style={{ width: '100%' }}
              />
            </Form.Item>
            <Form.Item name="database" label={t('sources.database')} rules={required}>
              <Input />
            </Form.Item>
            <Form.Item name="user" label={t('sources.user')} rules={required}>
              <Input autoComplete="off" />
            </Form.Item>
            <Form.Item
              name="password"
              label={t('sources.password')}
              extra={t('sources.passwordHint')}
            >
              <Input.Password autoComplete="new-password" />
            </Form.Item>
          </>
        ) : (
          <Form.Item
            name="path"
            label={t(kind === 'sqlite' ? 'sources.sqlitePath' : 'sources.filesPath')}
            rules={required}
          >
            <Input placeholder={kind === 'sqlite' ? '/data/plant.db' : '/data/exports'} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

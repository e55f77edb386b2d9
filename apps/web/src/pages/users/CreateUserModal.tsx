/** Admin form: a new account with a role and an initial password. */
import { useState } from 'react';
import { Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CreateUserRequest, Role } from '../../api/types.ts';

export const ROLES: readonly Role[] = ['admin', 'officer', 'reviewer', 'auditor'];

interface Props {
  open: boolean;
  onCancel: () => void;
  onCreate: (request: CreateUserRequest) => Promise<void>;
}

export function CreateUserModal({ open, onCancel, onCreate }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<CreateUserRequest>();
  const [busy, setBusy] = useState(false);
  const required = [{ required: true, whitespace: true, message: t('form.required') }];
  const handleOk = () => {
    form
      .validateFields()
      .then(async (values) => {
        setBusy(true);
        await onCreate({
          ...values,
          username: values.username.trim(),
          displayName: values.displayName.trim(),
        });
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
      title={t('users.create')}
      onOk={handleOk}
      onCancel={onCancel}
      confirmLoading={busy}
      okText={t('common.save')}
      destroyOnHidden
    >
      <Form<CreateUserRequest>
        form={form}
        layout="vertical"
        initialValues={{ role: 'officer' }}
        data-testid="user-form"
      >
        <Form.Item
          name="username"
          label={t('users.username')}
          rules={[
            ...required,
            { pattern: /^[A-Za-z0-9._@-]{2,64}$/, message: t('users.usernameRule') },
          ]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="displayName" label={t('users.displayName')} rules={required}>
          <Input />
        </Form.Item>
        <Form.Item name="role" label={t('users.role')} rules={required}>
          <Select<Role>
            options={ROLES.map((role) => ({ value: role, label: t(`role.${role}`) }))}
            data-testid="user-role"
          />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('users.password')}
          rules={[...required, { min: 10, message: t('users.passwordMin', { min: 10 }) }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

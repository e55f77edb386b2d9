/** The user's own API tokens: create (the secret is shown once), list, revoke. */
import { useState } from 'react';
import {
  Alert,
  Button,
  Card,
  Form,
  Input,
  Modal,
  Popconfirm,
  Space,
  Table,
  Typography,
} from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApiToken, CreatedToken } from '../../api/types.ts';
import { useApiError } from '../../hooks/useApiError.ts';
import { formatTime } from '../../components/format.ts';
import { useTokens } from './useTokens.ts';

export function TokensPanel() {
  const { t } = useTranslation();
  const showError = useApiError();
  const { list, create, revoke } = useTokens();
  const [form] = Form.useForm<{ name: string }>();
  const [created, setCreated] = useState<CreatedToken | null>(null);

  const handleCreate = ({ name }: { name: string }) => {
    create({ name: name.trim() })
      .then((token) => {
        setCreated(token);
        form.resetFields();
      })
      .catch(showError);
  };

  return (
    <Card title={t('tokens.title')} style={{ marginTop: 16 }}>
      <Form
        form={form}
        layout="inline"
        onFinish={handleCreate}
        style={{ marginBottom: 16 }}
        data-testid="token-form"
      >
        <Form.Item
          name="name"
          rules={[{ required: true, whitespace: true, message: t('form.required') }]}
        >
          <Input placeholder={t('tokens.name')} />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {t('tokens.create')}
        </Button>
      </Form>
      <Table<ApiToken>
        rowKey="id"
        size="small"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        pagination={false}
        columns={[
          { title: t('tokens.name'), dataIndex: 'name' },
          {
            title: t('tokens.createdAt'),
            dataIndex: 'createdAt',
            render: (_: unknown, tk) => formatTime(tk.createdAt),
          },
          {
            title: t('tokens.lastUsedAt'),
            dataIndex: 'lastUsedAt',
            render: (_: unknown, tk) => formatTime(tk.lastUsedAt),
          },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_: unknown, tk) => (
              <Popconfirm
                title={t('tokens.confirmRevoke')}
                onConfirm={() => {
                  revoke(tk.id).catch(showError);
                }}
              >
                <Button size="small" danger>
                  {t('tokens.revoke')}
                </Button>
              </Popconfirm>
            ),
          },
        ]}
      />
      <Modal
        open={created !== null}
        title={t('tokens.createdTitle')}
        footer={null}
        onCancel={() => {
          setCreated(null);
        }}
        data-testid="token-created"
      >
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Alert type="warning" showIcon title={t('tokens.shownOnce')} />
          <Typography.Paragraph
            copyable={{ text: created?.secret ?? '' }}
            code
            data-testid="token-secret"
          >
            {created?.secret}
          </Typography.Paragraph>
        </Space>
      </Modal>
    </Card>
  );
}

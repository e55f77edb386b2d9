/** Username and password login; errors (wrong password, locked account) come from the server codes. */
import { useState } from 'react';
import { Button, Card, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../auth/useAuth.ts';
import { useApiError } from '../../hooks/useApiError.ts';
import { LanguageSwitch } from '../../layout/LanguageSwitch.tsx';

interface LoginForm {
  username: string;
  password: string;
}

export function LoginPage() {
  const { t } = useTranslation();
  const { login } = useAuth();
  const showError = useApiError();
  const [busy, setBusy] = useState(false);

  const handleFinish = (values: LoginForm) => {
    setBusy(true);
    login(values.username, values.password)
      .catch(showError)
      .finally(() => {
        setBusy(false);
      });
  };

  return (
    <div
      style={{
        minHeight: '100%',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        background: '#f0f2f5',
      }}
    >
      <Card style={{ width: 380 }} title={t('app.name')} extra={<LanguageSwitch />}>
        <Typography.Paragraph type="secondary">{t('login.subtitle')}</Typography.Paragraph>
        <Form<LoginForm> layout="vertical" onFinish={handleFinish} data-testid="login-form">
          <Form.Item
            name="username"
            label={t('login.username')}
            rules={[{ required: true, message: t('form.required') }]}
          >
            <Input autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('login.password')}
            rules={[{ required: true, message: t('form.required') }]}
          >
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy}>
            {t('login.submit')}
          </Button>
        </Form>
      </Card>
    </div>
  );
}

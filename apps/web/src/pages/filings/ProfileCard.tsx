/** The filing profile: who files (credit code, name, region, industry). */
import { useEffect } from 'react';
import { Alert, App, Button, Card, Form, Input, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import type { FilingProfile } from '../../api/types.ts';
import type { ApiQuery } from '../../hooks/useApiQuery.ts';
import { useApiError } from '../../hooks/useApiError.ts';

type ProfileFields = Omit<FilingProfile, 'source'>;

export function ProfileCard({
  profile,
  onSave,
  editable,
}: {
  profile: ApiQuery<FilingProfile>;
  onSave: (fields: ProfileFields) => Promise<FilingProfile>;
  editable: boolean;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useApiError();
  const [form] = Form.useForm<ProfileFields>();
  const missing =
    profile.error instanceof ApiError && profile.error.code === 'FILING_PROFILE_MISSING';
  useEffect(() => {
    if (profile.data) form.setFieldsValue(profile.data);
  }, [profile.data, form]);

  return (
    <Card title={t('filings.profile')} style={{ marginBottom: 16 }} data-testid="filing-profile">
      {missing && (
        <Alert
          type="warning"
          showIcon
          title={t('filings.profileHint')}
          style={{ marginBottom: 12 }}
        />
      )}
      {profile.data?.source === 'registry' && (
        <Typography.Paragraph type="secondary">
          {t('filings.profileFromRegistry')}
        </Typography.Paragraph>
      )}
      <Form
        form={form}
        layout="inline"
        disabled={!editable}
        onFinish={(fields) => {
          onSave(fields).then(() => void message.success(t('common.saved')), showError);
        }}
      >
        <Space wrap>
          <Form.Item
            name="uscc"
            label={t('filings.uscc')}
            rules={[{ required: true, message: t('form.required') }]}
          >
            <Input style={{ width: 200 }} maxLength={40} />
          </Form.Item>
          <Form.Item
            name="name"
            label={t('filings.name')}
            rules={[{ required: true, message: t('form.required') }]}
          >
            <Input style={{ width: 220 }} maxLength={200} />
          </Form.Item>
          <Form.Item
            name="regionCode"
            label={t('filings.region')}
            rules={[{ required: true, message: t('form.required') }]}
          >
            <Input style={{ width: 100 }} maxLength={12} />
          </Form.Item>
          <Form.Item
            name="industryCode"
            label={t('filings.industry')}
            rules={[{ required: true, message: t('form.required') }]}
          >
            <Input style={{ width: 80 }} maxLength={6} />
          </Form.Item>
          {editable && (
            <Button type="primary" htmlType="submit">
              {t('filings.saveProfile')}
            </Button>
          )}
        </Space>
      </Form>
    </Card>
  );
}

/**
 * Review actions on one item: confirm the proposal as it is, or change level / category with
 * a required reason (the server answers REVIEW_REASON_REQUIRED otherwise).
 */
import { useState } from 'react';
import { Button, Form, Input, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CatalogItem, CategoryCode, Level, ReviewRequest } from '../../api/types.ts';
import { CATEGORY_CODES, LEVELS } from '../../components/levels.ts';

interface ChangeForm {
  level: Level;
  category?: CategoryCode;
  reason: string;
}

interface Props {
  item: CatalogItem;
  onReview: (request: ReviewRequest) => Promise<void>;
}

export function ReviewPanel({ item, onReview }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ChangeForm>();
  const [busy, setBusy] = useState<'confirm' | 'change' | null>(null);

  const run = (kind: 'confirm' | 'change', request: ReviewRequest) => {
    setBusy(kind);
    onReview(request)
      .catch(() => undefined)
      .finally(() => {
        setBusy(null);
      });
  };

  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="review-panel">
      <Button
        type="primary"
        loading={busy === 'confirm'}
        onClick={() => {
          run('confirm', { action: 'confirm' });
        }}
        data-testid="review-confirm"
      >
        {t('review.confirm')}
      </Button>
      <Form<ChangeForm>
        form={form}
        layout="vertical"
        initialValues={{ level: item.level, category: item.category ?? undefined, reason: '' }}
        onFinish={(values) => {
          run('change', {
            action: 'change',
            level: values.level,
            category: values.category ?? null,
            reason: values.reason.trim(),
          });
        }}
      >
        <Space wrap>
          <Form.Item
            name="level"
            label={t('catalog.level')}
            rules={[{ required: true, message: t('form.required') }]}
          >
            <Select<Level>
              style={{ width: 140 }}
              options={LEVELS.map((level) => ({ value: level, label: t(`level.${level}`) }))}
              data-testid="review-level"
            />
          </Form.Item>
          <Form.Item name="category" label={t('catalog.category')}>
            <Select<CategoryCode>
              style={{ width: 220 }}
              allowClear
              placeholder={t('category.none')}
              showSearch={{ optionFilterProp: 'label' }}
              options={CATEGORY_CODES.map((code) => ({
                value: code,
                label: t(`category.${code}`),
              }))}
            />
          </Form.Item>
        </Space>
        <Form.Item
          name="reason"
          label={t('review.reason')}
          rules={[{ required: true, whitespace: true, message: t('review.reasonRequired') }]}
        >
          <Input.TextArea
            rows={2}
            placeholder={t('review.reasonPlaceholder')}
            data-testid="review-reason"
          />
        </Form.Item>
        <Button htmlType="submit" loading={busy === 'change'} data-testid="review-change">
          {t('review.change')}
        </Button>
      </Form>
    </Space>
  );
}

/**
 * 审核 of one received assessment report (province): 审核通过, or 需整改 with a note saying
 * what to rework (the server refuses a needs-rework review without one, so the form asks
 * first). A report already reviewed opens with its current review, to change it.
 */
import { useState } from 'react';
import { App, Form, Input, Modal, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import type { ReviewReceivedAssessmentRequest } from '../../api/types.ts';
import { useApiError } from '../../hooks/useApiError.ts';
import type { ReceivedAssessment, ReviewOutcome } from './types.ts';

interface Values {
  outcome: ReviewOutcome;
  note?: string;
}

const OUTCOMES: readonly ReviewOutcome[] = ['accepted', 'needs-rework'];

export function ReviewAssessmentModal({
  report,
  onClose,
  onReviewed,
}: {
  /** The report to review; null keeps the modal closed. */
  report: ReceivedAssessment | null;
  onClose: () => void;
  onReviewed: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useApiError();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const outcome = Form.useWatch('outcome', form);

  const submit = () => {
    if (report === null) return;
    form
      .validateFields()
      .then(
        async (values) => {
          setBusy(true);
          const note = values.note?.trim() ?? '';
          const body: ReviewReceivedAssessmentRequest = {
            outcome: values.outcome,
            ...(note === '' ? {} : { note }),
          };
          await api.post(`/assessments-received/${report.id}/review`, body);
          void message.success(t('assessmentReview.done'));
          onReviewed();
        },
        () => undefined /* the form shows what is missing */,
      )
      .catch(showError)
      .finally(() => {
        setBusy(false);
      });
  };

  return (
    <Modal
      open={report !== null}
      title={t('assessmentReview.title', { name: report?.name ?? '' })}
      onOk={submit}
      onCancel={onClose}
      confirmLoading={busy}
      okText={t('assessmentReview.submit')}
      okButtonProps={{ 'data-testid': 'review-assessment-submit' }}
      destroyOnHidden
    >
      {/* Mounted afresh on each open (destroyOnHidden), so the initial values are this report's. */}
      <Form
        form={form}
        layout="vertical"
        data-testid="review-assessment-modal"
        initialValues={{
          outcome: report?.review?.outcome ?? 'accepted',
          note: report?.review?.note ?? '',
        }}
      >
        <Form.Item name="outcome" label={t('assessmentReview.outcome')} required>
          <Radio.Group
            data-testid="review-assessment-outcome"
            options={OUTCOMES.map((value) => ({
              value,
              label: t(`assessmentReview.outcomeOf.${value}`),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="note"
          label={t('assessmentReview.note')}
          dependencies={['outcome']}
          required={outcome === 'needs-rework'}
          rules={[
            ({ getFieldValue }) => ({
              validator: (_rule, value: string | undefined) =>
                getFieldValue('outcome') === 'needs-rework' && (value ?? '').trim() === ''
                  ? Promise.reject(new Error(t('assessmentReview.noteRequired')))
                  : Promise.resolve(),
            }),
          ]}
        >
          <Input.TextArea
            rows={4}
            maxLength={2000}
            showCount
            placeholder={t('assessmentReview.notePlaceholder')}
            data-testid="review-assessment-note"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Button that re-checks the whole SM3 chain and shows the verdict (first broken entry if any). */
import { useState } from 'react';
import { Alert, Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditVerifyResponse } from '../../api/types.ts';
import { useApiError } from '../../hooks/useApiError.ts';
import { localize } from '../../i18n/index.ts';

export function VerifyChain({ verify }: { verify: () => Promise<AuditVerifyResponse> }) {
  const { t } = useTranslation();
  const showError = useApiError();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<AuditVerifyResponse | null>(null);
  const handleVerify = () => {
    setBusy(true);
    verify()
      .then(setResult)
      .catch(showError)
      .finally(() => {
        setBusy(false);
      });
  };
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Button onClick={handleVerify} loading={busy} data-testid="audit-verify">
        {t('audit.verify')}
      </Button>
      {result &&
        (result.ok ? (
          <Alert
            type="success"
            showIcon
            title={t('audit.verifyOk', { checked: result.checked })}
            data-testid="audit-verify-result"
          />
        ) : (
          <Alert
            type="error"
            showIcon
            data-testid="audit-verify-result"
            title={t('audit.verifyBroken', {
              checked: result.checked,
              seq: result.firstBroken?.seq ?? '?',
              reason: localize(result.firstBroken?.reason ?? ''),
            })}
          />
        ))}
    </Space>
  );
}

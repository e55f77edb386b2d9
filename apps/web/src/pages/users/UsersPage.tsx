/** Users (admin) and the signed-in user's API tokens. */
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../auth/useAuth.ts';
import { can } from '../../auth/permissions.ts';
import { TokensPanel } from './TokensPanel.tsx';
import { UsersPanel } from './UsersPanel.tsx';

export function UsersPage() {
  const { t } = useTranslation();
  const { user } = useAuth();
  return (
    <div data-testid="page-users">
      <Typography.Title level={3}>{t('nav.users')}</Typography.Title>
      {can(user?.role, 'manageUsers') && <UsersPanel />}
      <TokensPanel />
    </div>
  );
}

/** The signed-in frame: side menu, header with language switch and user menu, page content. */
import type { ReactNode } from 'react';
import { Button, Layout, Menu, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth/useAuth.ts';
import { can } from '../auth/permissions.ts';
import { navigate } from '../router/hash-router.tsx';
import { useApiError } from '../hooks/useApiError.ts';
import { useNodeRole } from '../hooks/useNodeRole.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { NAV, navKeyOf, shownOn } from './nav.ts';

export function AppLayout({ path, children }: { path: string; children: ReactNode }) {
  const { t } = useTranslation();
  const { user, logout } = useAuth();
  const showError = useApiError();
  const nodeRole = useNodeRole();
  const items = NAV.filter(
    (entry) => (!entry.requires || can(user?.role, entry.requires)) && shownOn(entry, nodeRole),
  ).map((entry) => ({
    key: entry.key,
    label: t(entry.labelKey),
    onClick: () => {
      navigate(entry.path);
    },
  }));

  return (
    <Layout style={{ minHeight: '100%' }}>
      <Layout.Sider breakpoint="lg" collapsedWidth={0} theme="dark">
        <div style={{ color: '#fff', fontSize: 18, fontWeight: 600, padding: '16px 24px' }}>
          {t('app.name')}
        </div>
        <Menu
          theme="dark"
          mode="inline"
          selectedKeys={[navKeyOf(path)]}
          items={items}
          data-testid="nav"
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{
            background: '#fff',
            display: 'flex',
            justifyContent: 'space-between',
            alignItems: 'center',
            padding: '0 24px',
          }}
        >
          <Typography.Text strong data-testid="node-title">
            {/* The node's own tier (企业 / 省级 / 部级), once its role is known. */}
            {nodeRole === undefined
              ? t('app.title')
              : `${t('app.title')} · ${t(`app.node.${nodeRole}`)}`}
          </Typography.Text>
          <Space size="middle">
            <LanguageSwitch />
            <Typography.Text data-testid="current-user">
              {user?.displayName ?? user?.username} · {user ? t(`role.${user.role}`) : ''}
              {user ? ` · ${user.orgName}` : ''}
            </Typography.Text>
            <Button
              size="small"
              onClick={() => {
                // The next person to sign in starts at the overview, not on this user's page.
                logout()
                  .catch(showError)
                  .finally(() => {
                    navigate('/');
                  });
              }}
            >
              {t('auth.logout')}
            </Button>
          </Space>
        </Layout.Header>
        <Layout.Content style={{ padding: 24 }}>{children}</Layout.Content>
      </Layout>
    </Layout>
  );
}

/**
 * The app shell: antd locale and dayjs locale follow the i18n language, the session decides
 * between the login page and the signed-in layout, and the hash route picks the page.
 */
import { Suspense, useEffect } from 'react';
import { App as AntApp, ConfigProvider, Spin } from 'antd';
import zhCNLocale from 'antd/locale/zh_CN';
import enUSLocale from 'antd/locale/en_US';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useTranslation } from 'react-i18next';
import { AuthProvider } from './auth/AuthProvider.tsx';
import { useAuth } from './auth/useAuth.ts';
import { AppLayout } from './layout/AppLayout.tsx';
import { LoginPage } from './pages/login/LoginPage.tsx';
import { useRoutePath } from './router/hash-router.tsx';
import { PageRoutes } from './pages/PageRoutes.tsx';

function Shell() {
  const { user, loading } = useAuth();
  const path = useRoutePath();
  if (loading) return <Spin fullscreen />;
  if (!user) return <LoginPage />;
  return (
    <AppLayout path={path}>
      <Suspense fallback={<Spin />}>
        <PageRoutes path={path} />
      </Suspense>
    </AppLayout>
  );
}

export function App() {
  const { i18n } = useTranslation();
  const english = i18n.language === 'en';
  useEffect(() => {
    dayjs.locale(english ? 'en' : 'zh-cn');
    document.documentElement.lang = english ? 'en' : 'zh-CN';
  }, [english]);
  return (
    <ConfigProvider
      locale={english ? enUSLocale : zhCNLocale}
      theme={{ token: { colorPrimary: '#1f4e8c' } }}
    >
      <AntApp style={{ height: '100%' }}>
        <AuthProvider>
          <Shell />
        </AuthProvider>
      </AntApp>
    </ConfigProvider>
  );
}

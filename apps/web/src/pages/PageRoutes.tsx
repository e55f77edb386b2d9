/** Route path → page. Pages load lazily so the login screen stays light. */
import { lazy } from 'react';
import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { matchRoute } from '../router/hash-router.tsx';
import { useAuth } from '../auth/useAuth.ts';
import { can } from '../auth/permissions.ts';

const OverviewPage = lazy(() =>
  import('./overview/OverviewPage.tsx').then((m) => ({ default: m.OverviewPage })),
);
const SourcesPage = lazy(() =>
  import('./sources/SourcesPage.tsx').then((m) => ({ default: m.SourcesPage })),
);
const ScansPage = lazy(() =>
  import('./scans/ScansPage.tsx').then((m) => ({ default: m.ScansPage })),
);
const ScanDetailPage = lazy(() =>
  import('./scan-detail/ScanDetailPage.tsx').then((m) => ({ default: m.ScanDetailPage })),
);
const CatalogPage = lazy(() =>
  import('./catalog/CatalogPage.tsx').then((m) => ({ default: m.CatalogPage })),
);
const VersionsPage = lazy(() =>
  import('./versions/VersionsPage.tsx').then((m) => ({ default: m.VersionsPage })),
);
const AuditPage = lazy(() =>
  import('./audit/AuditPage.tsx').then((m) => ({ default: m.AuditPage })),
);
const UsersPage = lazy(() =>
  import('./users/UsersPage.tsx').then((m) => ({ default: m.UsersPage })),
);

export function PageRoutes({ path }: { path: string }) {
  const { t } = useTranslation();
  const role = useAuth().user?.role;
  const scan = matchRoute('/scans/:id', path);
  if (scan?.['id']) return <ScanDetailPage scanId={scan['id']} />;
  switch (path.split('?')[0] ?? '/') {
    case '/':
    case '/overview':
      return <OverviewPage />;
    case '/sources':
      return <SourcesPage />;
    case '/scans':
      return <ScansPage />;
    case '/catalog':
      return <CatalogPage />;
    case '/versions':
      return <VersionsPage />;
    case '/audit':
      return can(role, 'readAudit') ? (
        <AuditPage />
      ) : (
        <Result status="403" title={t('common.forbidden')} />
      );
    case '/users':
      return <UsersPage />;
    default:
      return <Result status="404" title={t('common.notFound')} />;
  }
}

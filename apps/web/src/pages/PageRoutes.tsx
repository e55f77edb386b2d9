/** Route path → page. Pages load lazily so the login screen stays light. */
import { lazy } from 'react';
import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { matchRoute } from '../router/hash-router.tsx';
import { useAuth } from '../auth/useAuth.ts';
import { can } from '../auth/permissions.ts';
import { useNodeRole } from '../hooks/useNodeRole.ts';

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
const NationalPage = lazy(() =>
  import('./national/NationalPage.tsx').then((m) => ({ default: m.NationalPage })),
);
const RegulatorPage = lazy(() =>
  import('./regulator/RegulatorPage.tsx').then((m) => ({ default: m.RegulatorPage })),
);
const RegulatorMapPage = lazy(() =>
  import('./regulator/RegulatorMapPage.tsx').then((m) => ({ default: m.RegulatorMapPage })),
);
const NodesPage = lazy(() =>
  import('./nodes/NodesPage.tsx').then((m) => ({ default: m.NodesPage })),
);
const FilingsPage = lazy(() =>
  import('./filings/FilingsPage.tsx').then((m) => ({ default: m.FilingsPage })),
);
const FilingReviewsPage = lazy(() =>
  import('./filing-reviews/FilingReviewsPage.tsx').then((m) => ({
    default: m.FilingReviewsPage,
  })),
);
const IncidentsPage = lazy(() =>
  import('./incidents/IncidentsPage.tsx').then((m) => ({ default: m.IncidentsPage })),
);
const ReceivedIncidentsPage = lazy(() =>
  import('./incidents/ReceivedIncidentsPage.tsx').then((m) => ({
    default: m.ReceivedIncidentsPage,
  })),
);
const AssessmentsPage = lazy(() =>
  import('./assessments/AssessmentsPage.tsx').then((m) => ({ default: m.AssessmentsPage })),
);
const AssessmentDetailPage = lazy(() =>
  import('./assessments/AssessmentDetailPage.tsx').then((m) => ({
    default: m.AssessmentDetailPage,
  })),
);
const ReceivedAssessmentsPage = lazy(() =>
  import('./assessments/ReceivedAssessmentsPage.tsx').then((m) => ({
    default: m.ReceivedAssessmentsPage,
  })),
);
const CrossBorderPage = lazy(() =>
  import('./cross-border/CrossBorderPage.tsx').then((m) => ({ default: m.CrossBorderPage })),
);
const ChecklistsPage = lazy(() =>
  import('./checklists/ChecklistsPage.tsx').then((m) => ({ default: m.ChecklistsPage })),
);
const WarningInboxPage = lazy(() =>
  import('./warnings/WarningInboxPage.tsx').then((m) => ({ default: m.WarningInboxPage })),
);
const IssuedWarningsPage = lazy(() =>
  import('./warnings/IssuedWarningsPage.tsx').then((m) => ({ default: m.IssuedWarningsPage })),
);
const UsersPage = lazy(() =>
  import('./users/UsersPage.tsx').then((m) => ({ default: m.UsersPage })),
);

export function PageRoutes({ path }: { path: string }) {
  const { t } = useTranslation();
  const role = useAuth().user?.role;
  const nodeRole = useNodeRole();
  const scan = matchRoute('/scans/:id', path);
  // The ministry has no catalog: its home page is the national view.
  if (nodeRole === 'ministry' && ['/', '/overview'].includes(path.split('?')[0] ?? '/'))
    return <NationalPage />;
  if (scan?.['id']) return <ScanDetailPage scanId={scan['id']} />;
  const assessment = matchRoute('/assessments/:id', path);
  if (assessment?.['id']) return <AssessmentDetailPage id={assessment['id']} />;
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
    case '/national':
      return <NationalPage />;
    case '/regulator':
      return <RegulatorPage />;
    case '/regulator-map':
      return <RegulatorMapPage />;
    case '/nodes':
      return <NodesPage />;
    case '/filings':
      return <FilingsPage />;
    case '/filing-reviews':
      return <FilingReviewsPage />;
    case '/incidents':
      return <IncidentsPage />;
    case '/incidents-received':
      return <ReceivedIncidentsPage />;
    case '/assessments':
      return <AssessmentsPage />;
    case '/assessments-received':
      return <ReceivedAssessmentsPage />;
    case '/checklists':
      return <ChecklistsPage />;
    case '/cross-border':
      return <CrossBorderPage />;
    case '/warning-inbox':
      return <WarningInboxPage />;
    case '/warnings':
      return <IssuedWarningsPage />;
    case '/users':
      return <UsersPage />;
    default:
      return <Result status="404" title={t('common.notFound')} />;
  }
}

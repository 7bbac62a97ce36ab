import { Button, Result, Spin } from 'antd';
import type { ReactNode } from 'react';
import { Navigate, Route, Routes } from 'react-router-dom';
import { ROLE_AREA } from '../../shared/roles';
import type { Area } from '../../shared/roles';
import { ComingSoon } from '../components/ComingSoon';
import { Forbidden, NotFound } from '../components/StatusPage';
import { ConsoleHome } from '../features/console/ConsoleHome';
import { AuditPage } from '../features/console/audit/AuditPage';
import { CalendarPage } from '../features/console/calendar/CalendarPage';
import { CatalogAdminRoutes } from '../features/console/catalog/CatalogAdminRoutes';
import { OrganisationPage } from '../features/console/organisation/OrganisationPage';
import { BundleRoutes, GuideRoutes } from '../features/guide/GuideRoutes';
import { PortalHome } from '../features/portal/PortalHome';
import { PortalCasesRoutes } from '../features/portal/cases/PortalCasesRoutes';
import { SignInPage } from '../features/auth/SignInPage';
import { WorkbenchHome } from '../features/workbench/WorkbenchHome';
import { QueueRoutes } from '../features/workbench/queue/QueueRoutes';
import { IntakePage } from '../features/workbench/intake/IntakePage';
import { PickupRoutes } from '../features/workbench/intake/PickupRoutes';
import { CaseOversightRoutes } from '../features/console/cases/CaseOversightPage';
import { useAuth, useMe } from './auth';
import { useT } from './i18n';
import { PortalLayout } from './layouts/PortalLayout';
import { StaffLayout } from './layouts/StaffLayout';
import { AREA_HOME, NAV, allows, homeFor } from './nav';
import type { Feature } from './nav';

/** Features that are built, by `area/path`; the others show their ComingSoon placeholder. */
const PAGES: Partial<Record<string, ReactNode>> = {
  'console/organisation': <OrganisationPage />,
  'console/catalog': <CatalogAdminRoutes />,
  'portal/guide': <GuideRoutes />,
  'portal/bundles': <BundleRoutes />,
  'console/audit': <AuditPage />,
  'console/calendar': <CalendarPage />,
  'portal/cases': <PortalCasesRoutes />,
  'workbench/queue': <QueueRoutes />,
  'workbench/intake': <IntakePage />,
  'workbench/pickup': <PickupRoutes />,
  'console/cases': <CaseOversightRoutes />,
};

export function AppRoutes() {
  const { state, retry } = useAuth();
  const t = useT();

  // Routing needs to know who is signed in, so nothing routes until the session check is done.
  if (state.status === 'loading') {
    return (
      <div className="tb-fullpage">
        <Spin size="large" description={t('app.loading')} />
      </div>
    );
  }
  if (state.status === 'error') {
    return (
      <Result
        status="warning"
        title={<h1 className="tb-result-title">{t('app.unreachable')}</h1>}
        subTitle={state.message}
        extra={
          <Button type="primary" onClick={retry}>
            {t('app.retry')}
          </Button>
        }
      />
    );
  }

  return (
    <Routes>
      <Route
        path="/"
        element={<Navigate to={state.status === 'signed-in' ? homeFor(state.me.role) : '/sign-in'} replace />}
      />
      <Route path="/sign-in" element={<SignInPage />} />
      {/* The guide is public: people look up what to bring before they have an account. */}
      <Route path="/guide/*" element={<GuideRoutes />} />
      {areaRoutes('portal', <PortalLayout />, <PortalHome />)}
      {areaRoutes('workbench', <StaffLayout area="workbench" />, <WorkbenchHome />)}
      {areaRoutes('console', <StaffLayout area="console" />, <ConsoleHome />)}
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}

function areaRoutes(area: Area, layout: ReactNode, home: ReactNode) {
  return (
    <Route path={AREA_HOME[area]} element={<RequireArea area={area}>{layout}</RequireArea>}>
      <Route index element={home} />
      {NAV[area].features.map((feature) => (
        <Route
          key={feature.path}
          path={`${feature.path}/*`}
          element={
            <RequireFeature feature={feature}>
              {PAGES[`${area}/${feature.path}`] ?? (
                <ComingSoon title={feature.label} description={feature.description} />
              )}
            </RequireFeature>
          }
        />
      ))}
      <Route path="*" element={<NotFound />} />
    </Route>
  );
}

/** Signed-out visitors go to sign-in; a signed-in user in another role's area goes to their own home. */
function RequireArea({ area, children }: { area: Area; children: ReactNode }) {
  const { state } = useAuth();
  if (state.status !== 'signed-in') return <Navigate to="/sign-in" replace />;
  const own = ROLE_AREA[state.me.role];
  if (own !== area) return <Navigate to={AREA_HOME[own]} replace />;
  return children;
}

/** Inside their area, a role sees only its own features; the server enforces the same rules. */
function RequireFeature({ feature, children }: { feature: Feature; children: ReactNode }) {
  const me = useMe();
  return allows(feature, me.role) ? children : <Forbidden />;
}

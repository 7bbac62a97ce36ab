import { Route, Routes } from 'react-router-dom';
import { NotFound } from '../../../components/StatusPage';
import { ApplyPage } from './ApplyPage';
import { BundleApplyPage } from './BundleApplyPage';
import { BundleProgressPage } from './BundleProgressPage';
import { CaseDetailPage } from './CaseDetailPage';
import { MyCasesPage } from './MyCasesPage';

/** /portal/cases/*: my cases, applying for an item or a bundle, one case, one bundle's progress. */
export function PortalCasesRoutes() {
  return (
    <Routes>
      <Route index element={<MyCasesPage />} />
      <Route path="apply/:implCode" element={<ApplyPage />} />
      <Route path="apply-bundle/:code" element={<BundleApplyPage />} />
      <Route path="bundles/:id" element={<BundleProgressPage />} />
      <Route path=":id" element={<CaseDetailPage />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}

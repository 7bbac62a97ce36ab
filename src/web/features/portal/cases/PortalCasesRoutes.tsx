import { Route, Routes } from 'react-router-dom';
import { NotFound } from '../../../components/StatusPage';
import { ApplyPage } from './ApplyPage';
import { CaseDetailPage } from './CaseDetailPage';
import { MyCasesPage } from './MyCasesPage';

/** /portal/cases/*: my cases, applying for an item, one case. */
export function PortalCasesRoutes() {
  return (
    <Routes>
      <Route index element={<MyCasesPage />} />
      <Route path="apply/:implCode" element={<ApplyPage />} />
      <Route path=":id" element={<CaseDetailPage />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}

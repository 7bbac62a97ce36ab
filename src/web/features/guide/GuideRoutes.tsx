import { useEffect } from 'react';
import { NavigationType, Route, Routes, useLocation, useNavigationType } from 'react-router-dom';
import { NotFound } from '../../components/StatusPage';
import { BundleGuidePage } from './BundleGuidePage';
import { BundleListPage } from './BundleListPage';
import { GuideShell } from './GuideShell';
import { ItemGuidePage } from './ItemGuidePage';
import { SearchPage } from './SearchPage';
import './guide.css';

/**
 * The service guide, mounted at /guide/* for everyone (in its own light shell) and at
 * /portal/guide/* inside the signed-in portal layout. Same pages; links stay on their side.
 */
export function GuideRoutes() {
  const { pathname } = useLocation();
  const routes = (
    <>
      <ScrollToTop />
      <Routes>
        <Route index element={<SearchPage />} />
        <Route path="items/:implCode" element={<ItemGuidePage />} />
        <Route path="bundles/:code" element={<BundleGuidePage />} />
        <Route path="*" element={<NotFound />} />
      </Routes>
    </>
  );
  return pathname.startsWith('/portal') ? routes : <GuideShell>{routes}</GuideShell>;
}

/** The bundles ("one thing") list and guides inside the portal, at /portal/bundles/*. */
export function BundleRoutes() {
  return (
    <>
      <ScrollToTop />
      <Routes>
        <Route index element={<BundleListPage />} />
        <Route path=":code" element={<BundleGuidePage />} />
        <Route path="*" element={<NotFound />} />
      </Routes>
    </>
  );
}

/** A new guide page starts at its top; back and forward leave the browser's position alone. */
function ScrollToTop() {
  const { pathname } = useLocation();
  const navigationType = useNavigationType();
  useEffect(() => {
    if (navigationType !== NavigationType.Pop) window.scrollTo(0, 0);
  }, [pathname, navigationType]);
  return null;
}

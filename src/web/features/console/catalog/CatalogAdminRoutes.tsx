import { Route, Routes } from 'react-router-dom';
import { NotFound } from '../../../components/StatusPage';
import { AdoptPage } from './AdoptPage';
import { EditBundlePage, NewBundlePage } from './BundleEditorPage';
import { BundleListPage } from './BundleListPage';
import { EditItemPage, NewItemPage } from './ItemEditorPage';
import { ItemListPage } from './ItemListPage';
import { VersionsPage } from './VersionsPage';

/**
 * The catalog console, mounted at /console/catalog/* (app/routes.tsx): the item list with the Excel
 * block, the item editor, versions and publishing, adoption of city items by counties, and the
 * bundles (一件事) with their editor.
 */
export function CatalogAdminRoutes() {
  return (
    <Routes>
      <Route index element={<ItemListPage />} />
      <Route path="bundles" element={<BundleListPage />} />
      <Route path="bundles/new" element={<NewBundlePage />} />
      <Route path="bundles/:code/edit" element={<EditBundlePage />} />
      <Route path="new" element={<NewItemPage />} />
      <Route path=":id/edit" element={<EditItemPage />} />
      <Route path=":id/versions" element={<VersionsPage />} />
      <Route path=":id/adopt" element={<AdoptPage />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}

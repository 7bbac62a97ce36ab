import { Route, Routes } from 'react-router-dom';
import { NotFound } from '../../../components/StatusPage';
import { AdoptPage } from './AdoptPage';
import { EditItemPage, NewItemPage } from './ItemEditorPage';
import { ItemListPage } from './ItemListPage';
import { VersionsPage } from './VersionsPage';

/**
 * The catalog console, mounted at /console/catalog/* (app/routes.tsx): the item list with the Excel
 * block, the item editor, versions and publishing, and adoption of city items by counties.
 */
export function CatalogAdminRoutes() {
  return (
    <Routes>
      <Route index element={<ItemListPage />} />
      <Route path="new" element={<NewItemPage />} />
      <Route path=":id/edit" element={<EditItemPage />} />
      <Route path=":id/versions" element={<VersionsPage />} />
      <Route path=":id/adopt" element={<AdoptPage />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}

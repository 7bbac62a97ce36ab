import { Link, Route, Routes, useParams } from 'react-router-dom';
import { useT } from '../../../app/i18n';
import { NotFound } from '../../../components/StatusPage';
import { StaffCasePage } from '../../cases/StaffCase';
import { QueuePage } from '../queue/QueuePage';

/** /workbench/pickup/*: decided cases waiting at the unified pickup window (统一出件), and delivery. */
export function PickupRoutes() {
  return (
    <Routes>
      <Route
        index
        element={<QueuePage base="/workbench/pickup" title="cases.pickup.heading" defaultStatus="approved" />}
      />
      <Route path=":id" element={<PickupCase />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}

function PickupCase() {
  const { id = '' } = useParams();
  const t = useT();
  return <StaffCasePage id={id} backLink={<Link to="/workbench/pickup">{t('cases.back')}</Link>} />;
}

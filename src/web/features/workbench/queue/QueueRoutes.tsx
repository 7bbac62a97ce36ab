import { Link, Route, Routes, useParams } from 'react-router-dom';
import { useT } from '../../../app/i18n';
import { NotFound } from '../../../components/StatusPage';
import { StaffCasePage } from '../../cases/StaffCase';
import { QueuePage } from './QueuePage';

/** /workbench/queue/*: the department's work queue and one case. */
export function QueueRoutes() {
  return (
    <Routes>
      <Route index element={<QueuePage />} />
      <Route path=":id" element={<QueueCase />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}

function QueueCase() {
  const { id = '' } = useParams();
  const t = useT();
  return <StaffCasePage id={id} backLink={<Link to="/workbench/queue">{t('cases.back')}</Link>} />;
}

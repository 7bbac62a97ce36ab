import { Tabs, Typography } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { useT } from '../../../app/i18n';
import { usePageTitle } from '../../../components/usePageTitle';
import { CentersTab } from './CentersTab';
import { DepartmentsTab } from './DepartmentsTab';
import { StaffTab } from './StaffTab';
import { WindowsTab } from './WindowsTab';

const TABS = ['centers', 'departments', 'windows', 'staff'] as const;
type TabKey = (typeof TABS)[number];

function parseTab(value: string | null): TabKey {
  return TABS.find((tab) => tab === value) ?? 'centers';
}

/** 组织机构: centers, departments, windows and staff. The tab is in the URL so reload and links keep it. */
export function OrganisationPage() {
  const t = useT();
  usePageTitle(t('console.organisation'));
  const [params, setParams] = useSearchParams();
  const active = parseTab(params.get('tab'));

  const label = (key: TabKey) => <span data-testid={`org-tab-${key}`}>{t(`org.tab.${key}`)}</span>;

  return (
    <section className="tb-page tb-page-wide">
      <Typography.Title level={1} data-testid="page-organisation">
        {t('console.organisation')}
      </Typography.Title>
      <Tabs
        activeKey={active}
        onChange={(key) => setParams({ tab: key }, { replace: true })}
        // Each tab loads when opened and again when reopened, so it never shows stale rows.
        destroyOnHidden
        items={[
          { key: 'centers', label: label('centers'), children: <CentersTab /> },
          { key: 'departments', label: label('departments'), children: <DepartmentsTab /> },
          { key: 'windows', label: label('windows'), children: <WindowsTab /> },
          { key: 'staff', label: label('staff'), children: <StaffTab /> },
        ]}
      />
    </section>
  );
}

import { MenuOutlined } from '@ant-design/icons';
import { Button, Layout, Menu } from 'antd';
import { useState } from 'react';
import { Link, Outlet, useLocation } from 'react-router-dom';
import type { Area } from '../../../shared/roles';
import { LangSwitch } from '../../components/LangSwitch';
import { SignOutButton } from '../../components/SignOutButton';
import { UserSummary } from '../../components/UserSummary';
import { useMe } from '../auth';
import { useT } from '../i18n';
import { AREA_HOME, featuresFor } from '../nav';
import { SkipLink, menuItems, selectedKey } from './shared';

/** Workbench (window and back-office staff) and console (admins, supervisors): desk-first, sider menu. */
export function StaffLayout({ area }: { area: Exclude<Area, 'portal'> }) {
  const me = useMe();
  const t = useT();
  const { pathname } = useLocation();
  const features = featuresFor(area, me.role);
  // Below lg the sider folds away; antd's own trigger is a bare span, so a real button opens it.
  const [narrow, setNarrow] = useState(false);
  const [collapsed, setCollapsed] = useState(false);

  return (
    <Layout className="tb-staff">
      <SkipLink />
      <Layout.Sider
        id="staff-nav"
        theme="light"
        width={220}
        breakpoint="lg"
        collapsedWidth={0}
        collapsed={collapsed}
        trigger={null}
        onBreakpoint={(broken) => {
          setNarrow(broken);
          setCollapsed(broken);
        }}
        className="tb-staff-sider"
      >
        {/* inert keeps keyboard focus out of the folded-away sider. */}
        <div inert={narrow && collapsed}>
          <Link to={AREA_HOME[area]} className="tb-brand tb-sider-brand">
            {t('app.name')}
            <span className="tb-brand-sub">{t(`area.${area}`)}</span>
          </Link>
          <nav aria-label={t('app.mainNav')}>
            <Menu
              mode="inline"
              items={menuItems(area, features, t)}
              selectedKeys={[selectedKey(area, features, pathname)]}
              onClick={() => setCollapsed(narrow)}
            />
          </nav>
        </div>
      </Layout.Sider>
      {narrow && !collapsed && (
        // Tapping beside the open sider closes it; keyboard users have the menu button.
        <div className="tb-sider-mask" aria-hidden onClick={() => setCollapsed(true)} />
      )}
      <Layout>
        <header className="tb-staff-header">
          {narrow && (
            <Button
              icon={<MenuOutlined />}
              aria-label={t('app.menu')}
              aria-expanded={!collapsed}
              aria-controls="staff-nav"
              onClick={() => setCollapsed(!collapsed)}
            />
          )}
          <UserSummary />
          <div className="tb-header-actions">
            <LangSwitch />
            <SignOutButton />
          </div>
        </header>
        {/* Layout.Content renders <main>. */}
        <Layout.Content id="main" className="tb-staff-main" tabIndex={-1}>
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}

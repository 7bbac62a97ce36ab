import { ConfigProvider, Menu } from 'antd';
import { Link, NavLink, Outlet, useLocation } from 'react-router-dom';
import { ElderSwitch } from '../../components/ElderSwitch';
import { LangSwitch } from '../../components/LangSwitch';
import { SignOutButton } from '../../components/SignOutButton';
import { UserSummary } from '../../components/UserSummary';
import { useMe } from '../auth';
import { useT } from '../i18n';
import { AREA_HOME, NAV, featurePath, featuresFor } from '../nav';
import { useElder } from '../preferences';
import { elderTheme } from '../theme';
import { SkipLink, menuItems, selectedKey } from './shared';

/**
 * Citizens and firms, phone first: a bottom tab bar under 768px, a top menu above it.
 * Both navs are rendered and CSS shows one, so there is no layout jump on first paint.
 */
export function PortalLayout() {
  const me = useMe();
  const t = useT();
  const { elder } = useElder();
  const { pathname } = useLocation();
  const features = featuresFor('portal', me.role);
  const home = NAV.portal.home;

  const tabs = [
    { to: AREA_HOME.portal, icon: home.icon, label: t(home.label) },
    ...features.flatMap((feature) =>
      feature.tab ? [{ to: featurePath('portal', feature), icon: feature.icon, label: t(feature.tab) }] : [],
    ),
  ];

  return (
    <ConfigProvider theme={elder ? elderTheme : {}}>
      <div className="tb-portal" data-elder={elder ? 'true' : 'false'}>
        <SkipLink />
        <header className="tb-portal-header">
          {/* One element per control, placed by CSS grid: two rows on phones, one on desktop. */}
          <div className="tb-portal-bar">
            <Link to={AREA_HOME.portal} className="tb-brand tb-bar-brand">
              {t('app.name')}
            </Link>
            <div className="tb-bar-user">
              <UserSummary />
            </div>
            <div className="tb-bar-elder">
              <ElderSwitch />
            </div>
            <div className="tb-bar-lang">
              <LangSwitch />
            </div>
            <div className="tb-bar-signout">
              <SignOutButton />
            </div>
          </div>
          <nav className="tb-desktop-only tb-portal-menu" aria-label={t('app.mainNav')}>
            <Menu
              mode="horizontal"
              items={menuItems('portal', features, t)}
              selectedKeys={[selectedKey('portal', features, pathname)]}
            />
          </nav>
        </header>
        <main id="main" className="tb-portal-main" tabIndex={-1}>
          <Outlet />
        </main>
        <nav className="tb-mobile-only tb-tabbar" aria-label={t('app.mainNav')}>
          {tabs.map((tab) => (
            <NavLink key={tab.to} to={tab.to} end={tab.to === AREA_HOME.portal} className="tb-tab">
              <span className="tb-tab-icon" aria-hidden>
                {tab.icon}
              </span>
              <span>{tab.label}</span>
            </NavLink>
          ))}
        </nav>
      </div>
    </ConfigProvider>
  );
}

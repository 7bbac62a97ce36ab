import type { MenuProps } from 'antd';
import { Link } from 'react-router-dom';
import type { Area } from '../../../shared/roles';
import { useT } from '../i18n';
import type { Translate } from '../i18n';
import { AREA_HOME, NAV, featurePath } from '../nav';
import type { Feature } from '../nav';

/** First focusable element of every layout, so keyboard users can jump past the navigation. */
export function SkipLink() {
  const t = useT();
  return (
    <a className="tb-skip-link" href="#main">
      {t('app.skipToMain')}
    </a>
  );
}

/** The menu key (full path) of the feature the current URL is in, or the area home. */
export function selectedKey(area: Area, features: readonly Feature[], pathname: string): string {
  const current = features.find((feature) => {
    const path = featurePath(area, feature);
    return pathname === path || pathname.startsWith(`${path}/`);
  });
  return current ? featurePath(area, current) : AREA_HOME[area];
}

/** Menu entries as real links (open in new tab, announced as links): the area home, then features. */
export function menuItems(area: Area, features: readonly Feature[], t: Translate): MenuProps['items'] {
  const home = NAV[area].home;
  return [
    { key: AREA_HOME[area], icon: home.icon, label: <Link to={AREA_HOME[area]}>{t(home.label)}</Link> },
    ...features.map((feature) => ({
      key: featurePath(area, feature),
      icon: feature.icon,
      label: <Link to={featurePath(area, feature)}>{t(feature.label)}</Link>,
    })),
  ];
}

import { AppstoreOutlined, ProfileOutlined } from '@ant-design/icons';
import { Tabs } from 'antd';
import { Link } from 'react-router-dom';
import { useMe } from '../../../app/auth';
import { useT } from '../../../app/i18n';
import { BUNDLE_EDITORS, bundlePaths } from './bundleContracts';
import { catalogPaths } from './contracts';

/** 事项 | 一件事: the two lists of the catalog console, for the roles that maintain bundles. */
export function CatalogSectionNav({ active }: { active: 'items' | 'bundles' }) {
  const t = useT();
  const me = useMe();
  if (!BUNDLE_EDITORS.includes(me.role)) return null;
  return (
    <Tabs
      activeKey={active}
      data-testid="catalog-sections"
      style={{ marginBottom: 8 }}
      items={[
        {
          key: 'items',
          label: (
            <Link to={catalogPaths.list} data-testid="catalog-section-items">
              <ProfileOutlined /> {t('bundleAdmin.section.items')}
            </Link>
          ),
        },
        {
          key: 'bundles',
          label: (
            <Link to={bundlePaths.list} data-testid="catalog-section-bundles">
              <AppstoreOutlined /> {t('bundleAdmin.section.bundles')}
            </Link>
          ),
        },
      ]}
    />
  );
}

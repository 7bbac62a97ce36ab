import { Typography } from 'antd';
import { useMe } from '../../app/auth';
import { useT } from '../../app/i18n';
import { TileGrid, featureTiles } from '../../components/TileGrid';
import { usePageTitle } from '../../components/usePageTitle';

export function WorkbenchHome() {
  const me = useMe();
  const t = useT();
  usePageTitle(t('workbench.home.heading'));

  const tiles = featureTiles('workbench', me.role, t);

  return (
    <section className="tb-page">
      <Typography.Title level={1} data-testid="home-workbench">
        {t('workbench.home.heading')}
      </Typography.Title>
      <Typography.Paragraph className="tb-lead">
        {t('user.greeting', { name: me.displayName })} {t('workbench.home.intro')}
      </Typography.Paragraph>
      <TileGrid tiles={tiles} label={t('workbench.home.heading')} />
    </section>
  );
}

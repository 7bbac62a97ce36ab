import { Typography } from 'antd';
import { useMe } from '../../app/auth';
import { useT } from '../../app/i18n';
import { TileGrid, featureTiles } from '../../components/TileGrid';
import { usePageTitle } from '../../components/usePageTitle';

export function ConsoleHome() {
  const me = useMe();
  const t = useT();
  usePageTitle(t('console.home.heading'));

  const tiles = featureTiles('console', me.role, t);

  return (
    <section className="tb-page">
      <Typography.Title level={1} data-testid="home-console">
        {t('console.home.heading')}
      </Typography.Title>
      <Typography.Paragraph className="tb-lead">
        {t('user.greeting', { name: me.displayName })} {t('console.home.intro')}
      </Typography.Paragraph>
      <TileGrid tiles={tiles} label={t('console.home.heading')} />
    </section>
  );
}

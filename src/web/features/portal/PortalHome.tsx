import { Input, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useMe } from '../../app/auth';
import { useT } from '../../app/i18n';
import { TileGrid, featureTiles } from '../../components/TileGrid';
import { usePageTitle } from '../../components/usePageTitle';

export function PortalHome() {
  const me = useMe();
  const t = useT();
  const navigate = useNavigate();
  usePageTitle(t('portal.home.heading'));

  const tiles = featureTiles('portal', me.role, t);

  // The service guide will own search; until then the query is handed to it in the URL.
  const onSearch = (value: string) => {
    const q = value.trim();
    void navigate(q ? `/portal/guide?${new URLSearchParams({ q }).toString()}` : '/portal/guide');
  };

  return (
    <section className="tb-page">
      <Typography.Title level={1} data-testid="home-portal">
        {t('portal.home.heading')}
      </Typography.Title>
      <Typography.Paragraph className="tb-lead">
        {t('user.greeting', { name: me.displayName })}
        <span className="tb-elder-hidden"> {t('portal.home.intro')}</span>
      </Typography.Paragraph>
      <div role="search" className="tb-search">
        <Input.Search
          aria-label={t('portal.search.label')}
          placeholder={t('portal.search.placeholder')}
          enterButton={t('portal.search.button')}
          size="large"
          allowClear
          onSearch={onSearch}
        />
      </div>
      <Typography.Title level={2} className="tb-section-title" id="portal-services">
        {t('portal.services')}
      </Typography.Title>
      <TileGrid tiles={tiles} label={t('portal.services')} />
    </section>
  );
}

import { Button, Result } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useT } from '../app/i18n';
import { usePageTitle } from './usePageTitle';

export function NotFound() {
  const t = useT();
  const navigate = useNavigate();
  usePageTitle(t('app.notFound'));
  return (
    <Result
      status="404"
      title={<h1 className="tb-result-title">{t('app.notFound')}</h1>}
      subTitle={t('app.notFoundHint')}
      extra={
        <Button type="primary" onClick={() => navigate('/')}>
          {t('app.backHome')}
        </Button>
      }
    />
  );
}

export function Forbidden() {
  const t = useT();
  usePageTitle(t('app.forbidden'));
  return (
    <Result
      status="403"
      title={<h1 className="tb-result-title">{t('app.forbidden')}</h1>}
      subTitle={t('app.forbiddenHint')}
    />
  );
}

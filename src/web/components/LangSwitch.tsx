import { GlobalOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useLang, useT } from '../app/i18n';

/** Toggles between Chinese and English; the label names the language you switch to. */
export function LangSwitch() {
  const { lang, setLang } = useLang();
  const t = useT();
  const target = lang === 'en' ? 'zh-CN' : 'en';
  return (
    <Button
      data-testid="lang-switch"
      icon={<GlobalOutlined />}
      title={t('lang.switchToLabel')}
      onClick={() => setLang(target)}
    >
      <span lang={target}>{t('lang.switchTo')}</span>
    </Button>
  );
}

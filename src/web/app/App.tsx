import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import type { ReactNode } from 'react';
import { BrowserRouter } from 'react-router-dom';
import { AuthProvider } from './auth';
import { useLang } from './i18n';
import type { Lang } from './i18n';
import { PreferencesProvider } from './preferences';
import { AppRoutes } from './routes';
import { baseTheme } from './theme';

export function App({ lang, elder }: { lang: Lang; elder: boolean }) {
  return (
    <PreferencesProvider lang={lang} elder={elder}>
      <LocalizedAntd>
        <AuthProvider>
          <BrowserRouter>
            <AppRoutes />
          </BrowserRouter>
        </AuthProvider>
      </LocalizedAntd>
    </PreferencesProvider>
  );
}

function LocalizedAntd({ children }: { children: ReactNode }) {
  const { lang } = useLang();
  return (
    <ConfigProvider locale={lang === 'en' ? enUS : zhCN} theme={baseTheme}>
      {/* AntApp gives message/notification the theme and locale through context. */}
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}

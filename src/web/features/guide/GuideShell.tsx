import { LoginOutlined, HomeOutlined } from '@ant-design/icons';
import { ConfigProvider } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { useAuth } from '../../app/auth';
import { useT } from '../../app/i18n';
import { SkipLink } from '../../app/layouts/shared';
import { homeFor } from '../../app/nav';
import { useElder } from '../../app/preferences';
import { elderTheme } from '../../app/theme';
import { ElderSwitch } from '../../components/ElderSwitch';
import { LangSwitch } from '../../components/LangSwitch';

/**
 * The light public frame of /guide: brand, elder mode, language, and sign-in (or the way back to
 * one's own home when already signed in). The signed-in portal renders the guide in its own layout.
 */
export function GuideShell({ children }: { children: ReactNode }) {
  const t = useT();
  const { elder } = useElder();
  const { state } = useAuth();
  return (
    <ConfigProvider theme={elder ? elderTheme : {}}>
      <div className="tb-guide-shell" data-elder={elder ? 'true' : 'false'}>
        <SkipLink />
        <header className="tb-guide-shell-header">
          <div className="tb-guide-shell-bar">
            <Link to="/guide" className="tb-brand tb-guide-shell-brand">
              {t('app.name')}
              <span className="tb-guide-shell-sub">{t('guide.shell.sub')}</span>
            </Link>
            <div className="tb-guide-shell-actions">
              <ElderSwitch />
              <LangSwitch />
              {state.status === 'signed-in' ? (
                <Link
                  to={homeFor(state.me.role)}
                  className="tb-guide-shell-link"
                  data-testid="guide-shell-home"
                >
                  <HomeOutlined aria-hidden /> {t('guide.shell.myHome')}
                </Link>
              ) : (
                <Link
                  to="/sign-in"
                  className="tb-guide-shell-link tb-guide-shell-link-primary"
                  data-testid="guide-sign-in"
                >
                  <LoginOutlined aria-hidden /> {t('guide.shell.signIn')}
                </Link>
              )}
            </div>
          </div>
        </header>
        <main id="main" className="tb-guide-shell-main" tabIndex={-1}>
          {children}
        </main>
        <footer className="tb-guide-shell-footer">{t('guide.shell.footer')}</footer>
      </div>
    </ConfigProvider>
  );
}

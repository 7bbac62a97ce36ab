import { useEffect } from 'react';
import { useT } from '../app/i18n';

/** Names the browser tab after the page (WCAG 2.4.2), e.g. "我的办件 · 通办". */
export function usePageTitle(title: string): void {
  const t = useT();
  const appName = t('app.name');
  useEffect(() => {
    document.title = title === appName ? appName : `${title} · ${appName}`;
  }, [title, appName]);
}

import { App } from 'antd';
import { useCallback, useEffect, useRef } from 'react';
import { useNavigate } from 'react-router-dom';
import { useT } from '../../../app/i18n';

/**
 * Asks before unsaved changes are lost. The app uses a plain BrowserRouter, which has no navigation
 * blocker, so this covers what can be covered: reloading or closing the tab (the browser's own
 * question), any in-app link (menu, breadcrumbs, back link) and the page's own buttons through
 * `leave`. The browser's back button is not intercepted.
 */
export function useLeaveGuard(dirty: boolean): { leave: (to: string) => void } {
  const t = useT();
  const { modal } = App.useApp();
  const navigate = useNavigate();
  const dirtyRef = useRef(dirty);
  dirtyRef.current = dirty;

  const confirm = useCallback(
    (to: string) => {
      void modal.confirm({
        title: t('bundleAdmin.leave.title'),
        content: t('bundleAdmin.leave.body'),
        okText: t('bundleAdmin.leave.ok'),
        cancelText: t('bundleAdmin.leave.stay'),
        okButtonProps: { danger: true, 'data-testid': 'leave-confirm' },
        onOk: () => {
          dirtyRef.current = false;
          void navigate(to);
        },
      });
    },
    [modal, navigate, t],
  );

  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    // Capture phase on the document runs before React Router's own click handler on the link.
    const onClick = (event: MouseEvent) => {
      if (!dirtyRef.current || event.defaultPrevented || event.button !== 0) return;
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const anchor = (event.target as Element | null)?.closest?.('a[href]');
      if (
        !(anchor instanceof HTMLAnchorElement) ||
        anchor.target === '_blank' ||
        anchor.hasAttribute('download')
      )
        return;
      const url = new URL(anchor.href, window.location.href);
      if (url.origin !== window.location.origin) return;
      const to = `${url.pathname}${url.search}${url.hash}`;
      if (url.pathname === window.location.pathname) return;
      event.preventDefault();
      event.stopPropagation();
      confirm(to);
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    document.addEventListener('click', onClick, true);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('click', onClick, true);
    };
  }, [dirty, confirm]);

  const leave = useCallback(
    (to: string) => {
      if (dirtyRef.current) confirm(to);
      else void navigate(to);
    },
    [confirm, navigate],
  );
  return { leave };
}

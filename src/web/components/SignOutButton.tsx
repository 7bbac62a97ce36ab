import { LogoutOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { ApiError } from '../app/api';
import { useAuth } from '../app/auth';
import { useT } from '../app/i18n';

/**
 * Signs out without asking: nothing is lost. The route guards then send the page to /sign-in.
 * The text may be hidden on phones, so the label is also the accessible name.
 */
export function SignOutButton() {
  const { signOut } = useAuth();
  const { message } = App.useApp();
  const t = useT();
  const [busy, setBusy] = useState(false);

  const onClick = async () => {
    setBusy(true);
    try {
      await signOut();
    } catch (error) {
      setBusy(false);
      void message.error(error instanceof ApiError ? error.message : t('error.network'));
    }
  };

  return (
    <Button
      data-testid="sign-out"
      icon={<LogoutOutlined />}
      loading={busy}
      aria-label={t('signOut.label')}
      onClick={onClick}
    >
      <span className="tb-label-wide">{t('signOut.label')}</span>
    </Button>
  );
}

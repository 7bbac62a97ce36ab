import { Alert, Button, ConfigProvider, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { Navigate } from 'react-router-dom';
import type { SignInBody } from '../../../shared/auth.contract';
import { ApiError } from '../../app/api';
import { useAuth } from '../../app/auth';
import { useT } from '../../app/i18n';
import { homeFor } from '../../app/nav';
import { useElder } from '../../app/preferences';
import { elderTheme } from '../../app/theme';
import { ElderSwitch } from '../../components/ElderSwitch';
import { LangSwitch } from '../../components/LangSwitch';
import { usePageTitle } from '../../components/usePageTitle';

export function SignInPage() {
  const { state, signIn } = useAuth();
  const { elder } = useElder();
  const t = useT();
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  usePageTitle(t('signIn.heading'));

  // Signing in flips the auth state, which lands here and leaves for the role's home.
  if (state.status === 'signed-in') return <Navigate to={homeFor(state.me.role)} replace />;

  const onFinish = async (values: SignInBody) => {
    setSubmitting(true);
    setError(null);
    try {
      await signIn({ username: values.username.trim(), password: values.password });
    } catch (err) {
      setError(err instanceof ApiError ? err.message : t('error.network'));
      setSubmitting(false);
    }
  };

  return (
    // Citizens sign in here too, so elder mode already applies before they reach the portal.
    <ConfigProvider theme={elder ? elderTheme : {}}>
      <div className="tb-signin" data-elder={elder ? 'true' : 'false'}>
        <div className="tb-signin-top">
          <ElderSwitch />
          <LangSwitch />
        </div>
        <main className="tb-signin-main">
          <Typography.Title level={1} className="tb-signin-title">
            {t('app.title')}
          </Typography.Title>
          <section className="tb-signin-card" aria-labelledby="sign-in-heading">
            <Typography.Title level={2} id="sign-in-heading" className="tb-signin-heading">
              {t('signIn.heading')}
            </Typography.Title>
            {error && (
              <Alert
                type="error"
                showIcon
                title={error}
                data-testid="sign-in-error"
                className="tb-signin-error"
              />
            )}
            <Form<SignInBody> name="sign-in" layout="vertical" requiredMark={false} onFinish={onFinish}>
              <Form.Item
                label={t('signIn.username')}
                name="username"
                rules={[{ required: true, whitespace: true, message: t('signIn.usernameRequired') }]}
              >
                <Input
                  data-testid="sign-in-username"
                  autoComplete="username"
                  maxLength={64}
                  size="large"
                  autoFocus
                />
              </Form.Item>
              <Form.Item
                label={t('signIn.password')}
                name="password"
                rules={[{ required: true, message: t('signIn.passwordRequired') }]}
              >
                <Input.Password
                  data-testid="sign-in-password"
                  autoComplete="current-password"
                  maxLength={256}
                  size="large"
                />
              </Form.Item>
              <Button
                type="primary"
                htmlType="submit"
                size="large"
                block
                loading={submitting}
                data-testid="sign-in-submit"
              >
                {t('signIn.submit')}
              </Button>
            </Form>
          </section>
          <p className="tb-signin-hint">{t('signIn.demoHint')}</p>
        </main>
      </div>
    </ConfigProvider>
  );
}

import { LockOutlined, MailOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CombinedError } from 'urql';
import { useFormErrors } from '../api/useFormErrors';
import { useSession } from '../auth/SessionProvider';
import { LanguageSwitch } from '../i18n/LanguageSwitch';

interface SignInValues {
  email: string;
  password: string;
}

const FIELDS = ['email', 'password'] as const;

export default function SignInPage() {
  const { t } = useTranslation();
  const { signIn, endedBecause } = useSession();
  const [form] = Form.useForm<SignInValues>();
  const { formErrors, show } = useFormErrors(form, FIELDS);
  const [submitting, setSubmitting] = useState(false);

  const submit = async ({ email, password }: SignInValues) => {
    setSubmitting(true);
    try {
      show(await signIn(email.trim(), password));
    } catch (error) {
      show([], error instanceof CombinedError ? error : new CombinedError({ networkError: error as Error }));
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <div className="sign-in">
      <aside className="sign-in-brand">
        <div className="sign-in-brand-inner">
          <div className="app-brand app-brand-inverse">
            <span className="app-brand-mark" aria-hidden>
              回
            </span>
            <span className="app-brand-name">{t('app.fullName')}</span>
          </div>
          <Typography.Title level={2} className="sign-in-tagline">
            {t('app.tagline')}
          </Typography.Title>
          <ul className="sign-in-points">
            <li>{t('app.points.credit')}</li>
            <li>{t('app.points.collections')}</li>
            <li>{t('app.points.agencies')}</li>
          </ul>
        </div>
      </aside>
      <main className="sign-in-main">
        <div className="sign-in-toolbar">
          <LanguageSwitch />
        </div>
        <div className="sign-in-form">
          <Typography.Title level={2}>{t('auth.signInTitle')}</Typography.Title>
          <Typography.Paragraph type="secondary">{t('auth.signInSubtitle')}</Typography.Paragraph>
          {endedBecause === 'expired' && formErrors.length === 0 && (
            <Alert type="info" showIcon title={t('auth.sessionEnded')} className="form-alert" />
          )}
          {endedBecause === 'user' && formErrors.length === 0 && (
            <Alert type="success" showIcon title={t('auth.signedOut')} className="form-alert" />
          )}
          {formErrors.length > 0 && <Alert type="error" showIcon title={formErrors.join(' ')} className="form-alert" />}
          <Form form={form} layout="vertical" size="large" onFinish={submit} requiredMark={false} name="sign-in">
            <Form.Item
              name="email"
              label={t('auth.email')}
              rules={[
                { required: true, whitespace: true, message: t('auth.emailRequired') },
                { type: 'email', message: t('auth.emailInvalid') },
              ]}
            >
              <Input prefix={<MailOutlined />} placeholder={t('auth.emailPlaceholder')} autoComplete="username" autoFocus />
            </Form.Item>
            <Form.Item name="password" label={t('auth.password')} rules={[{ required: true, message: t('auth.passwordRequired') }]}>
              <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={submitting}>
              {t('auth.signIn')}
            </Button>
          </Form>
        </div>
      </main>
    </div>
  );
}

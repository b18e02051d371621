import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Input, Result, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { CombinedError, useMutation, useQuery } from 'urql';
import { useFormErrors } from '../api/useFormErrors';
import { useSession } from '../auth/SessionProvider';
import { QueryError } from '../components/QueryError';
import { useFormat } from '../format/useFormat';
import { graphql } from '../gql';
import { LanguageSwitch } from '../i18n/LanguageSwitch';
import { rememberOrganization } from '../workspace/storage';

const InvitationLookup = graphql(`
  query Invitation($token: String!) {
    invitation(token: $token) {
      invitation {
        organizationId
        organizationName
        email
        role
        expiresAt
        hasAccount
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

const InvitationAccept = graphql(`
  mutation InvitationAccept($token: String!, $password: String!, $fullName: String) {
    invitationAccept(token: $token, password: $password, fullName: $fullName) {
      member {
        id
        user {
          id
        }
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

interface JoinValues {
  fullName?: string;
  password: string;
  passwordConfirm?: string;
}

const FIELDS = ['fullName', 'password'] as const;
const PASSWORD_MIN = 8;

/** /invitation/<token>, the link of the invitation mail: join the organization and land in it. */
export default function AcceptInvitationPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: InvitationLookup, variables: { token }, requestPolicy: 'network-only' });

  useEffect(() => {
    document.title = `${t('invitation.pageTitle')} · ${t('app.fullName')}`;
  }, [t]);

  const payload = data?.invitation;
  const problem = payload?.errors[0]?.code;
  let body;
  if (error) body = <QueryError error={error} onRetry={() => reexecute()} />;
  else if (fetching || !payload) body = <Spin size="large" />;
  else if (problem || !payload.invitation) {
    const expired = problem === 'INVITATION_EXPIRED';
    body = (
      <Result
        status="warning"
        title={t(expired ? 'invitation.expiredTitle' : 'invitation.invalidTitle')}
        subTitle={t(expired ? 'invitation.expiredHint' : 'invitation.invalidHint')}
        extra={
          <Link to="/sign-in">
            <Button type="primary">{t('invitation.toSignIn')}</Button>
          </Link>
        }
      />
    );
  } else body = <JoinForm token={token} invitation={payload.invitation} />;

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
        </div>
      </aside>
      <main className="sign-in-main">
        <div className="sign-in-toolbar">
          <LanguageSwitch />
        </div>
        <div className="sign-in-form" data-testid="accept-invitation">
          {body}
        </div>
      </main>
    </div>
  );
}

interface Preview {
  organizationId: string;
  organizationName: string;
  email: string;
  role: string;
  expiresAt: string;
  hasAccount: boolean;
}

function JoinForm({ token, invitation }: { token: string; invitation: Preview }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const format = useFormat();
  const navigate = useNavigate();
  const { signIn } = useSession();
  const [form] = Form.useForm<JoinValues>();
  const { formErrors, show } = useFormErrors(form, FIELDS);
  const [, accept] = useMutation(InvitationAccept);
  const [submitting, setSubmitting] = useState(false);
  const existing = invitation.hasAccount;
  const organization = invitation.organizationName;

  const submit = async ({ fullName, password }: JoinValues) => {
    setSubmitting(true);
    try {
      const result = await accept({ token, password, fullName: existing ? null : (fullName ?? '').trim() });
      const payload = result.data?.invitationAccept;
      if (show(payload?.errors, result.error) || !payload?.member) return;
      // Open the organization just joined once signed in.
      rememberOrganization(payload.member.user.id, invitation.organizationId);
      const signInErrors = await signIn(invitation.email, password);
      if (show(signInErrors)) return;
      message.success(t('invitation.joined', { organization }));
      navigate('/', { replace: true });
    } catch (error) {
      show([], error instanceof CombinedError ? error : new CombinedError({ networkError: error as Error }));
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <>
      <Typography.Title level={2}>{t('invitation.heading', { organization })}</Typography.Title>
      <Typography.Paragraph>
        {t('invitation.summary', { organization, role: t(`roles.${invitation.role}` as 'roles.OWNER') })}
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary">
        {t('invitation.forEmail', { email: invitation.email })} · {t('pendingInvitations.expiresAt')} {format.date(invitation.expiresAt)}
      </Typography.Paragraph>
      <Alert
        type="info"
        showIcon
        className="form-alert"
        title={t(existing ? 'invitation.existingAccountHint' : 'invitation.newAccountHint')}
      />
      {formErrors.length > 0 && <Alert type="error" showIcon title={formErrors.join(' ')} className="form-alert" />}
      <Form form={form} layout="vertical" size="large" onFinish={submit} requiredMark={false} name="accept-invitation">
        {!existing && (
          <Form.Item
            name="fullName"
            label={t('invitation.fullName')}
            rules={[{ required: true, whitespace: true, message: t('invitation.fullNameRequired') }]}
          >
            <Input prefix={<UserOutlined />} placeholder={t('invitation.fullNamePlaceholder')} autoComplete="name" autoFocus maxLength={100} />
          </Form.Item>
        )}
        <Form.Item
          name="password"
          label={t(existing ? 'invitation.currentPassword' : 'invitation.password')}
          extra={existing ? undefined : t('invitation.passwordHint')}
          rules={[
            { required: true, message: t('auth.passwordRequired') },
            ...(existing ? [] : [{ min: PASSWORD_MIN, message: t('invitation.passwordTooShort') }]),
          ]}
        >
          <Input.Password
            prefix={<LockOutlined />}
            autoComplete={existing ? 'current-password' : 'new-password'}
            autoFocus={existing}
          />
        </Form.Item>
        {!existing && (
          <Form.Item
            name="passwordConfirm"
            label={t('invitation.passwordConfirm')}
            dependencies={['password']}
            rules={[
              { required: true, message: t('auth.passwordRequired') },
              ({ getFieldValue }) => ({
                validator: (_, value) =>
                  !value || getFieldValue('password') === value ? Promise.resolve() : Promise.reject(new Error(t('invitation.passwordMismatch'))),
              }),
            ]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="new-password" />
          </Form.Item>
        )}
        <Button type="primary" htmlType="submit" block loading={submitting}>
          {t(existing ? 'invitation.signInAndJoin' : 'invitation.join')}
        </Button>
      </Form>
    </>
  );
}

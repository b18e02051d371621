import { App, Button, Card, Empty, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { splitErrors } from '../../api/errors';
import { QueryError } from '../../components/QueryError';
import { useFormat } from '../../format/useFormat';
import { graphql } from '../../gql';
import type { PendingInvitationsQuery } from '../../gql/graphql';

const PendingInvitationsList = graphql(`
  query PendingInvitations {
    organization {
      id
      pendingInvitations {
        id
        email
        role
        createdAt
        expiresAt
      }
    }
  }
`);

const InvitationResend = graphql(`
  mutation InvitationResend($id: ID!) {
    invitationResend(id: $id) {
      invitation {
        id
        expiresAt
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

const InvitationRevoke = graphql(`
  mutation InvitationRevoke($id: ID!) {
    invitationRevoke(id: $id) {
      invitation {
        id
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

type PendingInvitation = PendingInvitationsQuery['organization']['pendingInvitations'][number];

/** Invitations not yet accepted, with resend (a new link) and revoke. For members:manage only. */
export function PendingInvitations({ refreshKey }: { refreshKey: number }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const format = useFormat();
  const [{ data, error, fetching }, reexecute] = useQuery({ query: PendingInvitationsList, requestPolicy: 'cache-and-network' });
  // A new invitation was sent from the page: list it.
  useEffect(() => {
    if (refreshKey > 0) reexecute({ requestPolicy: 'network-only' });
  }, [refreshKey, reexecute]);
  const [, resend] = useMutation(InvitationResend);
  const [, revoke] = useMutation(InvitationRevoke);
  const [busy, setBusy] = useState<string | null>(null);
  const rows = data?.organization.pendingInvitations;

  const act = async (invitation: PendingInvitation, kind: 'resend' | 'revoke') => {
    setBusy(invitation.id);
    const result =
      kind === 'resend'
        ? await resend({ id: invitation.id }).then((r) => ({ error: r.error, errors: r.data?.invitationResend.errors ?? [] }))
        : await revoke({ id: invitation.id }).then((r) => ({ error: r.error, errors: r.data?.invitationRevoke.errors ?? [] }));
    setBusy(null);
    const errors = result.errors;
    if (result.error) {
      message.error(t('errors.network'));
      return;
    }
    if (errors.length > 0) {
      message.error(splitErrors(t, errors, []).form.join(' '));
      return;
    }
    message.success(t(kind === 'resend' ? 'pendingInvitations.resent' : 'pendingInvitations.revoked', { email: invitation.email }));
    reexecute({ requestPolicy: 'network-only' });
  };

  const columns: ColumnsType<PendingInvitation> = [
    { title: t('pendingInvitations.email'), dataIndex: 'email' },
    {
      title: t('pendingInvitations.role'),
      dataIndex: 'role',
      width: 120,
      render: (role: PendingInvitation['role']) => <Tag variant="filled">{t(`roles.${role}`)}</Tag>,
    },
    {
      title: t('pendingInvitations.sentAt'),
      dataIndex: 'createdAt',
      width: 130,
      render: (value: string) => <span className="nowrap">{format.date(value)}</span>,
    },
    {
      title: t('pendingInvitations.expiresAt'),
      dataIndex: 'expiresAt',
      width: 140,
      render: (value: string) =>
        new Date(value).getTime() <= Date.now() ? (
          <Tag color="orange">{t('pendingInvitations.expired')}</Tag>
        ) : (
          <span className="nowrap">{format.date(value)}</span>
        ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 170,
      render: (_, invitation) => (
        <Space size={0}>
          <Button type="link" size="small" disabled={busy === invitation.id} onClick={() => act(invitation, 'resend')}>
            {t('pendingInvitations.resend')}
          </Button>
          <Popconfirm
            title={t('pendingInvitations.revokeConfirm', { email: invitation.email })}
            okText={t('pendingInvitations.revoke')}
            cancelText={t('common.cancel')}
            okButtonProps={{ danger: true }}
            onConfirm={() => act(invitation, 'revoke')}
          >
            <Button type="link" danger size="small" disabled={busy === invitation.id}>
              {t('pendingInvitations.revoke')}
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];

  return (
    <Card title={<Typography.Text strong>{t('pendingInvitations.title')}</Typography.Text>} className="pending-invitations" style={{ marginTop: 16 }}>
      {error && <QueryError error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />}
      <Table<PendingInvitation>
        rowKey="id"
        columns={columns}
        dataSource={rows ?? []}
        loading={fetching && !rows}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('pendingInvitations.empty')} /> }}
        scroll={{ x: 640 }}
        data-testid="pending-invitations"
      />
    </Card>
  );
}

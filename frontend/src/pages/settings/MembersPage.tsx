import { UserAddOutlined } from '@ant-design/icons';
import { Alert, App, Avatar, Button, Card, Empty, Form, Input, Modal, Popconfirm, Select, Switch, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { splitErrors, type SplitErrors } from '../../api/errors';
import { useFormErrors } from '../../api/useFormErrors';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { useFormat } from '../../format/useFormat';
import { graphql } from '../../gql';
import type { Role } from '../../gql/graphql';
import { useAllMembers, type OrganizationMember } from '../../workspace/members';
import { useWorkspace } from '../../workspace/WorkspaceProvider';
import { PendingInvitations } from './PendingInvitations';

const MemberUpdate = graphql(`
  mutation MemberUpdate($id: ID!, $role: Role, $seesAllCustomers: Boolean) {
    memberUpdate(id: $id, role: $role, seesAllCustomers: $seesAllCustomers) {
      member {
        id
        role
        seesAllCustomers
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

const MemberRemove = graphql(`
  mutation MemberRemove($id: ID!) {
    memberRemove(id: $id) {
      member {
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

const MemberInvite = graphql(`
  mutation MemberInvite($email: String!, $role: Role!) {
    memberInvite(email: $email, role: $role) {
      invitation {
        id
        email
        role
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

const ROLES: Role[] = ['OWNER', 'ADMIN', 'FINANCE', 'COLLECTOR', 'SALES', 'AUDITOR'];
/** Roles that see only their assigned customers unless the membership says otherwise. */
const SCOPED_ROLES: Role[] = ['COLLECTOR', 'SALES'];
const ROW_FIELDS = ['role', 'seesAllCustomers'] as const;
const INVITE_FIELDS = ['email', 'role'] as const;

export default function MembersPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const format = useFormat();
  const { viewer, organization, can, reloadWorkspace } = useWorkspace();
  const canManage = can('MEMBERS_MANAGE');
  const { members, error, loading, reload } = useAllMembers();
  const [, updateMember] = useMutation(MemberUpdate);
  const [, removeMember] = useMutation(MemberRemove);
  const [rowErrors, setRowErrors] = useState<Record<string, SplitErrors>>({});
  const [busy, setBusy] = useState<string | null>(null);
  const [inviting, setInviting] = useState(false);
  const [invitationsSent, setInvitationsSent] = useState(0);
  const grantableRoles = organization.viewerRole === 'OWNER' ? ROLES : ROLES.filter((r) => r !== 'OWNER');

  const nameOf = (m: OrganizationMember) => m.user.fullName || m.user.email;

  const change = async (member: OrganizationMember, patch: { role?: Role; seesAllCustomers?: boolean }) => {
    setBusy(member.id);
    const result = await updateMember({ id: member.id, ...patch });
    setBusy(null);
    const errors = result.data?.memberUpdate.errors ?? [];
    if (result.error) {
      message.error(t('errors.network'));
      return;
    }
    setRowErrors((all) => ({ ...all, [member.id]: splitErrors(t, errors, ROW_FIELDS) }));
    if (errors.length === 0) {
      message.success(t('settings.members.updated', { name: nameOf(member) }));
      reload();
      if (member.user.id === viewer.id) reloadWorkspace();
    }
  };

  const remove = async (member: OrganizationMember) => {
    setBusy(member.id);
    const result = await removeMember({ id: member.id });
    setBusy(null);
    const errors = result.data?.memberRemove.errors ?? [];
    setRowErrors((all) => ({ ...all, [member.id]: splitErrors(t, errors, []) }));
    if (!result.error && errors.length === 0) {
      message.success(t('settings.members.removed', { name: nameOf(member) }));
      if (member.user.id === viewer.id) reloadWorkspace();
      else reload();
    }
  };

  const fieldError = (member: OrganizationMember, field: string) =>
    rowErrors[member.id]?.fields[field]?.map((text) => (
      <Typography.Text type="danger" key={text} className="cell-error" role="alert">
        {text}
      </Typography.Text>
    ));

  const columns: ColumnsType<OrganizationMember> = [
    {
      title: t('settings.members.name'),
      key: 'name',
      render: (_, member) => (
        <span className="member-cell">
          <Avatar size="small" className="user-avatar">
            {nameOf(member).slice(0, 1).toUpperCase()}
          </Avatar>
          <span>{member.user.fullName || '—'}</span>
          {member.user.id === viewer.id && <Tag variant="filled" color="blue">{t('common.you')}</Tag>}
        </span>
      ),
    },
    { title: t('settings.members.email'), dataIndex: ['user', 'email'] },
    {
      title: t('settings.members.role'),
      key: 'role',
      width: 170,
      render: (_, member) =>
        canManage ? (
          <div className="cell-with-error">
            <Select<Role>
              value={member.role}
              disabled={busy === member.id}
              aria-label={`${t('settings.members.role')} · ${nameOf(member)}`}
              options={(grantableRoles.includes(member.role) ? grantableRoles : [member.role, ...grantableRoles]).map((role) => ({
                value: role,
                label: t(`roles.${role}`),
                disabled: !grantableRoles.includes(role),
              }))}
              onChange={(role) => change(member, { role })}
              className="role-select"
            />
            {fieldError(member, 'role')}
          </div>
        ) : (
          <Tag variant="filled">{t(`roles.${member.role}`)}</Tag>
        ),
    },
    {
      title: (
        <Tooltip title={t('settings.members.seesAllHelp')}>
          <span className="help-underline">{t('settings.members.seesAllCustomers')}</span>
        </Tooltip>
      ),
      key: 'seesAll',
      width: 150,
      render: (_, member) =>
        SCOPED_ROLES.includes(member.role) ? (
          <div className="cell-with-error">
            <Switch
              size="small"
              checked={member.seesAllCustomers}
              disabled={!canManage || busy === member.id}
              aria-label={`${t('settings.members.seesAllCustomers')} · ${nameOf(member)}`}
              onChange={(seesAllCustomers) => change(member, { seesAllCustomers })}
            />
            {fieldError(member, 'seesAllCustomers')}
          </div>
        ) : (
          <Typography.Text type="secondary">{t('common.yes')}</Typography.Text>
        ),
    },
    {
      title: t('settings.members.joined'),
      dataIndex: 'createdAt',
      width: 140,
      render: (value: string) => <span className="nowrap">{format.date(value)}</span>,
    },
    ...(canManage
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 120,
            render: (_: unknown, member: OrganizationMember) => (
              <div className="cell-with-error">
                <Popconfirm
                  title={t('settings.members.removeConfirm', { name: nameOf(member) })}
                  okText={t('common.remove')}
                  cancelText={t('common.cancel')}
                  okButtonProps={{ danger: true }}
                  onConfirm={() => remove(member)}
                >
                  <Button type="link" danger size="small" disabled={busy === member.id}>
                    {t('common.remove')}
                  </Button>
                </Popconfirm>
                {rowErrors[member.id]?.form.map((text) => (
                  <Typography.Text type="danger" key={text} className="cell-error" role="alert">
                    {text}
                  </Typography.Text>
                ))}
              </div>
            ),
          },
        ]
      : []),
  ];

  return (
    <>
      <PageHeader
        title={t('settings.members.title')}
        description={t('settings.members.description')}
        extra={
          canManage && (
            <Button type="primary" icon={<UserAddOutlined />} onClick={() => setInviting(true)}>
              {t('settings.members.invite')}
            </Button>
          )
        }
      />
      {error && <QueryError error={error} onRetry={reload} />}
      <Card>
        <Table<OrganizationMember>
          rowKey="id"
          columns={columns}
          dataSource={members ?? []}
          loading={loading && !members}
          pagination={{ pageSize: 20, hideOnSinglePage: true, showTotal: (total) => t('settings.members.count', { count: total }) }}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('common.noData')} /> }}
          scroll={{ x: 820 }}
          data-testid="members-table"
        />
      </Card>
      {canManage && <PendingInvitations refreshKey={invitationsSent} />}
      <InviteModal
        open={inviting}
        roles={grantableRoles}
        onClose={() => setInviting(false)}
        onInvited={() => setInvitationsSent((n) => n + 1)}
      />
    </>
  );
}

interface InviteValues {
  email: string;
  role: Role;
}

function InviteModal({ open, roles, onClose, onInvited }: { open: boolean; roles: Role[]; onClose(): void; onInvited(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<InviteValues>();
  const { formErrors, show, clear } = useFormErrors(form, INVITE_FIELDS);
  const [{ fetching }, invite] = useMutation(MemberInvite);

  const submit = async ({ email, role }: InviteValues) => {
    const result = await invite({ email: email.trim(), role });
    const payload = result.data?.memberInvite;
    if (show(payload?.errors, result.error) || !payload?.invitation) return;
    message.success(t('settings.members.invited', { email: payload.invitation.email }));
    onInvited();
    clear();
    onClose();
  };

  return (
    <Modal
      open={open}
      title={t('settings.members.inviteTitle')}
      okText={t('settings.members.invite')}
      cancelText={t('common.cancel')}
      okButtonProps={{ htmlType: 'submit' }}
      confirmLoading={fetching}
      onCancel={() => {
        clear();
        onClose();
      }}
      destroyOnHidden
      modalRender={(dialog) => (
        <Form form={form} layout="vertical" onFinish={submit} requiredMark={false} name="invite" initialValues={{ role: 'FINANCE' }} clearOnDestroy>
          {dialog}
        </Form>
      )}
    >
      <Typography.Paragraph type="secondary">{t('settings.members.inviteHelp')}</Typography.Paragraph>
      {formErrors.length > 0 && <Alert type="error" showIcon title={formErrors.join(' ')} className="form-alert" />}
      <Form.Item
        name="email"
        label={t('settings.members.email')}
        rules={[
          { required: true, whitespace: true, message: t('auth.emailRequired') },
          { type: 'email', message: t('auth.emailInvalid') },
        ]}
      >
        <Input autoComplete="off" placeholder={t('auth.emailPlaceholder')} />
      </Form.Item>
      <Form.Item name="role" label={t('settings.members.role')} rules={[{ required: true, message: t('settings.members.roleRequired') }]}>
        <Select<Role>
          optionLabelProp="title"
          options={roles.map((role) => ({
            value: role,
            title: t(`roles.${role}`),
            label: (
              <div className="role-option">
                <span>{t(`roles.${role}`)}</span>
                <Typography.Text type="secondary">{t(`roleHelp.${role}`)}</Typography.Text>
              </div>
            ),
          }))}
        />
      </Form.Item>
    </Modal>
  );
}

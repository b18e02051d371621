import { KeyOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Checkbox, DatePicker, Empty, Form, Input, Modal, Popconfirm, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { combinedErrorText, errorText } from '../../api/errors';
import { useFormErrors } from '../../api/useFormErrors';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { useFormat } from '../../format/useFormat';
import { graphql } from '../../gql';
import type { ApiKeyScope, ApiKeysQuery } from '../../gql/graphql';

const ApiKeys = graphql(`
  query ApiKeys {
    apiKeys {
      id
      name
      prefix
      scopes
      createdAt
      expiresAt
      lastUsedAt
      revokedAt
    }
  }
`);

const ApiKeyCreate = graphql(`
  mutation ApiKeyCreate($name: String!, $scopes: [ApiKeyScope!]!, $expiresAt: DateTime) {
    apiKeyCreate(name: $name, scopes: $scopes, expiresAt: $expiresAt) {
      apiKey {
        id
        name
        prefix
        scopes
        createdAt
        expiresAt
        lastUsedAt
        revokedAt
      }
      secret
      errors {
        field
        code
        message
      }
    }
  }
`);

const ApiKeyRevoke = graphql(`
  mutation ApiKeyRevoke($id: ID!) {
    apiKeyRevoke(id: $id) {
      apiKey {
        id
        revokedAt
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

type Key = ApiKeysQuery['apiKeys'][number];
const SCOPES: ApiKeyScope[] = ['READ', 'WRITE'];
const CREATE_FIELDS = ['name', 'scopes', 'expiresAt'] as const;

function status(key: Key): 'revoked' | 'expired' | 'active' {
  if (key.revokedAt) return 'revoked';
  if (key.expiresAt && new Date(key.expiresAt).getTime() <= Date.now()) return 'expired';
  return 'active';
}

const STATUS_COLOR = { active: 'green', revoked: 'default', expired: 'orange' } as const;

export default function ApiKeysPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const format = useFormat();
  // An empty list names no type: tell the cache which mutations make this list stale.
  const context = useMemo(() => ({ additionalTypenames: ['ApiKey'] }), []);
  const [{ data, error, fetching }, reload] = useQuery({ query: ApiKeys, context });
  const [, revoke] = useMutation(ApiKeyRevoke);
  const [creating, setCreating] = useState(false);
  const [secret, setSecret] = useState<{ name: string; secret: string } | null>(null);

  const onRevoke = async (key: Key) => {
    const result = await revoke({ id: key.id });
    const errors = result.data?.apiKeyRevoke.errors ?? [];
    if (result.error) message.error(combinedErrorText(t, result.error));
    else if (errors.length > 0) message.error(errors.map((e) => errorText(t, e)).join(' '));
    else message.success(t('settings.apiKeys.revokedMessage', { name: key.name }));
  };

  const columns: ColumnsType<Key> = [
    {
      title: t('settings.apiKeys.name'),
      dataIndex: 'name',
      render: (name: string) => (
        <span className="member-cell">
          <KeyOutlined className="muted" />
          {name}
        </span>
      ),
    },
    { title: t('settings.apiKeys.prefix'), dataIndex: 'prefix', render: (prefix: string) => <span className="code-text">{prefix}…</span> },
    {
      title: t('settings.apiKeys.scopes'),
      dataIndex: 'scopes',
      render: (scopes: ApiKeyScope[]) => scopes.map((s) => <Tag key={s} variant="filled">{t(`settings.apiKeys.scope.${s}`)}</Tag>),
    },
    { title: t('settings.apiKeys.createdAt'), dataIndex: 'createdAt', render: (v: string) => <span className="nowrap">{format.date(v)}</span> },
    {
      title: t('settings.apiKeys.expiresAt'),
      dataIndex: 'expiresAt',
      render: (v: string | null) => <span className="nowrap">{v ? format.date(v) : t('settings.apiKeys.noExpiry')}</span>,
    },
    {
      title: t('settings.apiKeys.lastUsed'),
      dataIndex: 'lastUsedAt',
      render: (v: string | null) => (v ? <span title={format.dateTime(v)}>{format.relative(v)}</span> : t('common.never')),
    },
    {
      title: t('settings.apiKeys.status'),
      key: 'status',
      render: (_, key) => <Tag color={STATUS_COLOR[status(key)]}>{t(`settings.apiKeys.${status(key)}`)}</Tag>,
    },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, key) =>
        status(key) === 'active' && (
          <Popconfirm
            title={t('settings.apiKeys.revokeConfirm', { name: key.name })}
            okText={t('settings.apiKeys.revoke')}
            cancelText={t('common.cancel')}
            okButtonProps={{ danger: true }}
            onConfirm={() => onRevoke(key)}
          >
            <Button type="link" danger size="small">
              {t('settings.apiKeys.revoke')}
            </Button>
          </Popconfirm>
        ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('settings.apiKeys.title')}
        description={t('settings.apiKeys.description')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('settings.apiKeys.create')}
          </Button>
        }
      />
      {error && <QueryError error={error} onRetry={() => reload({ requestPolicy: 'network-only' })} />}
      <Card>
        <Table<Key>
          rowKey="id"
          columns={columns}
          dataSource={data?.apiKeys ?? []}
          loading={fetching && !data}
          pagination={false}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('settings.apiKeys.empty')} /> }}
          scroll={{ x: 900 }}
        />
      </Card>
      <CreateKeyModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(created) => {
          setCreating(false);
          setSecret(created);
        }}
      />
      <Modal
        open={secret !== null}
        title={t('settings.apiKeys.secretTitle')}
        closable={false}
        mask={{ closable: false }}
        keyboard={false}
        destroyOnHidden
        footer={
          <Button type="primary" onClick={() => setSecret(null)}>
            {t('settings.apiKeys.secretCopied')}
          </Button>
        }
      >
        <Alert type="warning" showIcon title={t('settings.apiKeys.secretHelp')} className="form-alert" />
        {secret && (
          <Typography.Paragraph copyable={{ text: secret.secret }} className="secret-box" data-testid="api-key-secret">
            <code>{secret.secret}</code>
          </Typography.Paragraph>
        )}
      </Modal>
    </>
  );
}

interface CreateValues {
  name: string;
  scopes: ApiKeyScope[];
  expiresAt?: Dayjs | null;
}

function CreateKeyModal({ open, onClose, onCreated }: { open: boolean; onClose(): void; onCreated(created: { name: string; secret: string }): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<CreateValues>();
  const { formErrors, show, clear } = useFormErrors(form, CREATE_FIELDS);
  const [{ fetching }, create] = useMutation(ApiKeyCreate);

  const submit = async ({ name, scopes, expiresAt }: CreateValues) => {
    const result = await create({ name: name.trim(), scopes, expiresAt: expiresAt ? expiresAt.endOf('day').toISOString() : null });
    const payload = result.data?.apiKeyCreate;
    if (show(payload?.errors, result.error) || !payload?.apiKey || !payload.secret) return;
    clear();
    onCreated({ name: payload.apiKey.name, secret: payload.secret });
  };

  return (
    <Modal
      open={open}
      title={t('settings.apiKeys.createTitle')}
      okText={t('common.create')}
      cancelText={t('common.cancel')}
      okButtonProps={{ htmlType: 'submit' }}
      confirmLoading={fetching}
      onCancel={() => {
        clear();
        onClose();
      }}
      destroyOnHidden
      modalRender={(dialog) => (
        <Form form={form} layout="vertical" onFinish={submit} requiredMark={false} name="api-key" initialValues={{ scopes: ['READ'] }} clearOnDestroy>
          {dialog}
        </Form>
      )}
    >
      {formErrors.length > 0 && <Alert type="error" showIcon title={formErrors.join(' ')} className="form-alert" />}
      <Form.Item name="name" label={t('settings.apiKeys.name')} rules={[{ required: true, whitespace: true, message: t('settings.apiKeys.nameRequired') }]}>
        <Input placeholder={t('settings.apiKeys.namePlaceholder')} maxLength={100} />
      </Form.Item>
      <Form.Item name="scopes" label={t('settings.apiKeys.scopes')} rules={[{ required: true, type: 'array', min: 1, message: t('settings.apiKeys.scopesRequired') }]}>
        <Checkbox.Group options={SCOPES.map((s) => ({ value: s, label: t(`settings.apiKeys.scope.${s}`) }))} />
      </Form.Item>
      <Form.Item name="expiresAt" label={t('settings.apiKeys.expiresAt')}>
        <DatePicker placeholder={t('settings.apiKeys.noExpiry')} disabledDate={(day) => day.isBefore(dayjs(), 'day')} className="full-width" />
      </Form.Item>
    </Modal>
  );
}

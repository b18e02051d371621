import { PlusOutlined, SyncOutlined, ThunderboltOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Empty, Form, Input, InputNumber, Modal, Popconfirm, Select, Space, Switch, Table, Tabs, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { useActionResult } from '../../api/useActionResult';
import { useCursorPages } from '../../api/useCursorPages';
import { useFormErrors } from '../../api/useFormErrors';
import { CursorTable } from '../../components/CursorTable';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { useFormat } from '../../format/useFormat';
import { graphql } from '../../gql';
import type {
  TaskState,
  TasksQuery,
  WebhookDeliveriesQuery,
  WebhookDeliveryStatus,
  WebhookEndpointsQuery,
  WebhookProvider,
  WebhookSecretKind,
} from '../../gql/graphql';
import { useWorkspace } from '../../workspace/WorkspaceProvider';

const WebhookEndpoints = graphql(`
  query WebhookEndpoints {
    webhookEndpoints {
      id
      provider
      accountId
      isActive
      createdAt
      url
      secrets {
        id
        kind
        keyId
        fingerprint
        createdAt
        expiresAt
        isValid
      }
    }
  }
`);

const WebhookEndpointCreate = graphql(`
  mutation WebhookEndpointCreate($input: WebhookEndpointCreateInput!) {
    webhookEndpointCreate(input: $input) {
      endpoint {
        id
        provider
        accountId
        isActive
        createdAt
        url
        secrets {
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

const WebhookEndpointUpdate = graphql(`
  mutation WebhookEndpointUpdate($id: ID!, $isActive: Boolean) {
    webhookEndpointUpdate(id: $id, isActive: $isActive) {
      endpoint {
        id
        isActive
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

const WebhookSecretRotate = graphql(`
  mutation WebhookSecretRotate($input: WebhookSecretRotateInput!) {
    webhookSecretRotate(input: $input) {
      secret {
        id
        fingerprint
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

const WebhookSecretRevoke = graphql(`
  mutation WebhookSecretRevoke($id: ID!) {
    webhookSecretRevoke(id: $id) {
      secret {
        id
        isValid
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

const WebhookDeliveries = graphql(`
  query WebhookDeliveries($filter: WebhookDeliveryFilter, $first: Int!, $after: String) {
    webhookDeliveries(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        provider
        status
        errorCode
        error
        receivedAt
        eventId
        headers
        body
      }
    }
  }
`);

const Tasks = graphql(`
  query Tasks($state: TaskState, $first: Int!, $after: String) {
    tasks(state: $state, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        kind
        title
        targetType
        targetId
        state
        createdAt
        doneAt
      }
    }
  }
`);

const TaskComplete = graphql(`
  mutation TaskComplete($id: ID!) {
    taskComplete(id: $id) {
      task {
        id
        state
        doneAt
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

type Endpoint = WebhookEndpointsQuery['webhookEndpoints'][number];
type Secret = Endpoint['secrets'][number];
type Delivery = WebhookDeliveriesQuery['webhookDeliveries']['nodes'][number];
type Task = TasksQuery['tasks']['nodes'][number];
const PROVIDERS: WebhookProvider[] = ['STRIPE', 'ALIPAY', 'WECHATPAY', 'GENERIC'];
const SECRET_KINDS: Record<WebhookProvider, WebhookSecretKind[]> = {
  STRIPE: ['SIGNING_SECRET'],
  GENERIC: ['SIGNING_SECRET'],
  ALIPAY: ['ALIPAY_PUBLIC_KEY'],
  WECHATPAY: ['PLATFORM_PUBLIC_KEY', 'API_V3_KEY'],
};
const DELIVERY_STATUSES: WebhookDeliveryStatus[] = ['ACCEPTED', 'PROCESSED', 'DUPLICATE', 'HELD', 'REJECTED', 'FAILED'];
const DELIVERY_COLOR: Record<WebhookDeliveryStatus, string> = {
  ACCEPTED: 'blue',
  PROCESSED: 'green',
  DUPLICATE: 'default',
  HELD: 'gold',
  REJECTED: 'red',
  FAILED: 'red',
};

export default function WebhooksPage() {
  const { t } = useTranslation();
  const { can } = useWorkspace();
  return (
    <>
      <PageHeader title={t('webhooks.title')} description={t('webhooks.description')} />
      <Card>
        <Tabs
          items={[
            { key: 'endpoints', label: t('webhooks.endpoints'), children: <Endpoints /> },
            { key: 'deliveries', label: t('webhooks.deliveries'), children: <Deliveries /> },
            ...(can('PAYMENTS_MANAGE') ? [{ key: 'tasks', label: t('webhooks.tasks'), children: <TaskList /> }] : []),
          ]}
        />
      </Card>
    </>
  );
}

function Endpoints() {
  const { t } = useTranslation();
  const format = useFormat();
  const context = useMemo(() => ({ additionalTypenames: ['WebhookEndpoint', 'WebhookSecret'] }), []);
  const [{ data, error, fetching }, reload] = useQuery({ query: WebhookEndpoints, context });
  const [, updateEndpoint] = useMutation(WebhookEndpointUpdate);
  const [, revoke] = useMutation(WebhookSecretRevoke);
  const done = useActionResult();
  const [creating, setCreating] = useState(false);
  const [rotating, setRotating] = useState<Endpoint | null>(null);
  const refresh = () => reload({ requestPolicy: 'network-only' });
  const endpoints = data?.webhookEndpoints ?? [];
  const free = PROVIDERS.filter((p) => !endpoints.some((e) => e.provider === p));

  const secretColumns: ColumnsType<Secret> = [
    { title: t('webhooks.secretKind'), dataIndex: 'kind', render: (k: WebhookSecretKind) => t(`webhooks.secretKinds.${k}`) },
    { title: t('webhooks.fingerprint'), dataIndex: 'fingerprint', render: (f: string, s) => <span className="code-text">{f}{s.keyId && ` · ${s.keyId}`}</span> },
    { title: t('webhooks.addedAt'), dataIndex: 'createdAt', render: (v: string) => <span className="nowrap">{format.dateTime(v)}</span> },
    {
      title: t('webhooks.validity'),
      key: 'valid',
      render: (_, s) =>
        s.isValid ? (
          <Space size={4}>
            <Tag color="green">{t('webhooks.valid')}</Tag>
            {s.expiresAt && <Typography.Text type="secondary" className="small-text">{t('webhooks.until', { time: format.dateTime(s.expiresAt) })}</Typography.Text>}
          </Space>
        ) : (
          <Tag>{t('webhooks.invalid')}</Tag>
        ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, s) =>
        s.isValid && (
          <Popconfirm
            title={t('webhooks.revokeConfirm')}
            okText={t('webhooks.revoke')}
            cancelText={t('common.cancel')}
            okButtonProps={{ danger: true }}
            onConfirm={async () => {
              const result = await revoke({ id: s.id });
              if (done(result.error, result.data?.webhookSecretRevoke.errors, t('webhooks.revoked'))) refresh();
            }}
          >
            <Button type="link" danger size="small">
              {t('webhooks.revoke')}
            </Button>
          </Popconfirm>
        ),
    },
  ];

  return (
    <>
      {error && <QueryError error={error} onRetry={refresh} />}
      <div className="tab-toolbar">
        <Typography.Text type="secondary">{t('webhooks.endpointsHelp')}</Typography.Text>
        <Button type="primary" icon={<PlusOutlined />} disabled={free.length === 0} onClick={() => setCreating(true)}>
          {t('webhooks.createEndpoint')}
        </Button>
      </div>
      {fetching && !data ? (
        <Card loading />
      ) : endpoints.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('webhooks.noEndpoints')} />
      ) : (
        <Space direction="vertical" size={16} className="full-width">
          {endpoints.map((endpoint) => (
            <Card
              key={endpoint.id}
              size="small"
              data-testid={`endpoint-${endpoint.provider}`}
              title={
                <Space>
                  <ThunderboltOutlined />
                  {t(`webhooks.providers.${endpoint.provider}`)}
                  {!endpoint.isActive && <Tag>{t('webhooks.inactive')}</Tag>}
                </Space>
              }
              extra={
                <Space>
                  <Switch
                    checked={endpoint.isActive}
                    checkedChildren={t('webhooks.active')}
                    unCheckedChildren={t('webhooks.inactive')}
                    aria-label={t('webhooks.activeLabel', { provider: t(`webhooks.providers.${endpoint.provider}`) })}
                    onChange={async (isActive) => {
                      const result = await updateEndpoint({ id: endpoint.id, isActive });
                      done(result.error, result.data?.webhookEndpointUpdate.errors, t(isActive ? 'webhooks.activated' : 'webhooks.deactivated'));
                    }}
                  />
                  <Button icon={<SyncOutlined />} onClick={() => setRotating(endpoint)}>
                    {endpoint.secrets.length ? t('webhooks.rotate') : t('webhooks.addSecret')}
                  </Button>
                </Space>
              }
            >
              <Descriptions size="small" column={1} className="endpoint-descriptions">
                <Descriptions.Item label={t('webhooks.url')}>
                  <Typography.Text copyable className="code-text" data-testid="endpoint-url">
                    {endpoint.url}
                  </Typography.Text>
                </Descriptions.Item>
                {endpoint.accountId && <Descriptions.Item label={t(`webhooks.accountIdLabel.${endpoint.provider}`)}>{endpoint.accountId}</Descriptions.Item>}
              </Descriptions>
              <Table<Secret>
                size="small"
                rowKey="id"
                columns={secretColumns}
                dataSource={endpoint.secrets}
                pagination={false}
                data-testid="secrets-table"
                locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('webhooks.noSecrets')} /> }}
              />
            </Card>
          ))}
        </Space>
      )}
      <CreateEndpointModal open={creating} providers={free} onClose={() => setCreating(false)} onCreated={refresh} />
      <RotateSecretModal endpoint={rotating} onClose={() => setRotating(null)} onRotated={refresh} />
    </>
  );
}

const ENDPOINT_FIELDS = ['provider', 'accountId'] as const;

function CreateEndpointModal({ open, providers, onClose, onCreated }: { open: boolean; providers: WebhookProvider[]; onClose(): void; onCreated(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ provider: WebhookProvider; accountId?: string }>();
  const { formErrors, show, clear } = useFormErrors(form, ENDPOINT_FIELDS);
  const [{ fetching }, create] = useMutation(WebhookEndpointCreate);
  const done = useActionResult();
  const provider = Form.useWatch('provider', form);
  const needsAccount = provider === 'ALIPAY' || provider === 'WECHATPAY';

  const submit = async (values: { provider: WebhookProvider; accountId?: string }) => {
    const result = await create({ input: { provider: values.provider, accountId: (values.accountId ?? '').trim() } });
    if (show(result.data?.webhookEndpointCreate.errors, result.error)) return;
    clear();
    done(undefined, [], t('webhooks.endpointCreated'));
    onCreated();
    onClose();
  };

  return (
    <Modal
      open={open}
      title={t('webhooks.createEndpoint')}
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
        <Form form={form} layout="vertical" onFinish={submit} requiredMark={false} name="webhook-endpoint" clearOnDestroy initialValues={{ provider: providers[0] }}>
          {dialog}
        </Form>
      )}
    >
      {formErrors.length > 0 && <Alert type="error" showIcon title={formErrors.join(' ')} className="form-alert" />}
      <Form.Item name="provider" label={t('webhooks.provider')}>
        <Select options={providers.map((p) => ({ value: p, label: t(`webhooks.providers.${p}`) }))} />
      </Form.Item>
      {needsAccount && (
        <Form.Item name="accountId" label={t(`webhooks.accountIdLabel.${provider}`)} rules={[{ required: true, whitespace: true, message: t('webhooks.accountIdRequired') }]}>
          <Input maxLength={64} />
        </Form.Item>
      )}
    </Modal>
  );
}

const ROTATE_FIELDS = ['kind', 'value', 'keyId', 'previousValidHours'] as const;

interface RotateValues {
  kind: WebhookSecretKind;
  value: string;
  keyId?: string;
  previousValidHours: number;
}

/** 32 random bytes as 64 hex digits, from the browser's CSPRNG. */
function generateSecret(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return `whsec_${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

function RotateSecretModal({ endpoint, onClose, onRotated }: { endpoint: Endpoint | null; onClose(): void; onRotated(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<RotateValues>();
  const { formErrors, show, clear } = useFormErrors(form, ROTATE_FIELDS);
  const [{ fetching }, rotate] = useMutation(WebhookSecretRotate);
  const done = useActionResult();
  const [shown, setShown] = useState<string | null>(null);
  const kind = Form.useWatch('kind', form);
  const kinds = endpoint ? SECRET_KINDS[endpoint.provider] : [];
  const canGenerate = endpoint?.provider === 'GENERIC';
  const hasValid = endpoint?.secrets.some((s) => s.isValid) ?? false;

  const submit = async (values: RotateValues) => {
    if (!endpoint) return;
    const result = await rotate({
      input: { endpointId: endpoint.id, kind: values.kind, value: values.value.trim(), keyId: (values.keyId ?? '').trim(), previousValidHours: values.previousValidHours },
    });
    if (show(result.data?.webhookSecretRotate.errors, result.error)) return;
    clear();
    done(undefined, [], t('webhooks.secretSaved'));
    onRotated();
    if (canGenerate) setShown(values.value.trim());
    onClose();
  };

  return (
    <>
      <Modal
        open={endpoint !== null}
        title={endpoint ? t('webhooks.rotateTitle', { provider: t(`webhooks.providers.${endpoint.provider}`) }) : ''}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        okButtonProps={{ htmlType: 'submit' }}
        confirmLoading={fetching}
        width={600}
        onCancel={() => {
          clear();
          onClose();
        }}
        destroyOnHidden
        modalRender={(dialog) => (
          <Form form={form} layout="vertical" onFinish={submit} requiredMark={false} name="webhook-secret" clearOnDestroy initialValues={{ kind: kinds[0], previousValidHours: 24 }}>
            {dialog}
          </Form>
        )}
      >
        {formErrors.length > 0 && <Alert type="error" showIcon title={formErrors.join(' ')} className="form-alert" />}
        {hasValid && <Alert type="info" showIcon title={t('webhooks.rotateHelp')} className="form-alert" />}
        <Form.Item name="kind" label={t('webhooks.secretKind')} hidden={kinds.length < 2}>
          <Select options={kinds.map((k) => ({ value: k, label: t(`webhooks.secretKinds.${k}`) }))} />
        </Form.Item>
        <Form.Item
          name="value"
          label={t('webhooks.secretValue')}
          extra={t(`webhooks.secretValueHelp.${kind ?? kinds[0] ?? 'SIGNING_SECRET'}`)}
          rules={[{ required: true, whitespace: true, message: t('webhooks.secretRequired') }]}
        >
          <Input.TextArea rows={kind === 'ALIPAY_PUBLIC_KEY' || kind === 'PLATFORM_PUBLIC_KEY' ? 5 : 2} className="code-text" autoComplete="off" spellCheck={false} />
        </Form.Item>
        {canGenerate && (
          <Button className="generate-button" onClick={() => form.setFieldValue('value', generateSecret())}>
            {t('webhooks.generate')}
          </Button>
        )}
        {kind === 'PLATFORM_PUBLIC_KEY' && (
          <Form.Item name="keyId" label={t('webhooks.keyId')} rules={[{ required: true, whitespace: true, message: t('webhooks.keyIdRequired') }]}>
            <Input maxLength={64} />
          </Form.Item>
        )}
        {hasValid && (
          <Form.Item name="previousValidHours" label={t('webhooks.previousValidHours')} extra={t('webhooks.previousValidHelp')}>
            <InputNumber min={0} max={720} precision={0} suffix={t('webhooks.hours')} className="full-width" />
          </Form.Item>
        )}
      </Modal>
      <Modal
        open={shown !== null}
        title={t('webhooks.secretShownTitle')}
        closable={false}
        mask={{ closable: false }}
        keyboard={false}
        destroyOnHidden
        footer={
          <Button type="primary" onClick={() => setShown(null)}>
            {t('settings.apiKeys.secretCopied')}
          </Button>
        }
      >
        <Alert type="warning" showIcon title={t('webhooks.secretShownHelp')} className="form-alert" />
        {shown && (
          <Typography.Paragraph copyable={{ text: shown }} className="secret-box" data-testid="webhook-secret">
            <code>{shown}</code>
          </Typography.Paragraph>
        )}
      </Modal>
    </>
  );
}

function Deliveries() {
  const { t } = useTranslation();
  const format = useFormat();
  const [status, setStatus] = useState<WebhookDeliveryStatus | undefined>();
  const [provider, setProvider] = useState<WebhookProvider | undefined>();
  const variables = useMemo(() => ({ filter: { status: status ?? null, provider: provider ?? null } }), [status, provider]);
  const list = useCursorPages(WebhookDeliveries, variables, (d) => d.webhookDeliveries);
  const columns: ColumnsType<Delivery> = [
    { title: t('webhooks.receivedAt'), dataIndex: 'receivedAt', render: (v: string) => <span className="nowrap">{format.dateTime(v)}</span> },
    { title: t('webhooks.provider'), dataIndex: 'provider', render: (p: string) => t(`webhooks.providers.${p.toUpperCase() as WebhookProvider}`, { defaultValue: p }) },
    { title: t('webhooks.status'), dataIndex: 'status', render: (s: WebhookDeliveryStatus) => <Tag color={DELIVERY_COLOR[s]}>{t(`webhooks.statuses.${s}`)}</Tag> },
    { title: t('webhooks.eventId'), dataIndex: 'eventId', render: (v: string | null) => (v ? <span className="code-text">{v}</span> : <span className="muted">—</span>) },
    { title: t('webhooks.error'), key: 'error', render: (_, d) => (d.errorCode ? <span><span className="code-text">{d.errorCode}</span> {d.error}</span> : <span className="muted">—</span>) },
  ];
  return (
    <>
      <Space wrap className="filter-bar">
        <Select<WebhookDeliveryStatus>
          allowClear
          aria-label={t('webhooks.status')}
          placeholder={t('webhooks.anyStatus')}
          value={status}
          onChange={setStatus}
          className="filter-select"
          options={DELIVERY_STATUSES.map((s) => ({ value: s, label: t(`webhooks.statuses.${s}`) }))}
        />
        <Select<WebhookProvider>
          allowClear
          aria-label={t('webhooks.provider')}
          placeholder={t('webhooks.anyProvider')}
          value={provider}
          onChange={setProvider}
          className="filter-select"
          options={PROVIDERS.map((p) => ({ value: p, label: t(`webhooks.providers.${p}`) }))}
        />
      </Space>
      <CursorTable
        list={list}
        columns={columns}
        testId="deliveries-table"
        empty={t('webhooks.noDeliveries')}
        expandable={{
          expandedRowRender: (d) => (
            <div className="raw-payload">
              <Typography.Text strong>{t('webhooks.headers')}</Typography.Text>
              <pre>{JSON.stringify(d.headers, null, 2)}</pre>
              <Typography.Text strong>{t('webhooks.body')}</Typography.Text>
              <pre>{prettyBody(d.body)}</pre>
            </div>
          ),
        }}
      />
    </>
  );
}

function prettyBody(body: string): string {
  try {
    return JSON.stringify(JSON.parse(body), null, 2);
  } catch {
    return body;
  }
}

function TaskList() {
  const { t } = useTranslation();
  const format = useFormat();
  const [state, setState] = useState<TaskState | undefined>('OPEN');
  const variables = useMemo(() => ({ state: state ?? null }), [state]);
  const list = useCursorPages(Tasks, variables, (d) => d.tasks);
  const [, complete] = useMutation(TaskComplete);
  const done = useActionResult();
  const columns: ColumnsType<Task> = [
    { title: t('webhooks.taskTitle'), dataIndex: 'title' },
    { title: t('webhooks.taskKind'), dataIndex: 'kind', render: (k: Task['kind']) => <Tag>{t(`webhooks.taskKinds.${k}`)}</Tag> },
    { title: t('webhooks.createdAt'), dataIndex: 'createdAt', render: (v: string) => <span className="nowrap">{format.dateTime(v)}</span> },
    { title: t('webhooks.status'), dataIndex: 'state', render: (s: TaskState) => <Tag color={s === 'OPEN' ? 'gold' : 'green'}>{t(`webhooks.taskStates.${s}`)}</Tag> },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, task) =>
        task.state === 'OPEN' && (
          <Button
            type="link"
            size="small"
            onClick={async () => {
              const result = await complete({ id: task.id });
              if (done(result.error, result.data?.taskComplete.errors, t('webhooks.taskDone'))) void list.reload();
            }}
          >
            {t('webhooks.markDone')}
          </Button>
        ),
    },
  ];
  return (
    <>
      <Space wrap className="filter-bar">
        <Select<TaskState>
          allowClear
          aria-label={t('webhooks.status')}
          placeholder={t('webhooks.anyStatus')}
          value={state}
          onChange={setState}
          className="filter-select"
          options={(['OPEN', 'DONE'] as const).map((s) => ({ value: s, label: t(`webhooks.taskStates.${s}`) }))}
        />
      </Space>
      <CursorTable list={list} columns={columns} testId="tasks-table" empty={t('webhooks.noTasks')} minWidth={700} />
    </>
  );
}

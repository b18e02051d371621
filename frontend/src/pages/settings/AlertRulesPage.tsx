import { EditOutlined, PlayCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Form, Input, InputNumber, Modal, Select, Switch, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { useActionResult } from '../../api/useActionResult';
import { useFormErrors } from '../../api/useFormErrors';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { SEVERITY_COLOR } from '../../features/credit/labels';
import { useMoney } from '../../features/credit/useMoney';
import { useFormat } from '../../format/useFormat';
import { graphql } from '../../gql';
import type { AlertRuleKind, AlertRulesQuery, AlertSeverity } from '../../gql/graphql';
import { AmountInput, amountRules, amountValue } from '../../components/AmountInput';

const AlertRules = graphql(`
  query AlertRules {
    alertRules {
      id
      kind
      name
      threshold
      severity
      enabled
      version
      updatedAt
    }
  }
`);

const AlertRuleUpdate = graphql(`
  mutation AlertRuleUpdate($id: ID!, $version: Int!, $input: AlertRuleUpdateInput!) {
    alertRuleUpdate(id: $id, version: $version, input: $input) {
      rule {
        id
        kind
        name
        threshold
        severity
        enabled
        version
        updatedAt
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

const AlertRuleCreate = graphql(`
  mutation AlertRuleCreate($input: AlertRuleCreateInput!) {
    alertRuleCreate(input: $input) {
      rule {
        id
        kind
        name
        threshold
        severity
        enabled
        version
        updatedAt
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

type Rule = AlertRulesQuery['alertRules'][number];
const KINDS: AlertRuleKind[] = ['OVERDUE_DAYS', 'OVERDUE_AMOUNT', 'LIMIT_UTILIZATION', 'GRADE_DOWNGRADE', 'BROKEN_PROMISE', 'PUBLIC_RECORD'];
const SEVERITIES: AlertSeverity[] = ['INFO', 'WARNING', 'CRITICAL'];
const AlertsEvaluateNow = graphql(`
  mutation AlertsEvaluateNow {
    alertsEvaluateNow {
      queued
      errors {
        field
        code
        message
      }
    }
  }
`);

const NO_THRESHOLD: AlertRuleKind[] = ['BROKEN_PROMISE', 'PUBLIC_RECORD'];
const hasThreshold = (kind: AlertRuleKind) => !NO_THRESHOLD.includes(kind);

export default function AlertRulesPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const money = useMoney();
  const context = useMemo(() => ({ additionalTypenames: ['AlertRule'] }), []);
  const [{ data, error, fetching }, reload] = useQuery({ query: AlertRules, context });
  const [, update] = useMutation(AlertRuleUpdate);
  const [{ fetching: evaluating }, evaluateNow] = useMutation(AlertsEvaluateNow);
  const done = useActionResult();
  const runNow = async () => {
    const result = await evaluateNow({});
    done(result.error, result.data?.alertsEvaluateNow.errors, t('alertRules.runNowQueued'));
  };
  const [editing, setEditing] = useState<Rule | 'new' | null>(null);

  const thresholdText = (rule: Rule) => {
    if (rule.threshold === null || rule.threshold === undefined) return <span className="muted">—</span>;
    if (rule.kind === 'OVERDUE_AMOUNT') return money(rule.threshold);
    return t(`alertRules.thresholdValue.${rule.kind as 'OVERDUE_DAYS' | 'LIMIT_UTILIZATION' | 'GRADE_DOWNGRADE'}`, { value: Number(rule.threshold) });
  };

  const toggle = async (rule: Rule, enabled: boolean) => {
    const result = await update({ id: rule.id, version: rule.version, input: { enabled } });
    done(result.error, result.data?.alertRuleUpdate.errors, t(enabled ? 'alertRules.enabledMessage' : 'alertRules.disabledMessage', { name: rule.name }));
  };

  const columns: ColumnsType<Rule> = [
    { title: t('alertRules.name'), dataIndex: 'name', render: (name: string) => <span className="strong-text">{name}</span> },
    { title: t('alertRules.kind'), dataIndex: 'kind', render: (kind: AlertRuleKind) => t(`alerts.kinds.${kind}`) },
    { title: t('alertRules.threshold'), key: 'threshold', render: (_, rule) => thresholdText(rule) },
    { title: t('alertRules.severity'), dataIndex: 'severity', render: (s: AlertSeverity) => <Tag color={SEVERITY_COLOR[s]}>{t(`alerts.severities.${s}`)}</Tag> },
    {
      title: t('alertRules.enabled'),
      dataIndex: 'enabled',
      render: (enabled: boolean, rule) => <Switch checked={enabled} onChange={(value) => toggle(rule, value)} aria-label={t('alertRules.enableRule', { name: rule.name })} />,
    },
    { title: t('alertRules.updatedAt'), dataIndex: 'updatedAt', render: (v: string) => <span className="nowrap">{format.dateTime(v)}</span> },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, rule) => (
        <Button type="link" size="small" icon={<EditOutlined />} onClick={() => setEditing(rule)} aria-label={t('alertRules.editRule', { name: rule.name })}>
          {t('alertRules.edit')}
        </Button>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('alertRules.title')}
        description={t('alertRules.description')}
        extra={
          <div className="card-tools">
            <Button icon={<PlayCircleOutlined />} loading={evaluating} onClick={runNow} title={t('alertRules.runNowHint')}>
              {t('alertRules.runNow')}
            </Button>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
              {t('alertRules.create')}
            </Button>
          </div>
        }
      />
      {error && <QueryError error={error} onRetry={() => reload({ requestPolicy: 'network-only' })} />}
      <Card>
        <Table<Rule>
          rowKey="id"
          data-testid="alert-rules-table"
          columns={columns}
          dataSource={data?.alertRules ?? []}
          loading={fetching && !data}
          pagination={false}
          rowClassName={(rule) => (rule.enabled ? '' : 'row-disabled')}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('alertRules.empty')} /> }}
          scroll={{ x: 900 }}
        />
      </Card>
      <RuleModal rule={editing} onClose={() => setEditing(null)} />
    </>
  );
}

const RULE_FIELDS = ['kind', 'name', 'threshold', 'severity', 'enabled'] as const;

interface RuleValues {
  kind: AlertRuleKind;
  name: string;
  threshold?: string | null;
  severity: AlertSeverity;
  enabled: boolean;
}

function RuleModal({ rule, onClose }: { rule: Rule | 'new' | null; onClose(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<RuleValues>();
  const { formErrors, show, clear } = useFormErrors(form, RULE_FIELDS);
  const [{ fetching: updating }, update] = useMutation(AlertRuleUpdate);
  const [{ fetching: creating }, create] = useMutation(AlertRuleCreate);
  const done = useActionResult();
  const isNew = rule === 'new';
  const kind = Form.useWatch('kind', form) ?? (rule && rule !== 'new' ? rule.kind : 'OVERDUE_DAYS');

  const submit = async (values: RuleValues) => {
    const raw = values.threshold === null || values.threshold === undefined ? '' : String(values.threshold);
    const threshold = !hasThreshold(values.kind) || raw === '' ? null : values.kind === 'OVERDUE_AMOUNT' ? amountValue(raw) || null : raw;
    if (rule === null) return;
    if (rule === 'new') {
      const result = await create({ input: { ...values, name: values.name.trim(), threshold } });
      if (show(result.data?.alertRuleCreate.errors, result.error)) return;
    } else {
      const result = await update({ id: rule.id, version: rule.version, input: { name: values.name.trim(), threshold, severity: values.severity, enabled: values.enabled } });
      if (show(result.data?.alertRuleUpdate.errors, result.error)) return;
    }
    clear();
    done(undefined, [], t('alertRules.saved', { name: values.name.trim() }));
    onClose();
  };

  const initial: Partial<RuleValues> | undefined =
    rule === null ? undefined : rule === 'new' ? { kind: 'OVERDUE_DAYS', severity: 'WARNING', enabled: true } : { ...rule, threshold: rule.threshold ?? null };

  return (
    <Modal
      open={rule !== null}
      title={isNew ? t('alertRules.createTitle') : t('alertRules.editTitle')}
      okText={isNew ? t('common.create') : t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ htmlType: 'submit' }}
      confirmLoading={updating || creating}
      onCancel={() => {
        clear();
        onClose();
      }}
      destroyOnHidden
      modalRender={(dialog) => (
        <Form form={form} layout="vertical" onFinish={submit} requiredMark={false} name="alert-rule" clearOnDestroy initialValues={initial}>
          {dialog}
        </Form>
      )}
    >
      {formErrors.length > 0 && <Alert type="error" showIcon title={formErrors.join(' ')} className="form-alert" />}
      <Form.Item name="kind" label={t('alertRules.kind')}>
        <Select disabled={!isNew} options={KINDS.map((k) => ({ value: k, label: t(`alerts.kinds.${k}`) }))} />
      </Form.Item>
      <Form.Item name="name" label={t('alertRules.name')} rules={[{ required: true, whitespace: true, message: t('alertRules.nameRequired') }]}>
        <Input maxLength={200} />
      </Form.Item>
      {hasThreshold(kind) && (
        <Form.Item
          name="threshold"
          label={t('alertRules.threshold')}
          extra={t(`alertRules.thresholdHelp.${kind as 'OVERDUE_DAYS' | 'OVERDUE_AMOUNT' | 'LIMIT_UTILIZATION' | 'GRADE_DOWNGRADE'}`)}
          rules={kind === 'OVERDUE_AMOUNT' ? amountRules(t) : []}
        >
          {kind === 'OVERDUE_AMOUNT' ? (
            <AmountInput />
          ) : (
            <InputNumber<string> stringMode className="full-width" precision={0} />
          )}
        </Form.Item>
      )}
      <Form.Item name="severity" label={t('alertRules.severity')}>
        <Select options={SEVERITIES.map((s) => ({ value: s, label: t(`alerts.severities.${s}`) }))} />
      </Form.Item>
      <Form.Item name="enabled" label={t('alertRules.enabled')} valuePropName="checked">
        <Switch />
      </Form.Item>
      {!isNew && <Typography.Text type="secondary">{t('alertRules.neverDeleted')}</Typography.Text>}
    </Modal>
  );
}

import { EditOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Checkbox, Col, Form, Input, InputNumber, Modal, Row, Select, Space, Switch, Table, Tabs, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { useActionResult } from '../../api/useActionResult';
import { useCursorPages } from '../../api/useCursorPages';
import { useFormErrors } from '../../api/useFormErrors';
import { CursorTable } from '../../components/CursorTable';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { factorLabel } from '../../features/credit/factorText';
import { useMoney } from '../../features/credit/useMoney';
import { useFormat } from '../../format/useFormat';
import { graphql } from '../../gql';
import type { CreditGrade, CreditPolicyChangesQuery, CreditSettingsPageQuery, Role } from '../../gql/graphql';
import { useWorkspace } from '../../workspace/WorkspaceProvider';
import { AmountInput, amountRules, amountValue } from '../../components/AmountInput';

const CreditSettingsPageDoc = graphql(`
  query CreditSettingsPage {
    creditSettings {
      weights {
        factor
        group
        weight
      }
      thresholds {
        grade
        minScore
      }
      exceptionRequestRoles
      version
    }
    creditPolicies {
      grade
      creditLimitCap
      revenueLimitPct
      paymentTermsDays
      allowedPaymentMethods
      prepaymentRequired
      guaranteeRequired
      creditHold
      holdOverdueDays
      version
    }
  }
`);

const CreditPolicyChanges = graphql(`
  query CreditPolicyChanges($first: Int!, $after: String) {
    creditPolicyChanges(first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        subject
        grade
        action
        before
        after
        reason
        createdAt
        changedBy {
          id
          fullName
        }
      }
    }
  }
`);

const CreditPolicyUpdate = graphql(`
  mutation CreditPolicyUpdate($grade: CreditGrade!, $version: Int!, $reason: String!, $input: CreditPolicyInput!) {
    creditPolicyUpdate(grade: $grade, version: $version, reason: $reason, input: $input) {
      policy {
        grade
        creditLimitCap
        revenueLimitPct
        paymentTermsDays
        allowedPaymentMethods
        prepaymentRequired
        guaranteeRequired
        creditHold
        holdOverdueDays
        version
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

const CreditSettingsUpdate = graphql(`
  mutation CreditSettingsUpdate($input: CreditSettingsInput!) {
    creditSettingsUpdate(input: $input) {
      settings {
        weights {
          factor
          group
          weight
        }
        thresholds {
          grade
          minScore
        }
        exceptionRequestRoles
        version
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

type Settings = CreditSettingsPageQuery['creditSettings'];
type Policy = CreditSettingsPageQuery['creditPolicies'][number];
type Change = CreditPolicyChangesQuery['creditPolicyChanges']['nodes'][number];
export const PAYMENT_METHODS = ['bank_transfer', 'cheque', 'cash', 'bank_acceptance_bill', 'alipay', 'wechat_pay', 'card', 'other'] as const;
const ROLES: Role[] = ['OWNER', 'ADMIN', 'FINANCE', 'COLLECTOR', 'SALES', 'AUDITOR'];
const THRESHOLD_GRADES: CreditGrade[] = ['AAA', 'AA', 'A', 'B'];

export default function CreditSettingsPage() {
  const { t } = useTranslation();
  const context = useMemo(() => ({ additionalTypenames: ['CreditPolicy', 'CreditSettings'] }), []);
  const [{ data, error, fetching }, reload] = useQuery({ query: CreditSettingsPageDoc, context });
  const [tab, setTab] = useState('policies');
  const [historyKey, setHistoryKey] = useState(0);
  const changed = () => setHistoryKey((k) => k + 1);

  return (
    <>
      <PageHeader title={t('creditSettings.title')} description={t('creditSettings.description')} />
      {error && <QueryError error={error} onRetry={() => reload({ requestPolicy: 'network-only' })} />}
      <Card loading={fetching && !data}>
        <Tabs
          activeKey={tab}
          onChange={setTab}
          items={[
            { key: 'policies', label: t('creditSettings.policies'), children: data && <Policies policies={data.creditPolicies} onChanged={changed} /> },
            { key: 'scorecard', label: t('creditSettings.scorecard'), children: data && <Scorecard settings={data.creditSettings} onChanged={changed} /> },
            { key: 'history', label: t('creditSettings.history'), children: <History key={historyKey} /> },
          ]}
        />
      </Card>
    </>
  );
}

function Policies({ policies, onChanged }: { policies: Policy[]; onChanged(): void }) {
  const { t } = useTranslation();
  const money = useMoney();
  const [editing, setEditing] = useState<Policy | null>(null);
  const yesNo = (value: boolean) => (value ? <Tag color="orange">{t('common.yes')}</Tag> : <span className="muted">{t('creditSettings.no')}</span>);
  const columns: ColumnsType<Policy> = [
    { title: t('creditSettings.grade'), dataIndex: 'grade', render: (g: CreditGrade) => <Tag className="grade-tag" color="geekblue">{g}</Tag> },
    {
      title: t('creditSettings.creditLimitCap'),
      dataIndex: 'creditLimitCap',
      align: 'right',
      render: (v: string | null) => <span className="nowrap">{v === null ? t('creditSettings.noCap') : money(v)}</span>,
    },
    { title: t('creditSettings.revenueLimitPct'), dataIndex: 'revenueLimitPct', align: 'right', render: (v: string | null) => (v === null ? '—' : `${v}%`) },
    { title: t('creditSettings.paymentTermsDays'), dataIndex: 'paymentTermsDays', align: 'right', className: 'nowrap', render: (v: number) => t('creditSettings.daysValue', { count: v }) },
    {
      title: t('creditSettings.allowedPaymentMethods'),
      dataIndex: 'allowedPaymentMethods',
      render: (methods: string[]) => (
        <Space size={[0, 4]} wrap>
          {methods.map((m) => (
            <Tag key={m}>{t(`creditSettings.methods.${m as (typeof PAYMENT_METHODS)[number]}`, { defaultValue: m })}</Tag>
          ))}
        </Space>
      ),
    },
    { title: t('creditSettings.prepaymentRequired'), dataIndex: 'prepaymentRequired', render: yesNo },
    { title: t('creditSettings.guaranteeRequired'), dataIndex: 'guaranteeRequired', render: yesNo },
    {
      title: t('creditSettings.hold'),
      key: 'hold',
      width: 170,
      render: (_, p) =>
        p.creditHold ? (
          <Tag color="red">{t('creditSettings.onHold')}</Tag>
        ) : p.holdOverdueDays !== null && p.holdOverdueDays !== undefined ? (
          t('creditSettings.holdAfter', { count: p.holdOverdueDays })
        ) : (
          <span className="muted">{t('creditSettings.noHold')}</span>
        ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, p) => (
        <Button type="link" size="small" icon={<EditOutlined />} onClick={() => setEditing(p)} aria-label={t('creditSettings.editGrade', { grade: p.grade })}>
          {t('creditSettings.edit')}
        </Button>
      ),
    },
  ];
  return (
    <>
      <Typography.Paragraph type="secondary">{t('creditSettings.policiesHelp')}</Typography.Paragraph>
      <Table<Policy> rowKey="grade" columns={columns} dataSource={policies} pagination={false} scroll={{ x: 1000 }} data-testid="policies-table" />
      <PolicyModal
        policy={editing}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          onChanged();
        }}
      />
    </>
  );
}

const POLICY_FIELDS = [
  'creditLimitCap',
  'revenueLimitPct',
  'paymentTermsDays',
  'allowedPaymentMethods',
  'prepaymentRequired',
  'guaranteeRequired',
  'creditHold',
  'holdOverdueDays',
  'reason',
] as const;

interface PolicyValues {
  creditLimitCap: string | null;
  revenueLimitPct: string | null;
  paymentTermsDays: number;
  allowedPaymentMethods: string[];
  prepaymentRequired: boolean;
  guaranteeRequired: boolean;
  creditHold: boolean;
  holdOverdueDays: number | null;
  reason: string;
}

function PolicyModal({ policy, onClose, onSaved }: { policy: Policy | null; onClose(): void; onSaved(): void }) {
  const { t } = useTranslation();
  const { organization } = useWorkspace();
  const [form] = Form.useForm<PolicyValues>();
  const { formErrors, show, clear } = useFormErrors(form, POLICY_FIELDS);
  const [{ fetching }, update] = useMutation(CreditPolicyUpdate);
  const done = useActionResult();

  const submit = async ({ reason, creditLimitCap, revenueLimitPct, holdOverdueDays, ...rest }: PolicyValues) => {
    if (!policy) return;
    const result = await update({
      grade: policy.grade,
      version: policy.version,
      reason: reason.trim(),
      input: {
        ...rest,
        creditLimitCap: amountValue(creditLimitCap) || null,
        revenueLimitPct: revenueLimitPct === null || revenueLimitPct === undefined || revenueLimitPct === '' ? null : String(revenueLimitPct),
        holdOverdueDays: holdOverdueDays ?? null,
      },
    });
    if (show(result.data?.creditPolicyUpdate.errors, result.error)) return;
    clear();
    done(undefined, [], t('creditSettings.policySaved', { grade: policy.grade }));
    onSaved();
  };

  return (
    <Modal
      open={policy !== null}
      title={t('creditSettings.policyTitle', { grade: policy?.grade ?? '' })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ htmlType: 'submit' }}
      confirmLoading={fetching}
      width={640}
      onCancel={() => {
        clear();
        onClose();
      }}
      destroyOnHidden
      modalRender={(dialog) => (
        <Form
          form={form}
          layout="vertical"
          onFinish={submit}
          requiredMark={false}
          name="credit-policy"
          clearOnDestroy
          initialValues={policy ? { ...policy, reason: '' } : undefined}
        >
          {dialog}
        </Form>
      )}
    >
      {formErrors.length > 0 && <Alert type="error" showIcon title={formErrors.join(' ')} className="form-alert" />}
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="creditLimitCap" label={t('creditSettings.creditLimitCap')} extra={t('creditSettings.capHelp')} rules={amountRules(t)}>
            <AmountInput prefix={organization.baseCurrency} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="revenueLimitPct" label={t('creditSettings.revenueLimitPct')} extra={t('creditSettings.revenueHelp')}>
            <InputNumber<string> stringMode min="0" max="100" precision={2} className="full-width" suffix="%" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="paymentTermsDays" label={t('creditSettings.paymentTermsDays')} rules={[{ required: true, message: t('creditSettings.termsRequired') }]}>
            <InputNumber min={0} max={365} precision={0} className="full-width" suffix={t('credit.days')} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="holdOverdueDays" label={t('creditSettings.holdOverdueDays')} extra={t('creditSettings.holdOverdueHelp')}>
            <InputNumber min={0} max={3650} precision={0} className="full-width" suffix={t('credit.days')} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="allowedPaymentMethods" label={t('creditSettings.allowedPaymentMethods')}>
        <Checkbox.Group options={PAYMENT_METHODS.map((m) => ({ value: m, label: t(`creditSettings.methods.${m}`) }))} />
      </Form.Item>
      <Space size="large" wrap>
        <Form.Item name="prepaymentRequired" label={t('creditSettings.prepaymentRequired')} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item name="guaranteeRequired" label={t('creditSettings.guaranteeRequired')} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item name="creditHold" label={t('creditSettings.creditHold')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Space>
      <Form.Item name="reason" label={t('credit.reason')} extra={t('creditSettings.reasonHelp')} rules={[{ required: true, whitespace: true, message: t('credit.reasonRequired') }]}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
    </Modal>
  );
}

const SETTINGS_FIELDS = ['weights', 'thresholds', 'exceptionRequestRoles', 'reason'] as const;

interface SettingsValues {
  weights: Record<string, number | null>;
  thresholds: Record<string, number | null>;
  exceptionRequestRoles: Role[];
  reason: string;
}

function Scorecard({ settings, onChanged }: { settings: Settings; onChanged(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<SettingsValues>();
  const { formErrors, show, clear } = useFormErrors(form, SETTINGS_FIELDS);
  const [{ fetching }, update] = useMutation(CreditSettingsUpdate);
  const done = useActionResult();
  const initial = useMemo<SettingsValues>(
    () => ({
      weights: Object.fromEntries(settings.weights.map((w) => [w.factor, w.weight])),
      thresholds: Object.fromEntries(settings.thresholds.map((th) => [th.grade, th.minScore])),
      exceptionRequestRoles: settings.exceptionRequestRoles,
      reason: '',
    }),
    [settings],
  );
  useEffect(() => form.setFieldsValue(initial), [form, initial]);
  const groups = [...new Set(settings.weights.map((w) => w.group))];

  const submit = async (values: SettingsValues) => {
    const result = await update({
      input: {
        version: settings.version,
        reason: values.reason.trim(),
        weights: settings.weights.map((w) => ({ factor: w.factor, weight: values.weights[w.factor] ?? 0 })),
        thresholds: THRESHOLD_GRADES.map((grade) => ({ grade, minScore: values.thresholds[grade] ?? 0 })),
        exceptionRequestRoles: values.exceptionRequestRoles,
      },
    });
    if (show(result.data?.creditSettingsUpdate.errors, result.error)) return;
    clear();
    form.setFieldValue('reason', '');
    done(undefined, [], t('creditSettings.settingsSaved'));
    onChanged();
  };

  return (
    <Form form={form} layout="vertical" onFinish={submit} requiredMark={false} name="credit-settings" initialValues={initial} className="settings-form">
      {formErrors.length > 0 && <Alert type="error" showIcon title={formErrors.join(' ')} className="form-alert" />}
      <Row gutter={[32, 8]}>
        <Col xs={24} xl={14}>
          <Typography.Title level={5}>{t('creditSettings.weights')}</Typography.Title>
          <Typography.Paragraph type="secondary">{t('creditSettings.weightsHelp')}</Typography.Paragraph>
          {groups.map((group) => (
            <div key={group} className="weight-group">
              <Typography.Text type="secondary" className="weight-group-title">
                {t(`creditSettings.groups.${group}`, { defaultValue: group })}
              </Typography.Text>
              {settings.weights
                .filter((w) => w.group === group)
                .map((w) => (
                  <Form.Item key={w.factor} name={['weights', w.factor]} label={factorLabel(t, w.factor)} className="weight-item" layout="horizontal" labelAlign="left" labelCol={{ flex: '1' }} wrapperCol={{ flex: '120px' }} colon={false}>
                    <InputNumber min={0} max={100} precision={0} suffix="%" className="full-width" aria-label={factorLabel(t, w.factor)} />
                  </Form.Item>
                ))}
            </div>
          ))}
          <Form.Item name="weights" className="weights-total-item" data-testid="weights-field">
            <WeightsTotal />
          </Form.Item>
        </Col>
        <Col xs={24} xl={10}>
          <Typography.Title level={5}>{t('creditSettings.thresholds')}</Typography.Title>
          <Typography.Paragraph type="secondary">{t('creditSettings.thresholdsHelp')}</Typography.Paragraph>
          {THRESHOLD_GRADES.map((grade) => (
            <Form.Item key={grade} name={['thresholds', grade]} label={t('creditSettings.minScore', { grade })} layout="horizontal" labelCol={{ flex: '1' }} wrapperCol={{ flex: '120px' }} colon={false} labelAlign="left" className="weight-item">
              <InputNumber min={1} max={100} precision={0} className="full-width" aria-label={t('creditSettings.minScore', { grade })} />
            </Form.Item>
          ))}
          <Form.Item name="thresholds" data-testid="thresholds-field">
            <BelowB />
          </Form.Item>
          <Form.Item name="exceptionRequestRoles" label={t('creditSettings.exceptionRequestRoles')} extra={t('creditSettings.exceptionRolesHelp')}>
            <Select mode="multiple" options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))} />
          </Form.Item>
          <Form.Item name="reason" label={t('credit.reason')} extra={t('creditSettings.reasonHelp')} rules={[{ required: true, whitespace: true, message: t('credit.reasonRequired') }]}>
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={fetching}>
            {t('common.save')}
          </Button>
        </Col>
      </Row>
    </Form>
  );
}

/** The sum of the weights as they are typed (the API checks it: 100). */
function WeightsTotal({ value }: { value?: Record<string, number | null> }) {
  const { t } = useTranslation();
  const total = Object.values(value ?? {}).reduce<number>((sum, w) => sum + (w ?? 0), 0);
  return (
    <div className={total === 100 ? 'weights-total' : 'weights-total weights-total-off'} data-testid="weights-total">
      {t('creditSettings.weightsTotal', { total })}
    </div>
  );
}

function BelowB({ value }: { value?: Record<string, number | null> }) {
  const { t } = useTranslation();
  return <Typography.Text type="secondary">{t('creditSettings.belowB', { score: value?.B ?? '—' })}</Typography.Text>;
}

function History() {
  const { t } = useTranslation();
  const format = useFormat();
  const variables = useMemo(() => ({}), []);
  const list = useCursorPages(CreditPolicyChanges, variables, (d) => d.creditPolicyChanges, 20);
  const columns: ColumnsType<Change> = [
    { title: t('creditSettings.changedAt'), dataIndex: 'createdAt', render: (v: string) => <span className="nowrap">{format.dateTime(v)}</span> },
    { title: t('creditSettings.changedBy'), key: 'by', render: (_, c) => c.changedBy?.fullName ?? '—' },
    {
      title: t('creditSettings.subject'),
      key: 'subject',
      render: (_, c) => (
        <span>
          {t(`creditSettings.subjects.${c.subject}`)}
          {c.grade && <Tag className="grade-tag-inline">{c.grade}</Tag>}
        </span>
      ),
    },
    { title: t('credit.reason'), dataIndex: 'reason' },
  ];
  return (
    <CursorTable
      list={list}
      columns={columns}
      testId="policy-history"
      empty={t('creditSettings.noHistory')}
      expandable={{ expandedRowRender: (c) => <ChangeDiff before={c.before} after={c.after} /> }}
      minWidth={700}
    />
  );
}

function ChangeDiff({ before, after }: { before: unknown; after: unknown }) {
  const { t } = useTranslation();
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => JSON.stringify(b[k]) !== JSON.stringify(a[k]));
  const show = (v: unknown) => (v === undefined || v === null ? '—' : typeof v === 'object' ? JSON.stringify(v) : String(v));
  if (keys.length === 0) return <Typography.Text type="secondary">{t('creditSettings.noFieldChanged')}</Typography.Text>;
  return (
    <Table
      size="small"
      rowKey="key"
      pagination={false}
      dataSource={keys.map((key) => ({ key, from: show(b[key]), to: show(a[key]) }))}
      columns={[
        { title: t('audit.field'), dataIndex: 'key', render: (k: string) => <span className="code-text">{k}</span> },
        { title: t('audit.from'), dataIndex: 'from', render: (v: string) => <span className="code-text diff-from">{v}</span> },
        { title: t('audit.to'), dataIndex: 'to', render: (v: string) => <span className="code-text diff-to">{v}</span> },
      ]}
    />
  );
}

import { PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Col, Empty, Form, Input, Modal, Row, Segmented, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { useFormErrors } from '../../api/useFormErrors';
import { QueryError } from '../../components/QueryError';
import { graphql } from '../../gql';
import type { CustomerStatementsQuery } from '../../gql/graphql';
import { useWorkspace } from '../../workspace/WorkspaceProvider';
import { FormAlert } from '../ar/FormAlert';
import { useArFormat } from '../ar/format';
import { ImplicitSubmit } from '../ar/ImplicitSubmit';
import { AmountInput, amountRules, amountValue } from '../../components/AmountInput';
import { DateInput } from '../../components/DateInput';

const CustomerStatements = graphql(`
  query CustomerStatements($id: ID!) {
    customer(id: $id) {
      id
      statements {
        id
        periodStart
        periodEnd
        totalAssets
        totalLiabilities
        revenue
        netProfit
        operatingCashFlow
        audited
        source
        ratios {
          debtToAsset
          currentRatio
          netMargin
        }
      }
    }
  }
`);

const StatementCreate = graphql(`
  mutation StatementCreate($customerId: ID!, $input: FinancialStatementInput!) {
    statementCreate(customerId: $customerId, input: $input) {
      statement {
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

type Statement = NonNullable<CustomerStatementsQuery['customer']>['statements'][number];
const AMOUNTS = [
  'totalAssets', 'totalLiabilities', 'currentAssets', 'currentLiabilities', 'inventory', 'cash', 'revenue', 'netProfit', 'operatingCashFlow',
] as const;
const FIELDS = ['periodStart', 'periodEnd', ...AMOUNTS, 'audited', 'source'] as const;

// Net profit and operating cash flow may be losses; the other figures cannot be negative (as the API checks).
const MAY_BE_NEGATIVE = new Set<string>(['netProfit', 'operatingCashFlow']);
const PERIOD_KINDS = ['year', 'quarter', 'month'] as const;
type PeriodKind = (typeof PERIOD_KINDS)[number];

type Values = { periodKind: PeriodKind; period: Dayjs; audited: boolean; source?: string } & Record<(typeof AMOUNTS)[number], string>;

/** The first and last day of the fiscal year, quarter or month that contains `day`. */
export function periodRange(kind: PeriodKind, day: Dayjs): [Dayjs, Dayjs] {
  if (kind === 'quarter') {
    const start = day.month(Math.floor(day.month() / 3) * 3).startOf('month');
    return [start, start.add(2, 'month').endOf('month')];
  }
  return [day.startOf(kind), day.endOf(kind)];
}

export function StatementsTab({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const { can } = useWorkspace();
  const fmt = useArFormat();
  const [{ data, error, fetching }, reload] = useQuery({ query: CustomerStatements, variables: { id: customerId } });
  const [adding, setAdding] = useState(false);
  if (error) return <QueryError error={error} onRetry={() => reload({ requestPolicy: 'network-only' })} />;
  const columns: ColumnsType<Statement> = [
    { title: t('custStatements.period'), key: 'period', render: (_, s) => `${fmt.day(s.periodStart)} – ${fmt.day(s.periodEnd)}` },
    { title: t('custStatements.totalAssets'), dataIndex: 'totalAssets', align: 'right', render: (v: string) => fmt.money(v) },
    { title: t('custStatements.totalLiabilities'), dataIndex: 'totalLiabilities', align: 'right', render: (v: string) => fmt.money(v) },
    { title: t('custStatements.revenue'), dataIndex: 'revenue', align: 'right', render: (v: string) => fmt.money(v) },
    { title: t('custStatements.netProfit'), dataIndex: 'netProfit', align: 'right', render: (v: string) => fmt.money(v) },
    { title: t('custStatements.debtToAsset'), key: 'dta', align: 'right', render: (_, s) => fmt.percent(s.ratios.debtToAsset) },
    { title: t('custStatements.currentRatio'), key: 'cr', align: 'right', render: (_, s) => s.ratios.currentRatio ?? '—' },
    { title: t('custStatements.audited'), dataIndex: 'audited', render: (v: boolean) => (v ? <Tag color="green">{t('custStatements.audited')}</Tag> : <Tag>{t('custStatements.unaudited')}</Tag>) },
  ];
  return (
    <>
      {can('CUSTOMERS_MANAGE') && (
        <div className="tab-toolbar">
          <Button icon={<PlusOutlined />} onClick={() => setAdding(true)}>{t('custStatements.add')}</Button>
        </div>
      )}
      <Table
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={data?.customer?.statements ?? []}
        data-testid="statements-table"
        loading={fetching}
        pagination={false}
        scroll={{ x: 900 }}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('custStatements.empty')} /> }}
      />
      {adding && (
        <StatementModal
          customerId={customerId}
          onClose={() => setAdding(false)}
          onSaved={() => {
            setAdding(false);
            reload({ requestPolicy: 'network-only' });
          }}
        />
      )}
    </>
  );
}

function StatementModal({ customerId, onClose, onSaved }: { customerId: string; onClose(): void; onSaved(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { formErrors, show } = useFormErrors(form, [...FIELDS, 'period']);
  const [saving, setSaving] = useState(false);
  const [, create] = useMutation(StatementCreate);
  const fmt = useArFormat();
  const periodKind = Form.useWatch('periodKind', form);
  const period = Form.useWatch('period', form);

  const submit = async (values: Values) => {
    const [start, end] = periodRange(values.periodKind, values.period);
    const input = {
      periodStart: start.format('YYYY-MM-DD'),
      periodEnd: end.format('YYYY-MM-DD'),
      audited: values.audited,
      source: values.source?.trim() ?? '',
      ...Object.fromEntries(AMOUNTS.map((k) => [k, amountValue(values[k], { allowNegative: MAY_BE_NEGATIVE.has(k) })])),
    } as Parameters<typeof create>[0]['input'];
    setSaving(true);
    const result = await create({ customerId, input });
    setSaving(false);
    // Period errors belong to the one period picker.
    const errors = (result.data?.statementCreate.errors ?? []).map((e) =>
      e.field === 'periodStart' || e.field === 'periodEnd' ? { ...e, field: 'period' } : e,
    );
    if (!show(errors, result.error)) onSaved();
  };

  return (
    <Modal open width={720} title={t('custStatements.add')} okText={t('common.save')} onOk={() => form.submit()} confirmLoading={saving} onCancel={onClose} destroyOnHidden>
      <FormAlert errors={formErrors} />
      <Form<Values>
        form={form}
        name="statement"
        layout="vertical"
        onFinish={submit}
        initialValues={{ audited: false, periodKind: 'year', period: dayjs().subtract(1, 'year') }}
      >
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item name="periodKind" label={t('custStatements.periodKind')}>
              <Segmented<PeriodKind> block options={PERIOD_KINDS.map((k) => ({ value: k, label: t(`custStatements.periodKinds.${k}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="period"
              label={t('custStatements.period')}
              rules={[{ required: true, message: t('ar.required') }]}
              extra={periodKind && period ? periodRange(periodKind, period).map((d) => fmt.day(d.format('YYYY-MM-DD'))).join(' – ') : undefined}
            >
              <DateInput picker={periodKind} className="full-width" allowClear={false} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          {AMOUNTS.map((k) => (
            <Col xs={24} sm={8} key={k}>
              <Form.Item name={k} label={t(`custStatements.${k}`)} rules={amountRules(t, { required: true, allowNegative: MAY_BE_NEGATIVE.has(k) })}>
                <AmountInput allowNegative={MAY_BE_NEGATIVE.has(k)} />
              </Form.Item>
            </Col>
          ))}
        </Row>
        <Row gutter={16}>
          <Col xs={24} sm={16}>
            <Form.Item name="source" label={t('custStatements.source')}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name="audited" valuePropName="checked" label=" ">
              <Checkbox>{t('custStatements.audited')}</Checkbox>
            </Form.Item>
          </Col>
        </Row>
        <ImplicitSubmit />
      </Form>
    </Modal>
  );
}

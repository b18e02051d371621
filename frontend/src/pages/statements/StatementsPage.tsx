import { PlusOutlined, SendOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Checkbox, DatePicker, Form, Modal, Select, Table, Tabs } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Route, Routes, useNavigate, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { combinedErrorText, errorText } from '../../api/errors';
import { useCursorPages } from '../../api/useCursorPages';
import { useFormErrors } from '../../api/useFormErrors';
import { CursorTable } from '../../components/CursorTable';
import { DateInput } from '../../components/DateInput';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import type { AccountStatementListQuery, AccountStatementSendMonthMutation, AccountStatementStatus, ReconciliationOverviewQuery } from '../../gql/graphql';
import { useWorkspace } from '../../workspace/WorkspaceProvider';
import { CustomerSelect } from '../ar/CustomerSelect';
import { FormAlert } from '../ar/FormAlert';
import { useArFormat } from '../ar/format';
import { ImplicitSubmit } from '../ar/ImplicitSubmit';
import { DiscrepancyWorkbench } from './DiscrepancyWorkbench';
import { AccountStatementList, ReconciliationOverview, StatementCreate, StatementSendMonth } from './documents';
import { STATEMENT_STATUSES, StatementStatusTag } from './labels';
import { StatementDetail } from './StatementDetail';

export default function StatementsPage() {
  return (
    <Routes>
      <Route index element={<StatementsHome />} />
      <Route path=":id" element={<StatementDetail />} />
    </Routes>
  );
}

const TABS = ['statements', 'discrepancies', 'overview'] as const;
type TabKey = (typeof TABS)[number];

function StatementsHome() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tab: TabKey = TABS.find((key) => key === params.get('tab')) ?? 'statements';
  return (
    <>
      <PageHeader title={t('reconciliation.title')} description={t('reconciliation.description')} />
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams(key === 'statements' ? {} : { tab: key }, { replace: true })}
        destroyOnHidden
        items={[
          { key: 'statements', label: t('reconciliation.tabs.statements'), children: <StatementList /> },
          { key: 'discrepancies', label: t('reconciliation.tabs.discrepancies'), children: <DiscrepancyWorkbench /> },
          { key: 'overview', label: t('reconciliation.tabs.overview'), children: <AgencyOverview /> },
        ]}
      />
    </>
  );
}

type StatementRow = AccountStatementListQuery['accountStatements']['nodes'][number];

function StatementList() {
  const { t } = useTranslation();
  const format = useArFormat();
  const { can } = useWorkspace();
  const navigate = useNavigate();
  const [statuses, setStatuses] = useState<AccountStatementStatus[]>([]);
  const [customerId, setCustomerId] = useState<string | undefined>();
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [creating, setCreating] = useState(false);
  const [bulk, setBulk] = useState(false);
  const filter = useMemo(
    () => ({
      statuses: statuses.length ? statuses : null,
      customerId: customerId ?? null,
      periodFrom: range?.[0]?.startOf('month').format('YYYY-MM-DD') ?? null,
      periodTo: range?.[1]?.endOf('month').format('YYYY-MM-DD') ?? null,
    }),
    [statuses, customerId, range],
  );
  const list = useCursorPages(AccountStatementList, { filter }, (data) => data.accountStatements);
  const manage = can('INVOICES_MANAGE');

  const columns: ColumnsType<StatementRow> = [
    { key: 'number', title: t('reconciliation.number'), render: (_, row) => <Link to={row.id}>{row.number}</Link> },
    { key: 'customer', title: t('reconciliation.customer'), render: (_, row) => row.customer?.legalName ?? '—' },
    { key: 'period', title: t('reconciliation.period'), render: (_, row) => `${format.day(row.periodStart)} – ${format.day(row.periodEnd)}` },
    { key: 'status', title: t('reconciliation.filterStatus'), render: (_, row) => <StatementStatusTag status={row.status} /> },
    { key: 'closing', title: t('reconciliation.closing'), align: 'right', render: (_, row) => format.money(row.closingBalance, row.currency) },
    { key: 'sent', title: t('reconciliation.sentAt'), render: (_, row) => (row.sentAt ? format.day(row.sentAt.slice(0, 10)) : '—') },
  ];

  return (
    <>
      <div className="statement-toolbar">
        <Select<AccountStatementStatus[]>
          mode="multiple"
          allowClear
          className="toolbar-select"
          aria-label={t('reconciliation.filterStatus')}
          placeholder={t('reconciliation.allStatuses')}
          value={statuses}
          onChange={setStatuses}
          options={STATEMENT_STATUSES.map((status) => ({ value: status, label: t(`reconciliation.status.${status}`) }))}
        />
        <CustomerSelect allowClear className="toolbar-select" value={customerId} onChange={(value: string | undefined) => setCustomerId(value)} placeholder={t('reconciliation.customer')} />
        <DatePicker.RangePicker picker="month" value={range} onChange={(value) => setRange(value)} aria-label={t('reconciliation.filterPeriod')} />
        {manage && (
          <>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('reconciliation.create')}
            </Button>
            <Button icon={<SendOutlined />} onClick={() => setBulk(true)}>
              {t('reconciliation.bulkSend')}
            </Button>
          </>
        )}
      </div>
      <Card size="small">
        <CursorTable list={list} columns={columns} empty={t('reconciliation.empty')} testId="statement-list" minWidth={760} />
      </Card>
      {creating && (
        <CreateStatementModal
          onClose={(id) => {
            setCreating(false);
            if (id) navigate(id);
          }}
        />
      )}
      {bulk && (
        <BulkSendModal
          onClose={() => {
            setBulk(false);
            list.reload();
          }}
        />
      )}
    </>
  );
}

interface CreateValues {
  customerId?: string;
  periodStart?: Dayjs;
  periodEnd?: Dayjs;
  openItemsOnly?: boolean;
}

const CREATE_FIELDS = ['customerId', 'periodStart', 'periodEnd'] as const;

function CreateStatementModal({ onClose }: { onClose(id?: string): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<CreateValues>();
  const { formErrors, show } = useFormErrors(form, CREATE_FIELDS);
  const [{ fetching }, create] = useMutation(StatementCreate);

  async function submit(values: CreateValues) {
    const result = await create({
      input: {
        customerId: values.customerId ?? '',
        periodStart: values.periodStart?.format('YYYY-MM-DD') ?? '',
        periodEnd: values.periodEnd?.format('YYYY-MM-DD') ?? '',
        openItemsOnly: !!values.openItemsOnly,
      },
    });
    const payload = result.data?.accountStatementCreate;
    if (show(payload?.errors, result.error) || !payload?.statement) return;
    message.success(t('reconciliation.created'));
    onClose(payload.statement.id);
  }

  return (
    <Modal open title={t('reconciliation.createTitle')} okText={t('common.create')} confirmLoading={fetching} onOk={() => form.submit()} onCancel={() => onClose()} destroyOnHidden>
      <FormAlert errors={formErrors} />
      <Form form={form} layout="vertical" onFinish={submit} name="statement-create">
        <ImplicitSubmit />
        <Form.Item name="customerId" label={t('reconciliation.customer')} rules={[{ required: true, message: t('ar.required') }]}>
          <CustomerSelect />
        </Form.Item>
        <Form.Item name="periodStart" label={t('reconciliation.periodStart')} rules={[{ required: true, message: t('ar.required') }]}>
          <DateInput className="full-width" />
        </Form.Item>
        <Form.Item name="periodEnd" label={t('reconciliation.periodEnd')} rules={[{ required: true, message: t('ar.required') }]}>
          <DateInput className="full-width" />
        </Form.Item>
        <Form.Item name="openItemsOnly" valuePropName="checked">
          <Checkbox>{t('reconciliation.openItemsOnly')}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}

type MonthSent = AccountStatementSendMonthMutation['accountStatementSendMonth'];

/** Sends the month's statement to every customer with activity in one mutation; a customer refused (no billing email…) is listed with the reason, never dropped. */
function BulkSendModal({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const [month, setMonth] = useState<Dayjs | null>(null);
  const [{ fetching }, sendMonth] = useMutation(StatementSendMonth);
  const [outcome, setOutcome] = useState<MonthSent | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  async function run() {
    if (!month) return;
    setProblem(null);
    const result = await sendMonth({ year: month.year(), month: month.month() + 1 });
    const payload = result.data?.accountStatementSendMonth;
    if (result.error || !payload) {
      setProblem(result.error ? combinedErrorText(t, result.error) : t('errors.network'));
      return;
    }
    if (payload.errors.length) {
      setProblem(payload.errors.map((e) => errorText(t, e)).join(' '));
      return;
    }
    setOutcome(payload);
  }

  return (
    <Modal
      open
      title={t('reconciliation.bulkTitle')}
      okText={t('reconciliation.bulkRun')}
      okButtonProps={{ disabled: !month || !!outcome }}
      confirmLoading={fetching}
      onOk={() => void run()}
      onCancel={onClose}
      destroyOnHidden
    >
      <p>{t('reconciliation.bulkHint')}</p>
      <Form layout="vertical">
        <Form.Item label={t('reconciliation.month')} htmlFor="bulk-month">
          <DatePicker id="bulk-month" picker="month" value={month} onChange={setMonth} className="full-width" />
        </Form.Item>
      </Form>
      {problem && <Alert type="warning" showIcon message={problem} />}
      {outcome && (
        <Alert
          type={outcome.skipped.length ? 'warning' : 'success'}
          showIcon
          message={t('reconciliation.bulkDone', {
            sent: outcome.sent.length,
            alreadySent: outcome.alreadySent,
            nothing: outcome.nothingToReconcile,
            skipped: outcome.skipped.length,
          })}
          description={
            outcome.skipped.length ? (
              <ul>
                {outcome.skipped.map((skip) => (
                  <li key={skip.customerId}>{t('reconciliation.bulkSkipped', { customer: skip.name, reason: errorText(t, { code: skip.reason, message: skip.reason }) })}</li>
                ))}
              </ul>
            ) : undefined
          }
          data-testid="bulk-outcome"
        />
      )}
    </Modal>
  );
}

type OverviewRow = ReconciliationOverviewQuery['reconciliationOverview'][number];

/** For a bookkeeping agency: every organization of the user, last month's statements by status. */
function AgencyOverview() {
  const { t } = useTranslation();
  const format = useArFormat();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ReconciliationOverview, requestPolicy: 'cache-and-network' });
  if (error) return <QueryError error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  const count = (key: keyof OverviewRow) => ({ key, title: t(`reconciliation.overview.${key as 'due'}`), dataIndex: key, align: 'right' as const });
  const columns: ColumnsType<OverviewRow> = [
    { key: 'organization', title: t('reconciliation.overview.organization'), dataIndex: 'organizationName' },
    { key: 'period', title: t('reconciliation.period'), render: (_, row) => `${format.day(row.periodStart)} – ${format.day(row.periodEnd)}` },
    count('due'),
    count('draft'),
    count('sent'),
    count('disputed'),
    count('resolved'),
    count('confirmed'),
    count('expired'),
    count('openDiscrepancies'),
  ];
  return (
    <Card size="small" title={t('reconciliation.overview.title')}>
      <Table<OverviewRow>
        rowKey="organizationId"
        size="small"
        loading={fetching && !data}
        columns={columns}
        dataSource={data?.reconciliationOverview ?? []}
        pagination={false}
        scroll={{ x: 900 }}
        data-testid="reconciliation-overview"
      />
    </Card>
  );
}

import { CheckOutlined, CloseOutlined } from '@ant-design/icons';
import { Alert, Badge, Button, Card, Form, Input, Modal, Space, Tabs, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { useCursorPages } from '../api/useCursorPages';
import { useFormErrors } from '../api/useFormErrors';
import type { PayloadError } from '../api/errors';
import { useActionResult } from '../api/useActionResult';
import { PageHeader } from '../components/PageHeader';
import { CursorTable } from '../components/CursorTable';
import { DECISION_COLOR } from '../features/credit/labels';
import { useMoney } from '../features/credit/useMoney';
import { useFormat } from '../format/useFormat';
import { graphql } from '../gql';
import type { CreditDecisionStatus, PendingExceptionsQuery, PendingOverridesQuery, PendingWriteOffsQuery } from '../gql/graphql';
import { useWorkspace } from '../workspace/WorkspaceProvider';
import type { CombinedError } from 'urql';

const PendingOverrides = graphql(`
  query PendingOverrides($status: CreditDecisionStatus, $first: Int!, $after: String) {
    creditOverrides(status: $status, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        creditLimit
        paymentTermsDays
        reason
        expiresOn
        status
        createdAt
        decisionNote
        customer {
          id
          code
          legalName
        }
        requestedBy {
          id
          fullName
        }
        decidedBy {
          id
          fullName
        }
      }
    }
  }
`);

const PendingExceptions = graphql(`
  query PendingExceptions($status: CreditDecisionStatus, $first: Int!, $after: String) {
    creditExceptions(status: $status, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        invoiceId
        amount
        reason
        status
        createdAt
        decisionNote
        customer {
          id
          code
          legalName
        }
        requestedBy {
          id
          fullName
        }
        decidedBy {
          id
          fullName
        }
      }
    }
  }
`);

const PendingWriteOffs = graphql(`
  query PendingWriteOffs($first: Int!, $after: String) {
    writeOffs(status: REQUESTED, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        invoiceId
        invoiceNumber
        amount
        reason
        createdAt
      }
    }
  }
`);

const DECISIONS = {
  overrideApprove: graphql(`
    mutation CreditOverrideApprove($id: ID!, $note: String!) {
      result: creditOverrideApprove(id: $id, note: $note) {
        errors {
          field
          code
          message
        }
      }
    }
  `),
  overrideReject: graphql(`
    mutation CreditOverrideReject($id: ID!, $note: String!) {
      result: creditOverrideReject(id: $id, note: $note) {
        errors {
          field
          code
          message
        }
      }
    }
  `),
  exceptionApprove: graphql(`
    mutation CreditExceptionApprove($id: ID!, $note: String!) {
      result: creditExceptionApprove(id: $id, note: $note) {
        errors {
          field
          code
          message
        }
      }
    }
  `),
  exceptionReject: graphql(`
    mutation CreditExceptionReject($id: ID!, $note: String!) {
      result: creditExceptionReject(id: $id, note: $note) {
        errors {
          field
          code
          message
        }
      }
    }
  `),
  writeOffApprove: graphql(`
    mutation ApprovalsWriteOffApprove($id: ID!) {
      result: writeOffApprove(id: $id) {
        errors {
          field
          code
          message
        }
      }
    }
  `),
  writeOffReject: graphql(`
    mutation ApprovalsWriteOffReject($id: ID!, $note: String!) {
      result: writeOffReject(id: $id, note: $note) {
        errors {
          field
          code
          message
        }
      }
    }
  `),
};

type Override = PendingOverridesQuery['creditOverrides']['nodes'][number];
type Exception = PendingExceptionsQuery['creditExceptions']['nodes'][number];
type WriteOff = PendingWriteOffsQuery['writeOffs']['nodes'][number];
type Subject = 'override' | 'exception' | 'writeOff';
type Decision = 'approve' | 'reject';
interface Pending {
  subject: Subject;
  decision: Decision;
  id: string;
  summary: string;
}
type Outcome = { error?: CombinedError; errors?: readonly PayloadError[] };

function useDecide() {
  const [, overrideApprove] = useMutation(DECISIONS.overrideApprove);
  const [, overrideReject] = useMutation(DECISIONS.overrideReject);
  const [, exceptionApprove] = useMutation(DECISIONS.exceptionApprove);
  const [, exceptionReject] = useMutation(DECISIONS.exceptionReject);
  const [, writeOffApprove] = useMutation(DECISIONS.writeOffApprove);
  const [, writeOffReject] = useMutation(DECISIONS.writeOffReject);
  return async ({ subject, decision, id }: Pending, note: string): Promise<Outcome> => {
    const run = {
      override: { approve: () => overrideApprove({ id, note }), reject: () => overrideReject({ id, note }) },
      exception: { approve: () => exceptionApprove({ id, note }), reject: () => exceptionReject({ id, note }) },
      writeOff: { approve: () => writeOffApprove({ id }), reject: () => writeOffReject({ id, note }) },
    }[subject][decision];
    const result = await run();
    return { error: result.error, errors: result.data?.result.errors };
  };
}

const STATUS_FILTERS: (CreditDecisionStatus | 'ALL')[] = ['REQUESTED', 'APPROVED', 'REJECTED', 'ALL'];

export default function ApprovalsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const money = useMoney();
  const { can } = useWorkspace();
  const canDecide = can('CREDIT_APPROVE');
  const canWriteOffs = can('WRITE_OFFS_APPROVE');
  const [status, setStatus] = useState<CreditDecisionStatus | 'ALL'>('REQUESTED');
  const [pending, setPending] = useState<Pending | null>(null);
  const variables = useMemo(() => ({ status: status === 'ALL' ? null : status }), [status]);
  const overrides = useCursorPages(PendingOverrides, variables, (d) => d.creditOverrides);
  const exceptions = useCursorPages(PendingExceptions, variables, (d) => d.creditExceptions);

  const statusTag = (s: CreditDecisionStatus) => <Tag color={DECISION_COLOR[s]}>{t(`credit.status.${s}`)}</Tag>;
  const customerCell = (customer: Override['customer']) =>
    customer ? <Link to={`/customers/${customer.id}`}>{customer.legalName}</Link> : <span className="muted">—</span>;
  const decisionButtons = (subject: Subject, id: string, summary: string, show: boolean) =>
    show && (
      <Space size={0}>
        <Button type="link" size="small" icon={<CheckOutlined />} onClick={() => setPending({ subject, decision: 'approve', id, summary })}>
          {t('approvals.approve')}
        </Button>
        <Button type="link" size="small" danger icon={<CloseOutlined />} onClick={() => setPending({ subject, decision: 'reject', id, summary })}>
          {t('approvals.reject')}
        </Button>
      </Space>
    );
  const decidedCell = (row: { decidedBy?: { fullName: string } | null; decisionNote: string }) =>
    row.decidedBy ? (
      <span>
        {row.decidedBy.fullName}
        {row.decisionNote && <Typography.Text type="secondary"> · {row.decisionNote}</Typography.Text>}
      </span>
    ) : (
      <span className="muted">—</span>
    );

  const requesterCell = (row: { requestedBy?: { fullName: string } | null; createdAt: string }) => (
    <div className="nowrap">
      <div>{row.requestedBy?.fullName ?? '—'}</div>
      <Typography.Text type="secondary" className="small-text">
        {format.dateTime(row.createdAt)}
      </Typography.Text>
    </div>
  );
  const decidedColumn = <T extends { decidedBy?: { fullName: string } | null; decisionNote: string }>(): ColumnsType<T> =>
    status === 'REQUESTED' ? [] : [{ title: t('approvals.decidedBy'), key: 'decided', render: (_, row) => decidedCell(row) }];

  const overrideColumns: ColumnsType<Override> = [
    { title: t('approvals.customer'), key: 'customer', render: (_, o) => customerCell(o.customer) },
    {
      title: t('approvals.asked'),
      key: 'asked',
      render: (_, o) => (
        <Space direction="vertical" size={0}>
          {o.creditLimit !== null && o.creditLimit !== undefined && <span>{t('approvals.limit')}: {money(o.creditLimit)}</span>}
          {o.paymentTermsDays !== null && o.paymentTermsDays !== undefined && <span>{t('approvals.terms', { days: o.paymentTermsDays })}</span>}
          {o.expiresOn && <Typography.Text type="secondary">{t('approvals.until', { date: o.expiresOn })}</Typography.Text>}
        </Space>
      ),
    },
    { title: t('credit.reason'), dataIndex: 'reason' },
    { title: t('approvals.requestedBy'), key: 'by', render: (_, o) => requesterCell(o) },
    { title: t('approvals.status'), dataIndex: 'status', render: statusTag },
    ...decidedColumn<Override>(),
    {
      title: t('common.actions'),
      key: 'actions',
      className: 'nowrap',
      render: (_, o) => decisionButtons('override', o.id, o.customer?.legalName ?? '', canDecide && o.status === 'REQUESTED'),
    },
  ];

  const exceptionColumns: ColumnsType<Exception> = [
    { title: t('approvals.customer'), key: 'customer', render: (_, e) => customerCell(e.customer) },
    { title: t('approvals.amount'), dataIndex: 'amount', align: 'right', render: (v: string) => <span className="nowrap">{money(v)}</span> },
    { title: t('credit.reason'), dataIndex: 'reason' },
    { title: t('approvals.requestedBy'), key: 'by', render: (_, e) => requesterCell(e) },
    { title: t('approvals.status'), dataIndex: 'status', render: statusTag },
    ...decidedColumn<Exception>(),
    {
      title: t('common.actions'),
      key: 'actions',
      className: 'nowrap',
      render: (_, e) => decisionButtons('exception', e.id, e.customer?.legalName ?? '', canDecide && e.status === 'REQUESTED'),
    },
  ];

  const statusFilter = (
    <Space wrap className="filter-bar">
      {STATUS_FILTERS.map((value) => (
        <Button key={value} type={status === value ? 'primary' : 'default'} size="small" onClick={() => setStatus(value)}>
          {value === 'ALL' ? t('approvals.all') : t(`credit.status.${value}`)}
        </Button>
      ))}
    </Space>
  );

  const count = (n: number) => <Badge count={status === 'REQUESTED' ? n : 0} size="small" offset={[6, -2]} color="#1f5fd6" />;
  const items = [
    {
      key: 'overrides',
      label: (
        <span>
          {t('approvals.overrides')}
          {count(overrides.total)}
        </span>
      ),
      children: (
        <>
          {statusFilter}
          <CursorTable list={overrides} columns={overrideColumns} testId="overrides-table" empty={t('approvals.emptyOverrides')} />
        </>
      ),
    },
    {
      key: 'exceptions',
      label: (
        <span>
          {t('approvals.exceptions')}
          {count(exceptions.total)}
        </span>
      ),
      children: (
        <>
          {statusFilter}
          <CursorTable list={exceptions} columns={exceptionColumns} testId="exceptions-table" empty={t('approvals.emptyExceptions')} />
        </>
      ),
    },
    ...(canWriteOffs ? [{ key: 'writeOffs', label: t('approvals.writeOffs'), children: <WriteOffs onDecide={setPending} /> }] : []),
  ];

  return (
    <>
      <PageHeader title={t('approvals.title')} description={t('approvals.description')} />
      <Card>
        <Tabs items={items} />
      </Card>
      <DecisionModal
        pending={pending}
        onClose={() => setPending(null)}
        onDecided={() => {
          setPending(null);
          void overrides.reload();
          void exceptions.reload();
        }}
      />
    </>
  );
}

function WriteOffs({ onDecide }: { onDecide(pending: Pending): void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const money = useMoney();
  const variables = useMemo(() => ({}), []);
  const list = useCursorPages(PendingWriteOffs, variables, (d) => d.writeOffs);
  const columns: ColumnsType<WriteOff> = [
    { title: t('approvals.invoice'), key: 'invoice', render: (_, w) => <Link to={`/invoices/${w.invoiceId}`}>{w.invoiceNumber ?? w.invoiceId}</Link> },
    { title: t('approvals.amount'), dataIndex: 'amount', align: 'right', render: (v: string) => money(v) },
    { title: t('credit.reason'), dataIndex: 'reason' },
    { title: t('approvals.requestedAt'), dataIndex: 'createdAt', render: (v: string) => <span className="nowrap">{format.dateTime(v)}</span> },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, w) => (
        <Space size={0}>
          <Button type="link" size="small" icon={<CheckOutlined />} onClick={() => onDecide({ subject: 'writeOff', decision: 'approve', id: w.id, summary: w.invoiceNumber ?? '' })}>
            {t('approvals.approve')}
          </Button>
          <Button type="link" size="small" danger icon={<CloseOutlined />} onClick={() => onDecide({ subject: 'writeOff', decision: 'reject', id: w.id, summary: w.invoiceNumber ?? '' })}>
            {t('approvals.reject')}
          </Button>
        </Space>
      ),
    },
  ];
  return <CursorTable list={list} columns={columns} testId="write-offs-table" empty={t('approvals.emptyWriteOffs')} />;
}

const NOTE_FIELDS = ['note'] as const;

function DecisionModal({ pending, onClose, onDecided }: { pending: Pending | null; onClose(): void; onDecided(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ note?: string }>();
  const { formErrors, show, clear } = useFormErrors(form, NOTE_FIELDS);
  const decide = useDecide();
  const done = useActionResult();
  const [busy, setBusy] = useState(false);
  const approve = pending?.decision === 'approve';
  const noteless = pending?.subject === 'writeOff' && approve;

  const submit = async ({ note }: { note?: string }) => {
    if (!pending) return;
    setBusy(true);
    const outcome = await decide(pending, (note ?? '').trim());
    setBusy(false);
    if (show(outcome.errors, outcome.error)) return;
    clear();
    done(undefined, [], t(approve ? 'approvals.approved' : 'approvals.rejected'));
    onDecided();
  };

  return (
    <Modal
      open={pending !== null}
      title={pending ? t(`approvals.${pending.decision}Title.${pending.subject}`, { name: pending.summary }) : ''}
      okText={approve ? t('approvals.approve') : t('approvals.reject')}
      okButtonProps={{ htmlType: 'submit', danger: !approve }}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onCancel={() => {
        clear();
        onClose();
      }}
      destroyOnHidden
      modalRender={(dialog) => (
        <Form form={form} layout="vertical" onFinish={submit} requiredMark={false} name="decision" clearOnDestroy>
          {dialog}
        </Form>
      )}
    >
      {formErrors.length > 0 && <Alert type="error" showIcon title={formErrors.join(' ')} className="form-alert" data-testid="decision-error" />}
      {noteless ? (
        <Typography.Paragraph>{t('approvals.writeOffApproveHelp')}</Typography.Paragraph>
      ) : (
        <Form.Item name="note" label={t('approvals.note')}>
          <Input.TextArea rows={3} maxLength={2000} autoFocus />
        </Form.Item>
      )}
    </Modal>
  );
}

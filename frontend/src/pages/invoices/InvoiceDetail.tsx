import {
  ArrowLeftOutlined, CheckOutlined, CloseOutlined, DeleteOutlined, DollarOutlined, FileExcelOutlined, FileProtectOutlined,
  SendOutlined, StopOutlined, WarningOutlined,
} from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Descriptions, Empty, Popconfirm, Result, Row, Skeleton, Space, Switch, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { combinedErrorText, errorText } from '../../api/errors';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { PrintInvoiceButton } from '../../exports/PrintInvoiceButton';
import { useFormat } from '../../format/useFormat';
import type { InvoiceDetailQuery } from '../../gql/graphql';
import { membersByUserId } from '../audit/labels';
import { useAllMembers } from '../../workspace/members';
import { useWorkspace } from '../../workspace/WorkspaceProvider';
import { FieldsModal } from '../ar/FieldsModal';
import { useArFormat } from '../ar/format';
import { InvoiceStatusTag, isOverdue } from '../ar/tags';
import { RecordPaymentModal } from '../payments/RecordPaymentModal';
import {
  CreditExceptionRequest, CreditNoteApply, CreditNoteCreate, InvoiceDelete, InvoiceDetailQuery as InvoiceDetailDoc, InvoiceSetDispute,
  InvoiceVoid, WriteOffApprove, WriteOffReject, WriteOffRequest,
} from './documents';
import { InvoiceIssue, type IssueErrors } from './InvoiceForm';

type Invoice = NonNullable<InvoiceDetailQuery['invoice']>;
type Dialog = 'payment' | 'void' | 'creditNote' | 'writeOff' | 'exception' | 'dispute' | { reject: string } | null;
const CREDIT_CODES = new Set(['CREDIT_LIMIT_EXCEEDED', 'CUSTOMER_ON_HOLD']);

export function InvoiceDetail() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { can } = useWorkspace();
  const fmt = useArFormat();
  const [{ data, error, fetching }, reload] = useQuery({ query: InvoiceDetailDoc, variables: { id } });
  const [issueErrors, setIssueErrors] = useState<IssueErrors>(() => (location.state as { issueErrors?: IssueErrors } | null)?.issueErrors ?? []);
  const [exceptionRequested, setExceptionRequested] = useState(false);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [busy, setBusy] = useState(false);
  const [, issue] = useMutation(InvoiceIssue);
  const [, remove] = useMutation(InvoiceDelete);
  const [, voidInvoice] = useMutation(InvoiceVoid);
  const [, setDispute] = useMutation(InvoiceSetDispute);
  const [, requestException] = useMutation(CreditExceptionRequest);
  const [, createNote] = useMutation(CreditNoteCreate);
  const [, applyNote] = useMutation(CreditNoteApply);
  const [, requestWriteOff] = useMutation(WriteOffRequest);
  const [, approveWriteOff] = useMutation(WriteOffApprove);
  const [, rejectWriteOff] = useMutation(WriteOffReject);
  const refresh = () => reload({ requestPolicy: 'network-only' });

  if (error) return <QueryError error={error} onRetry={refresh} />;
  if (!data && fetching) return <Card><Skeleton active paragraph={{ rows: 10 }} /></Card>;
  const invoice = data?.invoice;
  if (!invoice) {
    return <Result status="404" title={t('invoices.notFound')} extra={<Link to="/invoices"><Button type="primary">{t('invoices.backToList')}</Button></Link>} />;
  }
  const open = invoice.status === 'ISSUED' || invoice.status === 'PARTIALLY_PAID';
  const money = (v: string) => fmt.money(v, invoice.currency);
  const canManage = can('INVOICES_MANAGE');

  const runIssue = async () => {
    setBusy(true);
    const result = await issue({ id: invoice.id });
    setBusy(false);
    if (result.error) {
      message.error(combinedErrorText(t, result.error));
      return;
    }
    const errors = result.data?.invoiceIssue.errors ?? [];
    setIssueErrors(errors);
    if (errors.length === 0) {
      message.success(t('invoices.issued', { number: result.data?.invoiceIssue.invoice?.number }));
      refresh();
    }
  };

  const simple = async (run: () => Promise<{ error?: unknown; errors: readonly { code: string; message: string; field?: string | null }[] }>, done: string) => {
    setBusy(true);
    const outcome = await run();
    setBusy(false);
    if (outcome.error) message.error(t('errors.network'));
    else if (outcome.errors[0]) message.error(errorText(t, outcome.errors[0]));
    else {
      message.success(done);
      refresh();
    }
  };

  const creditAnswer = issueErrors.find((e) => CREDIT_CODES.has(e.code));
  const otherIssueErrors = issueErrors.filter((e) => !CREDIT_CODES.has(e.code));

  return (
    <>
      <PageHeader
        documentTitle={`${t('invoices.invoice')} ${invoice.number ?? t('invoices.draftNumber')}`}
        title={
          <Space wrap>
            <Link to="/invoices" aria-label={t('invoices.backToList')} className="back-link"><ArrowLeftOutlined /></Link>
            <span className="code-text-lg">{invoice.number ?? t('invoices.draftNumber')}</span>
            <InvoiceStatusTag status={invoice.status} overdue={isOverdue(invoice, fmt.today())} />
            {invoice.disputed && <Tag color="purple">{t('invoices.disputed')}</Tag>}
          </Space>
        }
        description={
          invoice.customer && (
            <Link to={`/customers/${invoice.customer.id}`}>
              {invoice.customer.legalName} · {invoice.customer.code}
            </Link>
          )
        }
        extra={
          <Space wrap>
            <PrintInvoiceButton invoiceId={invoice.id} />
            {canManage && (
              <>
                {invoice.status === 'DRAFT' && (
                  <>
                    <Popconfirm
                      title={t('invoices.deleteConfirm')}
                      okText={t('common.remove')}
                      onConfirm={() =>
                        simple(async () => {
                          const r = await remove({ id: invoice.id });
                          if (!r.error && !r.data?.invoiceDelete.errors.length) navigate('/invoices');
                          return { error: r.error, errors: r.data?.invoiceDelete.errors ?? [] };
                        }, t('invoices.deleted'))
                      }
                    >
                      <Button icon={<DeleteOutlined />} danger disabled={busy}>{t('invoices.deleteDraft')}</Button>
                    </Popconfirm>
                    <Button type="primary" icon={<SendOutlined />} loading={busy} onClick={runIssue}>{t('invoices.issue')}</Button>
                  </>
                )}
                {open && can('PAYMENTS_MANAGE') && (
                  <Button type="primary" icon={<DollarOutlined />} onClick={() => setDialog('payment')}>{t('payments.record')}</Button>
                )}
                {open && <Button icon={<FileProtectOutlined />} onClick={() => setDialog('creditNote')}>{t('invoices.creditNote')}</Button>}
                {open && can('WRITE_OFFS_REQUEST') && (
                  <Button icon={<FileExcelOutlined />} onClick={() => setDialog('writeOff')}>{t('invoices.writeOff')}</Button>
                )}
                {open && <Button icon={<StopOutlined />} danger onClick={() => setDialog('void')}>{t('invoices.void')}</Button>}
              </>
            )}
          </Space>
        }
      />

      {creditAnswer && (
        <Alert
          type="error"
          showIcon
          icon={<WarningOutlined />}
          className="credit-answer"
          data-testid="credit-answer"
          title={t(`invoices.credit.${creditAnswer.code as 'CREDIT_LIMIT_EXCEEDED' | 'CUSTOMER_ON_HOLD'}`)}
          description={
            <>
              <div data-testid="credit-answer-detail">{errorText(t, creditAnswer)}</div>
              <div className="muted">{exceptionRequested ? t('invoices.credit.requested') : t('invoices.credit.hint')}</div>
            </>
          }
          action={
            invoice.status === 'DRAFT' && can('CREDIT_EXCEPTION_REQUEST') && !exceptionRequested && (
              <Button onClick={() => setDialog('exception')}>{t('invoices.credit.requestException')}</Button>
            )
          }
        />
      )}
      {otherIssueErrors.length > 0 && (
        <Alert type="error" showIcon className="credit-answer" title={otherIssueErrors.map((e) => errorText(t, e)).join(' ')} />
      )}
      {invoice.status === 'VOID' && invoice.voidReason && <Alert type="warning" showIcon className="credit-answer" title={t('invoices.voidedBecause', { reason: invoice.voidReason })} />}

      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Card title={t('invoices.lines')}>
            <Table
              rowKey="id"
              size="middle"
              pagination={false}
              dataSource={invoice.lines}
              columns={[
                { title: '#', dataIndex: 'position', width: 48 },
                { title: t('invoices.lineDescription'), dataIndex: 'description' },
                { title: t('invoices.quantity'), dataIndex: 'quantity', align: 'right', render: (v: string) => fmt.quantity(v) },
                { title: t('invoices.unitPrice'), dataIndex: 'unitPrice', align: 'right', render: (v: string) => money(v) },
                { title: t('invoices.taxRate'), dataIndex: 'taxRate', align: 'right', render: (v: string) => fmt.percent(v, 0) },
                { title: t('invoices.amount'), dataIndex: 'amount', align: 'right', render: (v: string) => money(v) },
                { title: t('invoices.tax'), dataIndex: 'taxAmount', align: 'right', render: (v: string) => money(v) },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          <Card title={t('invoices.summary')} data-testid="invoice-summary">
            <Descriptions
              column={1}
              size="small"
              items={[
                { key: 'issue', label: t('invoices.issueDate'), children: fmt.day(invoice.issueDate) },
                { key: 'due', label: t('invoices.dueDate'), children: fmt.day(invoice.dueDate) },
                { key: 'currency', label: t('invoices.currency'), children: invoice.currency === fmt.baseCurrency ? invoice.currency : `${invoice.currency} @ ${invoice.exchangeRate}` },
                { key: 'subtotal', label: t('invoices.subtotal'), children: money(invoice.subtotal) },
                { key: 'tax', label: t('invoices.taxTotal'), children: money(invoice.taxTotal) },
                { key: 'total', label: t('invoices.total'), children: <strong>{money(invoice.total)}</strong> },
                { key: 'allocated', label: t('invoices.allocated'), children: money(invoice.allocated) },
                { key: 'credited', label: t('invoices.credited'), children: money(invoice.credited) },
                { key: 'writtenOff', label: t('invoices.writtenOff'), children: money(invoice.writtenOff) },
                { key: 'open', label: t('invoices.openAmount'), children: <Typography.Text strong type={Number(invoice.openAmount) > 0 ? 'danger' : 'success'} data-testid="invoice-open">{money(invoice.openAmount)}</Typography.Text> },
                ...(invoice.contractRef ? [{ key: 'contract', label: t('invoices.contractRef'), children: invoice.contractRef }] : []),
                ...(invoice.eInvoiceNumber ? [{ key: 'einv', label: t('invoices.eInvoiceNumber'), children: invoice.eInvoiceNumber }] : []),
              ]}
            />
            {open && canManage && (
              <div className="dispute-row">
                <Switch
                  checked={invoice.disputed}
                  aria-label={t('invoices.disputed')}
                  onChange={(disputed) =>
                    disputed
                      ? setDialog('dispute')
                      : simple(async () => {
                          const r = await setDispute({ id: invoice.id, disputed: false, note: '' });
                          return { error: r.error, errors: r.data?.invoiceSetDispute.errors ?? [] };
                        }, t('invoices.disputeCleared'))
                  }
                />
                <span>{t('invoices.disputeFlag')}</span>
              </div>
            )}
            {invoice.notes && <Typography.Paragraph type="secondary" className="invoice-notes">{invoice.notes}</Typography.Paragraph>}
          </Card>
        </Col>
        {invoice.installments.length > 0 && (
          <Col xs={24} xl={12}>
            <Card title={t('invoices.installments')}>
              <Table
                rowKey="id"
                size="small"
                pagination={false}
                dataSource={invoice.installments}
                columns={[
                  { title: '#', dataIndex: 'sequence', width: 48 },
                  { title: t('invoices.dueDate'), dataIndex: 'dueDate', render: (d: string) => fmt.day(d) },
                  { title: t('invoices.amount'), dataIndex: 'amount', align: 'right', render: (v: string) => money(v) },
                  { title: t('invoices.openAmount'), dataIndex: 'openAmount', align: 'right', render: (v: string) => money(v) },
                ]}
              />
            </Card>
          </Col>
        )}
        <Col xs={24} xl={invoice.installments.length > 0 ? 12 : 24}>
          <Card title={t('invoices.allocations')}>
            <Table
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={invoice.allocations}
              locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('invoices.noAllocations')} /> }}
              columns={[
                {
                  title: t('payments.payment'),
                  key: 'payment',
                  render: (_, a) => a.payment && <Link to={`/payments/${a.payment.id}`}>{a.payment.reference || t(`payments.methods.${a.payment.method}`)}</Link>,
                },
                { title: t('payments.appliedOn'), dataIndex: 'appliedOn', render: (d: string) => fmt.day(d) },
                { title: t('invoices.amount'), dataIndex: 'amount', align: 'right', render: (v: string) => money(v) },
                { title: t('payments.reversedOn'), dataIndex: 'reversedOn', render: (d: string | null) => (d ? <Tag color="red">{fmt.day(d)}</Tag> : '') },
              ]}
            />
          </Card>
        </Col>
        {invoice.creditApplications.length > 0 && (
          <Col xs={24} xl={12}>
            <Card title={t('invoices.creditApplications')}>
              <Table
                rowKey="id"
                size="small"
                pagination={false}
                dataSource={invoice.creditApplications}
                columns={[
                  { title: t('invoices.creditNoteNumber'), dataIndex: 'creditNoteNumber', render: (v: string | null) => <span className="code-text">{v}</span> },
                  { title: t('payments.appliedOn'), dataIndex: 'appliedOn', render: (d: string) => fmt.day(d) },
                  { title: t('invoices.amount'), dataIndex: 'amount', align: 'right', render: (v: string) => money(v) },
                ]}
              />
            </Card>
          </Col>
        )}
        {invoice.writeOffs.length > 0 && (
          <Col xs={24} xl={invoice.creditApplications.length > 0 ? 12 : 24}>
            <WriteOffs invoice={invoice} busy={busy} onApprove={(woId) =>
              simple(async () => {
                const r = await approveWriteOff({ id: woId });
                return { error: r.error, errors: r.data?.writeOffApprove.errors ?? [] };
              }, t('invoices.writeOffApproved'))
            } onReject={(woId) => setDialog({ reject: woId })} />
          </Col>
        )}
      </Row>

      {dialog === 'payment' && invoice.customer && (
        <RecordPaymentModal
          customerId={invoice.customer.id}
          currency={invoice.currency}
          invoiceId={invoice.id}
          defaultAmount={invoice.openAmount}
          onClose={() => setDialog(null)}
          onDone={() => {
            setDialog(null);
            message.success(t('payments.recorded'));
            refresh();
          }}
        />
      )}
      {dialog === 'void' && (
        <FieldsModal
          title={t('invoices.voidTitle')}
          okText={t('invoices.void')}
          danger
          fields={[{ name: 'reason', label: t('invoices.reason'), required: true, multiline: true }]}
          onSubmit={async ({ reason }) => {
            const r = await voidInvoice({ id: invoice.id, reason: reason! });
            return { error: r.error, errors: r.data?.invoiceVoid.errors };
          }}
          onClose={() => setDialog(null)}
          onDone={() => {
            setDialog(null);
            refresh();
          }}
        />
      )}
      {dialog === 'dispute' && (
        <FieldsModal
          title={t('invoices.disputeTitle')}
          fields={[{ name: 'note', label: t('invoices.disputeNote'), multiline: true }]}
          onSubmit={async ({ note }) => {
            const r = await setDispute({ id: invoice.id, disputed: true, note: note ?? '' });
            return { error: r.error, errors: r.data?.invoiceSetDispute.errors };
          }}
          onClose={() => setDialog(null)}
          onDone={() => {
            setDialog(null);
            refresh();
          }}
        />
      )}
      {dialog === 'exception' && (
        <FieldsModal
          title={t('invoices.credit.requestException')}
          intro={<Typography.Paragraph type="secondary">{t('invoices.credit.exceptionIntro', { amount: money(invoice.total) })}</Typography.Paragraph>}
          okText={t('invoices.credit.send')}
          fields={[{ name: 'reason', label: t('invoices.reason'), required: true, multiline: true }]}
          onSubmit={async ({ reason }) => {
            const r = await requestException({ invoiceId: invoice.id, reason: reason! });
            return { error: r.error, errors: r.data?.creditExceptionRequest.errors };
          }}
          onClose={() => setDialog(null)}
          onDone={() => {
            setDialog(null);
            setExceptionRequested(true);
            message.success(t('invoices.credit.requested'));
          }}
        />
      )}
      {dialog === 'creditNote' && invoice.customer && (
        <FieldsModal
          title={t('invoices.creditNoteTitle')}
          intro={<Typography.Paragraph type="secondary">{t('invoices.creditNoteIntro', { open: money(invoice.openAmount) })}</Typography.Paragraph>}
          fields={[
            { name: 'amount', label: t('invoices.amount'), required: true, decimal: true, initial: invoice.openAmount },
            { name: 'reason', label: t('invoices.reason'), required: true },
          ]}
          onSubmit={async ({ amount, reason }) => {
            const created = await createNote({ input: { customerId: invoice.customer!.id, currency: invoice.currency, amount: amount!, reason: reason!, exchangeRate: invoice.currency === fmt.baseCurrency ? null : invoice.exchangeRate } });
            const note = created.data?.creditNoteCreate.creditNote;
            if (created.error || !note) return { error: created.error, errors: created.data?.creditNoteCreate.errors };
            const applied = await applyNote({ id: note.id, applications: [{ invoiceId: invoice.id, amount: amount! }] });
            const errors = (applied.data?.creditNoteApply.errors ?? []).map((e) => ({ ...e, field: 'amount' }));
            if (errors.length) message.warning(t('invoices.creditNoteUnapplied', { number: note.number }));
            return { error: applied.error, errors };
          }}
          onClose={() => setDialog(null)}
          onDone={() => {
            setDialog(null);
            message.success(t('invoices.creditNoteApplied'));
            refresh();
          }}
        />
      )}
      {dialog === 'writeOff' && (
        <FieldsModal
          title={t('invoices.writeOffTitle')}
          intro={<Typography.Paragraph type="secondary">{t('invoices.writeOffIntro')}</Typography.Paragraph>}
          okText={t('invoices.requestApproval')}
          fields={[
            { name: 'amount', label: t('invoices.amount'), required: true, decimal: true, initial: invoice.openAmount },
            { name: 'reason', label: t('invoices.reason'), required: true, multiline: true },
          ]}
          onSubmit={async ({ amount, reason }) => {
            const r = await requestWriteOff({ invoiceId: invoice.id, amount: amount!, reason: reason! });
            return { error: r.error, errors: r.data?.writeOffRequest.errors };
          }}
          onClose={() => setDialog(null)}
          onDone={() => {
            setDialog(null);
            message.success(t('invoices.writeOffRequested'));
            refresh();
          }}
        />
      )}
      {dialog !== null && typeof dialog === 'object' && (
        <FieldsModal
          title={t('invoices.rejectWriteOff')}
          okText={t('invoices.reject')}
          danger
          fields={[{ name: 'note', label: t('invoices.decisionNote'), multiline: true }]}
          onSubmit={async ({ note }) => {
            const r = await rejectWriteOff({ id: dialog.reject, note: note ?? '' });
            return { error: r.error, errors: r.data?.writeOffReject.errors };
          }}
          onClose={() => setDialog(null)}
          onDone={() => {
            setDialog(null);
            refresh();
          }}
        />
      )}
    </>
  );
}

function WriteOffs({ invoice, busy, onApprove, onReject }: { invoice: Invoice; busy: boolean; onApprove(id: string): void; onReject(id: string): void }) {
  const { t } = useTranslation();
  const fmt = useArFormat();
  const format = useFormat();
  const { can } = useWorkspace();
  const { members } = useAllMembers();
  const byUser = membersByUserId(members);
  const colors: Record<string, string> = { REQUESTED: 'gold', APPROVED: 'green', REJECTED: 'default' };
  return (
    <Card title={t('invoices.writeOffs')}>
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={invoice.writeOffs}
        columns={[
          { title: t('invoices.amount'), dataIndex: 'amount', align: 'right', render: (v: string) => fmt.money(v, invoice.currency) },
          { title: t('invoices.reason'), dataIndex: 'reason' },
          { title: t('invoices.requestedBy'), dataIndex: 'requestedById', render: (id: string) => byUser.get(id)?.user.fullName ?? '—' },
          { title: t('invoices.requestedAt'), dataIndex: 'createdAt', render: (v: string) => format.date(v) },
          { title: t('invoices.statusLabel'), dataIndex: 'status', render: (s: string, w) => <span title={w.decisionNote}><Tag color={colors[s]}>{t(`invoices.writeOffStatus.${s as 'REQUESTED'}`)}</Tag></span> },
          {
            title: t('common.actions'),
            key: 'actions',
            hidden: !can('WRITE_OFFS_APPROVE'),
            render: (_, w) =>
              w.status === 'REQUESTED' && (
                <Space>
                  <Button size="small" type="primary" icon={<CheckOutlined />} disabled={busy} onClick={() => onApprove(w.id)}>{t('invoices.approve')}</Button>
                  <Button size="small" icon={<CloseOutlined />} disabled={busy} onClick={() => onReject(w.id)}>{t('invoices.reject')}</Button>
                </Space>
              ),
          },
        ]}
      />
    </Card>
  );
}

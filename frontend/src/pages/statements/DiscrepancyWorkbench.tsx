import { Button, Card, Form, Input, Modal, Select, Space, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useActionResult } from '../../api/useActionResult';
import { useCursorPages } from '../../api/useCursorPages';
import { useFormErrors } from '../../api/useFormErrors';
import { CursorTable, type CursorList } from '../../components/CursorTable';
import type { DiscrepancyResolution, DiscrepancyRowFragment, DiscrepancyStatus } from '../../gql/graphql';
import { useAllMembers } from '../../workspace/members';
import { useWorkspace } from '../../workspace/WorkspaceProvider';
import { FormAlert } from '../ar/FormAlert';
import { useArFormat } from '../ar/format';
import { DiscrepancyAssign, DiscrepancyList, DiscrepancyResolve, SettlingDocuments, StatementCustomer } from './documents';

const RESOLUTIONS: DiscrepancyResolution[] = ['ADJUSTMENT_POSTED', 'CREDIT_NOTE_ISSUED', 'NO_CHANGE'];

/** The open discrepancies of every statement the user sees (or all of them), to assign and settle. */
export function DiscrepancyWorkbench() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<DiscrepancyStatus | 'ALL'>('OPEN');
  const list = useCursorPages(
    DiscrepancyList,
    { filter: { statuses: status === 'ALL' ? ['OPEN', 'RESOLVED'] : [status] } },
    (data) => data.statementDiscrepancies,
  );
  return (
    <>
      <div className="statement-toolbar">
        <Select<DiscrepancyStatus | 'ALL'>
          value={status}
          onChange={setStatus}
          aria-label={t('reconciliation.filterStatus')}
          className="toolbar-select"
          options={[
            { value: 'OPEN', label: t('reconciliation.discrepancyStatus.OPEN') },
            { value: 'RESOLVED', label: t('reconciliation.discrepancyStatus.RESOLVED') },
            { value: 'ALL', label: t('reconciliation.allStatuses') },
          ]}
        />
      </div>
      <Card size="small">
        <DiscrepancyTable list={list} withStatement testId="discrepancy-workbench" />
      </Card>
    </>
  );
}

interface TableProps {
  list: CursorList<DiscrepancyRowFragment>;
  withStatement?: boolean;
  testId: string;
  currency?: string;
}

/** Discrepancies with their line, the customer's answer, who works them and how they were settled. */
export function DiscrepancyTable({ list, withStatement, testId, currency }: TableProps) {
  const { t } = useTranslation();
  const format = useArFormat();
  const { can } = useWorkspace();
  const manage = can('INVOICES_MANAGE');
  const [resolving, setResolving] = useState<DiscrepancyRowFragment | null>(null);
  const [assigning, setAssigning] = useState<DiscrepancyRowFragment | null>(null);
  const who = (user: { fullName?: string | null; email: string } | null | undefined) => (user ? user.fullName || user.email : '—');

  const columns: ColumnsType<DiscrepancyRowFragment> = [
    ...(withStatement
      ? [
          {
            key: 'statement',
            title: t('reconciliation.statement'),
            render: (_: unknown, row: DiscrepancyRowFragment) => <Link to={`/statements/${row.statementId}`}>{t('reconciliation.openStatement')}</Link>,
          },
        ]
      : []),
    {
      key: 'line',
      title: t('reconciliation.line'),
      render: (_, row) =>
        row.line ? (
          <>
            <div>{row.line.documentNumber}</div>
            <Typography.Text type="secondary">
              {t(`reconciliation.kind.${row.line.kind}`)} · {format.day(row.line.documentDate)} ·{' '}
              {format.money(Number(row.line.debit) ? row.line.debit : row.line.credit, currency)}
            </Typography.Text>
          </>
        ) : (
          '—'
        ),
    },
    { key: 'reason', title: t('statementPublic.reason'), render: (_, row) => <Tag>{t(`reconciliation.reason.${row.reason}`)}</Tag> },
    { key: 'amount', title: t('reconciliation.customerAmount'), align: 'right', render: (_, row) => format.money(row.customerAmount, currency) },
    {
      key: 'note',
      title: t('reconciliation.customerNote'),
      render: (_, row) => (
        <>
          <div>{row.customerNote || '—'}</div>
          {row.contactName && <Typography.Text type="secondary">{row.contactName}</Typography.Text>}
          {row.attachmentUrl && (
            <div>
              <a href={row.attachmentUrl}>{row.attachmentName}</a>
            </div>
          )}
        </>
      ),
    },
    { key: 'assigned', title: t('reconciliation.assignedTo'), render: (_, row) => who(row.assignedTo?.user) },
    {
      key: 'status',
      title: t('reconciliation.filterStatus'),
      render: (_, row) =>
        row.status === 'RESOLVED' ? (
          <>
            <Tag color="success">{row.resolution ? t(`reconciliation.resolution.${row.resolution}`) : t('reconciliation.discrepancyStatus.RESOLVED')}</Tag>
            <Typography.Text type="secondary" className="statement-line-sub">
              {who(row.resolvedBy)}
            </Typography.Text>
          </>
        ) : (
          <Tag color="error">{t('reconciliation.discrepancyStatus.OPEN')}</Tag>
        ),
    },
    ...(manage
      ? [
          {
            key: 'actions',
            title: t('common.actions'),
            render: (_: unknown, row: DiscrepancyRowFragment) =>
              row.status === 'OPEN' && (
                <Space size={0} wrap>
                  <Button type="link" onClick={() => setAssigning(row)}>
                    {t('reconciliation.assign')}
                  </Button>
                  <Button type="link" onClick={() => setResolving(row)}>
                    {t('reconciliation.resolve')}
                  </Button>
                </Space>
              ),
          },
        ]
      : []),
  ];

  return (
    <>
      <CursorTable
        list={list}
        columns={columns}
        empty={t('reconciliation.noDiscrepancies')}
        testId={testId}
        minWidth={900}
      />
      {resolving && (
        <ResolveModal
          discrepancy={resolving}
          onClose={(changed) => {
            setResolving(null);
            if (changed) list.reload();
          }}
        />
      )}
      {assigning && (
        <AssignModal
          discrepancy={assigning}
          onClose={(changed) => {
            setAssigning(null);
            if (changed) list.reload();
          }}
        />
      )}
    </>
  );
}

function AssignModal({ discrepancy, onClose }: { discrepancy: DiscrepancyRowFragment; onClose(changed: boolean): void }) {
  const { t } = useTranslation();
  const { members, loading } = useAllMembers();
  const [membershipId, setMembershipId] = useState<string | undefined>(discrepancy.assignedTo?.id);
  const [{ fetching }, assign] = useMutation(DiscrepancyAssign);
  const done = useActionResult();
  async function submit() {
    if (!membershipId) return;
    const result = await assign({ id: discrepancy.id, membershipId });
    if (done(result.error, result.data?.statementDiscrepancyAssign.errors, t('reconciliation.assigned'))) onClose(true);
  }
  return (
    <Modal open title={t('reconciliation.assign')} confirmLoading={fetching} onOk={() => void submit()} onCancel={() => onClose(false)} destroyOnHidden>
      <Form layout="vertical">
        <Form.Item label={t('reconciliation.assignedTo')} htmlFor="discrepancy-assignee">
          <Select
            id="discrepancy-assignee"
            loading={loading}
            value={membershipId}
            onChange={setMembershipId}
            showSearch
            optionFilterProp="label"
            options={(members ?? []).map((m) => ({ value: m.id, label: m.user.fullName || m.user.email }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface ResolveValues {
  resolution?: DiscrepancyResolution;
  documentId?: string;
  note?: string;
}

const RESOLVE_FIELDS = ['resolution', 'documentId', 'note'] as const;

function ResolveModal({ discrepancy, onClose }: { discrepancy: DiscrepancyRowFragment; onClose(changed: boolean): void }) {
  const { t } = useTranslation();
  const format = useArFormat();
  const [form] = Form.useForm<ResolveValues>();
  const resolution = Form.useWatch('resolution', form);
  const { formErrors, show } = useFormErrors(form, RESOLVE_FIELDS);
  const [{ fetching }, resolve] = useMutation(DiscrepancyResolve);
  const done = useActionResult();
  const [{ data: owner }] = useQuery({ query: StatementCustomer, variables: { id: discrepancy.statementId } });
  const customerId = owner?.accountStatement?.customer?.id;
  const [{ data: documents, fetching: loadingDocuments }] = useQuery({
    query: SettlingDocuments,
    variables: { customerId: customerId ?? '' },
    pause: !customerId || !resolution || resolution === 'NO_CHANGE',
  });
  const creditNotes = (documents?.creditNotes.nodes ?? [])
    .filter((note) => note.status !== 'VOID')
    .map((note) => ({ value: note.id, label: `${note.number} · ${format.day(note.issueDate)} · ${format.money(note.amount, note.currency)}` }));
  const invoices = (documents?.invoices.nodes ?? []).map((invoice) => ({
    value: invoice.id,
    label: `${invoice.number ?? ''} · ${format.day(invoice.issueDate)} · ${format.money(invoice.total, invoice.currency)}`,
  }));
  const options = resolution === 'ADJUSTMENT_POSTED' ? [...creditNotes, ...invoices] : creditNotes;

  async function submit(values: ResolveValues) {
    const result = await resolve({
      id: discrepancy.id,
      resolution: values.resolution ?? 'NO_CHANGE',
      note: values.note ?? '',
      documentId: values.resolution === 'NO_CHANGE' ? null : (values.documentId ?? null),
    });
    const payload = result.data?.statementDiscrepancyResolve;
    if (show(payload?.errors, result.error)) return;
    done(undefined, [], t('reconciliation.resolved'));
    onClose(true);
  }

  return (
    <Modal open title={t('reconciliation.resolveTitle')} confirmLoading={fetching} onOk={() => form.submit()} onCancel={() => onClose(false)} destroyOnHidden>
      <FormAlert errors={formErrors} />
      <Form form={form} layout="vertical" onFinish={submit} name="discrepancy-resolve">
        <Form.Item name="resolution" label={t('reconciliation.resolutionLabel')} rules={[{ required: true, message: t('ar.required') }]}>
          <Select options={RESOLUTIONS.map((value) => ({ value, label: t(`reconciliation.resolution.${value}`) }))} />
        </Form.Item>
        {resolution && resolution !== 'NO_CHANGE' && (
          <Form.Item name="documentId" label={t('reconciliation.document')} rules={[{ required: true, message: t('ar.required') }]}>
            <Select loading={loadingDocuments} options={options} showSearch optionFilterProp="label" />
          </Form.Item>
        )}
        <Form.Item name="note" label={t('reconciliation.resolutionNote')}>
          <Input.TextArea maxLength={2000} autoSize={{ minRows: 2, maxRows: 5 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

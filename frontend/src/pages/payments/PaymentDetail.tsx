import { ArrowLeftOutlined, NodeIndexOutlined, RollbackOutlined, UndoOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Descriptions, Empty, Modal, Popconfirm, Radio, Result, Row, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { combinedErrorText, errorText } from '../../api/errors';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { graphql } from '../../gql';
import type { PaymentDetailQuery } from '../../gql/graphql';
import { useWorkspace } from '../../workspace/WorkspaceProvider';
import { FieldsModal } from '../ar/FieldsModal';
import { FormAlert } from '../ar/FormAlert';
import { useArFormat } from '../ar/format';
import { PaymentStatusTag } from '../ar/tags';
import { AllocationEditor, useOpenInvoices } from './AllocationEditor';
import { checkAllocations } from './allocation';
import { PaymentAllocate } from './documents';

const PaymentDetailDoc = graphql(`
  query PaymentDetail($id: ID!) {
    payment(id: $id) {
      id
      method
      status
      receivedOn
      currency
      exchangeRate
      amount
      allocated
      refunded
      unapplied
      reference
      payerName
      provider
      providerReference
      notes
      reversedAt
      createdAt
      customer {
        id
        code
        legalName
      }
      allocations {
        id
        amount
        appliedOn
        reversedOn
        invoice {
          id
          number
          dueDate
        }
      }
      refunds {
        id
        amount
        refundedOn
        reason
      }
    }
  }
`);

const PaymentReverse = graphql(`
  mutation PaymentReverse($id: ID!, $reason: String!) {
    paymentReverse(id: $id, reason: $reason) {
      payment {
        id
        status
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

const PaymentRefund = graphql(`
  mutation PaymentRefund($id: ID!, $amount: Decimal!, $reason: String!) {
    paymentRefund(id: $id, amount: $amount, reason: $reason) {
      refund {
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

const PaymentUnallocate = graphql(`
  mutation PaymentUnallocate($allocationId: ID!) {
    paymentUnallocate(allocationId: $allocationId) {
      payment {
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

type Payment = NonNullable<PaymentDetailQuery['payment']>;

export function PaymentDetail() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { can } = useWorkspace();
  const fmt = useArFormat();
  const [{ data, error, fetching }, reload] = useQuery({ query: PaymentDetailDoc, variables: { id } });
  const [dialog, setDialog] = useState<'allocate' | 'refund' | 'reverse' | null>(null);
  const [, reverse] = useMutation(PaymentReverse);
  const [, refund] = useMutation(PaymentRefund);
  const [, unallocate] = useMutation(PaymentUnallocate);
  const refresh = () => reload({ requestPolicy: 'network-only' });

  if (error) return <QueryError error={error} onRetry={refresh} />;
  if (!data && fetching) return <Card><Skeleton active paragraph={{ rows: 8 }} /></Card>;
  const payment = data?.payment;
  if (!payment) return <Result status="404" title={t('payments.notFound')} extra={<Link to="/payments"><Button type="primary">{t('payments.backToList')}</Button></Link>} />;
  const money = (v: string) => fmt.money(v, payment.currency);
  const live = payment.status === 'RECEIVED';
  const canManage = can('PAYMENTS_MANAGE');
  const hasUnapplied = Number(payment.unapplied) > 0;

  return (
    <>
      <PageHeader
        documentTitle={`${t('payments.payment')} ${money(payment.amount)}`}
        title={
          <Space wrap>
            <Link to="/payments" aria-label={t('payments.backToList')} className="back-link"><ArrowLeftOutlined /></Link>
            {money(payment.amount)}
            <PaymentStatusTag status={payment.status} />
          </Space>
        }
        description={
          <>
            {t(`payments.methods.${payment.method}`)} · {fmt.day(payment.receivedOn)}
            {payment.customer && (
              <>
                {' · '}
                <Link to={`/customers/${payment.customer.id}`}>{payment.customer.legalName}</Link>
              </>
            )}
          </>
        }
        extra={
          canManage && live && (
            <Space wrap>
              {hasUnapplied && payment.customer && (
                <Button type="primary" icon={<NodeIndexOutlined />} onClick={() => setDialog('allocate')}>{t('payments.allocateUnapplied')}</Button>
              )}
              {hasUnapplied && <Button icon={<RollbackOutlined />} onClick={() => setDialog('refund')}>{t('payments.refund')}</Button>}
              <Button danger icon={<UndoOutlined />} onClick={() => setDialog('reverse')}>{t('payments.reverse')}</Button>
            </Space>
          )
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={8}>
          <Card title={t('invoices.summary')}>
            <Descriptions
              column={1}
              size="small"
              items={[
                { key: 'amount', label: t('payments.amount'), children: <strong>{money(payment.amount)}</strong> },
                { key: 'allocated', label: t('payments.allocated'), children: money(payment.allocated) },
                { key: 'refunded', label: t('payments.refunded'), children: money(payment.refunded) },
                { key: 'unapplied', label: t('payments.unapplied'), children: <Typography.Text strong type={hasUnapplied ? 'warning' : undefined} data-testid="payment-unapplied">{money(payment.unapplied)}</Typography.Text> },
                { key: 'reference', label: t('payments.reference'), children: payment.reference || '—' },
                { key: 'payer', label: t('payments.payerName'), children: payment.payerName || '—' },
                ...(payment.currency !== fmt.baseCurrency ? [{ key: 'rate', label: t('invoices.exchangeRate'), children: payment.exchangeRate }] : []),
                ...(payment.provider ? [{ key: 'provider', label: t('payments.provider'), children: `${t(`webhooks.providers.${payment.provider.toUpperCase() as 'STRIPE' | 'ALIPAY' | 'WECHATPAY' | 'GENERIC'}`, { defaultValue: payment.provider })} ${payment.providerReference ?? ''}` }] : []),
                ...(payment.notes ? [{ key: 'notes', label: t('invoices.notes'), children: payment.notes }] : []),
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={16}>
          <Card title={t('invoices.allocations')}>
            <Table
              rowKey="id"
              size="middle"
              pagination={false}
              dataSource={payment.allocations}
              locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('invoices.noAllocations')} /> }}
              columns={[
                { title: t('invoices.number'), key: 'invoice', render: (_, a) => a.invoice && <Link to={`/invoices/${a.invoice.id}`} className="code-text">{a.invoice.number}</Link> },
                { title: t('invoices.dueDate'), key: 'due', render: (_, a) => fmt.day(a.invoice?.dueDate) },
                { title: t('payments.appliedOn'), dataIndex: 'appliedOn', render: (d: string) => fmt.day(d) },
                { title: t('invoices.amount'), dataIndex: 'amount', align: 'right', render: (v: string) => money(v) },
                {
                  title: t('common.actions'),
                  key: 'actions',
                  hidden: !canManage,
                  render: (_, a) =>
                    a.reversedOn ? (
                      <Tag color="red">{t('payments.reversedOnDate', { date: fmt.day(a.reversedOn) })}</Tag>
                    ) : (
                      live && (
                        <Popconfirm
                          title={t('payments.unallocateConfirm')}
                          onConfirm={async () => {
                            const r = await unallocate({ allocationId: a.id });
                            const errors = r.data?.paymentUnallocate.errors ?? [];
                            if (r.error) message.error(combinedErrorText(t, r.error));
                            else if (errors[0]) message.error(errorText(t, errors[0]));
                            else refresh();
                          }}
                        >
                          <Button size="small" type="link">{t('payments.unallocate')}</Button>
                        </Popconfirm>
                      )
                    ),
                },
              ]}
            />
          </Card>
          {payment.refunds.length > 0 && (
            <Card title={t('payments.refunds')} className="stacked-card">
              <Table
                rowKey="id"
                size="small"
                pagination={false}
                dataSource={payment.refunds}
                columns={[
                  { title: t('payments.refundedOn'), dataIndex: 'refundedOn', render: (d: string) => fmt.day(d) },
                  { title: t('invoices.reason'), dataIndex: 'reason' },
                  { title: t('invoices.amount'), dataIndex: 'amount', align: 'right', render: (v: string) => money(v) },
                ]}
              />
            </Card>
          )}
        </Col>
      </Row>
      {dialog === 'allocate' && payment.customer && (
        <AllocateModal payment={payment} onClose={() => setDialog(null)} onDone={() => { setDialog(null); refresh(); }} />
      )}
      {dialog === 'refund' && (
        <FieldsModal
          title={t('payments.refund')}
          fields={[
            { name: 'amount', label: t('payments.amount'), required: true, decimal: true, initial: payment.unapplied },
            { name: 'reason', label: t('invoices.reason') },
          ]}
          onSubmit={async ({ amount, reason }) => {
            const r = await refund({ id: payment.id, amount: amount!, reason: reason ?? '' });
            return { error: r.error, errors: r.data?.paymentRefund.errors };
          }}
          onClose={() => setDialog(null)}
          onDone={() => { setDialog(null); refresh(); }}
        />
      )}
      {dialog === 'reverse' && (
        <FieldsModal
          title={t('payments.reverseTitle')}
          intro={<Typography.Paragraph type="secondary">{t('payments.reverseIntro')}</Typography.Paragraph>}
          okText={t('payments.reverse')}
          danger
          fields={[{ name: 'reason', label: t('invoices.reason'), required: true, multiline: true }]}
          onSubmit={async ({ reason }) => {
            const r = await reverse({ id: payment.id, reason: reason! });
            return { error: r.error, errors: r.data?.paymentReverse.errors };
          }}
          onClose={() => setDialog(null)}
          onDone={() => { setDialog(null); refresh(); }}
        />
      )}
    </>
  );
}

function AllocateModal({ payment, onClose, onDone }: { payment: Payment; onClose(): void; onDone(): void }) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'explicit' | 'oldest'>('oldest');
  const [amounts, setAmounts] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const [, allocate] = useMutation(PaymentAllocate);
  const { invoices, fetching } = useOpenInvoices(payment.customer?.id, payment.currency);
  const check = checkAllocations(invoices, amounts, payment.unapplied);

  const submit = async () => {
    if (mode === 'explicit' && (Object.keys(check.problems).length > 0 || check.allocations.length === 0)) return;
    setSaving(true);
    const r = await allocate({ id: payment.id, allocations: mode === 'explicit' ? check.allocations : null, oldestDueFirst: mode === 'oldest' });
    setSaving(false);
    const payloadErrors = r.data?.paymentAllocate.errors ?? [];
    if (r.error) setErrors([combinedErrorText(t, r.error)]);
    else if (payloadErrors.length) setErrors(payloadErrors.map((e) => errorText(t, e)));
    else onDone();
  };

  return (
    <Modal open width={720} title={t('payments.allocateUnapplied')} okText={t('payments.allocate')} onOk={submit} confirmLoading={saving} onCancel={onClose} destroyOnHidden>
      <FormAlert errors={errors} />
      <Radio.Group
        optionType="button"
        value={mode}
        onChange={(e) => setMode(e.target.value)}
        options={[
          { value: 'oldest', label: t('payments.modes.oldest') },
          { value: 'explicit', label: t('payments.modes.explicit') },
        ]}
        className="allocate-mode"
      />
      {mode === 'explicit' && (
        <AllocationEditor invoices={invoices} loading={fetching} currency={payment.currency} available={payment.unapplied} amounts={amounts} onChange={setAmounts} />
      )}
    </Modal>
  );
}

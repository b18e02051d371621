import { Col, Form, Input, Modal, Radio, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useFormErrors } from '../../api/useFormErrors';
import type { PaymentMethod } from '../../gql/graphql';
import { useWorkspace } from '../../workspace/WorkspaceProvider';
import { CustomerSelect } from '../ar/CustomerSelect';
import { FormAlert } from '../ar/FormAlert';
import { AllocationEditor, useOpenInvoices } from './AllocationEditor';
import { checkAllocations } from './allocation';
import { PaymentRecord } from './documents';
import { ImplicitSubmit } from '../ar/ImplicitSubmit';
import { AmountInput, amountRules, amountValue } from '../../components/AmountInput';
import { DateInput } from '../../components/DateInput';
import { RATE } from '../../format/amount';

export const PAYMENT_METHODS: PaymentMethod[] = ['BANK_TRANSFER', 'BANK_ACCEPTANCE_BILL', 'CHEQUE', 'CASH', 'ALIPAY', 'WECHAT_PAY', 'CARD', 'OTHER'];
const FIELDS = ['customerId', 'amount', 'currency', 'method', 'receivedOn', 'reference', 'payerName', 'exchangeRate', 'notes'] as const;
type Mode = 'explicit' | 'oldest' | 'none';

interface Values {
  customerId?: string;
  amount: string;
  currency: string;
  method: PaymentMethod;
  receivedOn: Dayjs;
  reference?: string;
  payerName?: string;
  exchangeRate?: string;
  notes?: string;
  mode: Mode;
}

interface Props {
  customerId?: string;
  currency?: string;
  /** Record from an invoice: its open amount goes to it. */
  invoiceId?: string;
  defaultAmount?: string;
  onClose(): void;
  onDone(paymentId: string): void;
}

/** Record money received and apply it: explicitly per invoice, oldest due first, or later. */
export function RecordPaymentModal({ customerId: fixedCustomer, currency: fixedCurrency, invoiceId, defaultAmount, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const { organization } = useWorkspace();
  const [form] = Form.useForm<Values>();
  const { formErrors, show } = useFormErrors(form, FIELDS);
  const [saving, setSaving] = useState(false);
  const [, record] = useMutation(PaymentRecord);
  const customerId = Form.useWatch('customerId', form) ?? fixedCustomer;
  const currency = Form.useWatch('currency', form) ?? fixedCurrency ?? organization.baseCurrency;
  const amount = Form.useWatch('amount', form) ?? defaultAmount ?? '';
  const mode = Form.useWatch('mode', form) ?? (invoiceId ? 'explicit' : 'oldest');
  const { invoices, fetching } = useOpenInvoices(customerId, currency);
  const [amounts, setAmounts] = useState<Record<string, string>>(invoiceId && defaultAmount ? { [invoiceId]: defaultAmount } : {});
  useEffect(() => {
    if (!invoiceId) setAmounts({});
  }, [customerId, currency, invoiceId]);
  const check = checkAllocations(invoices, amounts, amount || '0');

  const submit = async (values: Values) => {
    if (values.mode === 'explicit' && Object.keys(check.problems).length > 0) return;
    setSaving(true);
    const result = await record({
      input: {
        customerId: values.customerId ?? fixedCustomer ?? null,
        amount: amountValue(values.amount),
        currency: values.currency,
        method: values.method,
        receivedOn: values.receivedOn.format('YYYY-MM-DD'),
        reference: values.reference?.trim() ?? '',
        payerName: values.payerName?.trim() ?? '',
        exchangeRate: values.currency !== organization.baseCurrency ? amountValue(values.exchangeRate, RATE) || null : null,
        notes: values.notes ?? '',
        allocations: values.mode === 'explicit' && check.allocations.length ? check.allocations : null,
        oldestDueFirst: values.mode === 'oldest',
      },
    });
    setSaving(false);
    const payload = result.data?.paymentRecord;
    if (show(payload?.errors, result.error)) return;
    if (payload?.payment) onDone(payload.payment.id);
  };

  return (
    <Modal open width={760} title={t('payments.recordTitle')} okText={t('payments.record')} onOk={() => form.submit()} confirmLoading={saving} onCancel={onClose} destroyOnHidden>
      <FormAlert errors={formErrors} />
      <Form<Values>
        form={form}
        name="payment"
        layout="vertical"
        requiredMark="optional"
        onFinish={submit}
        initialValues={{
          customerId: fixedCustomer,
          currency: fixedCurrency ?? organization.baseCurrency,
          amount: defaultAmount ?? '',
          method: 'BANK_TRANSFER',
          receivedOn: dayjs().tz(organization.timezone),
          mode: invoiceId ? 'explicit' : 'oldest',
        }}
      >
        <Row gutter={16}>
          {!fixedCustomer && (
            <Col xs={24}>
              <Form.Item name="customerId" label={t('invoices.customer')} rules={[{ required: true, message: t('ar.required') }]}>
                <CustomerSelect />
              </Form.Item>
            </Col>
          )}
          <Col xs={24} sm={8}>
            <Form.Item name="amount" label={t('payments.amount')} rules={amountRules(t, { required: true })}>
              <AmountInput autoFocus />
            </Form.Item>
          </Col>
          <Col xs={12} sm={8}>
            <Form.Item name="currency" label={t('invoices.currency')}>
              <Select disabled={!!fixedCurrency} options={[...new Set([organization.baseCurrency, 'CNY', 'USD', 'EUR', 'HKD'])].map((c) => ({ value: c, label: c }))} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={8}>
            <Form.Item name="receivedOn" label={t('payments.receivedOn')} rules={[{ required: true, message: t('ar.required') }]}>
              <DateInput className="full-width" allowClear={false} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name="method" label={t('payments.method')}>
              <Select options={PAYMENT_METHODS.map((m) => ({ value: m, label: t(`payments.methods.${m}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name="reference" label={t('payments.reference')}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            {currency !== organization.baseCurrency ? (
              <Form.Item name="exchangeRate" label={t('invoices.exchangeRate')} rules={amountRules(t, { required: true, ...RATE })}>
                <AmountInput {...RATE} minPlaces={0} />
              </Form.Item>
            ) : (
              <Form.Item name="payerName" label={t('payments.payerName')}>
                <Input maxLength={200} />
              </Form.Item>
            )}
          </Col>
        </Row>
        <Form.Item name="mode" label={t('payments.applyHow')}>
          <Radio.Group
            optionType="button"
            options={[
              { value: 'explicit', label: t('payments.modes.explicit') },
              { value: 'oldest', label: t('payments.modes.oldest') },
              { value: 'none', label: t('payments.modes.none') },
            ]}
          />
        </Form.Item>
        {mode === 'explicit' && customerId && (
          <AllocationEditor invoices={invoices} loading={fetching} currency={currency} available={amount || '0'} amounts={amounts} onChange={setAmounts} />
        )}
        <ImplicitSubmit />
      </Form>
    </Modal>
  );
}

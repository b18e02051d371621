import { Form, Input, Select } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useActionResult } from '../../api/useActionResult';
import { useFormErrors } from '../../api/useFormErrors';
import { AmountInput, amountRules, amountValue } from '../../components/AmountInput';
import { graphql } from '../../gql';
import type { DisputeReason } from '../../gql/graphql';
import { useArFormat } from '../ar/format';
import { FormModal } from './FormModal';
import { defaultCover, useOpenInvoices } from './openInvoices';

const DisputeOpen = graphql(`
  mutation DisputeOpen($customerId: ID!, $input: DisputeInput!) {
    disputeOpen(customerId: $customerId, input: $input) {
      dispute {
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

export const DISPUTE_REASONS: DisputeReason[] = ['PRICING', 'QUANTITY', 'QUALITY', 'NOT_RECEIVED', 'DUPLICATE', 'ALREADY_PAID', 'TERMS', 'OTHER'];
const FIELDS = ['reason', 'amount', 'invoiceIds', 'description'] as const;

interface Values {
  reason: DisputeReason;
  amount?: string;
  invoiceIds?: string[];
  description?: string;
}

/** Open a dispute on some of the customer's open invoices: they get no reminders while it is open. */
export function DisputeModal({ customerId, onClose, onSaved }: { customerId: string; onClose(): void; onSaved(): void }) {
  const { t } = useTranslation();
  const fmt = useArFormat();
  const [form] = Form.useForm<Values>();
  const { formErrors, show, clear } = useFormErrors(form, FIELDS);
  const [{ fetching }, open] = useMutation(DisputeOpen);
  const done = useActionResult();
  const { invoices, loading } = useOpenInvoices(customerId);
  const today = fmt.today();

  useEffect(() => {
    if (form.isFieldsTouched(['invoiceIds', 'amount']) || form.getFieldValue('invoiceIds')?.length || !invoices.length) return;
    const cover = defaultCover(invoices, today);
    form.setFieldsValue({ invoiceIds: cover.ids, amount: cover.amount });
  }, [invoices, today, form]);

  const submit = async (values: Values) => {
    const result = await open({
      customerId,
      input: { reason: values.reason, amount: amountValue(values.amount) || '0', invoiceIds: values.invoiceIds ?? [], description: values.description ?? '' },
    });
    if (show(result.data?.disputeOpen.errors, result.error)) return;
    clear();
    done(undefined, [], t('collections.dispute.opened'));
    onSaved();
  };

  return (
    <FormModal<Values>
      form={form}
      name="dispute-open"
      title={t('collections.dispute.title')}
      okText={t('collections.dispute.open')}
      saving={fetching}
      errors={formErrors}
      initialValues={{ reason: 'PRICING' }}
      implicitSubmit
      onFinish={submit}
      onClose={onClose}
    >
      <Form.Item name="reason" label={t('collections.dispute.reason')}>
        <Select options={DISPUTE_REASONS.map((r) => ({ value: r, label: t(`collections.disputeReasons.${r}`) }))} />
      </Form.Item>
      <Form.Item name="invoiceIds" label={t('collections.dispute.invoices')}>
        <Select
          mode="multiple"
          loading={loading}
          options={invoices.map((i) => ({ value: i.id, label: `${i.number ?? '—'} · ${fmt.money(i.openAmount, i.currency)}` }))}
        />
      </Form.Item>
      <Form.Item name="amount" label={t('collections.dispute.amount')} rules={amountRules(t, { required: true })}>
        <AmountInput />
      </Form.Item>
      <Form.Item name="description" label={t('collections.dispute.description')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}

import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, InputNumber, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { combinedErrorText, errorText } from '../../api/errors';
import { useActionResult } from '../../api/useActionResult';
import { AmountInput, amountRules, amountValue } from '../../components/AmountInput';
import { DateInput } from '../../components/DateInput';
import { graphql } from '../../gql';
import { useArFormat } from '../ar/format';
import { FormModal } from './FormModal';
import { defaultCover, splitAmount, useOpenInvoices } from './openInvoices';

const PlanCreate = graphql(`
  mutation PaymentPlanCreate($customerId: ID!, $input: PaymentPlanInput!) {
    paymentPlanCreate(customerId: $customerId, input: $input) {
      plan {
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

interface Values {
  invoiceIds?: string[];
  amount?: string;
  installments?: { dueDate?: Dayjs | null; amount?: string }[];
  defaultAfterDays?: number | null;
  note?: string;
}

const INSTALLMENTS = 3;

/** Agree a payment plan (分期): installments by date that add up to the plan's amount. */
export function PlanModal({ customerId, onClose, onSaved }: { customerId: string; onClose(): void; onSaved(): void }) {
  const { t } = useTranslation();
  const fmt = useArFormat();
  const [form] = Form.useForm<Values>();
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [{ fetching }, create] = useMutation(PlanCreate);
  const done = useActionResult();
  const { invoices, loading } = useOpenInvoices(customerId);
  const today = fmt.today();

  useEffect(() => {
    if (form.isFieldsTouched(['invoiceIds', 'amount']) || form.getFieldValue('invoiceIds')?.length || !invoices.length) return;
    const cover = defaultCover(invoices, today);
    const parts = splitAmount(cover.amount, INSTALLMENTS);
    form.setFieldsValue({
      invoiceIds: cover.ids,
      amount: cover.amount,
      installments: parts.map((amount, i) => ({ amount, dueDate: dayjs(today).add(i + 1, 'month') })),
    });
  }, [invoices, today, form]);

  const submit = async (values: Values) => {
    const installments = (values.installments ?? []).map((row) => ({
      dueDate: row.dueDate ? row.dueDate.format('YYYY-MM-DD') : '',
      amount: amountValue(row.amount) || '0',
    }));
    const result = await create({
      customerId,
      input: {
        amount: amountValue(values.amount) || '0',
        invoiceIds: values.invoiceIds ?? [],
        installments,
        defaultAfterDays: values.defaultAfterDays ?? 7,
        note: values.note ?? '',
      },
    });
    if (result.error) {
      setFormErrors([combinedErrorText(t, result.error)]);
      return;
    }
    const errors = result.data?.paymentPlanCreate.errors ?? [];
    if (errors.length) {
      const fields: { name: (string | number)[]; errors: string[] }[] = [];
      const top: string[] = [];
      for (const error of errors) {
        const text = errorText(t, error);
        const row = /^installments\[(\d+)\]\.(dueDate|amount)$/.exec(error.field ?? '');
        if (row) fields.push({ name: ['installments', Number(row[1]), row[2]], errors: [text] });
        else if (error.field && ['amount', 'invoiceIds', 'defaultAfterDays', 'note'].includes(error.field)) fields.push({ name: [error.field], errors: [text] });
        else top.push(text);
      }
      form.setFields(fields as never);
      setFormErrors(top);
      return;
    }
    setFormErrors([]);
    done(undefined, [], t('collections.plan.created'));
    onSaved();
  };

  return (
    <FormModal<Values>
      form={form}
      name="payment-plan"
      title={t('collections.plan.title')}
      okText={t('common.create')}
      saving={fetching}
      errors={formErrors}
      initialValues={{ defaultAfterDays: 7 }}
      onFinish={submit}
      onClose={onClose}
    >
      <Form.Item name="invoiceIds" label={t('collections.plan.invoices')}>
        <Select
          mode="multiple"
          loading={loading}
          options={invoices.map((i) => ({ value: i.id, label: `${i.number ?? '—'} · ${fmt.money(i.openAmount, i.currency)}` }))}
        />
      </Form.Item>
      <Form.Item name="amount" label={t('collections.plan.amount')} rules={amountRules(t, { required: true })}>
        <AmountInput />
      </Form.Item>
      <Form.List name="installments">
        {(fields, { add, remove }) => (
          <div className="installments" data-testid="plan-installments">
            <div className="installments-label">{t('collections.plan.installments')}</div>
            {fields.map((field, index) => (
              <Space key={field.key} align="start" wrap className="installment-row">
                <Form.Item name={[field.name, 'dueDate']} aria-label={t('collections.plan.dueDate', { n: index + 1 })}>
                  <DateInput placeholder={t('collections.plan.dueDate', { n: index + 1 })} />
                </Form.Item>
                <Form.Item name={[field.name, 'amount']} rules={amountRules(t)}>
                  <AmountInput placeholder={t('collections.plan.installmentAmount')} />
                </Form.Item>
                <Button type="text" icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label={t('collections.plan.removeInstallment', { n: index + 1 })} />
              </Space>
            ))}
            <Button icon={<PlusOutlined />} onClick={() => add({ amount: '' })}>
              {t('collections.plan.addInstallment')}
            </Button>
          </div>
        )}
      </Form.List>
      <Form.Item name="defaultAfterDays" label={t('collections.plan.defaultAfterDays')} extra={t('collections.plan.defaultAfterDaysHelp')}>
        <InputNumber min={0} max={90} precision={0} className="full-width" />
      </Form.Item>
      <Form.Item name="note" label={t('collections.log.note')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}

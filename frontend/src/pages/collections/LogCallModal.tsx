import { Form, Input, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useActionResult } from '../../api/useActionResult';
import { useFormErrors } from '../../api/useFormErrors';
import { AmountInput, amountRules, amountValue } from '../../components/AmountInput';
import { DateInput } from '../../components/DateInput';
import { graphql } from '../../gql';
import type { CollectionActionChannel, CollectionActionOutcome } from '../../gql/graphql';
import { useArFormat } from '../ar/format';
import { FormModal } from './FormModal';
import { defaultCover, useOpenInvoices } from './openInvoices';

const ActionCreate = graphql(`
  mutation CollectionActionCreate($customerId: ID!, $input: CollectionActionInput!) {
    collectionActionCreate(customerId: $customerId, input: $input) {
      action {
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

const PromiseCreate = graphql(`
  mutation PromiseToPayCreate($customerId: ID!, $input: PromiseToPayInput!) {
    promiseToPayCreate(customerId: $customerId, input: $input) {
      promise {
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

export const LOGGED_CHANNELS: CollectionActionChannel[] = ['CALL', 'VISIT', 'EMAIL', 'SMS', 'LETTER', 'OTHER'];
export const LOGGED_OUTCOMES: CollectionActionOutcome[] = [
  'REACHED', 'PROMISED', 'NO_ANSWER', 'LEFT_MESSAGE', 'DISPUTED', 'REFUSED', 'WRONG_CONTACT', 'PAID', 'OTHER',
];
const FIELDS = ['channel', 'outcome', 'note', 'nextFollowUpOn', 'amount', 'promisedOn', 'invoiceIds'] as const;

interface Values {
  channel: CollectionActionChannel;
  outcome: CollectionActionOutcome;
  note?: string;
  nextFollowUpOn?: Dayjs | null;
  amount?: string;
  promisedOn?: Dayjs | null;
  invoiceIds?: string[];
}

/**
 * Log a contact with its outcome; "promised" records the promise to pay with it (amount, date and
 * invoices filled in from the customer's overdue invoices). The promise is saved first, so a
 * refused promise leaves nothing logged.
 */
export function LogCallModal({ customerId, customerName, onClose, onSaved }: { customerId: string; customerName: string; onClose(): void; onSaved(): void }) {
  const { t } = useTranslation();
  const fmt = useArFormat();
  const [form] = Form.useForm<Values>();
  const { formErrors, show, clear } = useFormErrors(form, FIELDS);
  const [{ fetching: logging }, createAction] = useMutation(ActionCreate);
  const [{ fetching: promising }, createPromise] = useMutation(PromiseCreate);
  const done = useActionResult();
  const { invoices, loading } = useOpenInvoices(customerId);
  const outcome = Form.useWatch('outcome', form);
  const today = fmt.today();

  useEffect(() => {
    if (outcome !== 'PROMISED' || form.isFieldsTouched(['invoiceIds', 'amount']) || form.getFieldValue('invoiceIds')?.length) return;
    const cover = defaultCover(invoices, today);
    form.setFieldsValue({ invoiceIds: cover.ids, amount: cover.amount });
  }, [outcome, invoices, today, form]);

  const submit = async (values: Values) => {
    const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);
    const invoiceIds = values.invoiceIds ?? [];
    if (values.outcome === 'PROMISED') {
      const promise = await createPromise({
        customerId,
        input: { amount: amountValue(values.amount) || '0', promisedOn: day(values.promisedOn) ?? '', invoiceIds, note: values.note ?? '' },
      });
      if (show(promise.data?.promiseToPayCreate.errors, promise.error)) return;
    }
    const action = await createAction({
      customerId,
      input: {
        channel: values.channel,
        outcome: values.outcome,
        note: values.note ?? '',
        nextFollowUpOn: day(values.nextFollowUpOn),
        invoiceIds: values.outcome === 'PROMISED' ? invoiceIds : [],
      },
    });
    if (show(action.data?.collectionActionCreate.errors, action.error)) return;
    clear();
    done(undefined, [], t(values.outcome === 'PROMISED' ? 'collections.log.savedWithPromise' : 'collections.log.saved', { name: customerName }));
    onSaved();
  };

  return (
    <FormModal<Values>
      form={form}
      name="log-call"
      title={t('collections.log.title', { name: customerName })}
      okText={t('common.save')}
      saving={logging || promising}
      errors={formErrors}
      initialValues={{ channel: 'CALL', outcome: 'REACHED', promisedOn: dayjs(today).add(7, 'day') }}
      implicitSubmit
      onFinish={submit}
      onClose={onClose}
    >
      <Form.Item name="channel" label={t('collections.log.channel')}>
        <Select options={LOGGED_CHANNELS.map((c) => ({ value: c, label: t(`collections.actionChannels.${c}`) }))} />
      </Form.Item>
      <Form.Item name="outcome" label={t('collections.log.outcome')}>
        <Radio.Group
          optionType="button"
          size="small"
          className="outcome-choices"
          options={LOGGED_OUTCOMES.map((o) => ({ value: o, label: t(`collections.outcomes.${o}`) }))}
        />
      </Form.Item>
      {outcome === 'PROMISED' && (
        <div className="promise-fields" data-testid="promise-fields">
          <Form.Item name="amount" label={t('collections.promise.amount')} rules={amountRules(t, { required: true })}>
            <AmountInput />
          </Form.Item>
          <Form.Item name="promisedOn" label={t('collections.promise.promisedOn')} rules={[{ required: true, message: t('ar.required') }]}>
            <DateInput className="full-width" />
          </Form.Item>
          <Form.Item name="invoiceIds" label={t('collections.promise.invoices')}>
            <Select
              mode="multiple"
              loading={loading}
              options={invoices.map((i) => ({ value: i.id, label: `${i.number ?? '—'} · ${fmt.money(i.openAmount, i.currency)} · ${fmt.day(i.dueDate)}` }))}
            />
          </Form.Item>
        </div>
      )}
      <Form.Item name="note" label={t('collections.log.note')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
      </Form.Item>
      <Form.Item name="nextFollowUpOn" label={t('collections.log.nextFollowUpOn')}>
        <DateInput className="full-width" />
      </Form.Item>
    </FormModal>
  );
}

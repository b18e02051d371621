import { Form, Input, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { combinedErrorText, errorText } from '../../api/errors';
import { useActionResult } from '../../api/useActionResult';
import { AmountInput, amountRules, amountValue } from '../../components/AmountInput';
import { graphql } from '../../gql';
import type { LegalOutcome, LegalStage } from '../../gql/graphql';
import { useArFormat } from '../ar/format';
import { FormModal } from './FormModal';
import { defaultCover, useOpenInvoices } from './openInvoices';

const CaseOpen = graphql(`
  mutation LegalCaseCreate($customerId: ID!, $input: LegalCaseInput!) {
    legalCaseCreate(customerId: $customerId, input: $input) {
      legalCase {
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

const CaseClose = graphql(`
  mutation LegalCaseClose($id: ID!, $version: Int!, $input: LegalCaseCloseInput!) {
    legalCaseClose(id: $id, version: $version, input: $input) {
      legalCase {
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

export const LEGAL_STAGES: LegalStage[] = ['LAWYER_LETTER', 'LITIGATION', 'JUDGMENT', 'ENFORCEMENT'];
const OUTCOMES: LegalOutcome[] = ['RECOVERED', 'PARTIALLY_RECOVERED', 'SETTLED', 'UNRECOVERABLE', 'WITHDRAWN'];

function useErrors() {
  const { t } = useTranslation();
  const [formErrors, setFormErrors] = useState<string[]>([]);
  return {
    formErrors,
    /** Every problem above the form, in the reader's language; true when there was one. */
    show(requestError: Parameters<typeof combinedErrorText>[1] | undefined, errors: readonly { field?: string | null; code: string; message: string }[] | undefined) {
      const texts = requestError ? [combinedErrorText(t, requestError)] : (errors ?? []).map((e) => errorText(t, e));
      setFormErrors(texts);
      return texts.length > 0;
    },
  };
}

/** Escalate open invoices to legal collection (律师函 first by default). */
export function LegalCaseOpenModal({ customerId, onClose, onSaved }: { customerId: string; onClose(): void; onSaved(): void }) {
  const { t } = useTranslation();
  const fmt = useArFormat();
  const [form] = Form.useForm<{ invoiceIds?: string[]; stage: LegalStage; lawFirm?: string; reference?: string }>();
  const { formErrors, show } = useErrors();
  const [{ fetching }, open] = useMutation(CaseOpen);
  const done = useActionResult();
  const { invoices, loading } = useOpenInvoices(customerId);
  const today = fmt.today();

  useEffect(() => {
    if (form.isFieldsTouched(['invoiceIds']) || form.getFieldValue('invoiceIds')?.length || !invoices.length) return;
    form.setFieldsValue({ invoiceIds: defaultCover(invoices, today).ids });
  }, [invoices, today, form]);

  return (
    <FormModal
      form={form}
      name="legal-open"
      title={t('collections.legal.openTitle')}
      okText={t('collections.legal.open')}
      saving={fetching}
      errors={formErrors}
      initialValues={{ stage: 'LAWYER_LETTER' }}
      onFinish={async (values) => {
        const result = await open({
          customerId,
          input: { invoiceIds: values.invoiceIds ?? [], stage: values.stage, lawFirm: values.lawFirm ?? '', reference: values.reference ?? '' },
        });
        if (show(result.error, result.data?.legalCaseCreate.errors)) return;
        done(undefined, [], t('collections.legal.opened'));
        onSaved();
      }}
      onClose={onClose}
    >
      <Form.Item name="invoiceIds" label={t('collections.plan.invoices')}>
        <Select
          mode="multiple"
          loading={loading}
          options={invoices.map((i) => ({ value: i.id, label: `${i.number ?? '—'} · ${fmt.money(i.openAmount, i.currency)}` }))}
        />
      </Form.Item>
      <Form.Item name="stage" label={t('collections.legal.stage')}>
        <Select options={LEGAL_STAGES.map((s) => ({ value: s, label: t(`collections.legalStages.${s}`) }))} />
      </Form.Item>
      <Form.Item name="lawFirm" label={t('collections.legal.lawFirm')}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="reference" label={t('collections.legal.reference')}>
        <Input maxLength={200} />
      </Form.Item>
    </FormModal>
  );
}

/** Close a legal case with its outcome; dunning resumes on what is still open. */
export function LegalCaseCloseModal({ legalCase, onClose, onSaved }: { legalCase: { id: string; version: number }; onClose(): void; onSaved(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ outcome: LegalOutcome; recoveredAmount?: string; note?: string }>();
  const { formErrors, show } = useErrors();
  const [{ fetching }, close] = useMutation(CaseClose);
  const done = useActionResult();
  return (
    <FormModal
      form={form}
      name="legal-close"
      title={t('collections.legal.closeTitle')}
      okText={t('collections.legal.close')}
      saving={fetching}
      errors={formErrors}
      initialValues={{ outcome: 'RECOVERED' }}
      onFinish={async (values) => {
        const recovered = amountValue(values.recoveredAmount);
        const result = await close({
          id: legalCase.id,
          version: legalCase.version,
          input: { outcome: values.outcome, recoveredAmount: recovered || null, note: values.note ?? '' },
        });
        if (show(result.error, result.data?.legalCaseClose.errors)) return;
        done(undefined, [], t('collections.legal.closed'));
        onSaved();
      }}
      onClose={onClose}
    >
      <Form.Item name="outcome" label={t('collections.legal.outcome')}>
        <Select options={OUTCOMES.map((o) => ({ value: o, label: t(`collections.legalOutcomes.${o}`) }))} />
      </Form.Item>
      <Form.Item name="recoveredAmount" label={t('collections.legal.recovered')} rules={amountRules(t)}>
        <AmountInput />
      </Form.Item>
      <Form.Item name="note" label={t('collections.log.note')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}

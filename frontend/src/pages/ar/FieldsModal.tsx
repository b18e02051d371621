import { Form, Input, Modal } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import type { PayloadError } from '../../api/errors';
import { useFormErrors } from '../../api/useFormErrors';
import { FormAlert } from './FormAlert';
import { ImplicitSubmit } from './ImplicitSubmit';
import { AmountInput, amountRules } from '../../components/AmountInput';

export interface ModalField {
  /** The API's field name, so its errors land here. */
  name: string;
  label: string;
  required?: boolean;
  multiline?: boolean;
  decimal?: boolean;
  initial?: string;
  extra?: ReactNode;
}

export interface MutationOutcome {
  errors?: readonly PayloadError[];
  error?: CombinedError;
}

interface Props {
  title: string;
  okText?: string;
  danger?: boolean;
  fields: readonly ModalField[];
  intro?: ReactNode;
  onSubmit(values: Record<string, string>): Promise<MutationOutcome>;
  onClose(): void;
  onDone(): void;
}

/** A short form in a dialog (a reason, an amount): the API's errors next to their field. */
export function FieldsModal({ title, okText, danger, fields, intro, onSubmit, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Record<string, string>>();
  const { formErrors, show } = useFormErrors(form, fields.map((f) => f.name));
  const [saving, setSaving] = useState(false);

  const submit = async (values: Record<string, string>) => {
    setSaving(true);
    const outcome = await onSubmit(Object.fromEntries(fields.map((f) => [f.name, (values[f.name] ?? '').trim()])));
    setSaving(false);
    if (!show(outcome.errors, outcome.error)) onDone();
  };

  return (
    <Modal
      open
      title={title}
      okText={okText ?? t('common.save')}
      okButtonProps={{ danger }}
      onOk={() => form.submit()}
      confirmLoading={saving}
      onCancel={onClose}
      destroyOnHidden
    >
      {intro}
      <FormAlert errors={formErrors} />
      <Form
        form={form}
        name="fields-modal"
        layout="vertical"
        onFinish={submit}
        initialValues={Object.fromEntries(fields.map((f) => [f.name, f.initial ?? '']))}
      >
        {fields.map((f, index) => (
          <Form.Item
            key={f.name}
            name={f.name}
            label={f.label}
            extra={f.extra}
            rules={f.decimal ? amountRules(t, { required: f.required }) : f.required ? [{ required: true, whitespace: true, message: t('ar.required') }] : []}
          >
            {f.multiline ? (
              <Input.TextArea rows={3} maxLength={500} autoFocus={index === 0} />
            ) : f.decimal ? (
              <AmountInput autoFocus={index === 0} />
            ) : (
              <Input autoFocus={index === 0} />
            )}
          </Form.Item>
        ))}
        <ImplicitSubmit />
      </Form>
    </Modal>
  );
}

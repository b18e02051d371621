import { Form, Modal, type FormInstance } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../ar/FormAlert';
import { ImplicitSubmit } from '../ar/ImplicitSubmit';

interface Props<V> {
  form: FormInstance<V>;
  /** The form's name: its fields' ids are `<name>_<field>`. */
  name: string;
  title: string;
  okText: string;
  saving: boolean;
  /** The errors the API placed on no field, above the fields. */
  errors: string[];
  initialValues?: Partial<V>;
  /** Render a hidden submit button so Enter in a field submits. */
  implicitSubmit?: boolean;
  onFinish(values: V): void | Promise<void>;
  onClose(): void;
  children: ReactNode;
}

/** The collections dialogs' one pattern: the form wraps the whole dialog, so its OK button submits
 * it; the errors without a field show above the fields; closing destroys what was typed. */
export function FormModal<V>({ form, name, title, okText, saving, errors, initialValues, implicitSubmit, onFinish, onClose, children }: Props<V>) {
  const { t } = useTranslation();
  return (
    <Modal
      open
      title={title}
      okText={okText}
      cancelText={t('common.cancel')}
      okButtonProps={{ htmlType: 'submit' }}
      confirmLoading={saving}
      onCancel={onClose}
      destroyOnHidden
      modalRender={(dialog) => (
        <Form<V> form={form} layout="vertical" name={name} requiredMark={false} onFinish={onFinish} initialValues={initialValues}>
          {dialog}
        </Form>
      )}
    >
      {implicitSubmit && <ImplicitSubmit />}
      <FormAlert errors={errors} />
      {children}
    </Modal>
  );
}

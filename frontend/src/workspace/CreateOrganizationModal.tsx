import { Alert, Form, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useFormErrors } from '../api/useFormErrors';
import { ORGANIZATION_FIELDS, OrganizationFields, type OrganizationFormValues } from '../components/OrganizationFields';
import { toApiLocale, currentLanguage } from '../i18n';
import { OrganizationCreate } from './documents';

interface Props {
  open: boolean;
  onClose(): void;
  onCreated(id: string, name: string): void;
}

export function CreateOrganizationModal({ open, onClose, onCreated }: Props) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<OrganizationFormValues>();
  const [{ fetching }, create] = useMutation(OrganizationCreate);
  const { formErrors, show, clear } = useFormErrors(form, ORGANIZATION_FIELDS);
  const [initialValues] = useState<OrganizationFormValues>(() => ({
    name: '',
    baseCurrency: 'CNY',
    timezone: 'Asia/Shanghai',
    locale: toApiLocale(currentLanguage(i18n)),
  }));

  const submit = async (values: OrganizationFormValues) => {
    const result = await create({ input: { ...values, name: values.name.trim() } });
    const payload = result.data?.organizationCreate;
    if (show(payload?.errors, result.error) || !payload?.organization) return;
    clear();
    onCreated(payload.organization.id, payload.organization.name);
  };

  return (
    <Modal
      open={open}
      title={t('org.createTitle')}
      okText={t('common.create')}
      cancelText={t('common.cancel')}
      okButtonProps={{ htmlType: 'submit' }}
      confirmLoading={fetching}
      onCancel={onClose}
      destroyOnHidden
      modalRender={(dialog) => (
        <Form
          form={form}
          layout="vertical"
          initialValues={initialValues}
          onFinish={submit}
          requiredMark={false}
          name="organization-create"
          clearOnDestroy
        >
          {dialog}
        </Form>
      )}
    >
      <Typography.Paragraph type="secondary">{t('org.createHelp')}</Typography.Paragraph>
      {formErrors.length > 0 && <Alert type="error" showIcon title={formErrors.join(' ')} className="form-alert" />}
      <OrganizationFields />
    </Modal>
  );
}

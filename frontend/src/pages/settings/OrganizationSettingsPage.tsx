import { Alert, App, Button, Card, Col, Descriptions, Form, Row } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useFormErrors } from '../../api/useFormErrors';
import { PageHeader } from '../../components/PageHeader';
import { ORGANIZATION_FIELDS, OrganizationFields, type OrganizationFormValues } from '../../components/OrganizationFields';
import { formatDateTime } from '../../format/date';
import { formatMoney } from '../../format/money';
import { useFormat } from '../../format/useFormat';
import { graphql } from '../../gql';
import { useWorkspace } from '../../workspace/WorkspaceProvider';

const OrganizationUpdate = graphql(`
  mutation OrganizationUpdate($input: OrganizationUpdateInput!) {
    organizationUpdate(input: $input) {
      organization {
        id
        name
        baseCurrency
        timezone
        locale
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

const SAMPLE_AMOUNT = '1234567.89';

export default function OrganizationSettingsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { organization, can } = useWorkspace();
  const { locale } = useFormat();
  const editable = can('ORGANIZATION_MANAGE');
  const [form] = Form.useForm<OrganizationFormValues>();
  const { formErrors, show } = useFormErrors(form, ORGANIZATION_FIELDS);
  const [{ fetching }, update] = useMutation(OrganizationUpdate);
  const currency = Form.useWatch('baseCurrency', form) ?? organization.baseCurrency;
  const timeZone = Form.useWatch('timezone', form) ?? organization.timezone;

  const initialValues = useMemo<OrganizationFormValues>(
    () => ({
      name: organization.name,
      baseCurrency: organization.baseCurrency,
      timezone: organization.timezone,
      locale: organization.locale,
    }),
    [organization],
  );

  const preview = useMemo(() => {
    try {
      return {
        money: formatMoney(SAMPLE_AMOUNT, currency, locale),
        time: formatDateTime(new Date().toISOString(), locale, timeZone),
      };
    } catch {
      return null;
    }
  }, [currency, timeZone, locale]);

  const submit = async (values: OrganizationFormValues) => {
    const result = await update({ input: { ...values, name: values.name.trim() } });
    const payload = result.data?.organizationUpdate;
    if (show(payload?.errors, result.error) || !payload?.organization) return;
    message.success(t('settings.organization.saved'));
  };

  return (
    <>
      <PageHeader title={t('settings.organization.title')} description={t('settings.organization.description')} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Card>
            {!editable && <Alert type="info" showIcon title={t('settings.organization.readOnly')} className="form-alert" />}
            {formErrors.length > 0 && <Alert type="error" showIcon title={formErrors.join(' ')} className="form-alert" />}
            <Form
              form={form}
              layout="vertical"
              initialValues={initialValues}
              onFinish={submit}
              requiredMark={false}
              name="organization-settings"
              disabled={!editable}
            >
              <OrganizationFields />
              {editable && (
                <Button type="primary" htmlType="submit" loading={fetching}>
                  {t('common.save')}
                </Button>
              )}
            </Form>
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card title={t('settings.organization.formatPreview')}>
            <p className="muted">{t('settings.organization.formatPreviewHelp')}</p>
            {preview && (
              <Descriptions
                column={1}
                size="small"
                items={[
                  { key: 'money', label: t('org.baseCurrency'), children: <span className="preview-value">{preview.money}</span> },
                  { key: 'time', label: t('org.timezone'), children: <span className="preview-value">{preview.time}</span> },
                ]}
              />
            )}
          </Card>
        </Col>
      </Row>
    </>
  );
}

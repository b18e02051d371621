import { Alert, Form, Input, InputNumber, Modal, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useActionResult } from '../../api/useActionResult';
import { useFormErrors } from '../../api/useFormErrors';
import { graphql } from '../../gql';
import { AmountInput, amountRules, amountValue } from '../../components/AmountInput';
import { DateInput } from '../../components/DateInput';

const CreditOverrideRequest = graphql(`
  mutation CreditOverrideRequest($customerId: ID!, $input: CreditOverrideInput!) {
    creditOverrideRequest(customerId: $customerId, input: $input) {
      override {
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

const FIELDS = ['creditLimit', 'paymentTermsDays', 'expiresOn', 'reason'] as const;

interface Values {
  creditLimit?: string | null;
  paymentTermsDays?: number | null;
  expiresOn?: Dayjs | null;
  reason: string;
}

interface Props {
  /** The customer to ask a different limit or terms for; null keeps the dialog closed. */
  customer: { id: string; name: string } | null;
  onClose(): void;
  onRequested?(): void;
}

/**
 * Asks for a credit limit and/or payment terms other than the grade's, with a reason; someone
 * other than the requester approves it on the approvals page. Used there and on the customer page.
 */
export function CreditOverrideRequestModal({ customer, onClose, onRequested }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { formErrors, show, clear } = useFormErrors(form, FIELDS);
  const [{ fetching }, request] = useMutation(CreditOverrideRequest);
  const done = useActionResult();

  const submit = async (values: Values) => {
    if (!customer) return;
    const result = await request({
      customerId: customer.id,
      input: {
        creditLimit: amountValue(values.creditLimit) || null,
        paymentTermsDays: values.paymentTermsDays ?? null,
        expiresOn: values.expiresOn ? values.expiresOn.format('YYYY-MM-DD') : null,
        reason: values.reason.trim(),
      },
    });
    if (show(result.data?.creditOverrideRequest.errors, result.error)) return;
    clear();
    done(undefined, [], t('credit.override.requested', { name: customer.name }));
    onRequested?.();
    onClose();
  };

  return (
    <Modal
      open={customer !== null}
      title={t('credit.override.title')}
      okText={t('credit.override.submit')}
      cancelText={t('common.cancel')}
      okButtonProps={{ htmlType: 'submit' }}
      confirmLoading={fetching}
      onCancel={() => {
        clear();
        onClose();
      }}
      destroyOnHidden
      modalRender={(dialog) => (
        <Form form={form} layout="vertical" onFinish={submit} requiredMark={false} name="credit-override" clearOnDestroy>
          {dialog}
        </Form>
      )}
    >
      {formErrors.length > 0 && <Alert type="error" showIcon title={formErrors.join(' ')} className="form-alert" />}
      <Typography.Paragraph type="secondary">{t('credit.override.help', { name: customer?.name ?? '' })}</Typography.Paragraph>
      <Form.Item name="creditLimit" label={t('credit.override.creditLimit')} extra={t('credit.override.creditLimitHelp')} rules={amountRules(t)}>
        <AmountInput />
      </Form.Item>
      <Form.Item name="paymentTermsDays" label={t('credit.override.paymentTermsDays')}>
        <InputNumber min={0} max={365} precision={0} className="full-width" suffix={t('credit.days')} />
      </Form.Item>
      <Form.Item name="expiresOn" label={t('credit.override.expiresOn')}>
        <DateInput className="full-width" placeholder={t('credit.override.noExpiry')} disabledDate={(day) => day.isBefore(dayjs(), 'day')} />
      </Form.Item>
      <Form.Item name="reason" label={t('credit.reason')} rules={[{ required: true, whitespace: true, message: t('credit.reasonRequired') }]}>
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
    </Modal>
  );
}

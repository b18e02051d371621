import { Col, Form, Input, Modal, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useFormErrors } from '../../api/useFormErrors';
import { graphql } from '../../gql';
import type { CustomerStatus } from '../../gql/graphql';
import { FormAlert } from '../ar/FormAlert';
import { MemberSelect } from '../ar/MemberSelect';
import { ImplicitSubmit } from '../ar/ImplicitSubmit';
import { AmountInput, amountRules, amountValue } from '../../components/AmountInput';
import { DateInput } from '../../components/DateInput';

export const CustomerFieldsFragment = graphql(`
  fragment CustomerFields on Customer {
    id
    code
    legalName
    shortName
    creditCode
    taxNumber
    industry
    address
    region
    website
    foundedOn
    registeredCapital
    status
    tags
    notes
    version
    owner {
      id
    }
    collector {
      id
    }
  }
`);

const CustomerCreate = graphql(`
  mutation CustomerCreate($input: CustomerCreateInput!) {
    customerCreate(input: $input) {
      customer {
        ...CustomerFields
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

const CustomerUpdate = graphql(`
  mutation CustomerUpdate($id: ID!, $version: Int!, $input: CustomerUpdateInput!) {
    customerUpdate(id: $id, version: $version, input: $input) {
      customer {
        ...CustomerFields
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export interface EditableCustomer {
  id: string;
  code: string;
  legalName: string;
  shortName: string;
  creditCode?: string | null;
  taxNumber: string;
  industry: string;
  address: string;
  region: string;
  website: string;
  foundedOn?: string | null;
  registeredCapital?: string | null;
  status: CustomerStatus;
  tags: string[];
  notes: string;
  version: number;
  owner?: { id: string } | null;
  collector?: { id: string } | null;
}

interface Values {
  code: string;
  legalName: string;
  shortName?: string;
  creditCode?: string;
  taxNumber?: string;
  industry?: string;
  address?: string;
  region?: string;
  website?: string;
  foundedOn?: Dayjs | null;
  registeredCapital?: string;
  status: CustomerStatus;
  tags: string[];
  ownerId?: string | null;
  collectorId?: string | null;
  notes?: string;
}

const FIELDS = [
  'code', 'legalName', 'shortName', 'creditCode', 'taxNumber', 'industry', 'address', 'region', 'website',
  'foundedOn', 'registeredCapital', 'status', 'tags', 'ownerId', 'collectorId', 'notes',
] as const;
const STATUSES: CustomerStatus[] = ['ACTIVE', 'ON_HOLD', 'BLOCKED', 'ARCHIVED'];

interface Props {
  customer?: EditableCustomer;
  onClose(): void;
  onSaved(customer: { id: string }): void;
}

/** New customer, or a customer's profile changed (with its version: a stale one is refused). */
export function CustomerFormModal({ customer, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { formErrors, show } = useFormErrors(form, FIELDS);
  const [saving, setSaving] = useState(false);
  const [, create] = useMutation(CustomerCreate);
  const [, update] = useMutation(CustomerUpdate);

  const initial = useMemo<Partial<Values>>(
    () =>
      customer
        ? {
            ...customer,
            creditCode: customer.creditCode ?? '',
            registeredCapital: customer.registeredCapital ?? '',
            foundedOn: customer.foundedOn ? dayjs(customer.foundedOn) : null,
            ownerId: customer.owner?.id ?? null,
            collectorId: customer.collector?.id ?? null,
          }
        : { status: 'ACTIVE', tags: [] },
    [customer],
  );

  const submit = async (values: Values) => {
    const input = {
      code: values.code.trim(),
      legalName: values.legalName.trim(),
      shortName: values.shortName?.trim() ?? '',
      creditCode: values.creditCode?.trim() || null,
      taxNumber: values.taxNumber?.trim() ?? '',
      industry: values.industry?.trim() ?? '',
      address: values.address?.trim() ?? '',
      region: values.region?.trim() ?? '',
      website: values.website?.trim() ?? '',
      foundedOn: values.foundedOn ? values.foundedOn.format('YYYY-MM-DD') : null,
      registeredCapital: amountValue(values.registeredCapital) || null,
      status: values.status,
      tags: values.tags ?? [],
      ownerId: values.ownerId ?? null,
      collectorId: values.collectorId ?? null,
      notes: values.notes ?? '',
    };
    setSaving(true);
    const result = customer
      ? await update({ id: customer.id, version: customer.version, input })
      : await create({ input });
    setSaving(false);
    const payload = result.data && ('customerUpdate' in result.data ? result.data.customerUpdate : result.data.customerCreate);
    if (show(payload?.errors, result.error)) return;
    if (payload?.customer) onSaved(payload.customer);
  };

  return (
    <Modal
      open
      width={760}
      title={customer ? t('customers.editTitle') : t('customers.newTitle')}
      okText={t('common.save')}
      onOk={() => form.submit()}
      confirmLoading={saving}
      onCancel={onClose}
      destroyOnHidden
    >
      <FormAlert errors={formErrors} />
      <Form<Values> form={form} name="customer" layout="vertical" initialValues={initial} onFinish={submit} requiredMark="optional">
        <Row gutter={16}>
          <Col xs={24} sm={8}>
            <Form.Item name="code" label={t('customers.code')} rules={[{ required: true, whitespace: true, message: t('ar.required') }]}>
              <Input maxLength={40} autoFocus />
            </Form.Item>
          </Col>
          <Col xs={24} sm={16}>
            <Form.Item name="legalName" label={t('customers.legalName')} rules={[{ required: true, whitespace: true, message: t('ar.required') }]}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name="shortName" label={t('customers.shortName')}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            {/* Pasted codes carry spaces: they go first, then the 18-character check (a maxLength would cut the paste). */}
            <Form.Item
              name="creditCode"
              label={t('customers.creditCode')}
              extra={t('customers.creditCodeHelp')}
              normalize={(v: string | undefined) => v?.replace(/\s+/g, '').toUpperCase()}
              rules={[{ len: 18, message: t('customers.creditCodeHelp') }]}
            >
              <Input className="code-text" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name="taxNumber" label={t('customers.taxNumber')}>
              <Input maxLength={20} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name="status" label={t('customers.statusLabel')}>
              <Select options={STATUSES.map((s) => ({ value: s, label: t(`customers.status.${s}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name="industry" label={t('customers.industry')}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name="region" label={t('customers.region')}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={16}>
            <Form.Item name="address" label={t('customers.address')}>
              <Input maxLength={300} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name="website" label={t('customers.website')}>
              <Input maxLength={200} placeholder="https://" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name="foundedOn" label={t('customers.foundedOn')}>
              <DateInput className="full-width" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name="registeredCapital" label={t('customers.registeredCapital')} rules={amountRules(t)}>
              <AmountInput />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name="tags" label={t('customers.tags')}>
              <Select mode="tags" tokenSeparators={[',', '，']} open={false} suffixIcon={null} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="collectorId" label={t('customers.collector')}>
              <MemberSelect />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="ownerId" label={t('customers.owner')}>
              <MemberSelect />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="notes" label={t('customers.notes')}>
              <Input.TextArea rows={2} maxLength={2000} />
            </Form.Item>
          </Col>
        </Row>
        <ImplicitSubmit />
      </Form>
    </Modal>
  );
}

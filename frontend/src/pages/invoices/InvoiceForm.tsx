import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Descriptions, Divider, Form, Input, InputNumber, Row, Select, Space, Switch, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useMutation, useQuery, type CombinedError } from 'urql';
import { errorText, type PayloadError } from '../../api/errors';
import { useFormErrors } from '../../api/useFormErrors';
import { PageHeader } from '../../components/PageHeader';
import { graphql } from '../../gql';
import type { InvoiceIssueMutation } from '../../gql/graphql';
import { useWorkspace } from '../../workspace/WorkspaceProvider';
import { CustomerSelect } from '../ar/CustomerSelect';
import { FormAlert } from '../ar/FormAlert';
import { useArFormat } from '../ar/format';
import { invoiceTotals, percentToRate } from './totals';
import { AmountInput, amountRules, amountValue } from '../../components/AmountInput';
import { DateInput } from '../../components/DateInput';
import { LINE_VALUE, RATE } from '../../format/amount';

const InvoiceSettingsQuery = graphql(`
  query InvoiceFormSettings {
    invoiceSettings {
      rounding
    }
  }
`);

const InvoiceCreate = graphql(`
  mutation InvoiceCreate($input: InvoiceCreateInput!) {
    invoiceCreate(input: $input) {
      invoice {
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

export const InvoiceIssue = graphql(`
  mutation InvoiceIssue($id: ID!) {
    invoiceIssue(id: $id) {
      invoice {
        id
        number
        status
      }
      errors {
        field
        code
        message
        params {
          name
          kind
          value
          currency
        }
      }
    }
  }
`);

export type IssueErrors = InvoiceIssueMutation['invoiceIssue']['errors'];

interface LineValues {
  description: string;
  quantity: string;
  unitPrice: string;
  taxPercent: number | null;
}

interface Values {
  customerId: string;
  currency: string;
  exchangeRate?: string;
  dueDate?: Dayjs | null;
  lines: LineValues[];
  useInstallments: boolean;
  installments?: { dueDate: Dayjs; amount: string }[];
  contractRef?: string;
  eInvoiceNumber?: string;
  notes?: string;
  /** Late fee per day in percent of the overdue amount (0.05 = 0.05 % a day), empty for none. */
  lateFeePercent?: string | null;
  lateFeeGraceDays?: number | null;
}

const TOP_FIELDS = ['customerId', 'currency', 'exchangeRate', 'dueDate', 'contractRef', 'eInvoiceNumber', 'notes', 'lateFeeGraceDays'] as const;
const CURRENCIES = ['CNY', 'USD', 'EUR', 'HKD', 'JPY', 'GBP', 'SGD'];

/** New draft invoice with a live totals preview; "save and issue" runs the credit check. */
export function InvoiceForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { organization } = useWorkspace();
  const fmt = useArFormat();
  const [form] = Form.useForm<Values>();
  const [{ data: settings }] = useQuery({ query: InvoiceSettingsQuery });
  const [, create] = useMutation(InvoiceCreate);
  const [, issue] = useMutation(InvoiceIssue);
  const [saving, setSaving] = useState<'draft' | 'issue' | null>(null);
  const lines = Form.useWatch('lines', form);
  const currency = Form.useWatch('currency', form) ?? organization.baseCurrency;
  const useInstallments = Form.useWatch('useInstallments', form);
  const totals = useMemo(
    () => invoiceTotals((lines ?? []).map((l) => l && { quantity: l.quantity, unitPrice: l.unitPrice, taxRate: percentToRate(l.taxPercent) }), settings?.invoiceSettings.rounding ?? 'HALF_UP'),
    [lines, settings],
  );
  const intent = useRef<'draft' | 'issue'>('issue');
  const { formErrors, show: showTop } = useFormErrors(form, TOP_FIELDS);

  /** Top-level errors by their field; a line's or an installment's ("lines.0.taxRate") on its input. */
  const show = (errors: readonly PayloadError[] | undefined, requestError?: CombinedError): boolean => {
    const nested = (errors ?? []).filter((e) => /^(lines|installments)\.\d+\./.test(e.field ?? ''));
    const any = showTop((errors ?? []).filter((e) => !nested.includes(e)), requestError);
    form.setFields(
      nested.map((e) => {
        const [list, index, field] = (e.field ?? '').split('.');
        const name = [list, Number(index), field === 'taxRate' ? 'taxPercent' : field] as ['lines', number, 'taxPercent'];
        return { name, errors: [errorText(t, e)] };
      }),
    );
    return any || nested.length > 0;
  };

  const submit = async (values: Values, andIssue: boolean) => {
    const input = {
      customerId: values.customerId,
      currency: values.currency,
      exchangeRate: values.currency !== organization.baseCurrency ? amountValue(values.exchangeRate, RATE) || null : null,
      dueDate: !values.useInstallments && values.dueDate ? values.dueDate.format('YYYY-MM-DD') : null,
      lines: values.lines.map((l) => ({
        description: l.description.trim(),
        quantity: amountValue(l.quantity, LINE_VALUE),
        unitPrice: amountValue(l.unitPrice, LINE_VALUE),
        taxRate: percentToRate(l.taxPercent),
      })),
      installments: values.useInstallments
        ? (values.installments ?? []).map((p) => ({ dueDate: p.dueDate.format('YYYY-MM-DD'), amount: amountValue(p.amount) }))
        : null,
      contractRef: values.contractRef?.trim() ?? '',
      eInvoiceNumber: values.eInvoiceNumber?.trim() ?? '',
      notes: values.notes ?? '',
      lateFeeDailyRate: values.lateFeePercent ? percentToRate(values.lateFeePercent) : null,
      lateFeeGraceDays: values.lateFeeGraceDays ?? 0,
    };
    setSaving(andIssue ? 'issue' : 'draft');
    const created = await create({ input });
    const payload = created.data?.invoiceCreate;
    // The API names a line's field "lines.0.taxRate"; the form's field for it is the percentage.
    if (show(payload?.errors, created.error) || !payload?.invoice) {
      setSaving(null);
      return;
    }
    const id = payload.invoice.id;
    if (!andIssue) {
      navigate(`/invoices/${id}`);
      return;
    }
    const issued = await issue({ id });
    setSaving(null);
    const errors = issued.data?.invoiceIssue.errors ?? [];
    navigate(`/invoices/${id}`, { state: errors.length ? { issueErrors: errors } : { issued: true } });
  };

  return (
    <>
      <PageHeader title={t('invoices.newTitle')} description={t('invoices.newDescription')} />
      <Form<Values>
        form={form}
        name="invoice"
        layout="vertical"
        requiredMark="optional"
        initialValues={{
          customerId: params.get('customer') ?? undefined,
          currency: organization.baseCurrency,
          lines: [{ description: '', quantity: '1', unitPrice: '', taxPercent: 13 }],
          useInstallments: false,
        }}
        onFinish={(values) => submit(values, intent.current === 'issue')}
      >
        <Row gutter={16}>
          <Col xs={24} xl={17}>
            <Card title={t('invoices.basics')} className="form-card">
              <FormAlert errors={formErrors} />
              <Row gutter={16}>
                <Col xs={24} md={12}>
                  <Form.Item name="customerId" label={t('invoices.customer')} rules={[{ required: true, message: t('ar.required') }]}>
                    <CustomerSelect />
                  </Form.Item>
                </Col>
                <Col xs={12} md={6}>
                  <Form.Item name="currency" label={t('invoices.currency')}>
                    <Select showSearch options={[...new Set([organization.baseCurrency, ...CURRENCIES])].map((c) => ({ value: c, label: c }))} />
                  </Form.Item>
                </Col>
                <Col xs={12} md={6}>
                  {currency !== organization.baseCurrency && (
                    <Form.Item
                      name="exchangeRate"
                      label={t('invoices.exchangeRate')}
                      extra={t('invoices.exchangeRateHelp', { currency, base: organization.baseCurrency })}
                      rules={amountRules(t, { required: true, ...RATE })}
                    >
                      <AmountInput {...RATE} minPlaces={0} />
                    </Form.Item>
                  )}
                </Col>
                <Col xs={24} md={8}>
                  <Form.Item name="contractRef" label={t('invoices.contractRef')}>
                    <Input maxLength={100} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={8}>
                  <Form.Item name="eInvoiceNumber" label={t('invoices.eInvoiceNumber')}>
                    <Input maxLength={40} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={8}>
                  {!useInstallments && (
                    <Form.Item name="dueDate" label={t('invoices.dueDate')} extra={t('invoices.dueDateHelp')}>
                      <DateInput className="full-width" />
                    </Form.Item>
                  )}
                </Col>
              </Row>

              <Divider titlePlacement="start">{t('invoices.lines')}</Divider>
              <Form.List name="lines">
                {(fields, { add, remove }, { errors }) => (
                  <>
                    <div className="line-grid line-grid-head" aria-hidden>
                      <span>{t('invoices.lineDescription')}</span>
                      <span>{t('invoices.quantity')}</span>
                      <span>{t('invoices.unitPrice')}</span>
                      <span>{t('invoices.taxRate')}</span>
                      <span className="align-right">{t('invoices.amount')}</span>
                      <span />
                    </div>
                    {fields.map((field, index) => (
                      <div className="line-grid" key={field.key}>
                        <div className="line-cell" data-label={t('invoices.lineDescription')}>
                          <Form.Item name={[field.name, 'description']} rules={[{ required: true, whitespace: true, message: t('ar.required') }]}>
                            <Input placeholder={t('invoices.lineDescription')} aria-label={`${t('invoices.lineDescription')} ${index + 1}`} maxLength={500} />
                          </Form.Item>
                        </div>
                        <div className="line-cell" data-label={t('invoices.quantity')}>
                          <Form.Item name={[field.name, 'quantity']} rules={amountRules(t, { required: true, ...LINE_VALUE })}>
                            <AmountInput {...LINE_VALUE} minPlaces={0} aria-label={`${t('invoices.quantity')} ${index + 1}`} />
                          </Form.Item>
                        </div>
                        <div className="line-cell" data-label={t('invoices.unitPrice')}>
                          <Form.Item name={[field.name, 'unitPrice']} rules={amountRules(t, { required: true, ...LINE_VALUE })}>
                            <AmountInput {...LINE_VALUE} aria-label={`${t('invoices.unitPrice')} ${index + 1}`} />
                          </Form.Item>
                        </div>
                        <div className="line-cell" data-label={t('invoices.taxRate')}>
                          <Form.Item name={[field.name, 'taxPercent']}>
                            <InputNumber min={0} max={99} suffix="%" className="full-width" aria-label={`${t('invoices.taxRate')} ${index + 1}`} />
                          </Form.Item>
                        </div>
                        <div className="line-cell line-amount" data-label={t('invoices.amount')}>
                          {fmt.money(totals.lines[index]?.amount ?? '0', currency)}
                        </div>
                        <Button
                          type="text"
                          icon={<DeleteOutlined />}
                          className="line-remove"
                          disabled={fields.length === 1}
                          onClick={() => remove(field.name)}
                          aria-label={`${t('common.remove')} ${index + 1}`}
                        />
                      </div>
                    ))}
                    <Form.ErrorList errors={errors} />
                    <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ description: '', quantity: '1', unitPrice: '', taxPercent: 13 })}>
                      {t('invoices.addLine')}
                    </Button>
                  </>
                )}
              </Form.List>

              <Divider titlePlacement="start">{t('invoices.installments')}</Divider>
              <Form.Item name="useInstallments" valuePropName="checked" label={t('invoices.useInstallments')}>
                <Switch />
              </Form.Item>
              {useInstallments && (
                <Form.List name="installments" initialValue={[{}, {}]}>
                  {(fields, { add, remove }) => (
                    <>
                      {fields.map((field, index) => (
                        <Space key={field.key} align="start" className="installment-row">
                          <Typography.Text className="installment-index">{index + 1}</Typography.Text>
                          <Form.Item name={[field.name, 'dueDate']} rules={[{ required: true, message: t('ar.required') }]}>
                            <DateInput placeholder={t('invoices.dueDate')} aria-label={`${t('invoices.dueDate')} ${index + 1}`} />
                          </Form.Item>
                          <Form.Item name={[field.name, 'amount']} rules={amountRules(t, { required: true })}>
                            <AmountInput placeholder={t('invoices.amount')} aria-label={`${t('invoices.amount')} ${index + 1}`} />
                          </Form.Item>
                          <Button type="text" icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label={`${t('common.remove')} ${index + 1}`} />
                        </Space>
                      ))}
                      <Button type="dashed" icon={<PlusOutlined />} onClick={() => add()}>
                        {t('invoices.addInstallment')}
                      </Button>
                    </>
                  )}
                </Form.List>
              )}

              <Row gutter={16}>
                <Col xs={24} md={12}>
                  <Form.Item name="lateFeePercent" label={t('lateFees.dailyPercent')} extra={t('lateFees.dailyPercentHelp')}>
                    <InputNumber<string> stringMode min="0" max="1" step="0.01" precision={4} addonAfter={t('lateFees.perDay')} className="full-width" />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item name="lateFeeGraceDays" label={t('lateFees.graceDays')} extra={t('lateFees.graceDaysHelp')}>
                    <InputNumber min={0} max={365} precision={0} addonAfter={t('lateFees.days')} className="full-width" />
                  </Form.Item>
                </Col>
              </Row>
              <Form.Item name="notes" label={t('invoices.notes')} className="notes-item">
                <Input.TextArea rows={2} maxLength={2000} />
              </Form.Item>
            </Card>
          </Col>
          <Col xs={24} xl={7}>
            <Card title={t('invoices.totalsPreview')} className="totals-card" data-testid="totals-preview">
              <Descriptions
                column={1}
                size="small"
                items={[
                  { key: 'subtotal', label: t('invoices.subtotal'), children: fmt.money(totals.subtotal, currency) },
                  { key: 'tax', label: t('invoices.taxTotal'), children: fmt.money(totals.taxTotal, currency) },
                ]}
              />
              <div className="totals-grand">
                <span>{t('invoices.total')}</span>
                <strong data-testid="preview-total">{fmt.money(totals.total, currency)}</strong>
              </div>
              <Space direction="vertical" className="full-width">
                <Button
                  type="primary"
                  block
                  htmlType="submit"
                  loading={saving === 'issue'}
                  disabled={saving !== null}
                  onClick={() => {
                    intent.current = 'issue';
                  }}
                >
                  {t('invoices.saveAndIssue')}
                </Button>
                <Button
                  block
                  loading={saving === 'draft'}
                  disabled={saving !== null}
                  onClick={() => {
                    intent.current = 'draft';
                    form.submit();
                  }}
                >
                  {t('invoices.saveDraft')}
                </Button>
                <Typography.Text type="secondary" className="totals-help">{t('invoices.issueHelp')}</Typography.Text>
              </Space>
            </Card>
          </Col>
        </Row>
      </Form>
    </>
  );
}

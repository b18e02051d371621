import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Col, Empty, Form, Input, InputNumber, Row, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import type { TFunction } from 'i18next';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { combinedErrorText, errorText, type PayloadError } from '../../api/errors';
import { useActionResult } from '../../api/useActionResult';
import { AmountInput, amountRules, amountValue } from '../../components/AmountInput';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { useFormat } from '../../format/useFormat';
import { graphql } from '../../gql';
import type { DunningChannel, DunningPoliciesQuery } from '../../gql/graphql';
import { intlLocale, LANGUAGES, type Language } from '../../i18n';
import { useWorkspace } from '../../workspace/WorkspaceProvider';
import { FormAlert } from '../ar/FormAlert';
import { useArFormat } from '../ar/format';
import { DunningCalendarCard } from './DunningCalendar';
import { offsetLabel } from './labels';
import { STARTER_TEMPLATES } from './starterTemplates';
import { renderTemplate, TEMPLATE_VARIABLES, type TemplateProblem, type TemplateVariable } from './templates';
import './collections.css';

export const DunningPolicyFieldsFragment = graphql(`
  fragment DunningPolicyFields on DunningPolicy {
    id
    name
    isDefault
    enabled
    consolidate
    minAmount
    quietHoursStart
    quietHoursEnd
    allowedWeekdays
    payLink
    version
    updatedAt
    stages {
      offsetDays
      channel
      templates {
        language
        subject
        body
      }
    }
  }
`);

const DunningPolicies = graphql(`
  query DunningPolicies {
    dunningPolicies {
      ...DunningPolicyFields
    }
  }
`);

const DunningPolicyCreate = graphql(`
  mutation DunningPolicyCreate($input: DunningPolicyInput!) {
    dunningPolicyCreate(input: $input) {
      policy {
        ...DunningPolicyFields
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

const DunningPolicyUpdate = graphql(`
  mutation DunningPolicyUpdate($id: ID!, $version: Int!, $input: DunningPolicyInput!) {
    dunningPolicyUpdate(id: $id, version: $version, input: $input) {
      policy {
        ...DunningPolicyFields
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

type Policy = DunningPoliciesQuery['dunningPolicies'][number];
export const DUNNING_CHANNELS: DunningChannel[] = ['EMAIL', 'SMS', 'PHONE_TASK', 'LETTER', 'VISIT_TASK', 'LEGAL_REFERRAL'];
const SUBJECT_CHANNELS: DunningChannel[] = ['EMAIL'];
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];
type LanguageKey = 'zh' | 'en';
const LANGUAGE_KEY: Record<Language, LanguageKey> = { 'zh-CN': 'zh', en: 'en' };

interface TemplateValues {
  subject: string;
  body: string;
}
interface StageValues {
  offsetDays: number | null;
  channel: DunningChannel;
  zh: TemplateValues;
  en: TemplateValues;
}
interface PolicyValues {
  name: string;
  enabled: boolean;
  isDefault: boolean;
  consolidate: boolean;
  minAmount: string;
  quietHoursStart: number | null;
  quietHoursEnd: number | null;
  allowedWeekdays: number[];
  payLink: string;
  stages: StageValues[];
}

export default function DunningPoliciesPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const context = useMemo(() => ({ additionalTypenames: ['DunningPolicy'] }), []);
  const [{ data, error, fetching }, reload] = useQuery({ query: DunningPolicies, context });
  const [editing, setEditing] = useState<Policy | 'new' | null>(null);
  const policies = data?.dunningPolicies ?? [];

  const columns: ColumnsType<Policy> = [
    {
      title: t('dunning.name'),
      dataIndex: 'name',
      render: (name: string, p) => (
        <Space wrap size={4}>
          <span className="strong-text">{name}</span>
          {p.isDefault && <Tag color="blue">{t('dunning.default')}</Tag>}
          {!p.enabled && <Tag>{t('dunning.disabled')}</Tag>}
        </Space>
      ),
    },
    {
      title: t('dunning.stages'),
      key: 'stages',
      render: (_, p) => (
        <div className="tag-line">
          {p.stages.map((s) => (
            <Tag key={s.offsetDays}>{`${offsetLabel(t, s.offsetDays)} · ${t(`dunning.channels.${s.channel}`)}`}</Tag>
          ))}
        </div>
      ),
    },
    { title: t('dunning.updatedAt'), dataIndex: 'updatedAt', render: (v: string) => <span className="nowrap">{format.dateTime(v)}</span> },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, p) => (
        <Button type="link" size="small" icon={<EditOutlined />} onClick={() => setEditing(p)} aria-label={t('dunning.editPolicy', { name: p.name })}>
          {t('dunning.edit')}
        </Button>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('dunning.title')}
        description={t('dunning.description')}
        extra={
          editing === null && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
              {t('dunning.create')}
            </Button>
          )
        }
      />
      {error && <QueryError error={error} onRetry={() => reload({ requestPolicy: 'network-only' })} />}
      {editing === null ? (
        <Card>
          <Table<Policy>
            rowKey="id"
            data-testid="dunning-policies"
            columns={columns}
            dataSource={policies}
            loading={fetching && !data}
            pagination={false}
            scroll={{ x: 720 }}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dunning.empty')} /> }}
          />
        </Card>
      ) : (
        <PolicyEditor key={editing === 'new' ? 'new' : editing.id} policy={editing === 'new' ? null : editing} isFirst={policies.length === 0} onClose={() => setEditing(null)} />
      )}
    </>
  );
}

function toValues(policy: Policy | null, isFirst: boolean): PolicyValues {
  if (!policy) {
    return {
      name: '',
      enabled: true,
      isDefault: isFirst,
      consolidate: true,
      minAmount: '0',
      quietHoursStart: 20,
      quietHoursEnd: 9,
      allowedWeekdays: [1, 2, 3, 4, 5],
      payLink: '',
      stages: STARTER_TEMPLATES.map((s) => ({ ...s, zh: { ...s.zh }, en: { ...s.en } })),
    };
  }
  const template = (stage: Policy['stages'][number], language: Language): TemplateValues => {
    const found = stage.templates.find((x) => x.language === language);
    return { subject: found?.subject ?? '', body: found?.body ?? '' };
  };
  return {
    name: policy.name,
    enabled: policy.enabled,
    isDefault: policy.isDefault,
    consolidate: policy.consolidate,
    minAmount: policy.minAmount,
    quietHoursStart: policy.quietHoursStart ?? null,
    quietHoursEnd: policy.quietHoursEnd ?? null,
    allowedWeekdays: [...policy.allowedWeekdays],
    payLink: policy.payLink,
    stages: policy.stages.map((s) => ({ offsetDays: s.offsetDays, channel: s.channel, zh: template(s, 'zh-CN'), en: template(s, 'en') })),
  };
}

/** The stage's templates as the API takes them, with which language each index is. */
function stageTemplates(stage: StageValues): { language: Language; subject: string; body: string }[] {
  return LANGUAGES.flatMap((language) => {
    const values = stage[LANGUAGE_KEY[language]] ?? { subject: '', body: '' };
    const subject = SUBJECT_CHANNELS.includes(stage.channel) ? values.subject ?? '' : '';
    const body = values.body ?? '';
    const isMessage = stage.channel === 'EMAIL' || stage.channel === 'SMS';
    return isMessage || subject.trim() || body.trim() ? [{ language, subject, body }] : [];
  });
}

function problemText(t: TFunction, problem: TemplateProblem): string {
  if (problem.kind === 'unbalanced') return t('dunning.problems.unbalanced', { open: '{{', close: '}}' });
  if (problem.kind === 'format') return t('dunning.problems.format', { variable: `{${problem.variable}}` });
  return t('dunning.problems.unknown', { variable: `{${problem.variable}}` });
}

type FieldPath = (string | number)[];

/**
 * Where a server error goes in the form: `stages[1].offsetDays` → the offset of stage 2,
 * `stages[0].templates[1].body` → the body of the language sent at index 1. An unknown variable
 * is named in the reader's language from the text that was sent (the code says what, the text
 * which one).
 */
function placeError(t: TFunction, error: PayloadError, sent: StageValues[]): { path: FieldPath | null; text: string } {
  const match = /^stages\[(\d+)\](?:\.(offsetDays|channel|templates)(?:\[(\d+)\]\.(subject|body|language))?)?$/.exec(error.field ?? '');
  const generic = errorText(t, error);
  if (!match) {
    const flat = ['name', 'minAmount', 'quietHoursStart', 'quietHoursEnd', 'allowedWeekdays', 'payLink', 'isDefault'];
    return { path: error.field && flat.includes(error.field) ? [error.field] : null, text: generic };
  }
  const index = Number(match[1]);
  const stage = sent[index];
  const prefix = t('dunning.stageN', { n: index + 1 });
  if (!match[2]) return { path: null, text: `${prefix}: ${generic}` };
  if (match[2] !== 'templates') return { path: ['stages', index, match[2]], text: generic };
  if (match[3] === undefined) {
    const missing = stage ? LANGUAGES.filter((l) => !(stage[LANGUAGE_KEY[l]]?.body ?? '').trim()) : [];
    return { path: missing.length ? ['stages', index, LANGUAGE_KEY[missing[0]], 'body'] : null, text: missing.length ? generic : `${prefix}: ${generic}` };
  }
  const template = stage ? stageTemplates(stage)[Number(match[3])] : undefined;
  if (!template || match[4] === 'language') return { path: null, text: `${prefix}: ${generic}` };
  const part = match[4] as 'subject' | 'body';
  let text = generic;
  if (error.code === 'UNKNOWN_VARIABLE' || error.code === 'INVALID_TEMPLATE') {
    const rendered = renderTemplate(template[part], EMPTY_VALUES);
    if ('problem' in rendered) text = problemText(t, rendered.problem);
  }
  return { path: ['stages', index, LANGUAGE_KEY[template.language], part], text };
}

const EMPTY_VALUES = Object.fromEntries(TEMPLATE_VARIABLES.map((v) => [v, ''])) as Record<TemplateVariable, string>;

function PolicyEditor({ policy, isFirst, onClose }: { policy: Policy | null; isFirst: boolean; onClose(): void }) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<PolicyValues>();
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [{ fetching: creating }, create] = useMutation(DunningPolicyCreate);
  const [{ fetching: updating }, update] = useMutation(DunningPolicyUpdate);
  const done = useActionResult();
  const initial = useMemo(() => toValues(policy, isFirst), [policy, isFirst]);
  const weekdayName = useMemo(() => {
    const formatter = new Intl.DateTimeFormat(intlLocale(i18n.language), { weekday: 'short', timeZone: 'UTC' });
    // 2026-01-05 is a Monday (ISO weekday 1).
    return (day: number) => formatter.format(new Date(Date.UTC(2026, 0, 4 + day)));
  }, [i18n.language]);

  const submit = async (values: PolicyValues) => {
    const stages = values.stages ?? [];
    const input = {
      name: values.name ?? '',
      enabled: values.enabled,
      isDefault: values.isDefault,
      consolidate: values.consolidate,
      minAmount: amountValue(values.minAmount) || '0',
      quietHoursStart: values.quietHoursStart ?? null,
      quietHoursEnd: values.quietHoursEnd ?? null,
      allowedWeekdays: values.allowedWeekdays ?? [],
      payLink: values.payLink ?? '',
      stages: stages.map((s) => ({ offsetDays: s.offsetDays ?? 0, channel: s.channel, templates: stageTemplates(s) })),
    };
    const result = policy
      ? await update({ id: policy.id, version: policy.version, input })
      : await create({ input });
    if (result.error) {
      setFormErrors([combinedErrorText(t, result.error)]);
      return;
    }
    const payload = result.data && ('dunningPolicyUpdate' in result.data ? result.data.dunningPolicyUpdate : result.data.dunningPolicyCreate);
    const errors = payload?.errors ?? [];
    if (errors.length > 0) {
      const byPath = new Map<string, { path: FieldPath; texts: string[] }>();
      const top: string[] = [];
      for (const error of errors) {
        const placed = placeError(t, error, stages);
        if (placed.path === null) {
          top.push(placed.text);
          continue;
        }
        const key = placed.path.join('.');
        const entry = byPath.get(key) ?? { path: placed.path, texts: [] };
        entry.texts.push(placed.text);
        byPath.set(key, entry);
      }
      form.setFields([...byPath.values()].map((e) => ({ name: e.path as never, errors: e.texts })));
      setFormErrors(top.length ? top : [t('dunning.fixErrors', { count: errors.length })]);
      return;
    }
    setFormErrors([]);
    done(undefined, [], t('dunning.saved', { name: input.name.trim() }));
    onClose();
  };

  return (
    <Form<PolicyValues>
      form={form}
      layout="vertical"
      name="dunning-policy"
      requiredMark={false}
      initialValues={initial}
      onFinish={submit}
      data-testid="dunning-policy-editor"
    >
      <Card title={policy ? t('dunning.editTitle', { name: policy.name }) : t('dunning.createTitle')} className="section-card">
        <FormAlert errors={formErrors} />
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="name" label={t('dunning.name')}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="payLink" label={t('dunning.payLink')} extra={t('dunning.payLinkHelp')}>
              <Input maxLength={500} placeholder="https://" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="minAmount" label={t('dunning.minAmount')} rules={amountRules(t)} extra={t('dunning.minAmountHelp')}>
              <AmountInput />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name="quietHoursStart" label={t('dunning.quietFrom')}>
              <InputNumber min={0} max={23} precision={0} className="full-width" suffix={t('dunning.hour')} />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name="quietHoursEnd" label={t('dunning.quietUntil')}>
              <InputNumber min={0} max={23} precision={0} className="full-width" suffix={t('dunning.hour')} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="allowedWeekdays" label={t('dunning.weekdays')}>
              <Checkbox.Group options={WEEKDAYS.map((d) => ({ value: d, label: weekdayName(d) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="enabled" label={t('dunning.enabled')} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="isDefault" label={t('dunning.isDefault')} valuePropName="checked" extra={t('dunning.isDefaultHelp')}>
              <Switch />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="consolidate" label={t('dunning.consolidate')} valuePropName="checked" extra={t('dunning.consolidateHelp')}>
              <Switch />
            </Form.Item>
          </Col>
        </Row>
        <Typography.Paragraph type="secondary" className="small-text">
          {t('dunning.variablesHelp')}{' '}
          {TEMPLATE_VARIABLES.map((v) => (
            <Tag key={v} className="code-text" title={t(`dunning.variables.${v}`)}>{`{${v}}`}</Tag>
          ))}
        </Typography.Paragraph>
      </Card>
      <DunningCalendarCard policyId={policy?.id ?? null} />
      <Form.List name="stages">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => (
              <StageCard key={field.key} name={field.name} index={index} onRemove={() => remove(field.name)} />
            ))}
            <Button
              icon={<PlusOutlined />}
              className="stage-add"
              onClick={() => {
                const stages: StageValues[] = form.getFieldValue('stages') ?? [];
                const last = stages.length ? stages[stages.length - 1].offsetDays ?? 0 : -3;
                add({ offsetDays: last + 7, channel: 'PHONE_TASK', zh: { subject: '', body: '' }, en: { subject: '', body: '' } });
              }}
            >
              {t('dunning.addStage')}
            </Button>
          </>
        )}
      </Form.List>
      <div className="form-actions">
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button type="primary" htmlType="submit" loading={creating || updating}>
          {t('common.save')}
        </Button>
      </div>
    </Form>
  );
}

function StageCard({ name, index, onRemove }: { name: number; index: number; onRemove(): void }) {
  const { t } = useTranslation();
  const channel: DunningChannel | undefined = Form.useWatch(['stages', name, 'channel']);
  const isTask = channel !== 'EMAIL' && channel !== 'SMS';
  return (
    <Card
      size="small"
      className="section-card"
      data-testid={`stage-${index}`}
      title={t('dunning.stageN', { n: index + 1 })}
      extra={
        <Button type="text" danger size="small" icon={<DeleteOutlined />} onClick={onRemove} aria-label={t('dunning.removeStage', { n: index + 1 })} />
      }
    >
      <Row gutter={16}>
        <Col xs={12} md={6}>
          <Form.Item name={[name, 'offsetDays']} label={t('dunning.offsetDays')} extra={t('dunning.offsetHelp')}>
            <InputNumber precision={0} className="full-width" suffix={t('dunning.days')} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name={[name, 'channel']} label={t('dunning.channel')}>
            <Select options={DUNNING_CHANNELS.map((c) => ({ value: c, label: t(`dunning.channels.${c}`) }))} />
          </Form.Item>
        </Col>
      </Row>
      {isTask && <Typography.Paragraph type="secondary" className="small-text">{t('dunning.taskHelp')}</Typography.Paragraph>}
      <Row gutter={16}>
        {LANGUAGES.map((language) => (
          <Col xs={24} lg={12} key={language}>
            <TemplateEditor name={name} language={language} withSubject={channel === 'EMAIL'} />
          </Col>
        ))}
      </Row>
    </Card>
  );
}

function TemplateEditor({ name, language, withSubject }: { name: number; language: Language; withSubject: boolean }) {
  const { t } = useTranslation();
  const key = LANGUAGE_KEY[language];
  return (
    <fieldset className="template-editor" data-testid={`template-${language}`}>
      <legend className="strong-text">{t(`language.${language}`)}</legend>
      {withSubject && (
        <Form.Item name={[name, key, 'subject']} label={t('dunning.subject')}>
          <Input maxLength={200} />
        </Form.Item>
      )}
      <Form.Item name={[name, key, 'body']} label={t('dunning.body')}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={5000} />
      </Form.Item>
      <StagePreview name={name} language={language} withSubject={withSubject} />
    </fieldset>
  );
}

/** The stage's message as a customer would read it, in that language, with example figures. */
function StagePreview({ name, language, withSubject }: { name: number; language: Language; withSubject: boolean }) {
  const { t, i18n } = useTranslation();
  const { organization, viewer } = useWorkspace();
  const fmt = useArFormat();
  const key = LANGUAGE_KEY[language];
  const offset: number | null | undefined = Form.useWatch(['stages', name, 'offsetDays']);
  const subject: string = Form.useWatch(['stages', name, key, 'subject']) ?? '';
  const body: string = Form.useWatch(['stages', name, key, 'body']) ?? '';
  const payLink: string = Form.useWatch('payLink') ?? '';
  const days = offset ?? 0;
  const values = useMemo(() => {
    const tl = i18n.getFixedT(language);
    const due = dayjs(fmt.today()).subtract(days, 'day').format('YYYY-MM-DD');
    const amount = `${organization.baseCurrency} 12,800.00`;
    const sample: Record<TemplateVariable, string> = {
      customer_name: tl('dunning.sample.customerName'),
      customer_code: 'C-0001',
      contact_name: tl('dunning.sample.contactName'),
      organization_name: organization.name,
      invoices_table: [tl('dunning.sample.tableHead'), `INV-2026-0042\t${due}\t${amount}\t${days}`].join('\n'),
      total_open: amount,
      days_overdue: String(days),
      due_date: due,
      pay_link: payLink,
      collector_name: viewer.fullName || viewer.email,
      collector_email: viewer.email,
    };
    return sample;
  }, [i18n, language, fmt, days, organization, payLink, viewer]);
  const renderedSubject = withSubject ? renderTemplate(subject, values) : null;
  const renderedBody = renderTemplate(body, values);
  const problems = [renderedSubject, renderedBody].flatMap((r) => (r && 'problem' in r ? [problemText(t, r.problem)] : []));
  return (
    <div className="stage-preview" data-testid={`preview-${language}`} lang={language}>
      <div className="stage-preview-label">{t('dunning.preview', { language: t(`language.${language}`) })}</div>
      {problems.length > 0 ? (
        <div className="stage-preview-problem" role="status">{problems.join(' ')}</div>
      ) : (
        <>
          {renderedSubject && 'text' in renderedSubject && <div className="strong-text">{renderedSubject.text}</div>}
          <div className="stage-preview-body">{'text' in renderedBody && renderedBody.text ? renderedBody.text : <span className="muted">{t('dunning.emptyBody')}</span>}</div>
        </>
      )}
    </div>
  );
}

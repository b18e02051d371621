import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Checkbox, Descriptions, Form, Grid, Input, Result, Select, Spin, Table, Typography, Upload } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { AmountInput, amountRules, amountValue } from '../../components/AmountInput';
import { formatMoney } from '../../format/money';
import { intlLocale, translateOr } from '../../i18n';
import { LanguageSwitch } from '../../i18n/LanguageSwitch';
import { formatDay } from '../ar/format';
import { bucketLabel } from '../dashboard/labels';

/** What GET /public/statements/{token} answers (docs/reconciliation.md, "The link and the public API"). */
interface PublicLine {
  id: string;
  position: number;
  kind: string;
  date: string;
  document: string;
  reference: string;
  dueDate: string | null;
  debit: string;
  credit: string;
  openAmount: string | null;
  balance: string;
}

interface PublicStatement {
  number: string;
  organization: string;
  customer: { name: string; code: string };
  periodStart: string;
  periodEnd: string;
  currency: string;
  openItemsOnly: boolean;
  status: string;
  openingBalance: string;
  totalDebits: string;
  totalCredits: string;
  closingBalance: string;
  aging: { buckets: { label: string; fromDays: number | null; toDays: number | null; amount: string }[]; total: string; unapplied: string };
  linkExpiresAt: string;
  lines: PublicLine[];
  answer: {
    confirmedAt: string | null;
    confirmedBy: string | null;
    disputedAt: string | null;
    disputes: { lineId: string; reason: string; amount: string | null; note: string; status: string }[];
  };
}

type Loaded = { state: 'loading' } | { state: 'invalid' } | { state: 'failed' } | { state: 'ready'; statement: PublicStatement };

const REASONS = ['missing_invoice', 'missing_payment', 'amount_differs', 'duplicate', 'other'] as const;
const FILE_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};
const MAX_FILE_BYTES = 5 * 1024 * 1024;

interface DisputeEntry {
  reason?: string;
  amount?: string;
  note?: string;
}

interface Attachment {
  fileName: string;
  contentType: string;
  contentBase64: string;
}

function apiUrl(token: string, tail = ''): string {
  return `/public/statements/${encodeURIComponent(token)}${tail}`;
}

function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

/** /statement/<token>: the customer's accountant checks the statement and confirms it or reports differences, without an account. */
export default function StatementPublicPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });

  const load = useCallback(async () => {
    try {
      const response = await fetch(apiUrl(token), { headers: { accept: 'application/json' } });
      if (response.status === 404) setLoaded({ state: 'invalid' });
      else if (!response.ok) setLoaded({ state: 'failed' });
      else setLoaded({ state: 'ready', statement: (await response.json()) as PublicStatement });
    } catch {
      setLoaded({ state: 'failed' });
    }
  }, [token]);

  useEffect(() => {
    void load();
  }, [load]);

  useEffect(() => {
    document.title = `${t('statementPublic.pageTitle')} · ${t('app.fullName')}`;
  }, [t]);

  let body;
  if (loaded.state === 'loading') body = <Spin size="large" className="statement-public-spin" />;
  else if (loaded.state === 'invalid')
    body = <Result status="warning" title={t('statementPublic.invalidTitle')} subTitle={t('statementPublic.invalidHint')} data-testid="statement-invalid" />;
  else if (loaded.state === 'failed')
    body = <Result status="error" title={t('statementPublic.failed')} extra={<Button onClick={() => void load()}>{t('common.retry')}</Button>} />;
  else body = <StatementView token={token} statement={loaded.statement} onAnswered={load} onInvalid={() => setLoaded({ state: 'invalid' })} />;

  return (
    <div className="statement-public">
      <header className="statement-public-bar">
        <div className="app-brand">
          <span className="app-brand-mark" aria-hidden>
            回
          </span>
          <span className="app-brand-name">{t('app.fullName')}</span>
        </div>
        <LanguageSwitch />
      </header>
      <main className="statement-public-main" data-testid="statement-public">
        {body}
      </main>
    </div>
  );
}

function StatementView({
  token,
  statement,
  onAnswered,
  onInvalid,
}: {
  token: string;
  statement: PublicStatement;
  onAnswered: () => Promise<void>;
  onInvalid: () => void;
}) {
  const { t, i18n } = useTranslation();
  const locale = intlLocale(i18n.language);
  const money = (amount: string | null) => (amount === null ? '—' : formatMoney(amount, statement.currency, locale));
  const day = (value: string | null) => (value ? formatDay(value, locale) : '—');
  const dateTime = (iso: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
  const [chosen, setChosen] = useState<Record<string, DisputeEntry>>({});
  /** A line in words (a payment may have no document number): kind, number, date, amount. */
  const lineLabel = (line: PublicLine) =>
    [
      kindLabel(line),
      line.document,
      day(line.date),
      money(Number(line.debit) ? line.debit : line.credit),
    ]
      .filter(Boolean)
      .join(' · ');
  const answerable = statement.status === 'sent';
  // On a phone the lines fit the width: date under the document, debit and credit as one signed amount.
  const narrow = !Grid.useBreakpoint().md;
  const kindLabel = (line: PublicLine) => translateOr(t, `reconciliation.kind.${line.kind.toUpperCase()}`, line.kind);
  const reference = (line: PublicLine) =>
    ['payment', 'refund', 'payment_reversal'].includes(line.kind) ? translateOr(t, `payments.methods.${line.reference.toUpperCase()}`, line.reference) : line.reference;

  const columns: ColumnsType<PublicLine> = [
    ...(answerable
      ? [
          {
            key: 'pick',
            title: t('statementPublic.disputeLine'),
            width: 56,
            render: (_: unknown, line: PublicLine) => (
              <Checkbox
                aria-label={`${t('statementPublic.disputeLine')}: ${lineLabel(line)}`}
                checked={line.id in chosen}
                onChange={(e) =>
                  setChosen((current) => {
                    const next = { ...current };
                    if (e.target.checked) next[line.id] = {};
                    else delete next[line.id];
                    return next;
                  })
                }
              />
            ),
          },
        ]
      : []),
    ...(narrow
      ? ([
          {
            key: 'document',
            title: t('reconciliation.document'),
            render: (_, line) => (
              <>
                <div>{kindLabel(line)}</div>
                <Typography.Text type="secondary" className="statement-line-sub">
                  {line.document}
                </Typography.Text>
                <Typography.Text type="secondary" className="statement-line-sub">
                  {day(line.date)}
                </Typography.Text>
              </>
            ),
          },
          {
            key: 'amount',
            title: t('reconciliation.amountAndBalance'),
            align: 'right',
            render: (_, line) => (
              <>
                <div>{money(Number(line.debit) ? line.debit : `-${line.credit}`)}</div>
                <Typography.Text type="secondary" className="statement-line-sub">
                  {money(line.balance)}
                </Typography.Text>
              </>
            ),
          },
        ] satisfies ColumnsType<PublicLine>)
      : ([
          { key: 'date', title: t('reconciliation.date'), dataIndex: 'date', render: (value: string) => day(value) },
          {
            key: 'document',
            title: t('reconciliation.document'),
            render: (_, line) => (
              <>
                <div>{kindLabel(line)}</div>
                <Typography.Text type="secondary">{line.document}</Typography.Text>
              </>
            ),
          },
          { key: 'reference', title: t('reconciliation.reference'), render: (_, line) => reference(line) },
          { key: 'debit', title: t('reconciliation.debit'), align: 'right', render: (_, line) => (Number(line.debit) ? money(line.debit) : '') },
          { key: 'credit', title: t('reconciliation.credit'), align: 'right', render: (_, line) => (Number(line.credit) ? money(line.credit) : '') },
          { key: 'balance', title: t('reconciliation.balance'), align: 'right', render: (_, line) => money(line.balance) },
        ] satisfies ColumnsType<PublicLine>)),
  ];

  const disputedCount = statement.answer.disputes.length;
  let answer;
  if (statement.status === 'confirmed' && statement.answer.confirmedAt) {
    answer = (
      <Result
        status="success"
        title={t('statementPublic.confirmedTitle')}
        subTitle={t('statementPublic.confirmedHint', { name: statement.answer.confirmedBy ?? '', at: dateTime(statement.answer.confirmedAt) })}
        data-testid="statement-answered"
      />
    );
  } else if (disputedCount > 0) {
    answer = (
      <Result
        status="info"
        title={t('statementPublic.disputedTitle')}
        subTitle={t('statementPublic.disputedHint', { count: disputedCount })}
        data-testid="statement-answered"
      />
    );
  } else if (!answerable) {
    answer = <Result status="warning" title={t('statementPublic.closedTitle')} subTitle={t('statementPublic.closedHint')} data-testid="statement-answered" />;
  } else {
    answer = (
      <AnswerForms
        token={token}
        statement={statement}
        chosen={chosen}
        setChosen={setChosen}
        money={money}
        day={day}
        lineLabel={lineLabel}
        onAnswered={onAnswered}
        onInvalid={onInvalid}
      />
    );
  }

  return (
    <div className="statement-public-content">
      <Typography.Title level={2} className="statement-public-title">
        {t('statementPublic.heading')}
      </Typography.Title>
      <Typography.Paragraph>{t('statementPublic.intro', { organization: statement.organization })}</Typography.Paragraph>
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, sm: 2 }}
        items={[
          { key: 'from', label: t('statementPublic.from'), children: statement.organization },
          { key: 'to', label: t('statementPublic.to'), children: statement.customer.name },
          { key: 'period', label: t('statementPublic.period'), children: `${day(statement.periodStart)} – ${day(statement.periodEnd)}` },
          { key: 'number', label: t('statementPublic.number'), children: statement.number },
        ]}
      />
      <div className="statement-public-totals">
        {!statement.openItemsOnly && <Figure label={t('statementPublic.opening')} value={money(statement.openingBalance)} />}
        {!statement.openItemsOnly && <Figure label={t('statementPublic.debits')} value={money(statement.totalDebits)} />}
        {!statement.openItemsOnly && <Figure label={t('statementPublic.credits')} value={money(statement.totalCredits)} />}
        <Figure label={t('statementPublic.closing')} value={money(statement.closingBalance)} strong testId="statement-closing" />
      </div>
      <div className="statement-public-actions">
        <a href={apiUrl(token, '/pdf')} download>
          <Button icon={<DownloadOutlined />}>{t('statementPublic.downloadPdf')}</Button>
        </a>
        {answerable && <Typography.Text type="secondary">{t('statementPublic.expires', { at: dateTime(statement.linkExpiresAt) })}</Typography.Text>}
      </div>
      <Card title={t('statementPublic.lines')} size="small" className="statement-public-card">
        <Table<PublicLine>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={statement.lines}
          pagination={false}
          scroll={narrow ? undefined : { x: 'max-content' }}
          data-testid="statement-lines"
        />
      </Card>
      <Card title={t('statementPublic.aging')} size="small" className="statement-public-card">
        <div className="statement-public-aging">
          {statement.aging.buckets.map((bucket) => (
            <Figure key={bucket.label} label={bucketLabel(t, bucket)} value={money(bucket.amount)} />
          ))}
          <Figure label={t('statementPublic.unapplied')} value={money(statement.aging.unapplied)} />
        </div>
      </Card>
      {answer}
    </div>
  );
}

function Figure({ label, value, strong, testId }: { label: string; value: string; strong?: boolean; testId?: string }) {
  return (
    <div className="statement-figure" data-testid={testId}>
      <Typography.Text type="secondary">{label}</Typography.Text>
      <Typography.Text strong={strong} className="statement-figure-value">
        {value}
      </Typography.Text>
    </div>
  );
}

interface RefusalBody {
  error?: { code: string; message: string };
}

function AnswerForms({
  token,
  statement,
  chosen,
  setChosen,
  money,
  day,
  lineLabel,
  onAnswered,
  onInvalid,
}: {
  token: string;
  statement: PublicStatement;
  lineLabel: (line: PublicLine) => string;
  chosen: Record<string, DisputeEntry>;
  setChosen: (update: (current: Record<string, DisputeEntry>) => Record<string, DisputeEntry>) => void;
  money: (amount: string | null) => string;
  day: (value: string | null) => string;
  onAnswered: () => Promise<void>;
  onInvalid: () => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [nameMissing, setNameMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [attachment, setAttachment] = useState<Attachment | null>(null);
  const [disputeForm] = Form.useForm();
  const picked = statement.lines.filter((line) => line.id in chosen);

  async function post(path: string, body: object) {
    setBusy(true);
    setProblem(null);
    try {
      const response = await fetch(apiUrl(token, path), {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify(body),
      });
      if (response.status === 404) return onInvalid();
      if (!response.ok) {
        const refusal = (await response.json().catch(() => ({}))) as RefusalBody;
        const code = refusal.error?.code;
        setProblem(code ? translateOr(t, `statementPublic.codes.${code}`, refusal.error?.message ?? code) : t('statementPublic.failed'));
        return;
      }
      await onAnswered();
    } catch {
      setProblem(t('statementPublic.failed'));
    } finally {
      setBusy(false);
    }
  }

  function signed(): string | null {
    const trimmed = name.trim();
    setNameMissing(!trimmed);
    return trimmed || null;
  }

  async function confirm() {
    const who = signed();
    if (who) await post('/confirm', { name: who });
  }

  async function dispute() {
    const who = signed();
    if (picked.length === 0) {
      setProblem(t('statementPublic.pickLines'));
      return;
    }
    let values: Record<string, DisputeEntry>;
    try {
      values = (await disputeForm.validateFields()) as Record<string, DisputeEntry>;
    } catch {
      return;
    }
    if (!who) return;
    await post('/dispute', {
      name: who,
      lines: picked.map((line) => ({
        lineId: line.id,
        reason: values[line.id]?.reason,
        amount: amountValue(values[line.id]?.amount) || null,
        note: values[line.id]?.note ?? '',
      })),
      attachment,
    });
  }

  async function pickFile(file: File): Promise<false> {
    const extension = file.name.split('.').pop()?.toLowerCase() ?? '';
    const contentType = FILE_TYPES[extension];
    if (!contentType) setProblem(t('statementPublic.fileType'));
    else if (file.size > MAX_FILE_BYTES) setProblem(t('statementPublic.fileTooLarge'));
    else {
      setProblem(null);
      setAttachment({ fileName: file.name, contentType, contentBase64: await readAsBase64(file) });
    }
    return false;
  }

  return (
    <div className="statement-public-answer">
      <Card size="small" className="statement-public-card">
        <Form layout="vertical" requiredMark={false}>
          <Form.Item
            label={t('statementPublic.yourName')}
            htmlFor="statement-signer"
            validateStatus={nameMissing ? 'error' : undefined}
            help={nameMissing ? t('statementPublic.required') : undefined}
          >
            <Input id="statement-signer" value={name} maxLength={100} autoComplete="name" onChange={(e) => setName(e.target.value)} />
          </Form.Item>
        </Form>
        {problem && <Alert type="error" showIcon message={problem} className="statement-public-problem" role="alert" />}
      </Card>
      <Card title={t('statementPublic.confirmHeading')} size="small" className="statement-public-card">
        <Typography.Paragraph>
          {t('statementPublic.confirmHint', { amount: money(statement.closingBalance), date: day(statement.periodEnd) })}
        </Typography.Paragraph>
        <Button type="primary" loading={busy} disabled={picked.length > 0} onClick={() => void confirm()}>
          {t('statementPublic.confirm')}
        </Button>
      </Card>
      <Card title={t('statementPublic.disputeHeading')} size="small" className="statement-public-card">
        <Typography.Paragraph type="secondary">{t('statementPublic.disputeHint')}</Typography.Paragraph>
        <Form form={disputeForm} layout="vertical" requiredMark={false}>
          {picked.map((line) => (
            <fieldset key={line.id} className="statement-dispute-line" data-testid="dispute-line" data-line-id={line.id}>
              <legend>{lineLabel(line)}</legend>
              <Form.Item name={[line.id, 'reason']} label={t('statementPublic.reason')} rules={[{ required: true, message: t('statementPublic.required') }]}>
                <Select
                  options={REASONS.map((reason) => ({ value: reason, label: t(`reconciliation.reason.${reason.toUpperCase() as Uppercase<typeof reason>}`) }))}
                />
              </Form.Item>
              <Form.Item name={[line.id, 'amount']} label={t('statementPublic.yourAmount')} rules={amountRules(t)}>
                <AmountInput />
              </Form.Item>
              <Form.Item name={[line.id, 'note']} label={t('statementPublic.note')}>
                <Input.TextArea maxLength={2000} autoSize={{ minRows: 1, maxRows: 4 }} />
              </Form.Item>
              <Button type="link" onClick={() => setChosen((current) => Object.fromEntries(Object.entries(current).filter(([id]) => id !== line.id)))}>
                {t('statementPublic.removeLine')}
              </Button>
            </fieldset>
          ))}
          <Form.Item label={t('statementPublic.file')}>
            <Upload
              beforeUpload={pickFile}
              maxCount={1}
              accept=".pdf,.png,.jpg,.jpeg,.xlsx"
              fileList={attachment ? [{ uid: '1', name: attachment.fileName, status: 'done' }] : []}
              onRemove={() => setAttachment(null)}
            >
              <Button>{t('statementPublic.chooseFile')}</Button>
            </Upload>
          </Form.Item>
        </Form>
        <Button danger loading={busy} disabled={picked.length === 0} onClick={() => void dispute()}>
          {t('statementPublic.submitDispute', { count: picked.length })}
        </Button>
      </Card>
    </div>
  );
}

import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Form, Input, Progress, Radio, Row, Select, Space, Table, Tag, Typography, Upload } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient, useMutation } from 'urql';
import type { TFunction } from 'i18next';
import { renderCode, type MessageParam } from '../api/errors';
import { useActionResult } from '../api/useActionResult';
import { useCursorPages } from '../api/useCursorPages';
import { useFormErrors } from '../api/useFormErrors';
import { CursorTable, type CursorList } from '../components/CursorTable';
import { downloadFrom } from '../components/download';
import { PageHeader } from '../components/PageHeader';
import { useArFormat } from './ar/format';
import { useMoney } from '../features/credit/useMoney';
import { useFormat } from '../format/useFormat';
import { graphql } from '../gql';
import type { BankLinesQuery, ImportJobFieldsFragment, ImportKind, ImportState } from '../gql/graphql';
import { useWorkspace } from '../workspace/WorkspaceProvider';

export const ImportJobFields = graphql(`
  fragment ImportJobFields on ImportJob {
    id
    kind
    fileName
    bankAccount
    state
    rowsTotal
    rowsValidated
    rowsImported
    rowsSkipped
    errorCount
    summary {
      code
      params {
        name
        kind
        value
        currency
      }
    }
    createdAt
    finishedAt
    rowErrors {
      row
      column
      code
      message
      params {
        name
        kind
        value
        currency
      }
    }
    errorReportUrl
  }
`);

const ImportJobDoc = graphql(`
  query ImportJob($id: ID!) {
    importJob(id: $id) {
      ...ImportJobFields
    }
  }
`);

const ImportJobs = graphql(`
  query ImportJobs($first: Int!, $after: String) {
    importJobs(first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        ...ImportJobFields
      }
    }
  }
`);

const ImportStart = graphql(`
  mutation ImportStart($input: ImportStartInput!) {
    importStart(input: $input) {
      job {
        ...ImportJobFields
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

const BankLines = graphql(`
  query BankLines($state: BankLineState, $first: Int!, $after: String) {
    bankStatementLines(state: $state, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        account
        transactionId
        bookedOn
        amount
        currency
        payerName
        reference
        state
        suggestions {
          invoiceId
          invoiceNumber
          customerId
          customerName
          currency
          openAmount
          dueDate
          score
          confidence
          nameSimilarity
          exact
          reasons
        }
      }
    }
  }
`);

const BankLineConfirm = graphql(`
  mutation BankLineConfirm($id: ID!, $invoiceIds: [ID!], $confirmInexact: Boolean!) {
    bankLineConfirm(id: $id, invoiceIds: $invoiceIds, confirmInexact: $confirmInexact) {
      line {
        id
        state
        paymentId
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

const BankLineIgnore = graphql(`
  mutation BankLineIgnore($id: ID!) {
    bankLineIgnore(id: $id) {
      line {
        id
        state
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

type Job = ImportJobFieldsFragment;
type Line = BankLinesQuery['bankStatementLines']['nodes'][number];
const KINDS: ImportKind[] = ['CUSTOMERS', 'INVOICES', 'BANK_STATEMENT'];
const FINISHED: ImportState[] = ['SUCCEEDED', 'FAILED'];
const STATE_COLOR: Record<ImportState, string> = { PENDING: 'default', VALIDATING: 'processing', IMPORTING: 'processing', SUCCEEDED: 'green', FAILED: 'red' };

/** How far a job is: validation is the first 80%, writing the rest. */
function percent(job: Job): number {
  if (job.state === 'SUCCEEDED') return 100;
  if (job.state === 'IMPORTING') return 90;
  if (job.state === 'VALIDATING' && job.rowsTotal > 0) return Math.min(80, Math.floor((job.rowsValidated / job.rowsTotal) * 80));
  if (job.state === 'FAILED') return job.rowsTotal > 0 ? Math.floor((job.rowsValidated / job.rowsTotal) * 80) : 0;
  return 0;
}

function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

/** The job, re-read every second until it has finished. */
function usePolledJob(initial: Job | null) {
  const client = useClient();
  const [job, setJob] = useState<Job | null>(initial);
  useEffect(() => setJob(initial), [initial]);
  const id = job?.id;
  const finished = job ? FINISHED.includes(job.state) : true;
  useEffect(() => {
    if (!id || finished) return;
    const timer = window.setInterval(async () => {
      const result = await client.query(ImportJobDoc, { id }, { requestPolicy: 'network-only' }).toPromise();
      const next = result.data?.importJob;
      if (next) setJob(next as Job);
    }, 1000);
    return () => window.clearInterval(timer);
  }, [client, id, finished]);
  return job;
}

export default function ImportPage() {
  const { t } = useTranslation();
  const { can } = useWorkspace();
  const [started, setStarted] = useState<Job | null>(null);
  const job = usePolledJob(started);
  const variables = useMemo(() => ({}), []);
  const jobs = useCursorPages(ImportJobs, variables, (d) => d.importJobs as { nodes: Job[]; totalCount: number; pageInfo: { endCursor?: string | null; hasNextPage: boolean } }, 10);
  const { reload } = jobs;
  const jobState = job?.state;
  useEffect(() => {
    if (jobState && FINISHED.includes(jobState)) void reload();
  }, [jobState, reload]);

  return (
    <>
      <PageHeader title={t('imports.title')} description={t('imports.description')} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={10}>
          <UploadCard onStarted={setStarted} />
        </Col>
        <Col xs={24} xl={14}>
          <Card title={t('imports.progress')} className="full-height-card">
            {job ? <JobProgress job={job} /> : <Typography.Text type="secondary">{t('imports.noJobYet')}</Typography.Text>}
          </Card>
        </Col>
      </Row>
      <Card title={t('imports.history')} className="section-card">
        <JobHistory list={jobs} />
      </Card>
      {can('PAYMENTS_MANAGE') && <BankLinesCard key={job?.state === 'SUCCEEDED' ? job.id : 'lines'} />}
    </>
  );
}

const START_FIELDS = ['kind', 'fileName', 'bankAccount'] as const;

interface StartValues {
  kind: ImportKind;
  bankAccount?: string;
  /** Only carries the API's errors about the file; the file itself is kept in state. */
  fileName?: string;
}

function UploadCard({ onStarted }: { onStarted(job: Job): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<StartValues>();
  const { formErrors, show, clear } = useFormErrors(form, START_FIELDS);
  const [{ fetching }, start] = useMutation(ImportStart);
  const [file, setFile] = useState<File | null>(null);
  const [reading, setReading] = useState(false);
  const kind = Form.useWatch('kind', form) ?? 'CUSTOMERS';

  const submit = async (values: StartValues) => {
    if (!file) {
      form.setFields([{ name: 'fileName', errors: [t('imports.fileRequired')] }]);
      return;
    }
    setReading(true);
    const contentBase64 = await readBase64(file);
    setReading(false);
    const result = await start({ input: { kind: values.kind, fileName: file.name, contentBase64, bankAccount: (values.bankAccount ?? '').trim() } });
    const payload = result.data?.importStart;
    if (show(payload?.errors, result.error) || !payload?.job) return;
    clear();
    onStarted(payload.job as Job);
  };

  return (
    <Card title={t('imports.upload')} className="full-height-card">
      <Form form={form} layout="vertical" onFinish={submit} requiredMark={false} name="import" initialValues={{ kind: 'CUSTOMERS' }}>
        {formErrors.length > 0 && <Alert type="error" showIcon title={formErrors.join(' ')} className="form-alert" />}
        <Form.Item name="kind" label={t('imports.kind')}>
          <Radio.Group optionType="button" options={KINDS.map((k) => ({ value: k, label: t(`imports.kinds.${k}`) }))} />
        </Form.Item>
        <Typography.Paragraph type="secondary" className="small-text">
          {t(`imports.columns.${kind}`)}
        </Typography.Paragraph>
        <Space wrap className="import-templates" data-testid="import-templates">
          <Typography.Text type="secondary">{t('imports.template')}</Typography.Text>
          <a href={`/imports/templates/${kind.toLowerCase()}.csv`} download>
            <Button size="small" icon={<DownloadOutlined />}>
              {t('imports.templateCsv')}
            </Button>
          </a>
          <a href={`/imports/templates/${kind.toLowerCase()}.xlsx`} download>
            <Button size="small" icon={<DownloadOutlined />}>
              {t('imports.templateXlsx')}
            </Button>
          </a>
        </Space>
        {kind === 'BANK_STATEMENT' && (
          <Form.Item name="bankAccount" label={t('imports.bankAccount')} rules={[{ required: true, whitespace: true, message: t('imports.bankAccountRequired') }]}>
            <Input maxLength={64} placeholder={t('imports.bankAccountPlaceholder')} />
          </Form.Item>
        )}
        <Form.Item name="fileName" label={t('imports.file')}>
          <Upload.Dragger
            accept=".csv,.xlsx"
            maxCount={1}
            beforeUpload={(f) => {
              setFile(f);
              form.setFields([{ name: 'fileName', errors: [] }]);
              return false;
            }}
            onRemove={() => setFile(null)}
            fileList={file ? [{ uid: 'file', name: file.name, status: 'done' }] : []}
            data-testid="import-file"
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">{t('imports.drop')}</p>
            <p className="ant-upload-hint">{t('imports.dropHint')}</p>
          </Upload.Dragger>
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={fetching || reading}>
          {t('imports.start')}
        </Button>
      </Form>
    </Card>
  );
}

function JobProgress({ job }: { job: Job }) {
  const { t } = useTranslation();
  const value = percent(job);
  const errorColumns: ColumnsType<Job['rowErrors'][number]> = [
    { title: t('imports.row'), dataIndex: 'row', width: 70 },
    { title: t('imports.column'), dataIndex: 'column', render: (v: string) => v || '—' },
    { title: t('imports.message'), key: 'message', render: (_, e) => renderCode(t, 'rowErrors', e.code, e.params, e.message) },
  ];
  return (
    <div data-testid="import-progress">
      <Space className="job-title" wrap>
        <Typography.Text strong>{job.fileName}</Typography.Text>
        <Tag>{t(`imports.kinds.${job.kind}`)}</Tag>
        <Tag color={STATE_COLOR[job.state]} data-testid="import-state">
          {t(`imports.states.${job.state}`)}
        </Tag>
      </Space>
      <Progress percent={value} status={job.state === 'FAILED' ? 'exception' : job.state === 'SUCCEEDED' ? 'success' : 'active'} aria-label={t('imports.progress')} />
      <Typography.Paragraph type="secondary" className="job-figures">
        {t('imports.figures', { total: job.rowsTotal, validated: job.rowsValidated, imported: job.rowsImported, skipped: job.rowsSkipped })}
      </Typography.Paragraph>
      {job.state === 'SUCCEEDED' && <Alert type="success" showIcon title={summaryText(t, job)} data-testid="import-summary" />}
      {job.state === 'FAILED' && (
        <>
          <Alert
            type="error"
            showIcon
            title={summaryText(t, job)}
            data-testid="import-summary"
            action={
              job.errorReportUrl && (
                <ReportDownload url={job.errorReportUrl} jobId={job.id} />
              )
            }
            className="form-alert"
          />
          <Table
            size="small"
            rowKey={(e) => `${e.row}-${e.column}-${e.code}`}
            columns={errorColumns}
            dataSource={job.rowErrors}
            pagination={job.rowErrors.length > 10 ? { pageSize: 10, size: 'small' } : false}
            data-testid="import-errors"
          />
        </>
      )}
    </div>
  );
}

/** The error report, saved as a file: the page (and the job being watched) stays. */
function ReportDownload({ url, jobId, link }: { url: string; jobId: string; link?: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      await downloadFrom(url, `import-${jobId}-errors.csv`);
    } catch {
      message.error(t('imports.reportFailed'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button type={link ? 'link' : 'default'} size="small" icon={<DownloadOutlined />} loading={busy} onClick={download} data-testid="error-report">
      {t('imports.downloadReport')}
    </Button>
  );
}

/** A finished job in one line, from its summary's code and parameters ('' while it runs). */
function summaryText(t: TFunction, job: { summary?: { code: string; params: readonly MessageParam[] } | null }): string {
  return job.summary ? renderCode(t, 'imports.summaries', job.summary.code, job.summary.params, '') : '';
}

function JobHistory({ list }: { list: CursorList<Job> }) {
  const { t } = useTranslation();
  const format = useFormat();
  const columns: ColumnsType<Job> = [
    { title: t('imports.createdAt'), dataIndex: 'createdAt', render: (v: string) => <span className="nowrap">{format.dateTime(v)}</span> },
    { title: t('imports.file'), dataIndex: 'fileName' },
    { title: t('imports.kind'), dataIndex: 'kind', render: (k: ImportKind) => t(`imports.kinds.${k}`) },
    { title: t('imports.state'), dataIndex: 'state', render: (s: ImportState) => <Tag color={STATE_COLOR[s]}>{t(`imports.states.${s}`)}</Tag> },
    { title: t('imports.rows'), key: 'rows', align: 'right', render: (_, j) => t('imports.rowsShort', { imported: j.rowsImported, total: j.rowsTotal }) },
    { title: t('imports.errors'), dataIndex: 'errorCount', align: 'right' },
    { title: t('imports.summary'), key: 'summary', render: (_, j) => summaryText(t, j) },
    {
      title: t('imports.report'),
      key: 'report',
      render: (_, j) =>
        j.errorReportUrl && (
          <ReportDownload url={j.errorReportUrl} jobId={j.id} link />
        ),
    },
  ];
  return <CursorTable list={list} columns={columns} testId="import-jobs" empty={t('imports.noJobs')} minWidth={800} />;
}

type Suggestion = Line['suggestions'][number];

/** What differs between a bank line and the invoices chosen for it: the names, the amounts. */
function MatchDifferences({ line, picked }: { line: Line; picked: Suggestion[] }) {
  const { t } = useTranslation();
  const money = useMoney();
  if (picked.length === 0) return null;
  const first = picked[0];
  const open = picked.reduce((sum, s) => sum + Number(s.openAmount), 0);
  const exact = picked.length === 1 && first.exact;
  return (
    <div className="match-differences" data-testid="match-differences">
      <Tag color={exact ? 'green' : first.confidence >= 75 ? 'blue' : 'orange'}>{t('imports.confidence', { percent: first.confidence })}</Tag>
      {exact ? (
        <Typography.Text type="success" className="small-text">
          {t('imports.exactMatch')}
        </Typography.Text>
      ) : (
        <>
          {first.nameSimilarity < 100 && (
            <div className="small-text">{t('imports.nameDiffers', { payer: line.payerName || '—', customer: first.customerName })}</div>
          )}
          {Math.abs(open - Number(line.amount)) >= 0.005 && (
            <div className="small-text">{t('imports.amountDiffers', { amount: money(line.amount, line.currency), open: money(open.toFixed(2), line.currency) })}</div>
          )}
        </>
      )}
    </div>
  );
}

function BankLinesCard() {
  const { t } = useTranslation();
  const fmt = useArFormat();
  const money = useMoney();
  const { modal } = App.useApp();
  const variables = useMemo(() => ({ state: 'OPEN' as const }), []);
  const list = useCursorPages(BankLines, variables, (d) => d.bankStatementLines, 20);
  const [, confirm] = useMutation(BankLineConfirm);
  const [, ignore] = useMutation(BankLineIgnore);
  const done = useActionResult();
  const [chosen, setChosen] = useState<Record<string, string[]>>({});
  const pickedFor = (l: Line) => (chosen[l.id] ?? [l.suggestions[0].invoiceId]).map((id) => l.suggestions.find((s) => s.invoiceId === id)).filter((s): s is Suggestion => !!s);

  const post = async (l: Line, picked: Suggestion[], confirmInexact: boolean) => {
    const result = await confirm({ id: l.id, invoiceIds: picked.map((s) => s.invoiceId), confirmInexact });
    if (done(result.error, result.data?.bankLineConfirm.errors, t('imports.confirmed'))) void list.reload();
  };

  /** One click only for an exact match; anything else shows the differences and asks first. */
  const confirmLine = (l: Line) => {
    const picked = pickedFor(l);
    if (picked.length === 1 && picked[0].exact) {
      void post(l, picked, false);
      return;
    }
    const open = picked.reduce((sum, s) => sum + Number(s.openAmount), 0);
    modal.confirm({
      title: t('imports.confirmInexactTitle'),
      okText: t('imports.confirmInexact'),
      content: (
        <dl className="match-confirm" data-testid="match-confirm">
          <dt>{t('imports.payerName')}</dt>
          <dd>{l.payerName || '—'}</dd>
          <dt>{t('imports.customerName')}</dt>
          <dd>{picked[0]?.customerName ?? '—'}</dd>
          <dt>{t('imports.lineAmount')}</dt>
          <dd>{money(l.amount, l.currency)}</dd>
          <dt>{t('imports.openAmount')}</dt>
          <dd>{money(open.toFixed(2), l.currency)}</dd>
        </dl>
      ),
      onOk: () => post(l, picked, true),
    });
  };

  const columns: ColumnsType<Line> = [
    { title: t('imports.bookedOn'), dataIndex: 'bookedOn', className: 'nowrap', render: (d: string) => fmt.day(d) },
    { title: t('imports.payer'), key: 'payer', render: (_, l) => <div><div>{l.payerName || '—'}</div><Typography.Text type="secondary" className="small-text">{l.reference}</Typography.Text></div> },
    { title: t('imports.amount'), key: 'amount', align: 'right', render: (_, l) => <span className="nowrap">{money(l.amount, l.currency)}</span> },
    {
      title: t('imports.suggestions'),
      key: 'suggestions',
      width: 360,
      render: (_, l) =>
        l.suggestions.length === 0 ? (
          <span className="muted">{t('imports.noSuggestion')}</span>
        ) : (
          <>
            <Select
              mode="multiple"
              className="full-width"
              aria-label={t('imports.invoicesFor', { payer: l.payerName })}
              value={chosen[l.id] ?? [l.suggestions[0].invoiceId]}
              onChange={(ids: string[]) => setChosen((c) => ({ ...c, [l.id]: ids }))}
              options={l.suggestions.map((s) => ({
                value: s.invoiceId,
                label: `${s.invoiceNumber} · ${s.customerName} · ${money(s.openAmount, s.currency)} · ${t('imports.confidence', { percent: s.confidence })}`,
                title: s.reasons.map((r) => t(`imports.reasons.${r}`)).join(', '),
              }))}
            />
            <MatchDifferences line={l} picked={pickedFor(l)} />
          </>
        ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, l) => (
        <Space size={0}>
          <Button type="link" size="small" disabled={l.suggestions.length === 0 || pickedFor(l).length === 0} onClick={() => confirmLine(l)}>
            {t('imports.confirm')}
          </Button>
          <Button
            type="link"
            size="small"
            onClick={async () => {
              const result = await ignore({ id: l.id });
              if (done(result.error, result.data?.bankLineIgnore.errors, t('imports.ignored'))) void list.reload();
            }}
          >
            {t('imports.ignore')}
          </Button>
        </Space>
      ),
    },
  ];
  return (
    <Card title={t('imports.bankLines')} className="section-card">
      <Typography.Paragraph type="secondary">{t('imports.bankLinesHelp')}</Typography.Paragraph>
      <CursorTable list={list} columns={columns} testId="bank-lines" empty={t('imports.noBankLines')} minWidth={1000} />
    </Card>
  );
}

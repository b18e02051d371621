import { ArrowLeftOutlined, FilePdfOutlined, FileExcelOutlined, ReloadOutlined, SendOutlined, StopOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Popconfirm, Result, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useActionResult } from '../../api/useActionResult';
import { PageHeader } from '../../components/PageHeader';
import { PageLoading } from '../../components/PageLoading';
import { QueryError } from '../../components/QueryError';
import { useFormat } from '../../format/useFormat';
import { translateOr } from '../../i18n';
import type { AccountStatementDetailQuery } from '../../gql/graphql';
import { useWorkspace } from '../../workspace/WorkspaceProvider';
import { useArFormat } from '../ar/format';
import { bucketLabel } from '../dashboard/labels';
import { DiscrepancyTable } from './DiscrepancyWorkbench';
import { AccountStatementDetail, StatementRefresh, StatementRevoke, StatementSend } from './documents';
import { StatementStatusTag } from './labels';
import { linesFromTable, type StatementLine } from './linesTable';

const PAYMENT_KINDS: string[] = ['PAYMENT', 'PAYMENT_REVERSAL', 'REFUND'];
// A statement of 10,000 lines comes in one request; the table shows it a page at a time.
const LINES_PAGE = 100;

type Statement = NonNullable<AccountStatementDetailQuery['accountStatement']>;
type Line = StatementLine;
type LinkInfo = Statement['links'][number];
type Access = Statement['accessLog'][number];

interface Aging {
  buckets: { label: string; fromDays: number | null; toDays: number | null; amount: string }[];
  total: string;
  unapplied: string;
}

/** One statement of account: its lines with the running balance, sending, links, exports and discrepancies. */
export function StatementDetail() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const format = useArFormat();
  const { dateTime } = useFormat();
  const { can } = useWorkspace();
  const done = useActionResult();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: AccountStatementDetail, variables: { id }, requestPolicy: 'cache-and-network' });
  const [{ fetching: sending }, send] = useMutation(StatementSend);
  const [{ fetching: revoking }, revoke] = useMutation(StatementRevoke);
  const [{ fetching: refreshing }, refresh] = useMutation(StatementRefresh);
  const reload = () => reexecute({ requestPolicy: 'network-only' });
  const linesTable = data?.accountStatement?.linesTable;
  const lines = useMemo(() => (linesTable ? linesFromTable(linesTable) : []), [linesTable]);

  if (error) return <QueryError error={error} onRetry={reload} />;
  const statement = data?.accountStatement;
  if (!statement) return fetching ? <PageLoading /> : <Result status="404" title={t('errors.notFound')} />;
  const money = (amount: string | null | undefined) => format.money(amount, statement.currency);
  const manage = can('INVOICES_MANAGE');
  const aging = statement.aging as Aging;
  const openDiscrepancies = statement.discrepancies.filter((d) => d.status === 'OPEN').length;
  const canSend = ['DRAFT', 'SENT', 'RESOLVED', 'EXPIRED'].includes(statement.status) && openDiscrepancies === 0;
  const hasActiveLink = statement.links.some((link) => link.active);

  async function doSend() {
    const result = await send({ id: statement!.id });
    if (done(result.error, result.data?.accountStatementSend.errors, t('reconciliation.sent'))) reload();
  }
  async function doRevoke() {
    const result = await revoke({ id: statement!.id });
    if (done(result.error, result.data?.accountStatementRevokeLinks.errors, t('reconciliation.revoked'))) reload();
  }
  async function doRefresh() {
    const result = await refresh({ id: statement!.id });
    if (done(result.error, result.data?.accountStatementRefresh.errors, t('reconciliation.refreshed'))) reload();
  }

  const lineColumns: ColumnsType<Line> = [
    { key: 'date', title: t('reconciliation.date'), render: (_, line) => format.day(line.documentDate) },
    {
      key: 'document',
      title: t('reconciliation.document'),
      render: (_, line) => (
        <>
          <div>{line.documentNumber}</div>
          <Typography.Text type="secondary">{t(`reconciliation.kind.${line.kind}`)}</Typography.Text>
        </>
      ),
    },
    {
      key: 'reference',
      title: t('reconciliation.reference'),
      render: (_, line) => (PAYMENT_KINDS.includes(line.kind) ? translateOr(t, `payments.methods.${line.reference.toUpperCase()}`, line.reference) : line.reference),
    },
    { key: 'due', title: t('reconciliation.dueDate'), render: (_, line) => format.day(line.dueDate) },
    { key: 'debit', title: t('reconciliation.debit'), align: 'right', render: (_, line) => (Number(line.debit) ? money(line.debit) : '') },
    { key: 'credit', title: t('reconciliation.credit'), align: 'right', render: (_, line) => (Number(line.credit) ? money(line.credit) : '') },
    ...(statement.openItemsOnly ? [{ key: 'open', title: t('reconciliation.openAmount'), align: 'right' as const, render: (_: unknown, line: Line) => money(line.openAmount) }] : []),
    { key: 'balance', title: t('reconciliation.balance'), align: 'right', render: (_, line) => money(line.balance) },
  ];
  const linkColumns: ColumnsType<LinkInfo> = [
    { key: 'created', title: t('reconciliation.sentAt'), render: (_, link) => dateTime(link.createdAt) },
    { key: 'revision', title: t('reconciliation.revision'), dataIndex: 'revision' },
    { key: 'recipients', title: t('reconciliation.recipients'), render: (_, link) => link.recipients.join(', ') },
    { key: 'expires', title: t('reconciliation.expiresAt'), render: (_, link) => dateTime(link.expiresAt) },
    {
      key: 'active',
      title: t('reconciliation.filterStatus'),
      render: (_, link) => <Tag color={link.active ? 'success' : 'default'}>{t(link.active ? 'reconciliation.linkActive' : 'reconciliation.linkInactive')}</Tag>,
    },
  ];
  const accessColumns: ColumnsType<Access> = [
    { key: 'at', title: t('reconciliation.date'), render: (_, entry) => dateTime(entry.at) },
    { key: 'action', title: t('reconciliation.access'), render: (_, entry) => t(`reconciliation.accessAction.${entry.action}`) },
    { key: 'ip', title: 'IP', dataIndex: 'ip' },
    { key: 'ua', title: 'User agent', dataIndex: 'userAgent', ellipsis: true },
  ];

  return (
    <>
      <PageHeader
        title={
          <Space wrap>
            {statement.number}
            <StatementStatusTag status={statement.status} />
          </Space>
        }
        documentTitle={statement.number}
        description={
          <>
            {statement.customer?.legalName} · {format.day(statement.periodStart)} – {format.day(statement.periodEnd)} · {statement.currency}
          </>
        }
        extra={
          <Link to="/statements">
            <Button icon={<ArrowLeftOutlined />}>{t('reconciliation.back')}</Button>
          </Link>
        }
      />
      <div className="statement-toolbar">
        {manage && canSend && (
          <Button type="primary" icon={<SendOutlined />} loading={sending} onClick={() => void doSend()}>
            {statement.status === 'DRAFT' ? t('reconciliation.send') : t('reconciliation.resend')}
          </Button>
        )}
        {manage && statement.status === 'DRAFT' && (
          <Button icon={<ReloadOutlined />} loading={refreshing} onClick={() => void doRefresh()}>
            {t('reconciliation.refresh')}
          </Button>
        )}
        {manage && hasActiveLink && (
          <Popconfirm title={t('reconciliation.revoke')} onConfirm={() => void doRevoke()}>
            <Button icon={<StopOutlined />} loading={revoking}>
              {t('reconciliation.revoke')}
            </Button>
          </Popconfirm>
        )}
        <a href={statement.pdfUrl}>
          <Button icon={<FilePdfOutlined />}>{t('reconciliation.exportPdf')}</Button>
        </a>
        <a href={statement.xlsxUrl}>
          <Button icon={<FileExcelOutlined />}>{t('reconciliation.exportXlsx')}</Button>
        </a>
      </div>
      {statement.status === 'RESOLVED' && <Alert type="info" showIcon message={t('reconciliation.resolvedAll')} className="statement-public-card" />}
      {statement.status === 'CONFIRMED' && statement.confirmedAt && (
        <Alert
          type="success"
          showIcon
          message={t('reconciliation.confirmedBy', { name: statement.confirmedByName, at: dateTime(statement.confirmedAt) })}
          className="statement-public-card"
        />
      )}
      <div className="statement-public-totals">
        {!statement.openItemsOnly && <Figure label={t('reconciliation.opening')} value={money(statement.openingBalance)} />}
        {!statement.openItemsOnly && <Figure label={t('reconciliation.debits')} value={money(statement.totalDebits)} />}
        {!statement.openItemsOnly && <Figure label={t('reconciliation.credits')} value={money(statement.totalCredits)} />}
        <Figure label={t('reconciliation.closing')} value={money(statement.closingBalance)} testId="statement-closing" />
      </div>
      {statement.discrepancies.length > 0 && (
        <Card size="small" title={t('reconciliation.discrepancies')} className="statement-public-card">
          <DiscrepancyTable
            list={{ nodes: statement.discrepancies, loading: fetching, hasNextPage: false, loadMore: () => undefined, reload }}
            testId="statement-discrepancies"
            currency={statement.currency}
          />
        </Card>
      )}
      <Card size="small" title={t('reconciliation.lines')} className="statement-public-card">
        <Table<Line> rowKey="id" size="small" columns={lineColumns} dataSource={lines} pagination={lines.length > LINES_PAGE ? { pageSize: LINES_PAGE, showSizeChanger: false } : false} scroll={{ x: 860 }} data-testid="statement-lines" />
      </Card>
      <Card size="small" title={t('reconciliation.aging')} className="statement-public-card">
        <div className="statement-public-aging">
          {aging.buckets.map((bucket) => (
            <Figure key={bucket.label} label={bucketLabel(t, bucket)} value={format.money(bucket.amount)} />
          ))}
          <Figure label={t('reconciliation.unapplied')} value={format.money(aging.unapplied)} />
        </div>
      </Card>
      {statement.links.length > 0 && (
        <Card size="small" title={t('reconciliation.links')} className="statement-public-card">
          <Table<LinkInfo> rowKey="id" size="small" columns={linkColumns} dataSource={statement.links} pagination={false} scroll={{ x: 760 }} />
        </Card>
      )}
      {statement.accessLog.length > 0 && (
        <Card size="small" title={t('reconciliation.accessLog')} className="statement-public-card">
          <Table<Access> rowKey={(entry) => `${entry.at}-${entry.action}`} size="small" columns={accessColumns} dataSource={statement.accessLog} pagination={false} scroll={{ x: 760 }} />
        </Card>
      )}
    </>
  );
}

function Figure({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <div className="statement-figure" data-testid={testId}>
      <Typography.Text type="secondary">{label}</Typography.Text>
      <Typography.Text strong className="statement-figure-value">
        {value}
      </Typography.Text>
    </div>
  );
}


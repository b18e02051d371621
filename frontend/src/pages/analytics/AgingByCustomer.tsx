import { Card, Empty, Skeleton, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table/interface';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { QueryError } from '../../components/QueryError';
import { ExportButtons } from '../../exports/ExportButtons';
import { graphql } from '../../gql';
import type { AgingByCustomerQuery } from '../../gql/graphql';
import { useArFormat } from '../ar/format';
import { Pager, useCursorPages } from '../ar/pager';
import { bucketAxisLabel, bucketLabel } from '../dashboard/labels';

const AgingByCustomerDoc = graphql(`
  query AgingByCustomer($asOf: Date, $first: Int!, $after: String) {
    agingByCustomer(asOf: $asOf, first: $first, after: $after) {
      totals {
        total
        invoiceCount
        customerCount
        buckets {
          label
          fromDays
          toDays
          amount
          invoiceCount
        }
      }
      rows {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          total
          invoiceCount
          customer {
            id
            code
            legalName
          }
          buckets {
            label
            amount
            invoiceCount
          }
        }
      }
    }
  }
`);

const CustomerOpenInvoicesDoc = graphql(`
  query CustomerOpenInvoices($customerId: ID!) {
    invoices(filter: { customerId: $customerId, status: [ISSUED, PARTIALLY_PAID] }, sort: { field: DUE_DATE }, first: 100) {
      nodes {
        id
        number
        dueDate
        openAmount
        currency
      }
    }
  }
`);

type Row = AgingByCustomerQuery['agingByCustomer']['rows']['nodes'][number];
const PAGE_SIZE = 20;

function OpenInvoices({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const fmt = useArFormat();
  const [{ data, error, fetching }] = useQuery({ query: CustomerOpenInvoicesDoc, variables: { customerId } });
  if (error) return <QueryError error={error} />;
  if (!data && fetching) return <Skeleton active paragraph={{ rows: 2 }} />;
  return (
    <Table
      size="small"
      rowKey="id"
      pagination={false}
      data-testid={`aging-invoices-${customerId}`}
      dataSource={data?.invoices.nodes ?? []}
      columns={[
        { title: t('analytics.number'), dataIndex: 'number', render: (n: string, inv) => <Link to={`/invoices/${inv.id}`}>{n}</Link> },
        { title: t('analytics.dueDate'), dataIndex: 'dueDate', render: (d: string | null) => (d ? fmt.day(d) : '—') },
        { title: t('analytics.openAmount'), dataIndex: 'openAmount', align: 'right', render: (v: string, inv) => fmt.money(v, inv.currency) },
      ]}
    />
  );
}

/** Customers × buckets, largest total first, with the totals of every customer; a row opens that customer's invoices. */
export function AgingByCustomerSection({ asOf }: { asOf: string }) {
  const { t } = useTranslation();
  const fmt = useArFormat();
  const pages = useCursorPages();
  const [{ data, error, fetching }, reload] = useQuery({
    query: AgingByCustomerDoc,
    variables: { asOf, first: PAGE_SIZE, after: pages.after },
  });
  const table = data?.agingByCustomer;
  const buckets = table?.totals.buckets ?? [];
  const columns: ColumnsType<Row> = [
    {
      title: t('analytics.customer'),
      key: 'customer',
      fixed: 'left',
      width: 180,
      render: (_, r) => (r.customer ? <Link to={`/customers/${r.customer.id}`}>{r.customer.legalName}</Link> : '—'),
    },
    { title: t('analytics.total'), key: 'total', align: 'right', width: 140, render: (_, r) => <strong>{fmt.money(r.total)}</strong> },
    { title: t('analytics.invoiceCount'), key: 'count', align: 'right', width: 80, render: (_, r) => r.invoiceCount },
    ...buckets.map((b, index) => ({
      title: <span title={bucketLabel(t, b)}>{bucketAxisLabel(t, b)}</span>,
      key: b.label,
      align: 'right' as const,
      width: 140,
      render: (_: unknown, r: Row) => {
        const amount = r.buckets[index]?.amount ?? '0';
        return Number(amount) > 0 ? fmt.money(amount) : <span className="muted">—</span>;
      },
    })),
  ];
  return (
    <Card title={t('analytics.byCustomer')} extra={<ExportButtons kind="aging_detail" filters={{ asOf }} />}>
      {error ? (
        <QueryError error={error} onRetry={() => reload({ requestPolicy: 'network-only' })} />
      ) : !table && fetching ? (
        <Skeleton active />
      ) : table && table.rows.totalCount > 0 ? (
        <>
          <Table<Row>
            size="small"
            rowKey={(r) => r.customer?.id ?? r.total}
            data-testid="aging-by-customer"
            pagination={false}
            loading={fetching}
            columns={columns}
            dataSource={table.rows.nodes}
            scroll={{ x: 48 + 180 + 220 + 140 * buckets.length }}
            expandable={{
              fixed: 'left',
              expandedRowRender: (r) => (r.customer ? <OpenInvoices customerId={r.customer.id} /> : null),
              rowExpandable: (r) => !!r.customer,
            }}
            summary={() => (
              <Table.Summary fixed>
                <Table.Summary.Row>
                  <Table.Summary.Cell index={0} />
                  <Table.Summary.Cell index={1}>
                    <strong>{t('analytics.total')}</strong>
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={2} align="right">
                    <strong>{fmt.money(table.totals.total)}</strong>
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={3} align="right">
                    {table.totals.invoiceCount}
                  </Table.Summary.Cell>
                  {buckets.map((b, i) => (
                    <Table.Summary.Cell key={b.label} index={i + 4} align="right">
                      {fmt.money(b.amount)}
                    </Table.Summary.Cell>
                  ))}
                </Table.Summary.Row>
              </Table.Summary>
            )}
          />
          <Pager
            page={pages.page}
            total={table.rows.totalCount}
            hasNextPage={table.rows.pageInfo.hasNextPage}
            onPrevious={pages.previous}
            onNext={() => pages.next(table.rows.pageInfo.endCursor)}
          />
          <Typography.Text type="secondary" className="table-note">
            {t('analytics.invoiceCountNote')}
          </Typography.Text>
        </>
      ) : (
        <Empty description={t('analytics.noAr')} />
      )}
    </Card>
  );
}

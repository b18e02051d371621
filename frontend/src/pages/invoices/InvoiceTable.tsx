import { Empty, Table, Tag, Typography } from 'antd';
import type { ColumnsType, SorterResult } from 'antd/es/table/interface';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { QueryError } from '../../components/QueryError';
import { graphql } from '../../gql';
import type { InvoiceFilter, InvoiceListQuery, InvoiceSortField } from '../../gql/graphql';
import { useArFormat } from '../ar/format';
import { Pager, useCursorPages } from '../ar/pager';
import { InvoiceStatusTag, isOverdue } from '../ar/tags';

const InvoiceList = graphql(`
  query InvoiceList($filter: InvoiceFilter, $sort: InvoiceSort, $first: Int!, $after: String) {
    invoices(filter: $filter, sort: $sort, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        number
        status
        disputed
        issueDate
        dueDate
        currency
        total
        openAmount
        customer {
          id
          code
          legalName
        }
      }
    }
  }
`);

type Row = InvoiceListQuery['invoices']['nodes'][number];
const PAGE_SIZE = 20;
const SORTABLE: Record<string, InvoiceSortField> = { number: 'NUMBER', issueDate: 'ISSUE_DATE', dueDate: 'DUE_DATE', total: 'TOTAL' };

/** Invoices matching a filter, a page at a time (the invoices page and a customer's tab). */
export function InvoiceTable({ filter, hideCustomer = false }: { filter: InvoiceFilter; hideCustomer?: boolean }) {
  const { t } = useTranslation();
  const fmt = useArFormat();
  const today = fmt.today();
  const pages = useCursorPages();
  const [sort, setSort] = useState<{ field: InvoiceSortField; descending: boolean }>({ field: 'CREATED_AT', descending: true });
  const filterKey = JSON.stringify(filter);
  const { reset } = pages;
  useEffect(reset, [filterKey, reset]);
  const [{ data, error, fetching }, reload] = useQuery({
    query: InvoiceList,
    variables: { filter, sort, first: PAGE_SIZE, after: pages.after },
    requestPolicy: 'cache-and-network',
  });
  if (error) return <QueryError error={error} onRetry={() => reload({ requestPolicy: 'network-only' })} />;

  const order = (field: InvoiceSortField) => (sort.field === field ? (sort.descending ? 'descend' : 'ascend') : null);
  const columns: ColumnsType<Row> = [
    {
      title: t('invoices.number'),
      key: 'number',
      sorter: true,
      sortOrder: order('NUMBER'),
      render: (_, i) => (
        <Link to={`/invoices/${i.id}`} className="code-text">
          {i.number ?? t('invoices.draftNumber')}
        </Link>
      ),
    },
    {
      title: t('invoices.customer'),
      key: 'customer',
      hidden: hideCustomer,
      render: (_, i) => (i.customer ? <Link to={`/customers/${i.customer.id}`}>{i.customer.legalName}</Link> : '—'),
    },
    {
      title: t('invoices.statusLabel'),
      key: 'status',
      render: (_, i) => (
        <>
          <InvoiceStatusTag status={i.status} overdue={isOverdue(i, today)} />
          {i.disputed && <Tag color="purple">{t('invoices.disputed')}</Tag>}
        </>
      ),
    },
    { title: t('invoices.issueDate'), key: 'issueDate', sorter: true, sortOrder: order('ISSUE_DATE'), render: (_, i) => fmt.day(i.issueDate) },
    { title: t('invoices.dueDate'), key: 'dueDate', sorter: true, sortOrder: order('DUE_DATE'), render: (_, i) => fmt.day(i.dueDate) },
    { title: t('invoices.total'), key: 'total', align: 'right', sorter: true, sortOrder: order('TOTAL'), render: (_, i) => fmt.money(i.total, i.currency) },
    {
      title: t('invoices.openAmount'),
      key: 'open',
      align: 'right',
      render: (_, i) =>
        Number(i.openAmount) > 0 ? (
          <Typography.Text strong type={isOverdue(i, today) ? 'danger' : undefined}>{fmt.money(i.openAmount, i.currency)}</Typography.Text>
        ) : (
          <span className="muted">{fmt.money(i.openAmount, i.currency)}</span>
        ),
    },
  ];
  const connection = data?.invoices;
  return (
    <>
      <Table<Row>
        rowKey="id"
        data-testid="invoices-table"
        columns={columns}
        dataSource={connection?.nodes ?? []}
        loading={fetching}
        pagination={false}
        scroll={{ x: 860 }}
        onChange={(_, __, sorter) => {
          const s = sorter as SorterResult<Row>;
          const field = typeof s.columnKey === 'string' ? SORTABLE[s.columnKey] : undefined;
          setSort(s.order && field ? { field, descending: s.order === 'descend' } : { field: 'CREATED_AT', descending: true });
          reset();
        }}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('invoices.empty')} /> }}
      />
      {connection && (
        <Pager
          page={pages.page}
          total={connection.totalCount}
          hasNextPage={connection.pageInfo.hasNextPage}
          onPrevious={pages.previous}
          onNext={() => pages.next(connection.pageInfo.endCursor)}
        />
      )}
    </>
  );
}

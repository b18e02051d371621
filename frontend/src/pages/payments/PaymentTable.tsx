import { Empty, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { QueryError } from '../../components/QueryError';
import { graphql } from '../../gql';
import type { PaymentFilter, PaymentListQuery } from '../../gql/graphql';
import { useArFormat } from '../ar/format';
import { Pager, useCursorPages } from '../ar/pager';
import { PaymentStatusTag } from '../ar/tags';

const PaymentList = graphql(`
  query PaymentList($filter: PaymentFilter, $first: Int!, $after: String) {
    payments(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        method
        status
        receivedOn
        currency
        amount
        allocated
        unapplied
        reference
        payerName
        customer {
          id
          code
          legalName
        }
      }
    }
  }
`);

type Row = PaymentListQuery['payments']['nodes'][number];
const PAGE_SIZE = 20;

export function PaymentTable({ filter, hideCustomer = false }: { filter: PaymentFilter; hideCustomer?: boolean }) {
  const { t } = useTranslation();
  const fmt = useArFormat();
  const pages = useCursorPages();
  const filterKey = JSON.stringify(filter);
  const { reset } = pages;
  useEffect(reset, [filterKey, reset]);
  const [{ data, error, fetching }, reload] = useQuery({
    query: PaymentList,
    variables: { filter, first: PAGE_SIZE, after: pages.after },
    requestPolicy: 'cache-and-network',
  });
  if (error) return <QueryError error={error} onRetry={() => reload({ requestPolicy: 'network-only' })} />;
  const columns: ColumnsType<Row> = [
    { title: t('payments.receivedOn'), key: 'receivedOn', render: (_, p) => <Link to={`/payments/${p.id}`}>{fmt.day(p.receivedOn)}</Link> },
    {
      title: t('invoices.customer'),
      key: 'customer',
      hidden: hideCustomer,
      render: (_, p) => (p.customer ? <Link to={`/customers/${p.customer.id}`}>{p.customer.legalName}</Link> : <Typography.Text type="warning">{t('payments.unmatched')}</Typography.Text>),
    },
    { title: t('payments.method'), key: 'method', render: (_, p) => t(`payments.methods.${p.method}`) },
    { title: t('payments.reference'), key: 'reference', render: (_, p) => p.reference || p.payerName || <span className="muted">—</span> },
    { title: t('invoices.statusLabel'), key: 'status', render: (_, p) => <PaymentStatusTag status={p.status} /> },
    { title: t('payments.amount'), key: 'amount', align: 'right', render: (_, p) => <strong>{fmt.money(p.amount, p.currency)}</strong> },
    { title: t('payments.allocated'), key: 'allocated', align: 'right', render: (_, p) => fmt.money(p.allocated, p.currency) },
    {
      title: t('payments.unapplied'),
      key: 'unapplied',
      align: 'right',
      render: (_, p) => (Number(p.unapplied) > 0 ? <Typography.Text type="warning">{fmt.money(p.unapplied, p.currency)}</Typography.Text> : <span className="muted">{fmt.money(p.unapplied, p.currency)}</span>),
    },
  ];
  const connection = data?.payments;
  return (
    <>
      <Table<Row>
        rowKey="id"
        data-testid="payments-table"
        columns={columns}
        dataSource={connection?.nodes ?? []}
        loading={fetching}
        pagination={false}
        scroll={{ x: 860 }}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('payments.empty')} /> }}
      />
      {connection && (
        <Pager page={pages.page} total={connection.totalCount} hasNextPage={connection.pageInfo.hasNextPage} onPrevious={pages.previous} onNext={() => pages.next(connection.pageInfo.endCursor)} />
      )}
    </>
  );
}

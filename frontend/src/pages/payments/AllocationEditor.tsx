import { Button, Empty, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { useArFormat } from '../ar/format';
import { checkAllocations, oldestDueFirst, type OpenInvoice } from './allocation';
import { AmountInput } from '../../components/AmountInput';

const OpenInvoices = graphql(`
  query OpenInvoices($customerId: ID!) {
    invoices(filter: { customerId: $customerId, status: [ISSUED, PARTIALLY_PAID] }, sort: { field: DUE_DATE, descending: false }, first: 100) {
      nodes {
        id
        number
        currency
        issueDate
        dueDate
        openAmount
      }
    }
  }
`);

/** The customer's open invoices in a currency. */
export function useOpenInvoices(customerId: string | undefined, currency: string) {
  const [{ data, fetching }] = useQuery({ query: OpenInvoices, variables: { customerId: customerId ?? '' }, pause: !customerId, requestPolicy: 'network-only' });
  const invoices = (data?.invoices.nodes ?? []).filter((i) => i.currency === currency);
  return { invoices, fetching };
}

interface Props {
  invoices: readonly OpenInvoice[];
  loading: boolean;
  currency: string;
  available: string;
  amounts: Record<string, string>;
  onChange(amounts: Record<string, string>): void;
}

/** Amounts per open invoice, checked as they are typed; "oldest due first" fills them in. */
export function AllocationEditor({ invoices, loading, currency, available, amounts, onChange }: Props) {
  const { t } = useTranslation();
  const fmt = useArFormat();
  const check = checkAllocations(invoices, amounts, available);
  return (
    <div className="allocation-editor" data-testid="allocation-editor">
      <div className="allocation-toolbar">
        <Typography.Text type="secondary">
          {t('payments.allocationSummary', { allocated: fmt.money(check.total, currency), remaining: fmt.money(check.remaining, currency) })}
        </Typography.Text>
        <Button size="small" onClick={() => onChange(oldestDueFirst(invoices, available))} disabled={invoices.length === 0}>
          {t('payments.fillOldestFirst')}
        </Button>
      </div>
      {check.problems[''] && (
        <Typography.Text type="danger" role="alert" className="allocation-problem">{t('payments.problems.EXCEEDS_AVAILABLE')}</Typography.Text>
      )}
      <Table
        rowKey="id"
        size="small"
        loading={loading}
        pagination={false}
        dataSource={invoices as OpenInvoice[]}
        scroll={{ y: 260 }}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('payments.noOpenInvoices')} /> }}
        columns={[
          { title: t('invoices.number'), key: 'number', render: (_, i) => <Link to={`/invoices/${i.id}`} className="code-text" target="_blank">{i.number}</Link> },
          { title: t('invoices.dueDate'), dataIndex: 'dueDate', render: (d: string) => fmt.day(d) },
          { title: t('invoices.openAmount'), dataIndex: 'openAmount', align: 'right', render: (v: string) => fmt.money(v, currency) },
          {
            title: t('payments.allocate'),
            key: 'amount',
            width: 170,
            render: (_, i) => (
              <>
                <AmountInput
                  size="small"
                  value={amounts[i.id] ?? ''}
                  status={check.problems[i.id] ? 'error' : undefined}
                  onChange={(value) => onChange({ ...amounts, [i.id]: value })}
                  aria-label={`${t('payments.allocate')} ${i.number ?? ''}`}
                />
                {check.problems[i.id] && (
                  <Typography.Text type="danger" className="cell-error" role="alert">
                    {t(`payments.problems.${check.problems[i.id]!}`)}
                  </Typography.Text>
                )}
              </>
            ),
          },
        ]}
      />
    </div>
  );
}

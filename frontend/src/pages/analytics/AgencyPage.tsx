// The overview of every organization the user belongs to (a bookkeeping agency's clients).
import { Card, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { graphql } from '../../gql';
import { formatMoney } from '../../format/money';
import { percentString } from '../../format/decimal';
import { intlLocale } from '../../i18n';

const AgencyOverviewQuery = graphql(`
  query AgencyOverview {
    agencyOverview {
      organizationId
      name
      role
      currency
      asOf
      arTotal
      overdueAr
      openInvoiceCount
      overdueRatio
      dso
    }
  }
`);

export default function AgencyPage() {
  const { t, i18n } = useTranslation();
  const locale = intlLocale(i18n.language);
  const [{ data, error, fetching }, reload] = useQuery({ query: AgencyOverviewQuery });
  const rows = data?.agencyOverview ?? [];
  const days = (v: string | null | undefined) =>
    v === null || v === undefined ? '—' : new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(v as Intl.StringNumericLiteral);
  return (
    <>
      <PageHeader title={t('analytics.agency.title')} description={t('analytics.agency.description')} />
      <Card>
        {error ? (
          <QueryError error={error} onRetry={() => reload({ requestPolicy: 'network-only' })} />
        ) : (
          <Table
            rowKey="organizationId"
            loading={fetching && !data}
            dataSource={rows}
            pagination={false}
            data-testid="agency-overview"
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: t('analytics.agency.empty') }}
            columns={[
              { title: t('analytics.agency.organization'), dataIndex: 'name' },
              { title: t('analytics.agency.role'), dataIndex: 'role', render: (r: string) => t(`roles.${r}` as 'roles.OWNER') },
              { title: t('analytics.agency.ar'), dataIndex: 'arTotal', align: 'right', render: (v: string, r) => formatMoney(v, r.currency, locale) },
              { title: t('analytics.agency.overdue'), dataIndex: 'overdueAr', align: 'right', render: (v: string, r) => formatMoney(v, r.currency, locale) },
              { title: t('analytics.agency.overdueRatio'), dataIndex: 'overdueRatio', align: 'right', render: (v: string | null) => (v === null ? '—' : `${percentString(v, 1)}%`) },
              { title: t('analytics.agency.openInvoices'), dataIndex: 'openInvoiceCount', align: 'right' },
              { title: t('analytics.agency.dso'), dataIndex: 'dso', align: 'right', render: (v: string | null) => days(v) },
            ]}
          />
        )}
        <Typography.Text type="secondary" className="table-note">{t('analytics.agency.total', { count: rows.length })}</Typography.Text>
      </Card>
    </>
  );
}

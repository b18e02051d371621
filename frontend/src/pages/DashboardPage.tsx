import { AlertOutlined, FileAddOutlined, UserAddOutlined } from '@ant-design/icons';
import { Button, Card, Col, Empty, Row, Skeleton, Space, Statistic, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { Chart } from '../charts/Chart';
import { PageHeader } from '../components/PageHeader';
import { QueryError } from '../components/QueryError';
import { graphql } from '../gql';
import type { DashboardPageQuery } from '../gql/graphql';
import { PAGES } from '../navigation';
import { useWorkspace } from '../workspace/WorkspaceProvider';
import { useArFormat } from './ar/format';
import { agingColors, barOption, COLORS, lineOption } from './dashboard/charts';
import { bucketAxisLabel, monthLabel, weekLabel } from './dashboard/labels';

const DashboardData = graphql(`
  query DashboardPage {
    dashboard {
      asOf
      currency
      arTotal
      currentAr
      overdueAr
      openInvoiceCount
      overdueInvoiceCount
      overdueRatio
      dso
      monthToDate {
        cei
        cashCollected
        creditSales
      }
      aging {
        total
        buckets {
          label
          fromDays
          toDays
          amount
          invoiceCount
        }
      }
      trend {
        start
        end
        ar
        overdueAr
        dso
      }
      overdueReceivable
      forecast {
        start
        end
        amount
      }
      topOverdueCustomers {
        customerId
        code
        name
        overdueAmount
        daysOverdue
        invoiceCount
      }
    }
  }
`);

const DashboardAlerts = graphql(`
  query DashboardAlerts {
    alertCounts {
      open
      openCritical
      openWarning
    }
  }
`);

type Data = DashboardPageQuery['dashboard'];
type TopCustomer = Data['topOverdueCustomers'][number];

export default function DashboardPage() {
  const { t } = useTranslation();
  const { viewer, organization, can } = useWorkspace();
  const [{ data, error, fetching }, reload] = useQuery({ query: DashboardData, requestPolicy: 'cache-and-network' });
  const dashboard = data?.dashboard;
  const fmt = useArFormat();

  return (
    <>
      <PageHeader
        title={t('dashboard.greeting', { name: viewer.fullName || viewer.email })}
        description={
          dashboard
            ? t('arDashboard.subtitle', { organization: organization.name, date: fmt.day(dashboard.asOf) })
            : t('dashboard.subtitle', { organization: organization.name })
        }
        extra={
          <Space>
            {can('CUSTOMERS_MANAGE') && (
              <Link to="/customers/new">
                <Button icon={<UserAddOutlined />}>{t('customers.new')}</Button>
              </Link>
            )}
            {can('INVOICES_MANAGE') && (
              <Link to="/invoices/new">
                <Button type="primary" icon={<FileAddOutlined />}>{t('invoices.new')}</Button>
              </Link>
            )}
          </Space>
        }
      />
      {error && !dashboard ? (
        <QueryError error={error} onRetry={() => reload({ requestPolicy: 'network-only' })} />
      ) : !dashboard ? (
        <Card>
          <Skeleton active paragraph={{ rows: 8 }} />
        </Card>
      ) : (
        <DashboardBody dashboard={dashboard} loading={fetching} />
      )}
    </>
  );
}

function DashboardBody({ dashboard }: { dashboard: Data; loading: boolean }) {
  const { t } = useTranslation();
  const fmt = useArFormat();
  const money = (amount: string) => fmt.money(amount, dashboard.currency);
  const empty = dashboard.openInvoiceCount === 0 && dashboard.trend.every((p) => Number(p.ar) === 0);

  const aging = useMemo(
    () =>
      barOption(
        dashboard.aging.buckets.map((b) => bucketAxisLabel(t, b)),
        dashboard.aging.buckets.map((b) => b.amount),
        money,
        agingColors(dashboard.aging.buckets.length),
      ),
    [dashboard, t, fmt],
  );
  const arTrend = useMemo(
    () =>
      lineOption(
        dashboard.trend.map((p) => monthLabel(p.start, fmt.locale)),
        [
          { name: t('arDashboard.arTotal'), values: dashboard.trend.map((p) => p.ar), color: COLORS.primary, area: true },
          { name: t('arDashboard.overdueAr'), values: dashboard.trend.map((p) => p.overdueAr), color: COLORS.overdue },
        ],
        money,
      ),
    [dashboard, t, fmt],
  );
  const dsoTrend = useMemo(
    () =>
      lineOption(
        dashboard.trend.map((p) => monthLabel(p.start, fmt.locale)),
        [{ name: t('arDashboard.dso'), values: dashboard.trend.map((p) => p.dso ?? null), color: COLORS.warning, area: true }],
        (v) => t('arDashboard.days', { days: fmt.number(v) }),
      ),
    [dashboard, t, fmt],
  );
  const forecast = useMemo(() => {
    const labels = [
      t('arDashboard.overdueNow'),
      ...dashboard.forecast.map((w) => (w.end ? weekLabel(w.start, fmt.locale) : t('arDashboard.later'))),
    ];
    const amounts = [dashboard.overdueReceivable, ...dashboard.forecast.map((w) => w.amount)];
    return barOption(labels, amounts, money, [COLORS.overdue, ...dashboard.forecast.map(() => COLORS.primary)]);
  }, [dashboard, t, fmt]);

  return (
    <Row gutter={[16, 16]} data-testid="ar-dashboard">
      <Col xs={24} sm={12} xl={5}>
        <Card className="kpi-card">
          <Statistic title={t('arDashboard.arTotal')} value={money(dashboard.arTotal)} data-testid="kpi-ar-total" />
          <Typography.Text type="secondary">{t('arDashboard.openInvoices', { count: dashboard.openInvoiceCount })}</Typography.Text>
        </Card>
      </Col>
      <Col xs={24} sm={12} xl={5}>
        <Card className="kpi-card">
          <Statistic
            title={t('arDashboard.overdueAr')}
            value={money(dashboard.overdueAr)}
            styles={{ content: { color: Number(dashboard.overdueAr) > 0 ? COLORS.overdue : undefined } }}
            data-testid="kpi-overdue"
          />
          <Typography.Text type="secondary">
            {t('arDashboard.overdueRatio', { ratio: fmt.percent(dashboard.overdueRatio) })}
          </Typography.Text>
        </Card>
      </Col>
      <Col xs={24} sm={8} xl={4}>
        <Card className="kpi-card">
          <Statistic title={t('arDashboard.dso')} value={dashboard.dso ? fmt.number(dashboard.dso) : '—'} suffix={dashboard.dso ? t('arDashboard.daysUnit') : undefined} />
          <Typography.Text type="secondary">{t('arDashboard.dsoHint')}</Typography.Text>
        </Card>
      </Col>
      <Col xs={24} sm={8} xl={5}>
        <Card className="kpi-card">
          <Statistic title={t('arDashboard.ceiMtd')} value={dashboard.monthToDate.cei ? `${fmt.number(dashboard.monthToDate.cei)}%` : '—'} />
          <Typography.Text type="secondary">{t('arDashboard.ceiHint')}</Typography.Text>
        </Card>
      </Col>
      <Col xs={24} sm={8} xl={5}>
        <Card className="kpi-card">
          <Statistic title={t('arDashboard.cashMtd')} value={money(dashboard.monthToDate.cashCollected)} data-testid="kpi-cash" />
          <Typography.Text type="secondary">
            {t('arDashboard.salesMtd', { amount: money(dashboard.monthToDate.creditSales) })}
          </Typography.Text>
        </Card>
      </Col>

      <Col xs={24}>
        <OpenAlerts />
      </Col>

      {empty ? (
        <Col xs={24}>
          <Card>
            <Empty description={t('arDashboard.empty')}>
              <Space>
                <Link to="/customers">{t('arDashboard.goCustomers')}</Link>
                <Link to="/invoices/new">{t('invoices.new')}</Link>
              </Space>
            </Empty>
          </Card>
        </Col>
      ) : (
        <>
          <Col xs={24} xl={12}>
            <Card title={t('arDashboard.aging')} extra={<Link to="/analytics">{t('arDashboard.details')}</Link>}>
              <Chart option={aging} height={260} label={t('arDashboard.aging')} />
            </Card>
          </Col>
          <Col xs={24} xl={12}>
            <Card title={t('arDashboard.forecast')} extra={<Typography.Text type="secondary">{t('arDashboard.forecastHint')}</Typography.Text>}>
              <Chart option={forecast} height={260} label={t('arDashboard.forecast')} />
            </Card>
          </Col>
          <Col xs={24} xl={12}>
            <Card title={t('arDashboard.arTrend')}>
              <Chart option={arTrend} height={260} label={t('arDashboard.arTrend')} />
            </Card>
          </Col>
          <Col xs={24} xl={12}>
            <Card title={t('arDashboard.dsoTrend')}>
              <Chart option={dsoTrend} height={260} label={t('arDashboard.dsoTrend')} />
            </Card>
          </Col>
        </>
      )}
      <Col xs={24}>
        <Card title={t('arDashboard.topOverdue')}>
          <TopOverdue customers={dashboard.topOverdueCustomers} currency={dashboard.currency} />
        </Card>
      </Col>
    </Row>
  );
}

function TopOverdue({ customers, currency }: { customers: readonly TopCustomer[]; currency: string }) {
  const { t } = useTranslation();
  const fmt = useArFormat();
  const columns: ColumnsType<TopCustomer> = [
    {
      title: t('customers.name'),
      key: 'name',
      render: (_, c) => (
        <Link to={`/customers/${c.customerId}`}>
          {c.name} <span className="muted">· {c.code}</span>
        </Link>
      ),
    },
    { title: t('arDashboard.overdueAmount'), dataIndex: 'overdueAmount', align: 'right', render: (v: string) => <strong>{fmt.money(v, currency)}</strong> },
    { title: t('arDashboard.daysOverdue'), dataIndex: 'daysOverdue', align: 'right', render: (v: number) => <Tag color={v > 90 ? 'red' : v > 30 ? 'orange' : 'gold'}>{t('arDashboard.days', { days: v })}</Tag> },
    { title: t('arDashboard.invoiceCount'), dataIndex: 'invoiceCount', align: 'right' },
  ];
  return (
    <Table
      rowKey="customerId"
      size="middle"
      columns={columns}
      dataSource={customers}
      pagination={false}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('arDashboard.noOverdue')} /> }}
    />
  );
}

function OpenAlerts() {
  const { t } = useTranslation();
  const [{ data, error }] = useQuery({ query: DashboardAlerts });
  if (error || !data) return null;
  const counts = data.alertCounts;
  return (
    <Card size="small" className="alerts-strip" data-testid="open-alerts">
      <Space wrap>
        <AlertOutlined className={counts.open > 0 ? 'alerts-strip-icon is-active' : 'alerts-strip-icon'} />
        <Typography.Text strong>{t('arDashboard.openAlerts', { count: counts.open })}</Typography.Text>
        {counts.openCritical > 0 && <Tag color="red">{t('arDashboard.critical', { count: counts.openCritical })}</Tag>}
        {counts.openWarning > 0 && <Tag color="orange">{t('arDashboard.warning', { count: counts.openWarning })}</Tag>}
        {PAGES.some((page) => page.path === 'alerts') && <Link to="/alerts">{t('arDashboard.viewAlerts')}</Link>}
      </Space>
    </Card>
  );
}

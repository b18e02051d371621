import { Card, Col, DatePicker, Empty, Row, Skeleton, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { Chart } from '../../charts/Chart';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { ExportButtons } from '../../exports/ExportButtons';
import { graphql } from '../../gql';
import type { KpiReportQuery } from '../../gql/graphql';
import { useWorkspace } from '../../workspace/WorkspaceProvider';
import { useArFormat } from '../ar/format';
import { agingColors, barOption } from '../dashboard/charts';
import { bucketAxisLabel, bucketLabel } from '../dashboard/labels';
import { AgingByCustomerSection } from './AgingByCustomer';
import { CutBar, cutInput, type Cut } from './CutBar';
import { ForecastSection } from './ForecastSection';
import { kpiRows } from './kpis';
import { periodPresets } from './periods';
import { TrendsSection } from './TrendsSection';

const AgingReportQuery = graphql(`
  query AgingReport($asOf: Date) {
    aging(asOf: $asOf) {
      asOf
      basis
      total
      invoiceCount
      buckets {
        label
        fromDays
        toDays
        amount
        invoiceCount
      }
    }
  }
`);

const KpiReportDoc = graphql(`
  query KpiReport($start: Date!, $end: Date!, $cut: AnalyticsCut) {
    kpis(start: $start, end: $end, cut: $cut) {
      start
      end
      days
      beginningAr
      endingAr
      endingCurrentAr
      endingOverdueAr
      creditSales
      cashCollected
      writeOffs
      standardDso
      countbackDso
      bestPossibleDso
      averageDaysDelinquent
      cei
      collectionRate
      overdueRatio
      overdueRatioByCount
      badDebtRatio
      arTurnover
      turnoverDays
      promisesFallenDue
      promiseKeptRate
      averageDaysToPay
      averageDaysLate
    }
  }
`);

export type KpiReport = KpiReportQuery['kpis'];

export default function AnalyticsPage() {
  const { t } = useTranslation();
  const { organization } = useWorkspace();
  const [asOf, setAsOf] = useState<Dayjs>(() => dayjs().tz(organization.timezone));
  return (
    <>
      <PageHeader title={t('analytics.title')} description={t('analytics.description')} />
      <Row gutter={[16, 16]}>
        <Col xs={24}>
          <AgingSection asOf={asOf} setAsOf={setAsOf} />
        </Col>
        <Col xs={24}>
          <AgingByCustomerSection asOf={asOf.format('YYYY-MM-DD')} />
        </Col>
        <Col xs={24}>
          <KpiSection />
        </Col>
        <Col xs={24}>
          <TrendsSection />
        </Col>
        <Col xs={24}>
          <ForecastSection />
        </Col>
      </Row>
    </>
  );
}

function AgingSection({ asOf, setAsOf }: { asOf: Dayjs; setAsOf(day: Dayjs): void }) {
  const { t } = useTranslation();
  const fmt = useArFormat();
  const [{ data, error, fetching }, reload] = useQuery({ query: AgingReportQuery, variables: { asOf: asOf.format('YYYY-MM-DD') } });
  const report = data?.aging;
  const rows = useMemo(
    () =>
      (report?.buckets ?? []).map((b) => ({
        key: b.label,
        label: bucketLabel(t, b),
        axis: bucketAxisLabel(t, b),
        amount: b.amount,
        invoiceCount: b.invoiceCount,
        share: report && Number(report.total) > 0 ? (Number(b.amount) / Number(report.total)) * 100 : 0,
      })),
    [report, t],
  );
  const option = useMemo(
    () => barOption(rows.map((r) => r.axis), rows.map((r) => r.amount), (v) => fmt.money(v), agingColors(rows.length)),
    [rows, fmt],
  );
  return (
    <Card
      title={t('analytics.aging')}
      extra={
        <div className="card-tools">
          <DatePicker value={asOf} onChange={(d) => d && setAsOf(d)} allowClear={false} aria-label={t('analytics.asOf')} prefix={<span className="muted">{t('analytics.asOf')}</span>} />
          <ExportButtons kind="aging_summary" filters={{ asOf: asOf.format('YYYY-MM-DD') }} />
        </div>
      }
    >
      {error ? (
        <QueryError error={error} onRetry={() => reload({ requestPolicy: 'network-only' })} />
      ) : !report && fetching ? (
        <Skeleton active />
      ) : report ? (
        <Row gutter={[24, 16]}>
          <Col xs={24} xl={12}>
            {Number(report.total) > 0 ? <Chart option={option} height={280} label={t('analytics.aging')} /> : <Empty description={t('analytics.noAr')} />}
          </Col>
          <Col xs={24} xl={12}>
            <Table
              size="small"
              pagination={false}
              dataSource={rows}
              data-testid="aging-table"
              columns={[
                { title: t('analytics.bucket'), dataIndex: 'label' },
                { title: t('analytics.amount'), dataIndex: 'amount', align: 'right', render: (v: string) => fmt.money(v) },
                { title: t('analytics.invoiceCount'), dataIndex: 'invoiceCount', align: 'right' },
                { title: t('analytics.share'), dataIndex: 'share', align: 'right', render: (v: number) => `${v.toFixed(1)}%` },
              ]}
              summary={() => (
                <Table.Summary.Row>
                  <Table.Summary.Cell index={0}><strong>{t('analytics.total')}</strong></Table.Summary.Cell>
                  <Table.Summary.Cell index={1} align="right"><strong>{fmt.money(report.total)}</strong></Table.Summary.Cell>
                  <Table.Summary.Cell index={2} align="right">{report.invoiceCount}</Table.Summary.Cell>
                  <Table.Summary.Cell index={3} align="right">{Number(report.total) > 0 ? '100.0%' : '—'}</Table.Summary.Cell>
                </Table.Summary.Row>
              )}
            />
            <Typography.Text type="secondary" className="table-note">
              {t(report.basis === 'DUE_DATE' ? 'analytics.basisDue' : 'analytics.basisInvoice')} {t('analytics.invoiceCountNote')}
            </Typography.Text>
          </Col>
        </Row>
      ) : null}
    </Card>
  );
}

function KpiSection() {
  const { t } = useTranslation();
  const fmt = useArFormat();
  const presets = useMemo(() => periodPresets(fmt.today()), [fmt]);
  const [period, setPeriod] = useState<[Dayjs, Dayjs]>(() => [dayjs(presets[0]!.start), dayjs(presets[0]!.end)]);
  const [cut, setCut] = useState<Cut>({});
  const [{ data, error, fetching }, reload] = useQuery({
    query: KpiReportDoc,
    variables: { start: period[0].format('YYYY-MM-DD'), end: period[1].format('YYYY-MM-DD'), cut: cutInput(cut) },
  });
  const rows = data ? kpiRows(t, data.kpis, fmt) : [];
  return (
    <Card
      title={t('analytics.kpis')}
      data-testid="kpi-card"
      extra={
        <div className="card-tools">
          <DatePicker.RangePicker
            value={period}
            allowClear={false}
            onChange={(v) => v && v[0] && v[1] && setPeriod([v[0], v[1]])}
            disabledDate={(d) => d.format('YYYY-MM-DD') > fmt.today()}
            presets={presets.map((p) => ({ label: t(`analytics.presets.${p.key}`), value: [dayjs(p.start), dayjs(p.end)] as [Dayjs, Dayjs] }))}
          />
          <ExportButtons kind="kpis" filters={{ start: period[0].format('YYYY-MM-DD'), end: period[1].format('YYYY-MM-DD'), ...cutInput(cut) }} />
        </div>
      }
    >
      <CutBar cut={cut} onChange={setCut} />
      {error ? (
        <QueryError error={error} onRetry={() => reload({ requestPolicy: 'network-only' })} />
      ) : !data && fetching ? (
        <Skeleton active />
      ) : (
        <Row gutter={[16, 16]}>
          {(['position', 'flows', 'speed', 'quality'] as const).map((group) => (
            <Col xs={24} md={12} xl={6} key={group}>
              <div className="kpi-group">
                <Typography.Title level={5}>{t(`analytics.groups.${group}`)}</Typography.Title>
                <dl className="kpi-list" data-testid={`kpi-${group}`}>
                  {rows
                    .filter((r) => r.group === group)
                    .map((r) => (
                      <div key={r.key} className="kpi-item" title={r.hint}>
                        <dt>{r.label}</dt>
                        <dd>{r.display}</dd>
                      </div>
                    ))}
                </dl>
              </div>
            </Col>
          ))}
        </Row>
      )}
    </Card>
  );
}

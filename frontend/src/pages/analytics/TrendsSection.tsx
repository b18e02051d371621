// Trend series from the daily snapshots: AR and overdue AR at each point's end, cash collected in it.
import { Card, Col, DatePicker, Empty, Row, Segmented, Skeleton } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { Chart } from '../../charts/Chart';
import { QueryError } from '../../components/QueryError';
import { graphql } from '../../gql';
import type { TrendGranularity } from '../../gql/graphql';
import { useArFormat } from '../ar/format';
import { barOption, COLORS, lineOption } from '../dashboard/charts';
import { periodPresets } from './periods';

const TrendsQuery = graphql(`
  query Trends($granularity: TrendGranularity!, $from: Date!, $to: Date!) {
    trends(granularity: $granularity, from: $from, to: $to) {
      start
      end
      snapshotDays
      arTotal
      overdueAr
      cashCollected
      dso
    }
  }
`);

const GRANULARITIES: TrendGranularity[] = ['DAY', 'WEEK', 'MONTH'];

export function TrendsSection() {
  const { t } = useTranslation();
  const fmt = useArFormat();
  const presets = useMemo(() => periodPresets(fmt.today()), [fmt]);
  const last12 = presets.find((p) => p.key === 'last12Months')!;
  const [granularity, setGranularity] = useState<TrendGranularity>('MONTH');
  const [period, setPeriod] = useState<[Dayjs, Dayjs]>(() => [dayjs(last12.start), dayjs(last12.end)]);
  const [{ data, error, fetching }, reload] = useQuery({
    query: TrendsQuery,
    variables: { granularity, from: period[0].format('YYYY-MM-DD'), to: period[1].format('YYYY-MM-DD') },
  });
  const points = data?.trends ?? [];
  const labels = points.map((p) => (granularity === 'MONTH' ? p.start.slice(0, 7) : p.start.slice(5)));
  const positions = useMemo(
    () =>
      lineOption(
        labels,
        [
          { name: t('analytics.trends.ar'), values: points.map((p) => p.arTotal ?? null), color: COLORS.primary, area: true },
          { name: t('analytics.trends.overdue'), values: points.map((p) => p.overdueAr ?? null), color: COLORS.overdue },
        ],
        (v) => fmt.money(v),
      ),
    [labels, points, t, fmt],
  );
  const cash = useMemo(() => barOption(labels, points.map((p) => p.cashCollected), (v) => fmt.money(v), COLORS.current), [labels, points, fmt]);
  const snapshots = points.some((p) => p.snapshotDays > 0);
  return (
    <Card
      title={t('analytics.trends.title')}
      data-testid="trends"
      extra={
        <div className="card-tools">
          <Segmented
            aria-label={t('analytics.trends.granularity')}
            value={granularity}
            onChange={(v) => setGranularity(v as TrendGranularity)}
            options={GRANULARITIES.map((g) => ({ value: g, label: t(`analytics.trends.${g.toLowerCase() as 'day' | 'week' | 'month'}`) }))}
          />
          <DatePicker.RangePicker
            value={period}
            allowClear={false}
            onChange={(v) => v && v[0] && v[1] && setPeriod([v[0], v[1]])}
            disabledDate={(d) => d.format('YYYY-MM-DD') > fmt.today()}
            presets={presets.map((p) => ({ label: t(`analytics.presets.${p.key}`), value: [dayjs(p.start), dayjs(p.end)] as [Dayjs, Dayjs] }))}
          />
        </div>
      }
    >
      {error ? (
        <QueryError error={error} onRetry={() => reload({ requestPolicy: 'network-only' })} />
      ) : !data && fetching ? (
        <Skeleton active />
      ) : !snapshots ? (
        <Empty description={t('analytics.trends.noSnapshots')} />
      ) : (
        <Row gutter={[24, 16]}>
          <Col xs={24} xl={14}>
            <Chart option={positions} height={260} label={t('analytics.trends.title')} />
          </Col>
          <Col xs={24} xl={10}>
            <Chart option={cash} height={260} label={t('analytics.trends.cash')} />
          </Col>
        </Row>
      )}
    </Card>
  );
}

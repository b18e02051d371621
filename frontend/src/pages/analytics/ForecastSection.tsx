// The 13-week cash forecast, and the 13 weeks before: what was forecast then against what came in.
import { Card, Col, Row, Skeleton, Table, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { Chart } from '../../charts/Chart';
import { QueryError } from '../../components/QueryError';
import { graphql } from '../../gql';
import { useArFormat } from '../ar/format';
import { COLORS, lineOption } from '../dashboard/charts';

const ForecastQuery = graphql(`
  query CashForecast {
    cashForecast {
      asOf
      later
      total
      weeks {
        start
        end
        expected
        promised
      }
      pastWeeks {
        start
        forecast
        actual
      }
    }
  }
`);

export function ForecastSection() {
  const { t } = useTranslation();
  const fmt = useArFormat();
  const [{ data, error, fetching }, reload] = useQuery({ query: ForecastQuery });
  const report = data?.cashForecast;
  const weeks = report?.weeks ?? [];
  const past = report?.pastWeeks ?? [];
  const ahead = useMemo(
    () => ({
      grid: { left: 8, right: 8, top: 36, bottom: 4, containLabel: true },
      legend: { top: 0, left: 0, textStyle: { color: '#475467' } },
      tooltip: { trigger: 'axis', valueFormatter: (v: number) => fmt.money(String(v)) },
      xAxis: { type: 'category', data: weeks.map((w) => w.start.slice(5)), axisTick: { show: false }, axisLabel: { color: '#667085', hideOverlap: true } },
      yAxis: { type: 'value', axisLabel: { color: '#667085' }, splitLine: { lineStyle: { color: '#eef0f4' } } },
      series: [
        { type: 'bar', stack: 'w', name: t('analytics.forecast.expected'), data: weeks.map((w) => Number(w.expected) - Number(w.promised)), itemStyle: { color: COLORS.primary }, barMaxWidth: 28 },
        { type: 'bar', stack: 'w', name: t('analytics.forecast.promised'), data: weeks.map((w) => Number(w.promised)), itemStyle: { color: COLORS.warning }, barMaxWidth: 28 },
      ],
    }),
    [weeks, t, fmt],
  );
  const behind = useMemo(
    () =>
      lineOption(
        past.map((w) => w.start.slice(5)),
        [
          { name: t('analytics.forecast.forecastThen'), values: past.map((w) => w.forecast), color: COLORS.muted },
          { name: t('analytics.forecast.actual'), values: past.map((w) => w.actual), color: COLORS.current, area: true },
        ],
        (v) => fmt.money(v),
      ),
    [past, t, fmt],
  );
  return (
    <Card title={t('analytics.forecast.title')} data-testid="cash-forecast">
      {error ? (
        <QueryError error={error} onRetry={() => reload({ requestPolicy: 'network-only' })} />
      ) : !report && fetching ? (
        <Skeleton active />
      ) : report ? (
        <Row gutter={[24, 16]}>
          <Col xs={24} xl={14}>
            <Chart option={ahead} height={260} label={t('analytics.forecast.title')} />
            <Typography.Text type="secondary" className="table-note">{t('analytics.forecast.hint')}</Typography.Text>
          </Col>
          <Col xs={24} xl={10}>
            <Table
              size="small"
              pagination={false}
              data-testid="forecast-totals"
              rowKey="key"
              dataSource={[
                { key: 'later', label: t('analytics.forecast.later'), amount: report.later },
                { key: 'total', label: t('analytics.forecast.total'), amount: report.total },
              ]}
              columns={[
                { title: t('analytics.forecast.week'), dataIndex: 'label' },
                { title: t('analytics.forecast.expected'), dataIndex: 'amount', align: 'right', render: (v: string) => fmt.money(v) },
              ]}
            />
          </Col>
          <Col xs={24}>
            <Typography.Title level={5}>{t('analytics.forecast.past')}</Typography.Title>
            <Chart option={behind} height={220} label={t('analytics.forecast.past')} />
          </Col>
        </Row>
      ) : null}
    </Card>
  );
}

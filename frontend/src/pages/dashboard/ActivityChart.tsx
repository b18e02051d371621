import { Skeleton } from 'antd';
import dayjs from 'dayjs';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { Chart, type ChartOption } from '../../charts/Chart';
import { QueryError } from '../../components/QueryError';
import { graphql } from '../../gql';
import type { AuditActivityQueryVariables } from '../../gql/graphql';

// Changes per day over the last 14 days in the organization's timezone: one exact count per day
// (the log's totalCount for that day), in one request.
const AuditActivity = graphql(`
  query AuditActivity(
    $b0: DateTime!
    $b1: DateTime!
    $b2: DateTime!
    $b3: DateTime!
    $b4: DateTime!
    $b5: DateTime!
    $b6: DateTime!
    $b7: DateTime!
    $b8: DateTime!
    $b9: DateTime!
    $b10: DateTime!
    $b11: DateTime!
    $b12: DateTime!
    $b13: DateTime!
    $b14: DateTime!
  ) {
    d0: auditLog(filter: { since: $b0, until: $b1 }, first: 1) { totalCount }
    d1: auditLog(filter: { since: $b1, until: $b2 }, first: 1) { totalCount }
    d2: auditLog(filter: { since: $b2, until: $b3 }, first: 1) { totalCount }
    d3: auditLog(filter: { since: $b3, until: $b4 }, first: 1) { totalCount }
    d4: auditLog(filter: { since: $b4, until: $b5 }, first: 1) { totalCount }
    d5: auditLog(filter: { since: $b5, until: $b6 }, first: 1) { totalCount }
    d6: auditLog(filter: { since: $b6, until: $b7 }, first: 1) { totalCount }
    d7: auditLog(filter: { since: $b7, until: $b8 }, first: 1) { totalCount }
    d8: auditLog(filter: { since: $b8, until: $b9 }, first: 1) { totalCount }
    d9: auditLog(filter: { since: $b9, until: $b10 }, first: 1) { totalCount }
    d10: auditLog(filter: { since: $b10, until: $b11 }, first: 1) { totalCount }
    d11: auditLog(filter: { since: $b11, until: $b12 }, first: 1) { totalCount }
    d12: auditLog(filter: { since: $b12, until: $b13 }, first: 1) { totalCount }
    d13: auditLog(filter: { since: $b13, until: $b14 }, first: 1) { totalCount }
  }
`);

const DAYS = 14;

export function ActivityChart({ timeZone }: { timeZone: string }) {
  const { t, i18n } = useTranslation();
  // Day boundaries: midnight in the organization's timezone, 13 days ago up to tomorrow.
  const [days, variables] = useMemo(() => {
    const today = dayjs().tz(timeZone).startOf('day');
    const bounds = Array.from({ length: DAYS + 1 }, (_, i) => today.subtract(DAYS - 1 - i, 'day'));
    const vars = Object.fromEntries(bounds.map((b, i) => [`b${i}`, b.toISOString()]));
    return [bounds.slice(0, DAYS), vars as unknown as AuditActivityQueryVariables];
  }, [timeZone]);
  const [{ data, error, fetching }, reload] = useQuery({ query: AuditActivity, variables });

  const option = useMemo<ChartOption | null>(() => {
    if (!data) return null;
    const perDay = data as unknown as Record<string, { totalCount: number } | undefined>;
    const counts = days.map((_, i) => perDay[`d${i}`]?.totalCount ?? 0);
    const format = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-US' : 'zh-CN', { month: 'numeric', day: 'numeric', timeZone });
    return {
      grid: { left: 8, right: 8, top: 16, bottom: 4, containLabel: true },
      tooltip: { trigger: 'axis' },
      xAxis: {
        type: 'category',
        data: days.map((d) => format.format(d.toDate())),
        axisTick: { show: false },
        axisLine: { lineStyle: { color: '#d0d5dd' } },
        axisLabel: { color: '#667085' },
      },
      yAxis: { type: 'value', minInterval: 1, splitLine: { lineStyle: { color: '#eef0f4' } }, axisLabel: { color: '#667085' } },
      series: [
        {
          type: 'bar',
          name: t('dashboard.operations'),
          data: counts,
          barMaxWidth: 22,
          itemStyle: { color: '#1f5fd6', borderRadius: [4, 4, 0, 0] },
        },
      ],
    };
  }, [data, days, i18n.language, t, timeZone]);

  if (error) return <QueryError error={error} onRetry={() => reload({ requestPolicy: 'network-only' })} />;
  if (fetching && !option) return <Skeleton active paragraph={{ rows: 5 }} />;
  return option ? <Chart option={option} height={240} label={t('dashboard.activityTrend')} /> : null;
}

// ECharts options of the AR dashboard and the analytics page (amounts are plotted as numbers;
// the exact figures are in the tooltips' formatter and in the tables).
import type { ChartOption } from '../../charts/Chart';

const AXIS = {
  axisTick: { show: false },
  axisLine: { lineStyle: { color: '#d0d5dd' } },
  axisLabel: { color: '#667085' },
};
const VALUE_AXIS = { type: 'value', splitLine: { lineStyle: { color: '#eef0f4' } }, axisLabel: { color: '#667085' } };
export const COLORS = { primary: '#1f5fd6', overdue: '#d64541', current: '#2e9d5b', muted: '#98a2b3', warning: '#d88a14' };

type Money = (amount: string) => string;

export function barOption(labels: string[], amounts: string[], money: Money, colors: string[] | string): ChartOption {
  return {
    grid: { left: 8, right: 8, top: 16, bottom: 4, containLabel: true },
    tooltip: { trigger: 'axis', valueFormatter: (v: number) => money(String(v)) },
    // Every label where there is room; where two would touch ("Overdue" and "11/30" on a phone),
    // the padding makes them overlap and the later one is left out rather than run together.
    xAxis: { type: 'category', data: labels, ...AXIS, axisLabel: { ...AXIS.axisLabel, interval: 0, hideOverlap: true, padding: [0, 6] } },
    yAxis: VALUE_AXIS,
    series: [
      {
        type: 'bar',
        data: amounts.map((a, i) => ({
          value: Number(a),
          itemStyle: { color: Array.isArray(colors) ? colors[i % colors.length] : colors, borderRadius: [4, 4, 0, 0] },
        })),
        barMaxWidth: 36,
      },
    ],
  };
}

export function lineOption(
  labels: string[],
  series: { name: string; values: (string | null)[]; color: string; area?: boolean }[],
  format: (value: string) => string,
): ChartOption {
  return {
    grid: { left: 8, right: 16, top: 36, bottom: 4, containLabel: true },
    legend: { top: 0, left: 0, icon: 'roundRect', itemWidth: 12, itemHeight: 4, textStyle: { color: '#475467' } },
    tooltip: { trigger: 'axis', valueFormatter: (v: number | null) => (v === null || v === undefined ? '—' : format(String(v))) },
    xAxis: { type: 'category', data: labels, boundaryGap: false, ...AXIS },
    yAxis: VALUE_AXIS,
    series: series.map((s) => ({
      type: 'line',
      name: s.name,
      data: s.values.map((v) => (v === null ? null : Number(v))),
      smooth: 0.3,
      symbolSize: 6,
      itemStyle: { color: s.color },
      lineStyle: { width: 2 },
      areaStyle: s.area ? { opacity: 0.08 } : undefined,
    })),
  };
}

/** Colors for the aging buckets: current in green, then warmer with age. */
export function agingColors(count: number): string[] {
  const scale = ['#2e9d5b', '#f0b429', '#e8833a', '#d64541', '#a3262a', '#6e1a1d'];
  return Array.from({ length: count }, (_, i) => scale[Math.min(i, scale.length - 1)]!);
}

// Apache ECharts, only the parts the pages use (so the chart code stays in the pages' chunks).
import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, AriaComponent, SVGRenderer]);

export type ChartOption = echarts.EChartsCoreOption;

interface ChartProps {
  option: ChartOption;
  height: number;
  /** What the chart shows, for screen readers (ECharts adds a description of the data). */
  label: string;
}

export function Chart({ option, height, label }: ChartProps) {
  const { i18n } = useTranslation();
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const locale = i18n.language === 'en' ? 'EN' : 'ZH';

  useEffect(() => {
    const node = element.current;
    if (!node) return;
    const instance = echarts.init(node, undefined, { renderer: 'svg', locale });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(node);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, [locale]);

  useEffect(() => {
    chart.current?.setOption({ aria: { enabled: true }, ...option }, true);
  }, [option, locale]);

  return <div ref={element} style={{ height }} role="img" aria-label={label} className="chart" />;
}

import type { TFunction } from 'i18next';
import type { KpiReportQuery } from '../../gql/graphql';

type Report = KpiReportQuery['kpis'];
type Kind = 'money' | 'days' | 'percentValue' | 'ratio' | 'times' | 'count';

const FIGURES: { key: keyof Report; group: 'position' | 'flows' | 'speed' | 'quality'; kind: Kind }[] = [
  { key: 'beginningAr', group: 'position', kind: 'money' },
  { key: 'endingAr', group: 'position', kind: 'money' },
  { key: 'endingCurrentAr', group: 'position', kind: 'money' },
  { key: 'endingOverdueAr', group: 'position', kind: 'money' },
  { key: 'creditSales', group: 'flows', kind: 'money' },
  { key: 'cashCollected', group: 'flows', kind: 'money' },
  { key: 'writeOffs', group: 'flows', kind: 'money' },
  { key: 'collectionRate', group: 'flows', kind: 'ratio' },
  { key: 'standardDso', group: 'speed', kind: 'days' },
  { key: 'countbackDso', group: 'speed', kind: 'days' },
  { key: 'bestPossibleDso', group: 'speed', kind: 'days' },
  { key: 'averageDaysDelinquent', group: 'speed', kind: 'days' },
  { key: 'arTurnover', group: 'speed', kind: 'times' },
  { key: 'turnoverDays', group: 'speed', kind: 'days' },
  { key: 'averageDaysToPay', group: 'speed', kind: 'days' },
  { key: 'averageDaysLate', group: 'speed', kind: 'days' },
  { key: 'cei', group: 'quality', kind: 'percentValue' },
  { key: 'overdueRatio', group: 'quality', kind: 'ratio' },
  { key: 'overdueRatioByCount', group: 'quality', kind: 'ratio' },
  { key: 'badDebtRatio', group: 'quality', kind: 'ratio' },
  { key: 'promiseKeptRate', group: 'quality', kind: 'ratio' },
  { key: 'promisesFallenDue', group: 'quality', kind: 'count' },
];

interface Formatters {
  money(amount: string): string;
  percent(ratio: string | null | undefined, places?: number): string;
  number(value: string | null | undefined): string;
}

export interface KpiRow {
  key: string;
  group: 'position' | 'flows' | 'speed' | 'quality';
  label: string;
  hint: string;
  display: string;
  raw: string | null;
}

/** The figures of domain.md for a period, labelled and formatted (null: no denominator). */
export function kpiRows(t: TFunction, report: Report, fmt: Formatters): KpiRow[] {
  return FIGURES.map(({ key, group, kind }) => {
    const value = report[key] as string | number | null;
    const raw = value === null || value === undefined ? null : String(value);
    let display = '—';
    if (raw !== null) {
      if (kind === 'money') display = fmt.money(raw);
      else if (kind === 'count') display = fmt.number(raw);
      else if (kind === 'days') display = t('arDashboard.days', { days: fmt.number(raw) });
      else if (kind === 'percentValue') display = `${fmt.number(raw)}%`;
      else if (kind === 'ratio') display = fmt.percent(raw, 2);
      else display = `${fmt.number(raw)}×`;
    }
    return { key, group, label: t(`analytics.figures.${key}` as 'analytics.figures.cei'), hint: t(`analytics.hints.${key}` as 'analytics.hints.cei'), display, raw };
  });
}

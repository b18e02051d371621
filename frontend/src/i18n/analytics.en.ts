// Texts of analytics II (KPI cuts, trends, the 13-week forecast, the agency overview), merged
// into the base messages by messages.ts. Only new keys: nothing here redefines another file's.
import type analyticsZhCN from './analytics.zh-CN';

const analyticsEn: typeof analyticsZhCN = {
  nav: {
    agency: 'All organizations',
  },
  analytics: {
    figures: {
      promisesFallenDue: 'Promises fallen due',
      promiseKeptRate: 'Promise-kept rate',
      averageDaysToPay: 'Average days to pay',
      averageDaysLate: 'Average days late',
    },
    hints: {
      promisesFallenDue: 'Promises whose date came in the period and that were settled (kept or broken)',
      promiseKeptRate: 'Σ kept ratios ÷ promises fallen due (a part-kept promise counts its share)',
      averageDaysToPay: 'Money received in the last 12 months, weighted by amount: payment date − invoice date',
      averageDaysLate: 'Money received in the last 12 months, weighted by amount, per installment: payment date − due date',
    },
    cut: {
      label: 'Cut',
      customer: 'Customer',
      collector: 'Collector',
      grade: 'Grade',
      currency: 'Currency',
      all: 'All',
      currencyNote: 'With a currency, amounts stay in the base currency, for the documents in that currency only.',
    },
    presets: {
      thisMonth: 'This month',
      lastMonth: 'Last month',
      thisQuarter: 'This quarter',
      lastQuarter: 'Last quarter',
      thisYear: 'This year',
      last12Months: 'Last 12 months',
    },
    trends: {
      title: 'Trends',
      granularity: 'Granularity',
      day: 'Day',
      week: 'Week',
      month: 'Month',
      ar: 'AR',
      overdue: 'Overdue',
      cash: 'Cash collected',
      dso: 'DSO (days)',
      noSnapshots: 'No daily snapshots in this period. They are taken every night; the snapshots-backfill command fills in history.',
      export: 'Export Excel',
    },
    forecast: {
      title: 'Cash forecast, next 13 weeks',
      hint: "Due dates plus each customer's amount-weighted days late; promises to pay count on their date.",
      week: 'Week',
      expected: 'Expected',
      promised: 'Promised',
      later: 'After 13 weeks',
      total: 'Total (= AR)',
      past: 'Last 13 weeks: forecast and actual',
      forecastThen: 'Forecast then',
      actual: 'Collected',
    },
    agency: {
      title: 'All organizations',
      description: 'Every organization you belong to: AR, overdue and DSO (in its base currency, as of its today).',
      organization: 'Organization',
      role: 'Role',
      ar: 'AR',
      overdue: 'Overdue',
      overdueRatio: 'Overdue ratio',
      openInvoices: 'Open invoices',
      dso: 'DSO (90 days)',
      total: '{{count}} organizations',
      empty: 'You do not belong to any organization yet',
    },
  },
  errors: {
    codes: {
      PERIOD_REVERSED: 'The period ends before it starts',
      PERIOD_IN_FUTURE: 'The period cannot end after today',
      PERIOD_TOO_LONG: 'The period is too long: shorten it or choose a coarser granularity',
      BEFORE_ORGANIZATION: 'This date is before the first day this organization has figures for',
      UNKNOWN_CUSTOMER: 'No such customer',
      UNKNOWN_COLLECTOR: 'No such collector in this organization',
      UNKNOWN_GRADE: 'No such credit grade',
      UNKNOWN_CURRENCY: 'Not a valid currency code',
      AGING_BOUNDS_UNSORTED: 'Aging bounds go from the smallest up',
      AGING_BOUNDS_OVERLAP: 'An aging bound is given twice: buckets would overlap',
      AGING_BOUND_OUT_OF_RANGE: 'Aging bounds are day counts from 1 to 36,500',
      BUSY: 'The figures are busy being computed for others: try again in a moment',
    },
  },
};

export default analyticsEn;

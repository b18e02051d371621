import dayjs from 'dayjs';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { percentString } from '../../format/decimal';
import { formatMoney } from '../../format/money';
import { intlLocale } from '../../i18n';
import { useWorkspace } from '../../workspace/WorkspaceProvider';

const dayFormatters = new Map<string, Intl.DateTimeFormat>();

/** A calendar date of the API ("2026-01-15", already in the organization's time) for the reader. */
export function formatDay(day: string, locale: string): string {
  let formatter = dayFormatters.get(locale);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    dayFormatters.set(locale, formatter);
  }
  return formatter.format(new Date(`${day}T00:00:00Z`));
}

/** Money, calendar dates, ratios and day counts for the reader's language and the organization. */
export function useArFormat() {
  const { i18n } = useTranslation();
  const { organization } = useWorkspace();
  const locale = intlLocale(i18n.language);
  const base = organization.baseCurrency;
  const timeZone = organization.timezone;
  return useMemo(
    () => ({
      locale,
      baseCurrency: base,
      /** Today in the organization's timezone, YYYY-MM-DD. */
      today: () => dayjs().tz(timeZone).format('YYYY-MM-DD'),
      money: (amount: string | null | undefined, currency: string = base) =>
        amount === null || amount === undefined ? '—' : formatMoney(amount, currency, locale),
      day: (day: string | null | undefined) => (day ? formatDay(day, locale) : '—'),
      percent: (ratio: string | null | undefined, places = 1) => (ratio === null || ratio === undefined ? '—' : `${percentString(ratio, places)}%`),
      /** A quantity with its significant decimals only: "10.0000" → "10", "2.5000" → "2.5". */
      quantity: (value: string | null | undefined) =>
        value === null || value === undefined ? '—' : new Intl.NumberFormat(locale, { maximumFractionDigits: 4 }).format(value as Intl.StringNumericLiteral),
      number: (value: string | null | undefined) =>
        value === null || value === undefined ? '—' : new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value as Intl.StringNumericLiteral),
    }),
    [base, locale, timeZone],
  );
}

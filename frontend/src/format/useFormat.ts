import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { intlLocale } from '../i18n';
import { useOptionalWorkspace } from '../workspace/WorkspaceProvider';
import { formatDate, formatDateTime, formatRelative } from './date';
import { formatMoney, formatNumber } from './money';

/** Formatters bound to the reader's language and the open organization's currency and timezone. */
export function useFormat() {
  const { i18n } = useTranslation();
  const organization = useOptionalWorkspace()?.organization;
  const locale = intlLocale(i18n.language);
  const currency = organization?.baseCurrency ?? 'CNY';
  const timeZone = organization?.timezone ?? 'Asia/Shanghai';
  return useMemo(
    () => ({
      locale,
      timeZone,
      money: (amount: string, inCurrency: string = currency) => formatMoney(amount, inCurrency, locale),
      number: (value: number) => formatNumber(value, locale),
      dateTime: (iso: string) => formatDateTime(iso, locale, timeZone),
      date: (iso: string) => formatDate(iso, locale, timeZone),
      relative: (iso: string) => formatRelative(iso, locale),
    }),
    [locale, currency, timeZone],
  );
}

import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { intlLocale } from '../i18n';
import { useOptionalWorkspace } from '../workspace/WorkspaceProvider';
import { formatDate, formatDateTime, formatRelative } from './date';

/** Formatters bound to the reader's language and the open organization's timezone (money: formatMoney). */
export function useFormat() {
  const { i18n } = useTranslation();
  const organization = useOptionalWorkspace()?.organization;
  const locale = intlLocale(i18n.language);
  const timeZone = organization?.timezone ?? 'Asia/Shanghai';
  return useMemo(
    () => ({
      locale,
      dateTime: (iso: string) => formatDateTime(iso, locale, timeZone),
      date: (iso: string) => formatDate(iso, locale, timeZone),
      relative: (iso: string) => formatRelative(iso, locale),
    }),
    [locale, timeZone],
  );
}

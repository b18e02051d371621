import type { TFunction } from 'i18next';

/** An aging bucket's label in the reader's language from its day bounds ("current" when none below 1). */
export function bucketLabel(t: TFunction, bucket: { fromDays?: number | null; toDays?: number | null; label: string }): string {
  const { fromDays, toDays } = bucket;
  if (toDays !== null && toDays !== undefined && toDays <= 0) return t('ar.aging.current');
  if (fromDays !== null && fromDays !== undefined && (toDays === null || toDays === undefined)) return t('ar.aging.over', { days: fromDays - 1 });
  if (fromDays !== null && fromDays !== undefined && toDays !== null && toDays !== undefined) return t('ar.aging.range', { from: fromDays, to: toDays });
  return bucket.label;
}

/** "2026-05" of a month's first day, as "5月" / "May". */
export function monthLabel(start: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' }).format(new Date(`${start}T00:00:00Z`));
}

export function weekLabel(start: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { month: 'numeric', day: 'numeric', timeZone: 'UTC' }).format(new Date(`${start}T00:00:00Z`));
}

/** A compact label for a chart axis: "未到期", "1–30", ">365". */
export function bucketAxisLabel(t: TFunction, bucket: { fromDays?: number | null; toDays?: number | null; label: string }): string {
  const { fromDays, toDays } = bucket;
  if (toDays !== null && toDays !== undefined && toDays <= 0) return t('ar.aging.current');
  if (fromDays !== null && fromDays !== undefined && (toDays === null || toDays === undefined)) return `>${fromDays - 1}`;
  if (fromDays !== null && fromDays !== undefined && toDays !== null && toDays !== undefined) return `${fromDays}–${toDays}`;
  return bucket.label;
}

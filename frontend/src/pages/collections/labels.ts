import type { TFunction } from 'i18next';

/** A stage's day relative to the due date: "3 days before due", "on the due date", "7 days overdue". */
export function offsetLabel(t: TFunction, days: number): string {
  if (days < 0) return t('dunning.offset.before', { count: -days });
  return days === 0 ? t('dunning.offset.on') : t('dunning.offset.after', { count: days });
}

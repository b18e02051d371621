import type { TFunction } from 'i18next';

/** A stage's day relative to the due date: "3 days before due", "on the due date", "7 days overdue". */
export function offsetLabel(t: TFunction, days: number): string {
  if (days < 0) return t('dunning.offset.before', { count: -days });
  return days === 0 ? t('dunning.offset.on') : t('dunning.offset.after', { count: days });
}

/** An action's note: a person's text as written, or the note the server wrote (a code and its
 * parameters, e.g. COLLECTION_LETTER with invoiceCount) in the reader's language. */
export function actionNote(t: TFunction, action: { note: string; noteCode: string; noteParams: unknown }): string {
  if (!action.noteCode) return action.note;
  const params = (action.noteParams ?? {}) as Record<string, unknown>;
  return t(`collections.notes.${action.noteCode}`, { ...params, count: Number(params.invoiceCount ?? 0), defaultValue: action.noteCode });
}

// Scorecard factors in the reader's language: the label from the factor's key, the figure from its
// typed parameter (numbers and percentages formatted by Intl, a category by its word), the reason an
// unknown figure is unknown from its code. The server's own (Chinese) label is never shown.
import type { TFunction } from 'i18next';
import { renderCode, type MessageParam } from '../../api/errors';
import { translateOr } from '../../i18n';

// The words of categorical figures are those of the qualitative profile's choices.
const CATEGORY_WORDS: Record<string, string> = {
  industry_risk: 'creditProfile.industry',
  management: 'creditProfile.managementQuality',
  guarantee: 'creditProfile.guarantees',
  public_record: 'creditProfile.records',
};
const UNIT_TEMPLATES: Record<string, string> = { days: 'days', count: 'count', months: 'months', years: 'years', '%': 'percent', '×': 'times' };

export interface FactorFigure {
  key: string;
  unit: string;
  valueParam?: MessageParam | null;
  note?: string | null;
}

export function factorLabel(t: TFunction, key: string): string {
  return translateOr(t, `custCredit.factors.${key}`, key);
}

/** The figure with its unit, or null when it is unknown (see factorNote). */
export function factorValue(t: TFunction, factor: FactorFigure): string | null {
  const param = factor.valueParam;
  if (!param) return null;
  if (param.kind === 'TEXT') {
    const words = CATEGORY_WORDS[factor.key];
    return words ? translateOr(t, `${words}.${param.value.toUpperCase()}`, param.value) : param.value;
  }
  return renderCode(t, 'custCredit.values', UNIT_TEMPLATES[factor.unit] ?? 'count', [param], param.value);
}

export function factorNote(t: TFunction, note: string | null | undefined): string {
  return note ? translateOr(t, `custCredit.notes.${note}`, note) : '';
}

/** What an unscored customer lacks (an assessment's `missing`), as one sentence in the reader's language. */
export function missingDataText(t: TFunction, language: string, missing: readonly string[]): string {
  const words = missing.map((group) => translateOr(t, `customers.missingData.${group}`, group));
  return t('customers.missingList', { list: new Intl.ListFormat(language, { type: 'conjunction' }).format(words) });
}

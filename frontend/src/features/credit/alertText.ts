// An alert's text in the reader's language, rendered from its code and typed parameters (amounts
// with their currency, numbers and percentages formatted by Intl): never the server's stored text.
import type { TFunction } from 'i18next';
import { renderCode, type MessageParam } from '../../api/errors';
import { translateOr } from '../../i18n';

export interface AlertMessage {
  kind: string;
  code: string;
  params: readonly MessageParam[];
}

/** The alert's one-line title; an unknown code (a newer server) reads as its kind. */
export function alertTitle(t: TFunction, alert: AlertMessage): string {
  return renderCode(t, 'alertMessages.titles', alert.code, alert.params, translateOr(t, `alerts.kinds.${alert.kind}`, alert.kind));
}

/** The label of one of the alert's figures. */
export function alertParamLabel(t: TFunction, param: MessageParam): string {
  return translateOr(t, `alertMessages.params.${param.name}`, param.name);
}

/** One of the alert's figures formatted for the reader (an amount with its currency, a percentage…). */
export function alertParamValue(t: TFunction, param: MessageParam): string {
  return renderCode(t, 'alertMessages.values', param.kind, [{ ...param, name: 'value' }], param.value);
}

// Errors from the API, in the reader's language: payload errors `{ field code message params }` go
// next to their form field. A code is rendered from its text and the error's parameters (amounts,
// numbers, percentages and dates formatted for the reader by i18next's Intl formatters); a code we
// have no text for shows the server's own message.
import type { TFunction } from 'i18next';
import type { CombinedError } from 'urql';
import type { MessageParamKind } from '../gql/graphql';
import { translateOr } from '../i18n';

export interface MessageParam {
  name: string;
  kind: MessageParamKind;
  value: string;
  currency?: string | null;
}

export interface PayloadError {
  field?: string | null;
  code: string;
  message: string;
  params?: readonly MessageParam[] | null;
}

const FORMAT: Record<MessageParamKind, (p: MessageParam) => Record<string, unknown> | undefined> = {
  TEXT: () => undefined,
  NUMBER: () => ({ maximumFractionDigits: 6 }),
  AMOUNT: (p) => ({ currency: p.currency ?? 'CNY' }),
  PERCENT: () => ({ style: 'percent', maximumFractionDigits: 2 }),
  DATE: () => ({ timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' }),
};

function paramValue(p: MessageParam): unknown {
  if (p.kind === 'PERCENT') return Number(p.value) / 100;
  if (p.kind === 'DATE') return new Date(`${p.value}T00:00:00Z`);
  return p.value;
}

/** i18next options for a message's parameters: the values, per-value Intl options, and a `cause`
 * parameter as the text's context (`CODE_cause`), a `count` parameter as the plural's number (`CODE_one`). Texts name the formatter: `{{limit, currency}}`,
 * `{{days, number}}`, `{{rate, number}}` for a percentage, `{{on, datetime}}`. */
export function messageOptions(params: readonly MessageParam[] | null | undefined): Record<string, unknown> {
  const options: Record<string, unknown> = {};
  const formatParams: Record<string, Record<string, unknown>> = {};
  for (const p of params ?? []) {
    options[p.name] = paramValue(p);
    const format = FORMAT[p.kind](p);
    if (format) formatParams[p.name] = format;
    if (p.name === 'cause') options.context = p.value;
    if (p.name === 'count') options.count = Number(p.value);
  }
  return { ...options, formatParams };
}

/** The text of a code in `namespace` rendered with its parameters, or `fallback`. */
export function renderCode(t: TFunction, namespace: string, code: string, params: readonly MessageParam[] | null | undefined, fallback: string): string {
  const render = t as unknown as (key: string, options: Record<string, unknown>) => string;
  return render(`${namespace}.${code}`, { ...messageOptions(params), defaultValue: fallback });
}

/** The short text of an error's code (a title), without its parameters. */
export function errorTitle(t: TFunction, error: PayloadError): string {
  return translateOr(t, `errors.codes.${error.code}`, error.message);
}

/** An error as a sentence: its detailed text with the parameters when the server sent some and we
 * have one (`errors.details.*`), else the code's short text, else the server's message. */
export function errorText(t: TFunction, error: PayloadError): string {
  const title = errorTitle(t, error);
  return error.params?.length ? renderCode(t, 'errors.details', error.code, error.params, title) : title;
}

export interface SplitErrors {
  /** Messages per form field (the payload's camelCase field names are the form's names). */
  fields: Record<string, string[]>;
  /** Messages for errors without a field, or for a field the form does not show. */
  form: string[];
}

export function splitErrors(t: TFunction, errors: readonly PayloadError[], formFields: readonly string[]): SplitErrors {
  const split: SplitErrors = { fields: {}, form: [] };
  for (const error of errors) {
    const text = errorText(t, error);
    if (error.field && formFields.includes(error.field)) {
      (split.fields[error.field] ??= []).push(text);
    } else {
      split.form.push(text);
    }
  }
  return split;
}

/** A request-level failure (network, refused access, server error) as one sentence. */
export function combinedErrorText(t: TFunction, error: CombinedError): string {
  if (error.networkError && error.graphQLErrors.length === 0) return t('errors.network');
  const first = error.graphQLErrors[0];
  if (first === undefined) return error.message;
  const code = first.extensions?.code;
  const params = first.extensions?.params as MessageParam[] | undefined;
  return typeof code === 'string' ? errorText(t, { code, message: first.message, params }) : first.message;
}

export function errorCode(error: CombinedError | undefined): string | undefined {
  const code = error?.graphQLErrors[0]?.extensions?.code;
  return typeof code === 'string' ? code : undefined;
}

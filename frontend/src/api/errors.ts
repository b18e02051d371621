// Errors from the API, in the reader's language: payload errors `{ field code message }` go next
// to their form field; a code we have a message for is translated, any other shows the server's
// own message.
import type { TFunction } from 'i18next';
import type { CombinedError } from 'urql';
import { translateOr } from '../i18n';

export interface PayloadError {
  field?: string | null;
  code: string;
  message: string;
}

export function errorText(t: TFunction, error: PayloadError): string {
  return translateOr(t, `errors.codes.${error.code}`, error.message);
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
  return typeof code === 'string' ? errorText(t, { code, message: first.message }) : first.message;
}

export function errorCode(error: CombinedError | undefined): string | undefined {
  const code = error?.graphQLErrors[0]?.extensions?.code;
  return typeof code === 'string' ? code : undefined;
}

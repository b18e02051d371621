import { App } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { combinedErrorText, errorText, type PayloadError } from './errors';

/**
 * The outcome of a one-click action (a button in a table row): the API's refusal as an error
 * message in the reader's language, else `success`. Returns whether it went through.
 */
export function useActionResult() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  return useCallback(
    (requestError: CombinedError | undefined, errors: readonly PayloadError[] | undefined, success: string): boolean => {
      if (requestError) {
        message.error(combinedErrorText(t, requestError));
        return false;
      }
      if (errors && errors.length > 0) {
        message.error(errors.map((e) => errorText(t, e)).join(' '));
        return false;
      }
      message.success(success);
      return true;
    },
    [message, t],
  );
}

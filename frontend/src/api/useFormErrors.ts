import type { FormInstance } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { combinedErrorText, splitErrors, type PayloadError } from './errors';

/**
 * Shows a mutation's errors on an antd form: each next to its field, the rest above the form.
 * `show` returns true when there was anything to show.
 */
export function useFormErrors(form: FormInstance, formFields: readonly string[]) {
  const { t } = useTranslation();
  const [formErrors, setFormErrors] = useState<string[]>([]);

  const show = useCallback(
    (errors: readonly PayloadError[] | undefined, requestError?: CombinedError): boolean => {
      if (requestError) {
        setFormErrors([combinedErrorText(t, requestError)]);
        return true;
      }
      const split = splitErrors(t, errors ?? [], formFields);
      form.setFields(formFields.map((name) => ({ name, errors: split.fields[name] ?? [] })));
      setFormErrors(split.form);
      return (errors ?? []).length > 0;
    },
    [form, formFields, t],
  );

  const clear = useCallback(() => setFormErrors([]), []);
  return { formErrors, show, clear };
}

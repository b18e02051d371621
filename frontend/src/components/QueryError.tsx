import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { combinedErrorText } from '../api/errors';

/** A failed load, in words, with a way to try again. */
export function QueryError({ error, onRetry }: { error: CombinedError; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="error"
      showIcon
      title={t('errors.loadFailed')}
      description={combinedErrorText(t, error)}
      action={onRetry && <Button size="small" onClick={onRetry}>{t('common.retry')}</Button>}
      className="query-error"
    />
  );
}

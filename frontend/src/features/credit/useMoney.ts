import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../format/money';
import { intlLocale } from '../../i18n';
import { useWorkspace } from '../../workspace/WorkspaceProvider';

/** Amounts in the organization's base currency (or the one given), in the reader's language. */
export function useMoney() {
  const { i18n } = useTranslation();
  const { organization } = useWorkspace();
  const locale = intlLocale(i18n.language);
  return (amount: string, currency: string = organization.baseCurrency) => formatMoney(amount, currency, locale);
}

import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { useArFormat } from '../ar/format';

const CustomerUnapplied = graphql(`
  query CustomerUnapplied($customerId: ID!) {
    customerUnappliedCash(customerId: $customerId) {
      currency
      amount
    }
  }
`);

/** A customer's money received but not yet applied, per currency. */
export function UnappliedCash({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const fmt = useArFormat();
  const [{ data }] = useQuery({ query: CustomerUnapplied, variables: { customerId }, requestPolicy: 'cache-and-network' });
  const amounts = (data?.customerUnappliedCash ?? []).filter((m) => Number(m.amount) !== 0);
  if (amounts.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      className="form-alert"
      data-testid="unapplied-cash"
      title={t('payments.unappliedCash', { amounts: amounts.map((m) => fmt.money(m.amount, m.currency)).join(' · ') })}
    />
  );
}

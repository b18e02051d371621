import { useQuery } from 'urql';
import { graphql } from '../../gql';
import type { CollectionsOpenInvoicesQuery } from '../../gql/graphql';

const CollectionsOpenInvoices = graphql(`
  query CollectionsOpenInvoices($customerId: ID!) {
    invoices(filter: { customerId: $customerId, status: [ISSUED, PARTIALLY_PAID] }, sort: { field: DUE_DATE }, first: 100) {
      nodes {
        id
        number
        currency
        dueDate
        openAmount
      }
    }
  }
`);

export type OpenInvoice = CollectionsOpenInvoicesQuery['invoices']['nodes'][number];

/** The customer's open invoices (issued, partly paid), earliest due first. */
export function useOpenInvoices(customerId: string) {
  const [{ data, fetching }] = useQuery({ query: CollectionsOpenInvoices, variables: { customerId }, requestPolicy: 'cache-and-network' });
  return { invoices: data?.invoices.nodes ?? [], loading: fetching && !data };
}

/**
 * What a promise or a dispute covers by default: the overdue invoices (else every open one) in the
 * currency of the earliest, and their open total.
 */
export function defaultCover(invoices: readonly OpenInvoice[], today: string): { ids: string[]; amount: string } {
  const overdue = invoices.filter((i) => i.dueDate && i.dueDate < today);
  const pool = overdue.length ? overdue : invoices;
  if (!pool.length) return { ids: [], amount: '' };
  const currency = pool[0].currency;
  const chosen = pool.filter((i) => i.currency === currency);
  return { ids: chosen.map((i) => i.id), amount: sumAmounts(chosen.map((i) => i.openAmount)) };
}

/** Σ of decimal strings with two places, exactly (in cents). */
export function sumAmounts(amounts: readonly string[]): string {
  const cents = amounts.reduce((sum, a) => {
    const [whole, fraction = ''] = a.replace('-', '').split('.');
    const value = BigInt(whole || '0') * 100n + BigInt((fraction + '00').slice(0, 2));
    return sum + (a.startsWith('-') ? -value : value);
  }, 0n);
  const negative = cents < 0n;
  const abs = negative ? -cents : cents;
  return `${negative ? '-' : ''}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}

/** `amount` in `count` parts of whole cents, the last taking what rounding leaves. */
export function splitAmount(amount: string, count: number): string[] {
  if (!amount || count < 1) return [];
  const total = BigInt(sumAmounts([amount]).replace('.', ''));
  const part = total / BigInt(count);
  const cents = Array.from({ length: count }, (_, i) => (i === count - 1 ? total - part * BigInt(count - 1) : part));
  return cents.map((c) => `${c / 100n}.${String(c % 100n).padStart(2, '0')}`);
}

// The allocation form: how much goes to which open invoice, explicitly or oldest due first,
// checked the way the server will check it before anything is sent.
import { add, compare, parseDecimal, sub, toDecimalString, ZERO, type Dec } from '../../format/decimal';

export interface OpenInvoice {
  id: string;
  dueDate?: string | null;
  issueDate?: string | null;
  number?: string | null;
  openAmount: string;
}

export type AllocationProblem = 'INVALID_AMOUNT' | 'EXCEEDS_OPEN_AMOUNT' | 'EXCEEDS_AVAILABLE';

export interface AllocationCheck {
  /** What would be sent: only the invoices with a positive amount. */
  allocations: { invoiceId: string; amount: string }[];
  total: string;
  remaining: string;
  /** Per invoice id; EXCEEDS_AVAILABLE is on the form (key ""). */
  problems: Record<string, AllocationProblem>;
}

/** Oldest due first (then oldest issued, then number), as the server fills them. */
export function oldestDueFirst(invoices: readonly OpenInvoice[], available: string): Record<string, string> {
  const order = [...invoices].sort(
    (a, b) =>
      (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') ||
      (a.issueDate ?? '').localeCompare(b.issueDate ?? '') ||
      (a.number ?? '').localeCompare(b.number ?? ''),
  );
  let left = parseDecimal(available) ?? ZERO;
  const plan: Record<string, string> = {};
  for (const invoice of order) {
    const open = parseDecimal(invoice.openAmount) ?? ZERO;
    if (compare(left, ZERO) <= 0) break;
    const take = compare(open, left) <= 0 ? open : left;
    if (compare(take, ZERO) > 0) plan[invoice.id] = toDecimalString(take);
    left = sub(left, take);
  }
  return plan;
}

export function checkAllocations(
  invoices: readonly OpenInvoice[],
  amounts: Record<string, string | null | undefined>,
  available: string,
): AllocationCheck {
  const problems: Record<string, AllocationProblem> = {};
  const allocations: { invoiceId: string; amount: string }[] = [];
  let total: Dec = ZERO;
  for (const invoice of invoices) {
    const text = amounts[invoice.id];
    if (text === undefined || text === null || text.trim() === '') continue;
    const amount = parseDecimal(text);
    if (!amount || amount.scale > 2 || compare(amount, ZERO) < 0) {
      problems[invoice.id] = 'INVALID_AMOUNT';
      continue;
    }
    if (compare(amount, ZERO) === 0) continue;
    if (compare(amount, parseDecimal(invoice.openAmount) ?? ZERO) > 0) problems[invoice.id] = 'EXCEEDS_OPEN_AMOUNT';
    total = add(total, amount);
    allocations.push({ invoiceId: invoice.id, amount: toDecimalString(amount) });
  }
  const remaining = sub(parseDecimal(available) ?? ZERO, total);
  if (compare(remaining, ZERO) < 0) problems[''] = 'EXCEEDS_AVAILABLE';
  return { allocations, total: toDecimalString(total), remaining: toDecimalString(remaining), problems };
}

import { describe, expect, it } from 'vitest';
import { defaultCover, splitAmount, sumAmounts } from './openInvoices';

describe('what a promise, dispute or plan covers by default', () => {
  it('adds amounts exactly', () => {
    expect(sumAmounts(['8000.00', '2000.00', '0.10', '0.2'])).toBe('10000.30');
  });

  it('splits 10,000.00 in three parts of whole cents that add up', () => {
    expect(splitAmount('10000.00', 3)).toEqual(['3333.33', '3333.33', '3333.34']);
  });

  it('takes the overdue invoices in the currency of the earliest', () => {
    const invoices = [
      { id: 'a', number: 'A', currency: 'CNY', dueDate: '2026-11-01', openAmount: '8000.00' },
      { id: 'u', number: 'U', currency: 'USD', dueDate: '2026-11-10', openAmount: '50.00' },
      { id: 'b', number: 'B', currency: 'CNY', dueDate: '2026-11-26', openAmount: '2000.00' },
      { id: 'c', number: 'C', currency: 'CNY', dueDate: '2026-12-20', openAmount: '500.00' },
    ];
    expect(defaultCover(invoices, '2026-12-01')).toEqual({ ids: ['a', 'b'], amount: '10000.00' });
  });
});

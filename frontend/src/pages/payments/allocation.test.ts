import { describe, expect, it } from 'vitest';
import { checkAllocations, oldestDueFirst } from './allocation';

const invoices = [
  { id: 'b', number: 'INV-2', dueDate: '2026-03-01', openAmount: '30.00' },
  { id: 'a', number: 'INV-1', dueDate: '2026-02-01', openAmount: '60.00' },
  { id: 'c', number: 'INV-3', dueDate: '2026-04-01', openAmount: '25.00' },
];

describe('oldestDueFirst', () => {
  it('fills the oldest due invoice first, the last one partly', () => {
    // 100 → a 60 (due 02-01), b 30 (due 03-01), c the remaining 10
    expect(oldestDueFirst(invoices, '100.00')).toEqual({ a: '60.00', b: '30.00', c: '10.00' });
  });

  it('stops when the money runs out', () => {
    expect(oldestDueFirst(invoices, '45')).toEqual({ a: '45' });
  });
});

describe('checkAllocations', () => {
  it('sums what is sent and what is left', () => {
    // 100 − (50 + 20.5) = 29.50
    const check = checkAllocations(invoices, { a: '50', b: '20.5', c: '' }, '100.00');
    expect(check.allocations).toEqual([{ invoiceId: 'b', amount: '20.5' }, { invoiceId: 'a', amount: '50' }]);
    expect([check.total, check.remaining]).toEqual(['70.50', '29.50']);
    expect(check.problems).toEqual({});
  });

  it('names the invoice that gets more than is open, and a total above the payment', () => {
    // b: 31 > 30 open; total 60 + 31 = 91 > 90 available
    const check = checkAllocations(invoices, { a: '60', b: '31' }, '90');
    expect(check.problems).toEqual({ b: 'EXCEEDS_OPEN_AMOUNT', '': 'EXCEEDS_AVAILABLE' });
    expect(check.remaining).toBe('-1.00');
  });

  it('refuses amounts that are not money', () => {
    expect(checkAllocations(invoices, { a: 'abc', b: '1.234', c: '-1' }, '90').problems).toEqual({
      a: 'INVALID_AMOUNT', b: 'INVALID_AMOUNT', c: 'INVALID_AMOUNT',
    });
  });
});

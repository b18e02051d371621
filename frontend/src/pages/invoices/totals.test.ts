import { describe, expect, it } from 'vitest';
import { invoiceTotals, percentToRate } from './totals';

describe('invoiceTotals', () => {
  it('rounds each line and its tax, then sums', () => {
    // 3 × 33.335 = 100.005 → 100.01 (half up); tax 100.01 × 0.13 = 13.0013 → 13.00
    // 1 × 0.5 = 0.50; tax 0.50 × 0.06 = 0.03
    const totals = invoiceTotals([
      { quantity: '3', unitPrice: '33.335', taxRate: '0.13' },
      { quantity: '1', unitPrice: '0.5', taxRate: '0.06' },
    ]);
    expect(totals.lines).toEqual([{ amount: '100.01', tax: '13.00' }, { amount: '0.50', tax: '0.03' }]);
    expect([totals.subtotal, totals.taxTotal, totals.total]).toEqual(['100.51', '13.03', '113.54']);
  });

  it('rounds half to even in bankers’ mode', () => {
    // 1 × 0.125 = 0.125 → 0.12 (even) rather than 0.13
    expect(invoiceTotals([{ quantity: '1', unitPrice: '0.125' }], 'BANKERS').total).toBe('0.12');
    expect(invoiceTotals([{ quantity: '1', unitPrice: '0.125' }], 'HALF_UP').total).toBe('0.13');
  });

  it('keeps every digit of large amounts and ignores unfinished lines', () => {
    // 2 × 4503599627370496.51 = 9007199254740993.02 (not representable as a double)
    const totals = invoiceTotals([{ quantity: '2', unitPrice: '4503599627370496.51' }, { quantity: '', unitPrice: '5' }, undefined]);
    expect(totals.total).toBe('9007199254740993.02');
    expect(totals.lines[1]).toEqual({ amount: '0.00', tax: '0.00' });
  });
});

describe('percentToRate', () => {
  it('turns a typed percentage into the API’s fraction', () => {
    expect(percentToRate('13')).toBe('0.13');
    expect(percentToRate(6)).toBe('0.06');
    expect(percentToRate('9.5')).toBe('0.095');
    expect(percentToRate(null)).toBe('0.00');
  });
});

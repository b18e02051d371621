import { describe, expect, it } from 'vitest';
import { formatAmount, parseAmount } from './amount';

const value = (text: string, options = {}) => {
  const parsed = parseAmount(text, options);
  return parsed.ok ? parsed.value : parsed.empty ? 'EMPTY' : parsed.problem;
};

describe('parseAmount', () => {
  it('reads amounts as finance staff type them', () => {
    expect(value('100,000.00')).toBe('100000');
    expect(value('12,000,000')).toBe('12000000');
    expect(value('500万')).toBe('5000000');
    expect(value('1.5万元')).toBe('15000');
    expect(value('2.35亿')).toBe('235000000');
    expect(value('¥ 1,234.5')).toBe('1234.5');
    expect(value('RMB 88')).toBe('88');
    expect(value('１２，０００．５０')).toBe('12000.5');
    expect(value('.5')).toBe('0.5');
    expect(value('0.10')).toBe('0.1');
  });

  it('refuses what is not an amount instead of guessing', () => {
    expect(value('')).toBe('EMPTY');
    expect(value('  ')).toBe('EMPTY');
    expect(value('abc')).toBe('INVALID');
    expect(value('1.2.3')).toBe('INVALID');
    expect(value('.')).toBe('INVALID');
    expect(value('万')).toBe('INVALID');
    expect(value('1e5')).toBe('INVALID');
    expect(value('12.345')).toBe('TOO_MANY_PLACES');
    expect(value('12.345', { places: 4 })).toBe('12.345');
    expect(value('0.00001万')).toBe('0.1');
    expect(value('0.000001万')).toBe('0.01');
    expect(value('0.0000001万')).toBe('TOO_MANY_PLACES');
    expect(value('10000000000000000')).toBe('TOO_LARGE');
    expect(value('9,999,999,999,999,999.99')).toBe('9999999999999999.99');
  });

  it('takes negatives only where the field allows them', () => {
    expect(value('-300')).toBe('NEGATIVE');
    expect(value('(1,200.00)', { allowNegative: true })).toBe('-1200');
    expect(value('-50万', { allowNegative: true })).toBe('-500000');
  });
});

describe('formatAmount', () => {
  it('groups thousands and shows the money decimals', () => {
    expect(formatAmount('100000')).toBe('100,000.00');
    expect(formatAmount('5000000')).toBe('5,000,000.00');
    expect(formatAmount('-1200.5')).toBe('-1,200.50');
    expect(formatAmount('12.3456', 2)).toBe('12.3456');
    expect(formatAmount('10', 0)).toBe('10');
    expect(formatAmount('abc')).toBe('abc');
  });
});

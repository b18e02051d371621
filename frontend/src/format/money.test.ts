import { describe, expect, it } from 'vitest';
import { currencyName, formatMoney } from './money';

describe('formatMoney', () => {
  it('formats for the reader’s language in the organization’s currency', () => {
    expect(formatMoney('1234.5', 'CNY', 'zh-CN')).toBe('¥1,234.50');
    // An English reader sees which yuan it is.
    expect(formatMoney('1234.5', 'CNY', 'en-US')).toBe('CN¥1,234.50');
    expect(formatMoney('1234.5', 'USD', 'zh-CN')).toBe('US$1,234.50');
    expect(formatMoney('1234.5', 'USD', 'en-US')).toBe('$1,234.50');
    expect(formatMoney('-80', 'EUR', 'en-US')).toBe('-€80.00');
  });

  it('keeps every digit of a NUMERIC(18,2) amount (no float rounding)', () => {
    // 9007199254740993 is not representable as a double: Number() would print …992.
    expect(formatMoney('9007199254740993.07', 'CNY', 'zh-CN')).toBe('¥9,007,199,254,740,993.07');
    expect(formatMoney('0.10', 'CNY', 'zh-CN')).toBe('¥0.10');
  });

  it('follows the currency’s own minor unit', () => {
    expect(formatMoney('1500', 'JPY', 'zh-CN')).toBe('JP¥1,500');
  });

  it('shows anything that is not a decimal as it came', () => {
    expect(formatMoney('n/a', 'CNY', 'zh-CN')).toBe('n/a');
  });

  it('names currencies in the reader’s language', () => {
    expect(currencyName('CNY', 'zh-CN')).toBe('人民币');
    expect(currencyName('CNY', 'en-US')).toBe('Chinese Yuan');
  });
});

// The draft invoice's totals as the server computes them (docs/ledger.md): line amount =
// round(quantity × unit price), line tax = round(line amount × tax rate), totals are the sums.
import { add, mul, parseDecimal, round, toDecimalString, ZERO, type Rounding } from '../../format/decimal';

export interface LineDraft {
  quantity?: string | null;
  unitPrice?: string | null;
  /** A fraction, e.g. "0.13" for 13 %. */
  taxRate?: string | null;
}

export interface Totals {
  lines: { amount: string; tax: string }[];
  subtotal: string;
  taxTotal: string;
  total: string;
}

export function invoiceTotals(lines: readonly (LineDraft | undefined)[], rounding: Rounding = 'HALF_UP'): Totals {
  let subtotal = ZERO;
  let taxTotal = ZERO;
  const out = lines.map((line) => {
    const quantity = parseDecimal(line?.quantity);
    const price = parseDecimal(line?.unitPrice);
    const rate = parseDecimal(line?.taxRate || '0');
    const amount = quantity && price ? round(mul(quantity, price), 2, rounding) : ZERO;
    const tax = rate ? round(mul(amount, rate), 2, rounding) : ZERO;
    subtotal = add(subtotal, amount);
    taxTotal = add(taxTotal, tax);
    return { amount: toDecimalString(amount), tax: toDecimalString(tax) };
  });
  return {
    lines: out,
    subtotal: toDecimalString(subtotal),
    taxTotal: toDecimalString(taxTotal),
    total: toDecimalString(add(subtotal, taxTotal)),
  };
}

/** Percent typed by a person ("13") as the API's fraction ("0.13"). */
export function percentToRate(percent: string | number | null | undefined): string {
  const value = parseDecimal(percent === null || percent === undefined ? '0' : String(percent));
  if (!value) return '0';
  return toDecimalString({ units: value.units, scale: value.scale + 2 });
}

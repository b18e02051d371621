// Amounts as finance staff type them ("100,000.00", "¥12,000,000", "500万", "(1,200.00)"), read the
// way the importer reads a cell (backend/imports/validation.py: cell_amount) plus 万/亿 and
// full-width characters, into the plain decimal string the API takes. Exact: no floating point.
import { compare, parseDecimal, toDecimalString, type Dec } from './decimal';

export type AmountProblem = 'INVALID' | 'TOO_MANY_PLACES' | 'TOO_LARGE' | 'NEGATIVE';

export interface AmountOptions {
  /** Most decimal places the field takes (money: 2; quantities and unit prices: 4; rates: 6). */
  places?: number;
  allowNegative?: boolean;
  /** Largest absolute value (the API's bound for NUMERIC(18,2) amounts by default). */
  max?: string;
}

export type ParsedAmount = { ok: true; value: string } | { ok: false; empty: true } | { ok: false; empty: false; problem: AmountProblem };

export const MAX_AMOUNT = '9999999999999999.99';

// Currency signs, thousands separators and spaces, as the importer strips them.
const NOISE = /[,，\s¥￥$]|CNY|RMB|元/g;
const MULTIPLIERS: Record<string, number> = { 万: 4, 亿: 8 };
const NUMBER = /^(\d*)(?:\.(\d*))?$/;

/** Full-width digits and signs (a Chinese input method's) as ASCII. */
function halfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ').replace(/。/g, '.');
}

/** The value without trailing zeros after the point. */
function normalized(value: Dec): Dec {
  let { units, scale } = value;
  while (scale > 0 && units % 10n === 0n) {
    units /= 10n;
    scale -= 1;
  }
  return { units, scale };
}

export function parseAmount(input: string | null | undefined, { places = 2, allowNegative = false, max = MAX_AMOUNT }: AmountOptions = {}): ParsedAmount {
  let text = halfWidth(input ?? '').toUpperCase().replace(NOISE, '');
  if (!text) return { ok: false, empty: true };
  let negative = false;
  if (text.startsWith('(') && text.endsWith(')')) {
    negative = true;
    text = text.slice(1, -1);
  } else if (text.startsWith('-')) {
    negative = true;
    text = text.slice(1);
  } else if (text.startsWith('+')) {
    text = text.slice(1);
  }
  let shift = 0;
  const unit = text.slice(-1);
  if (unit in MULTIPLIERS) {
    shift = MULTIPLIERS[unit]!;
    text = text.slice(0, -1);
  }
  const match = NUMBER.exec(text);
  const parsed = match && (match[1] || match[2]) ? parseDecimal(text) : null;
  if (!parsed) return { ok: false, empty: false, problem: 'INVALID' };
  const shifted = shift <= parsed.scale ? { units: parsed.units, scale: parsed.scale - shift } : { units: parsed.units * 10n ** BigInt(shift - parsed.scale), scale: 0 };
  const value = normalized(negative ? { units: -shifted.units, scale: shifted.scale } : shifted);
  if (value.scale > places) return { ok: false, empty: false, problem: 'TOO_MANY_PLACES' };
  if (value.units < 0n && !allowNegative) return { ok: false, empty: false, problem: 'NEGATIVE' };
  const abs = { units: value.units < 0n ? -value.units : value.units, scale: value.scale };
  if (compare(abs, parseDecimal(max)!) > 0) return { ok: false, empty: false, problem: 'TOO_LARGE' };
  return { ok: true, value: toDecimalString(value) };
}

/** A plain decimal string with thousands separators and at least `minPlaces` decimals ("100000" → "100,000.00"); anything else as it is. */
export function formatAmount(value: string | null | undefined, minPlaces = 2): string {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value ?? '');
  if (!match) return value ?? '';
  const whole = match[2]!.replace(/^0+(?=\d)/, '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const fraction = (match[3] ?? '').padEnd(minPlaces, '0');
  return `${match[1]}${whole}${fraction ? `.${fraction}` : ''}`;
}

/** Exchange rates: six decimals, up to the API's bound. */
export const RATE: AmountOptions = { places: 6, max: '999.999999' };
/** Invoice line quantities and unit prices: four decimals. */
export const LINE_VALUE: AmountOptions = { places: 4 };

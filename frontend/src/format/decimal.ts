// Exact decimal arithmetic on the API's Decimal strings (scaled BigInt), for previews that must
// show what the server will compute: no floating point anywhere.

export type Rounding = 'HALF_UP' | 'BANKERS';

const DECIMAL = /^\s*(-)?(\d*)(?:\.(\d*))?\s*$/;

/** A decimal as an integer count of 10^-scale units. */
export interface Dec {
  units: bigint;
  scale: number;
}

export function parseDecimal(text: string | null | undefined): Dec | null {
  const match = DECIMAL.exec(text ?? '');
  if (!match || (match[2] === '' && (match[3] ?? '') === '')) return null;
  const fraction = match[3] ?? '';
  const units = BigInt((match[2] || '0') + fraction);
  return { units: match[1] ? -units : units, scale: fraction.length };
}

function rescale(value: Dec, scale: number): bigint {
  return value.units * 10n ** BigInt(scale - value.scale);
}

export function add(a: Dec, b: Dec): Dec {
  const scale = Math.max(a.scale, b.scale);
  return { units: rescale(a, scale) + rescale(b, scale), scale };
}

export function sub(a: Dec, b: Dec): Dec {
  return add(a, { units: -b.units, scale: b.scale });
}

export function mul(a: Dec, b: Dec): Dec {
  return { units: a.units * b.units, scale: a.scale + b.scale };
}

export function compare(a: Dec, b: Dec): number {
  const d = sub(a, b).units;
  return d > 0n ? 1 : d < 0n ? -1 : 0;
}

export const ZERO: Dec = { units: 0n, scale: 2 };

/** Rounded to `places` decimals: half away from zero, or half to even (bankers'). */
export function round(value: Dec, places = 2, mode: Rounding = 'HALF_UP'): Dec {
  if (value.scale <= places) return { units: rescale(value, places), scale: places };
  const divisor = 10n ** BigInt(value.scale - places);
  const negative = value.units < 0n;
  const abs = negative ? -value.units : value.units;
  let quotient = abs / divisor;
  const twice = (abs % divisor) * 2n;
  if (twice > divisor || (twice === divisor && (mode === 'HALF_UP' || quotient % 2n === 1n))) quotient += 1n;
  return { units: negative ? -quotient : quotient, scale: places };
}

export function toDecimalString(value: Dec): string {
  const negative = value.units < 0n;
  const digits = (negative ? -value.units : value.units).toString().padStart(value.scale + 1, '0');
  const whole = value.scale ? digits.slice(0, -value.scale) : digits;
  const fraction = value.scale ? `.${digits.slice(-value.scale)}` : '';
  return `${negative && value.units !== 0n ? '-' : ''}${whole}${fraction}`;
}

/** Σ of decimal strings (invalid ones count as zero), with two decimals. */
export function sumStrings(values: readonly (string | null | undefined)[]): string {
  return toDecimalString(round(values.reduce<Dec>((total, v) => add(total, parseDecimal(v) ?? ZERO), ZERO)));
}

/** A ratio as a percentage string with `places` decimals ("0.1234" → "12.3"). */
export function percentString(ratio: string, places = 1): string {
  const value = parseDecimal(ratio);
  return value ? toDecimalString(round(mul(value, { units: 100n, scale: 0 }), places)) : ratio;
}

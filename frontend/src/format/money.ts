// Money for the reader's language, in the organization's currency (Intl, no floats:
// amounts arrive as decimal strings and Intl formats the string exactly).

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let cached = formatters.get(key);
  if (cached === undefined) {
    cached = new Intl.NumberFormat(locale, options);
    formatters.set(key, cached);
  }
  return cached;
}

const DECIMAL = /^-?\d+(\.\d+)?$/;

/** `amount` (a Decimal string such as "1234.50") in `currency`, e.g. ¥1,234.50 or CN¥1,234.50. */
export function formatMoney(amount: string, currency: string, locale: string): string {
  if (!DECIMAL.test(amount)) return amount;
  return formatter(locale, { style: 'currency', currency }).format(amount as Intl.StringNumericLiteral);
}

/** The currency's name in the reader's language, e.g. 人民币 / Chinese Yuan. */
export function currencyName(currency: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'currency' }).of(currency) ?? currency;
  } catch {
    return currency;
  }
}

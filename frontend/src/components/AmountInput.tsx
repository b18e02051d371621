import { Input, type InputProps } from 'antd';
import type { Rule } from 'antd/es/form';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { formatAmount, parseAmount, type AmountOptions } from '../format/amount';

type Props = Omit<InputProps, 'value' | 'onChange' | 'inputMode'> &
  AmountOptions & {
    value?: string | null;
    /** The plain decimal string ("100000.00") when the text reads as an amount, else the text as typed. */
    onChange?(value: string): void;
    /** Decimals shown after leaving the field (money: 2). */
    minPlaces?: number;
  };

/**
 * The one input for amounts: reads what finance staff type ("100,000.00", "12,000,000", "500万",
 * "¥1,200", "(300.00)") as they type, hands the form the plain decimal, and shows it grouped once
 * the field is left. A text that is not an amount stays as typed, and `amountRules` refuses it, so
 * a malformed value never reaches the API.
 */
export function AmountInput({ value, onChange, places = 2, allowNegative, max, minPlaces = Math.min(2, places), onFocus, onBlur, ...rest }: Props) {
  const [text, setText] = useState<string | null>(null);
  const shown = text ?? formatAmount(value ?? '', minPlaces);
  return (
    <Input
      {...rest}
      inputMode="decimal"
      autoComplete="off"
      value={shown}
      onFocus={(e) => {
        setText(shown);
        onFocus?.(e);
      }}
      onChange={(e) => {
        setText(e.target.value);
        const parsed = parseAmount(e.target.value, { places, allowNegative, max });
        onChange?.(parsed.ok ? parsed.value : parsed.empty ? '' : e.target.value);
      }}
      onBlur={(e) => {
        setText(null);
        onBlur?.(e);
      }}
    />
  );
}

/** Form rules of an AmountInput: required (if asked) and readable as an amount. */
export function amountRules(t: TFunction, { required = false, ...options }: AmountOptions & { required?: boolean } = {}): Rule[] {
  return [
    ...(required ? [{ required: true, whitespace: true, message: t('ar.required') }] : []),
    {
      validator: async (_, value: string | null | undefined) => {
        const parsed = parseAmount(value, options);
        if (parsed.ok || parsed.empty) return;
        throw new Error(t(`amount.problems.${parsed.problem}`, { places: options.places ?? 2 }));
      },
    },
  ];
}

/** The plain decimal of a validated AmountInput value ('' when blank). */
export function amountValue(value: string | null | undefined, options: AmountOptions = {}): string {
  const parsed = parseAmount(value, options);
  return parsed.ok ? parsed.value : '';
}

import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '../test/render';
import { AmountInput, amountRules } from './AmountInput';
import { ImplicitSubmit } from '../pages/ar/ImplicitSubmit';

function AmountForm({ onFinish }: { onFinish(values: { amount: string }): void }) {
  const { t } = useTranslation();
  return (
    <Form onFinish={onFinish}>
      <Form.Item name="amount" label="金额" rules={amountRules(t, { required: true })}>
        <AmountInput />
      </Form.Item>
      <Form.Item name="other" label="other">
        <input />
      </Form.Item>
      <ImplicitSubmit />
    </Form>
  );
}

// Typing key by key through antd's form is slow in jsdom on a busy machine.
describe('AmountInput', { timeout: 20_000 }, () => {
  it.each([
    ['100,000.00', '100000', '100,000.00'],
    ['12,000,000', '12000000', '12,000,000.00'],
    ['500万', '5000000', '5,000,000.00'],
    ['¥1,234.5', '1234.5', '1,234.50'],
  ])('reads %s as the plain decimal and shows it grouped after leaving the field', async (typed, sent, shown) => {
    const onFinish = vi.fn();
    renderApp(<AmountForm onFinish={onFinish} />);
    const input = screen.getByLabelText('金额');
    await userEvent.type(input, typed);
    expect(input).toHaveValue(typed);
    await userEvent.tab();
    expect(input).toHaveValue(shown);
    await userEvent.type(screen.getByLabelText('other'), '{Enter}');
    await waitFor(() => expect(onFinish).toHaveBeenCalledWith(expect.objectContaining({ amount: sent })));
  });

  it('refuses a text that is not an amount in the reader’s language and sends nothing', async () => {
    const onFinish = vi.fn();
    renderApp(<AmountForm onFinish={onFinish} />, { language: 'en' });
    const input = screen.getByLabelText('金额');
    await userEvent.type(input, '12.345{Enter}');
    expect(await screen.findByText('At most 2 decimal places')).toBeInTheDocument();
    await userEvent.clear(input);
    await userEvent.type(input, 'abc{Enter}');
    expect(await screen.findByText('Enter an amount, e.g. 100,000.00 or 500万')).toBeInTheDocument();
    expect(input).toHaveValue('abc');
    expect(onFinish).not.toHaveBeenCalled();
  });
});

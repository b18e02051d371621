import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../test/render';
import StatementPublicPage from './StatementPublicPage';

const STATEMENT = {
  number: 'ST-000001',
  organization: '华南五金',
  customer: { name: '杭州某某电子有限公司', code: 'C-1' },
  periodStart: '2026-02-01',
  periodEnd: '2026-02-28',
  currency: 'CNY',
  openItemsOnly: false,
  status: 'sent',
  openingBalance: '550.00',
  totalDebits: '1000.00',
  totalCredits: '1050.00',
  closingBalance: '500.00',
  aging: { buckets: [{ label: 'current', fromDays: null, toDays: 0, amount: '900.00' }], total: '900.00', unapplied: '-400.00' },
  linkExpiresAt: '2099-01-01T00:00:00+00:00',
  lines: [
    { id: 'line-b', position: 1, kind: 'invoice', date: '2026-02-03', document: 'INV-000002', reference: '', dueDate: '2026-03-05', debit: '800.00', credit: '0.00', openAmount: null, balance: '1350.00' },
    { id: 'line-p', position: 2, kind: 'payment', date: '2026-02-10', document: '', reference: 'bank_transfer', dueDate: null, debit: '0.00', credit: '300.00', openAmount: null, balance: '1050.00' },
  ],
  answer: { confirmedAt: null, confirmedBy: null, disputedAt: null, disputes: [] },
};

interface Call {
  url: string;
  method: string;
  body: unknown;
}

function fakeApi(answers: (call: Call) => { status: number; body: unknown }) {
  const calls: Call[] = [];
  const fetch = vi.fn(async (url: RequestInfo | URL, init?: RequestInit) => {
    const call = { url: String(url), method: init?.method ?? 'GET', body: init?.body ? JSON.parse(String(init.body)) : undefined };
    calls.push(call);
    const { status, body } = answers(call);
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fetch);
  return calls;
}

function open(token = 'tok-1') {
  return renderApp(
    <MemoryRouter initialEntries={[`/statement/${token}`]}>
      <Routes>
        <Route path="/statement/:token" element={<StatementPublicPage />} />
      </Routes>
    </MemoryRouter>,
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('the customer’s statement page', () => {
  it('says a refused link is not valid, and shows nothing of any statement', async () => {
    fakeApi(() => ({ status: 404, body: { error: { code: 'LINK_INVALID', message: 'no' } } }));
    open('tampered');
    expect(await screen.findByText('链接无效')).toBeInTheDocument();
    expect(screen.queryByText('往来明细')).not.toBeInTheDocument();
  });

  it('shows the lines with their running balance and disputes the chosen line with a typed amount', async () => {
    let answered = false;
    const calls = fakeApi((call) => {
      if (call.method === 'POST') {
        answered = true;
        return { status: 200, body: { status: 'disputed', repeated: false } };
      }
      const disputes = answered ? [{ lineId: 'line-b', reason: 'amount_differs', amount: '1200.00', note: '', status: 'open' }] : [];
      return { status: 200, body: { ...STATEMENT, status: answered ? 'disputed' : 'sent', answer: { ...STATEMENT.answer, disputes } } };
    });
    open();
    expect(await screen.findByText('杭州某某电子有限公司')).toBeInTheDocument();
    expect(screen.getByText('¥1,350.00')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('checkbox', { name: /INV-000002/ }));
    await userEvent.click(screen.getByRole('combobox', { name: '原因' }));
    await userEvent.click(await screen.findByTitle('金额不符'));
    await userEvent.type(screen.getByLabelText('贵司金额'), '1,200');
    await userEvent.type(screen.getByLabelText('您的姓名'), '李会计');
    await userEvent.click(screen.getByRole('button', { name: '提交差异（1 行）' }));

    expect(await screen.findByText('差异已提交')).toBeInTheDocument();
    const post = calls.find((call) => call.method === 'POST');
    expect(post?.url).toBe('/public/statements/tok-1/dispute');
    expect(post?.body).toEqual({
      name: '李会计',
      lines: [{ lineId: 'line-b', reason: 'amount_differs', amount: '1200', note: '' }],
      attachment: null,
    });
  }, 30_000);

  it('asks for a name before confirming, then confirms', async () => {
    let confirmed = false;
    const calls = fakeApi((call) => {
      if (call.method === 'POST') {
        confirmed = true;
        return { status: 200, body: { status: 'confirmed', repeated: false } };
      }
      return {
        status: 200,
        body: confirmed
          ? { ...STATEMENT, status: 'confirmed', answer: { ...STATEMENT.answer, confirmedAt: '2026-03-02T08:00:00+00:00', confirmedBy: '李会计' } }
          : STATEMENT,
      };
    });
    open();
    await userEvent.click(await screen.findByRole('button', { name: '确认无误' }));
    expect(await screen.findByText('请填写')).toBeInTheDocument();
    expect(calls.filter((call) => call.method === 'POST')).toHaveLength(0);
    await userEvent.type(screen.getByLabelText('您的姓名'), '李会计');
    await userEvent.click(screen.getByRole('button', { name: '确认无误' }));
    expect(await screen.findByText('对账已确认')).toBeInTheDocument();
    expect(calls.find((call) => call.method === 'POST')?.body).toEqual({ name: '李会计' });
  }, 30_000);
});

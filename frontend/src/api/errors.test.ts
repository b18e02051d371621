import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../i18n';
import { combinedErrorText, errorText, renderCode, splitErrors } from './errors';

const zh = createI18n('zh-CN').t;
const en = createI18n('en').t;

describe('API errors in the reader’s language', () => {
  it('translates a known code, in each language', () => {
    const error = { field: 'email', code: 'ALREADY_MEMBER', message: 'This person is already a member.' };
    expect(errorText(zh, error)).toBe('此人已是本组织成员');
    expect(errorText(en, error)).toBe('This person is already a member');
  });

  it('falls back to the server’s message for a code it does not know', () => {
    const error = { field: 'amount', code: 'SOME_NEW_RULE', message: 'Amount exceeds the credit limit.' };
    expect(errorText(zh, error)).toBe('Amount exceeds the credit limit.');
  });

  it('puts each error next to its form field, and the rest above the form', () => {
    const split = splitErrors(
      zh,
      [
        { field: 'baseCurrency', code: 'INVALID_CURRENCY', message: 'Use an ISO 4217 currency code, e.g. CNY.' },
        { field: 'name', code: 'REQUIRED', message: 'This field is required.' },
        { field: 'name', code: 'TOO_LONG', message: 'At most 200 characters.' },
        { field: 'id', code: 'NOT_FOUND', message: 'No such organization.' },
        { field: null, code: 'FORBIDDEN', message: 'No.' },
      ],
      ['name', 'baseCurrency', 'timezone'],
    );
    expect(split.fields).toEqual({
      baseCurrency: ['请使用 ISO 4217 货币代码，例如 CNY'],
      name: ['此项为必填项', '内容过长'],
    });
    expect(split.form).toEqual(['对象不存在或已被删除', '您的角色没有此操作的权限']);
  });

  it('describes request-level failures: refusals by code, a network failure as such', () => {
    const refused = new CombinedError({
      graphQLErrors: [{ message: 'You are not a member of this organization.', extensions: { code: 'NOT_A_MEMBER' } }],
    });
    expect(combinedErrorText(en, refused)).toBe('You are not a member of this organization');
    const offline = new CombinedError({ networkError: new TypeError('Failed to fetch') });
    expect(combinedErrorText(zh, offline)).toBe('无法连接服务器，请检查网络后重试。');
  });

  it('shows the one period check’s codes wherever a period is refused (KPIs, trends, performance)', () => {
    const refused = (code: string) =>
      new CombinedError({ graphQLErrors: [{ message: 'server text', extensions: { code, field: 'end', params: [] } }] });
    expect(combinedErrorText(zh, refused('PERIOD_REVERSED'))).toBe('结束日期早于开始日期');
    expect(combinedErrorText(en, refused('PERIOD_REVERSED'))).toBe('The period ends before it starts');
    expect(combinedErrorText(zh, refused('BEFORE_ORGANIZATION'))).toBe('该日期早于本组织有数据的第一天');
    expect(combinedErrorText(en, refused('PERIOD_TOO_LONG'))).toBe('The period is too long: shorten it or choose a coarser granularity');
  });
});

describe('errors rendered from their code and parameters', () => {
  const refusal = {
    field: 'customer',
    code: 'CREDIT_LIMIT_EXCEEDED',
    message: 'Issuing this invoice takes the exposure to 1017000.00, over the credit limit 800000.00.',
    params: [
      { name: 'customer', kind: 'TEXT' as const, value: 'NB-0006' },
      { name: 'exposure', kind: 'AMOUNT' as const, value: '1017000.00', currency: 'CNY' },
      { name: 'limit', kind: 'AMOUNT' as const, value: '800000.00', currency: 'CNY' },
      { name: 'excess', kind: 'AMOUNT' as const, value: '217000.00', currency: 'CNY' },
    ],
  };

  it('formats amounts with their currency for the reader', () => {
    expect(errorText(zh, refusal)).toBe('开出此发票后，客户 NB-0006 的敞口将达 ¥1,017,000.00，超出信用额度 ¥800,000.00（超出 ¥217,000.00）。');
    expect(errorText(en, refusal)).toBe(
      'Issuing this invoice takes NB-0006’s exposure to CN¥1,017,000.00, over its credit limit of CN¥800,000.00 (by CN¥217,000.00).',
    );
  });

  it('picks the variant named by the cause', () => {
    const held = {
      code: 'CUSTOMER_ON_HOLD',
      message: 'Customer NB-0006 has an invoice 144 days overdue; grade B goes on hold after 45 days.',
      params: [
        { name: 'cause', kind: 'TEXT' as const, value: 'overdue' },
        { name: 'customer', kind: 'TEXT' as const, value: 'NB-0006' },
        { name: 'grade', kind: 'TEXT' as const, value: 'B' },
        { name: 'days', kind: 'NUMBER' as const, value: '1144' },
        { name: 'holdDays', kind: 'NUMBER' as const, value: '45' },
      ],
    };
    expect(errorText(zh, held)).toBe('客户 NB-0006 有发票已逾期 1,144 天；B 级客户逾期超过 45 天即冻结开票。');
    expect(errorText(en, held)).toBe('Customer NB-0006 has an invoice 1,144 days overdue; grade B goes on hold after 45 days.');
  });

  it('renders an import row error in the reader’s language', () => {
    const params = [
      { name: 'cause', kind: 'TEXT' as const, value: 'format' },
      { name: 'value', kind: 'TEXT' as const, value: '12.345' },
      { name: 'decimals', kind: 'NUMBER' as const, value: '2' },
    ];
    expect(renderCode(zh, 'rowErrors', 'INVALID_AMOUNT', params, 'x')).toBe('「12.345」不是金额（最多 2 位小数）');
    expect(renderCode(en, 'rowErrors', 'INVALID_AMOUNT', params, 'x')).toBe('“12.345” is not an amount with at most 2 decimals');
    expect(renderCode(en, 'rowErrors', 'DUE_BEFORE_ISSUE', [], 'x')).toBe('The due date is before the invoice date');
  });
});

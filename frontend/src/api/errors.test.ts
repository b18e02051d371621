import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../i18n';
import { combinedErrorText, errorText, splitErrors } from './errors';

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
});

import { describe, expect, it } from 'vitest';
import { MESSAGES } from '.';
import { mergeMessages } from './messages';

describe('mergeMessages', () => {
  it('merges nested groups instead of replacing them', () => {
    const merged = mergeMessages({ nav: { dashboard: '概览' }, errors: { codes: { REQUIRED: '必填' } } }, {
      nav: { customers: '客户' },
      errors: { codes: { DUPLICATE_CODE: '编码重复' } },
    });
    expect(merged).toEqual({
      nav: { dashboard: '概览', customers: '客户' },
      errors: { codes: { REQUIRED: '必填', DUPLICATE_CODE: '编码重复' } },
    });
  });

  it('gives both languages the base and the receivables texts', () => {
    expect(MESSAGES['zh-CN'].nav.members).toBe('成员与角色');
    expect(MESSAGES['zh-CN'].nav.invoices).toBe('发票');
    expect(MESSAGES.en.errors.codes.LAST_OWNER).toBeTruthy();
    expect(MESSAGES.en.errors.codes.SELF_APPROVAL).toContain('another approver');
  });
});

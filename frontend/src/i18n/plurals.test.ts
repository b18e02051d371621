import { describe, expect, it } from 'vitest';
import { createI18n } from '.';

describe('counts', () => {
  it('are singular or plural in English, and one form in Chinese', () => {
    const en = createI18n('en');
    expect(en.t('arDashboard.openAlerts', { count: 1 })).toBe('1 open alert');
    expect(en.t('arDashboard.openAlerts', { count: 3 })).toBe('3 open alerts');
    expect(en.t('arDashboard.openInvoices', { count: 1 })).toBe('1 open invoice');
    expect(en.t('imports.summaries.ROWS_INVALID', { count: 1 })).toMatch(/^1 problem found/);
    expect(en.t('creditSettings.daysValue', { count: 0 })).toBe('0 days');
    const zh = createI18n('zh-CN');
    expect(zh.t('arDashboard.openAlerts', { count: 1 })).toBe('1 条未处理预警');
    expect(zh.t('arDashboard.openAlerts', { count: 3 })).toBe('3 条未处理预警');
  });
});

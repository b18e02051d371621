import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n';
import { factorLabel, factorNote, factorValue, missingDataText } from './factorText';

const zh = createI18n('zh-CN').t;
const en = createI18n('en').t;
const CJK = /[\u3400-\u9fff]/;
const KEYS = [
  'debt_to_asset', 'current_ratio', 'quick_ratio', 'net_margin', 'ocf_to_current_liabilities', 'revenue_growth', 'days_late',
  'worst_days_overdue', 'overdue_ratio', 'broken_promises', 'open_disputes', 'limit_utilization', 'relationship_months',
  'industry_risk', 'years_in_business', 'management', 'public_record', 'guarantee',
];

describe('scorecard factors in the reader’s language', () => {
  it('labels every factor from its key, in both languages', () => {
    for (const key of KEYS) {
      expect(factorLabel(en, key)).not.toBe(key);
      expect(factorLabel(en, key)).not.toMatch(CJK);
      expect(factorLabel(zh, key)).toMatch(CJK);
    }
    expect(factorLabel(en, 'debt_to_asset')).toBe('Debt to assets');
  });

  it('formats figures by kind and unit, categories by their word', () => {
    const days = { key: 'days_late', unit: 'days', valueParam: { name: 'value', kind: 'NUMBER' as const, value: '1234.5' } };
    expect(factorValue(en, days)).toBe('1,234.5 days');
    expect(factorValue(zh, days)).toBe('1,234.5 天');
    const ratio = { key: 'debt_to_asset', unit: '%', valueParam: { name: 'value', kind: 'PERCENT' as const, value: '62.50' } };
    expect(factorValue(en, ratio)).toBe('62.5%');
    const times = { key: 'current_ratio', unit: '×', valueParam: { name: 'value', kind: 'NUMBER' as const, value: '1.2500' } };
    expect(factorValue(en, times)).toBe('1.25×');
    const record = { key: 'public_record', unit: 'category', valueParam: { name: 'value', kind: 'TEXT' as const, value: 'dishonest' } };
    expect(factorValue(en, record)).toBe('Listed as dishonest');
    expect(factorValue(zh, record)).toBe('失信被执行人');
    expect(factorValue(en, { key: 'guarantee', unit: 'category', valueParam: { name: 'value', kind: 'TEXT', value: 'credit_insurance' } })).toBe('Credit insurance');
    expect(factorValue(en, { key: 'net_margin', unit: '%', valueParam: null })).toBeNull();
    expect(factorNote(en, 'no_statement')).toBe('No financial statement');
    expect(factorNote(zh, 'no_statement')).toBe('没有财务报表');
  });

  it('says what an unscored customer is missing, as a list in the reader’s language', () => {
    const all = ['FINANCIALS', 'PAYMENT_HISTORY', 'QUALITATIVE_PROFILE'];
    expect(missingDataText(en, 'en', all)).toBe('Missing: financial statements, payment history, and qualitative profile');
    expect(missingDataText(zh, 'zh-CN', all)).toBe('缺少：财务报表、往来记录和定性资料');
    expect(missingDataText(en, 'en', ['FINANCIALS'])).toBe('Missing: financial statements');
  });
});

import { describe, expect, it } from 'vitest';
import type { MessageParam } from '../../api/errors';
import type { AlertCode } from '../../gql/graphql';
import { createI18n } from '../../i18n';
import { alertParamLabel, alertParamValue, alertTitle } from './alertText';

const zh = createI18n('zh-CN').t;
const en = createI18n('en').t;
const CJK = /[\u3400-\u9fff]/;

const amount = (name: string, value: string, currency = 'CNY'): MessageParam => ({ name, kind: 'AMOUNT', value, currency });
const number = (name: string, value: string): MessageParam => ({ name, kind: 'NUMBER', value });
const percent = (name: string, value: string): MessageParam => ({ name, kind: 'PERCENT', value });
const text = (name: string, value: string): MessageParam => ({ name, kind: 'TEXT', value });
const day = (name: string, value: string): MessageParam => ({ name, kind: 'DATE', value });

// One alert of each code, as the API sends them (tests/alerts/test_alert_messages.py), with its title by hand.
const ALERTS: { kind: string; code: AlertCode; params: MessageParam[]; zh: string; en: string }[] = [
  {
    kind: 'OVERDUE_DAYS', code: 'OVERDUE_DAYS',
    params: [number('days', '1045'), number('threshold', '30'), amount('overdueBalance', '120000.50')],
    zh: '最长逾期 1,045 天（阈值 30 天）', en: 'Oldest debt 1,045 days overdue (threshold 30 days)',
  },
  {
    kind: 'OVERDUE_AMOUNT', code: 'OVERDUE_AMOUNT',
    params: [amount('overdueBalance', '120000.50', 'USD'), amount('threshold', '100000.00', 'USD')],
    zh: '逾期金额 US$120,000.50（阈值 US$100,000.00）', en: 'Overdue balance $120,000.50 (threshold $100,000.00)',
  },
  {
    kind: 'LIMIT_UTILIZATION', code: 'LIMIT_UTILIZATION',
    params: [percent('utilization', '127.12'), amount('exposure', '1017000.00'), amount('creditLimit', '800000.00'), percent('threshold', '90')],
    zh: '额度使用率 127.12%（阈值 90%）', en: 'Credit limit 127.12% used (threshold 90%)',
  },
  {
    kind: 'LIMIT_UTILIZATION', code: 'LIMIT_EXCEEDED_ZERO_LIMIT',
    params: [amount('exposure', '250.00'), amount('creditLimit', '0.00'), percent('threshold', '90')],
    zh: '信用额度为零，仍有欠款 ¥250.00', en: 'Owes CN¥250.00 with a zero credit limit',
  },
  {
    kind: 'GRADE_DOWNGRADE', code: 'GRADE_DOWNGRADE', params: [text('from', 'AA'), text('to', 'B')],
    zh: '信用等级由 AA 下调至 B', en: 'Credit grade down from AA to B',
  },
  { kind: 'BROKEN_PROMISE', code: 'BROKEN_PROMISE', params: [], zh: '承诺付款违约', en: 'Promise to pay broken' },
  {
    kind: 'BROKEN_PROMISE', code: 'PROMISE_SHORT',
    params: [amount('amount', '1000.00'), amount('paid', '400.00'), day('promisedOn', '2026-12-02')],
    zh: '承诺于2026年12月2日前付款 ¥1,000.00，仅收到 ¥400.00', en: 'Promised CN¥1,000.00 by December 2, 2026; CN¥400.00 received',
  },
  {
    kind: 'BROKEN_PROMISE', code: 'PLAN_DEFAULTED',
    params: [amount('amount', '9000.00', 'USD'), amount('paid', '3000.00', 'USD'), day('endedOn', '2026-11-20')],
    zh: '分期付款计划于2026年11月20日违约：计划 US$9,000.00，已收 US$3,000.00',
    en: 'Payment plan of $9,000.00 defaulted on November 20, 2026; $3,000.00 received',
  },
  {
    kind: 'PUBLIC_RECORD', code: 'PUBLIC_RECORD_MINOR', params: [text('note', '行政处罚一次')],
    zh: '公共信用记录：有轻微不良记录', en: 'Public credit record: minor adverse entries',
  },
  {
    kind: 'PUBLIC_RECORD', code: 'PUBLIC_RECORD_DISHONEST', params: [text('note', '失信被执行人')],
    zh: '公共信用记录：列入失信被执行人', en: 'Public credit record: listed as a dishonest judgment debtor',
  },
];

describe('alert texts from code and parameters', () => {
  it('renders every code in both languages, numbers and amounts formatted', () => {
    const every: Record<AlertCode, true> = {
      OVERDUE_DAYS: true, OVERDUE_AMOUNT: true, LIMIT_UTILIZATION: true, LIMIT_EXCEEDED_ZERO_LIMIT: true,
      GRADE_DOWNGRADE: true, BROKEN_PROMISE: true, PROMISE_SHORT: true, PLAN_DEFAULTED: true, PUBLIC_RECORD_MINOR: true, PUBLIC_RECORD_DISHONEST: true,
    };
    expect(ALERTS.map((a) => a.code).sort()).toEqual(Object.keys(every).sort());
    for (const alert of ALERTS) {
      expect(alertTitle(zh, alert)).toBe(alert.zh);
      expect(alertTitle(en, alert)).toBe(alert.en);
      expect(alertTitle(en, alert)).not.toMatch(CJK);
    }
  });

  it('labels and formats each figure for the details', () => {
    const [, , utilization] = ALERTS;
    expect(utilization.params.map((p) => `${alertParamLabel(en, p)}: ${alertParamValue(en, p)}`)).toEqual([
      'Limit utilization: 127.12%', 'Open balance: CN¥1,017,000.00', 'Credit limit: CN¥800,000.00', 'Threshold: 90%',
    ]);
    expect(utilization.params.map((p) => `${alertParamLabel(zh, p)}：${alertParamValue(zh, p)}`)).toEqual([
      '额度使用率：127.12%', '未结金额：¥1,017,000.00', '信用额度：¥800,000.00', '阈值：90%',
    ]);
  });

  it('reads an unknown code as its kind, never as stored text', () => {
    expect(alertTitle(en, { kind: 'OVERDUE_DAYS', code: 'SOMETHING_NEW', params: [] })).toBe('Days overdue');
  });
});

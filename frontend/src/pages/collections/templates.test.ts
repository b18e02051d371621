import { describe, expect, it } from 'vitest';
import { parseTemplate, renderTemplate, TEMPLATE_VARIABLES, type TemplateVariable } from './templates';

const values = Object.fromEntries(TEMPLATE_VARIABLES.map((v) => [v, `<${v}>`])) as Record<TemplateVariable, string>;

describe('reminder templates', () => {
  it('fills the variables and keeps doubled braces as literal braces', () => {
    expect(renderTemplate('{customer_name}：{{已逾期}} {days_overdue} 天', values)).toEqual({ text: '<customer_name>：{已逾期} <days_overdue> 天' });
  });

  it('names an unknown variable', () => {
    expect(parseTemplate('Dear {customer}, pay {total_open}')).toEqual({ ok: false, problem: { kind: 'unknown', variable: 'customer' } });
  });

  it('refuses format specs, conversions and unbalanced braces as the server does', () => {
    expect(parseTemplate('{total_open:>10}')).toEqual({ ok: false, problem: { kind: 'format', variable: 'total_open' } });
    expect(parseTemplate('{due_date!r}')).toEqual({ ok: false, problem: { kind: 'format', variable: 'due_date' } });
    expect(parseTemplate('open {')).toEqual({ ok: false, problem: { kind: 'unbalanced' } });
    expect(parseTemplate('close }')).toEqual({ ok: false, problem: { kind: 'unbalanced' } });
  });
});

import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n';
import { actionNote } from './labels';

describe('action notes', () => {
  it("render the server's code and parameters in the reader's language, and a person's text as written", () => {
    const letter = { note: '', noteCode: 'COLLECTION_LETTER', noteParams: { invoiceCount: 2 } };
    expect(actionNote(createI18n('zh-CN').t, letter)).toBe('生成催款函，列出 2 张发票');
    expect(actionNote(createI18n('en').t, letter)).toBe('Collection letter generated, listing 2 invoices');
    expect(actionNote(createI18n('en').t, { note: '', noteCode: 'LAWYER_LETTER', noteParams: { invoiceCount: 1 } })).toBe(
      'Lawyer’s letter draft generated, listing 1 invoice',
    );
    expect(actionNote(createI18n('en').t, { note: '上午致电财务，无人接听', noteCode: '', noteParams: {} })).toBe('上午致电财务，无人接听');
  });
});

import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

describe('toCsv', () => {
  it('quotes what needs quoting and starts with a BOM', () => {
    expect(toCsv([['账龄', '金额'], ['1-30 天', '1,234.50'], ['say "hi"', null]])).toBe(
      '\uFEFF账龄,金额\r\n1-30 天,"1,234.50"\r\n"say ""hi""",\r\n',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { renderCode, type MessageParam } from '../api/errors';
import { createI18n } from '../i18n';

const zh = createI18n('zh-CN').t;
const en = createI18n('en').t;
const n = (name: string, value: string): MessageParam => ({ name, kind: 'NUMBER', value });
const summary = (t: typeof en, code: string, params: MessageParam[]) => renderCode(t, 'imports.summaries', code, params, '');

// The summaries as the API sends them (tests/imports/test_import_summary.py), rendered by hand.
describe('an import job’s one-line summary from its code and parameters', () => {
  it('renders every code in both languages, counts formatted and plural', () => {
    expect(summary(en, 'IMPORTED', [n('count', '1'), n('skipped', '0')])).toBe('Import finished: 1 row');
    expect(summary(en, 'IMPORTED', [n('count', '12000'), n('skipped', '0')])).toBe('Import finished: 12,000 rows');
    expect(summary(en, 'IMPORTED', [n('count', '3'), n('skipped', '2'), { name: 'cause', kind: 'TEXT', value: 'skipped' }])).toBe(
      'Import finished: 3 rows, 2 skipped',
    );
    expect(summary(zh, 'IMPORTED', [n('count', '12000'), n('skipped', '2'), { name: 'cause', kind: 'TEXT', value: 'skipped' }])).toBe(
      '导入完成：12,000 行，跳过 2 行',
    );
    expect(summary(en, 'ROWS_INVALID', [n('count', '1')])).toBe('1 problem found; nothing was imported. Fix the file and upload it again.');
    expect(summary(zh, 'ROWS_INVALID', [n('count', '1500')])).toBe('发现 1,500 处错误，未导入任何数据。请修改文件后重新上传。');
    expect(summary(en, 'FILE_UNUSABLE', [])).toBe('The file cannot be used (see below); nothing was imported.');
    expect(summary(zh, 'WORKER_LOST', [n('attempts', '3')])).toBe('导入中断了 3 次未能完成，未导入任何数据。');
    expect(summary(en, 'INTERNAL_ERROR', [])).toBe('The import failed unexpectedly; nothing was imported.');
  });
});

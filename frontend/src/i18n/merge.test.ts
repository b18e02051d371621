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

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value, `${prefix}${key}.`),
  );
}

// Every message file of each language: the shell's (zh-CN.ts / en.ts) and the features'.
const FILES = import.meta.glob<{ default: Tree }>(['./*.zh-CN.ts', './*.en.ts', './zh-CN.ts', './en.ts'], { eager: true });

describe('message files', () => {
  it.each(['zh-CN', 'en'])('never give one key two different texts in %s (the last merged file would silently win)', (lang) => {
    const seen = new Map<string, { file: string; text: string }>();
    const clashes: string[] = [];
    for (const [file, module] of Object.entries(FILES)) {
      if (!file.endsWith(`${lang}.ts`)) continue;
      for (const [key, text] of leaves(module.default)) {
        const earlier = seen.get(key);
        if (earlier && earlier.text !== text) clashes.push(`${key}: ${earlier.file} «${earlier.text}» ≠ ${file} «${text}»`);
        seen.set(key, { file, text });
      }
    }
    expect(clashes).toEqual([]);
  });
});

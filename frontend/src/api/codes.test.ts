// Every code the server can send has a text in both languages: the error codes of every
// `*ErrorCode` enum in schema.graphql (import row codes under `rowErrors`), and every audited
// action of the `AuditAction` registry (the audit log's labels and filter).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../i18n';

const SCHEMA = readFileSync(resolve(__dirname, '../../../schema.graphql'), 'utf8');

function enumValues(name: string): string[] {
  const body = new RegExp(`enum ${name} \\{([^}]*)\\}`).exec(SCHEMA)?.[1] ?? '';
  return body
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /^[A-Z][A-Z0-9_]*$/.test(line));
}

const ERROR_ENUMS = [...SCHEMA.matchAll(/^enum (\w*ErrorCode) \{/gm)].map((m) => m[1]);

type Tree = { [key: string]: string | Tree };

function missing(language: 'zh-CN' | 'en', path: string, codes: readonly string[]): string[] {
  let node: Tree | string | undefined = MESSAGES[language] as unknown as Tree;
  for (const part of path.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  const texts = (typeof node === 'object' ? node : {}) as Tree;
  return codes.filter((code) => typeof texts[code] !== 'string' || texts[code] === '');
}

describe('every server code has a text in both languages', () => {
  it('finds the enums in the schema', () => {
    expect(ERROR_ENUMS.length).toBeGreaterThan(8);
    expect(ERROR_ENUMS).toContain('ImportRowErrorCode');
    expect(enumValues('AuditAction')).toContain('BANK_LINE_CONFIRM');
  });

  for (const name of ERROR_ENUMS) {
    const path = name === 'ImportRowErrorCode' ? 'rowErrors' : 'errors.codes';
    it(`${name} → ${path}.*`, () => {
      const codes = enumValues(name);
      expect(missing('zh-CN', path, codes)).toEqual([]);
      expect(missing('en', path, codes)).toEqual([]);
    });
  }

  it('AuditAction → audit.actionNames.*', () => {
    const actions = enumValues('AuditAction');
    expect(missing('zh-CN', 'audit.actionNames', actions)).toEqual([]);
    expect(missing('en', 'audit.actionNames', actions)).toEqual([]);
  });
});

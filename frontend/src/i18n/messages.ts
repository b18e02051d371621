// Each language's messages: the shell's (zh-CN.ts / en.ts) with the per-feature files merged in,
// so that features add their texts without editing the same file.
import creditEn from './credit.en';
import creditZhCN from './credit.zh-CN';
import en from './en';
import intakeEn from './intake.en';
import intakeZhCN from './intake.zh-CN';
import zhCN from './zh-CN';

type Tree = { [key: string]: string | Tree };

function merge<A extends object, B extends object>(a: A, b: B): A & B {
  const out: Tree = { ...(a as Tree) };
  for (const [key, value] of Object.entries(b as Tree)) {
    const existing = out[key];
    out[key] = typeof existing === 'object' && typeof value === 'object' ? merge(existing, value) : value;
  }
  return out as A & B;
}

export const zhCNMessages = merge(merge(zhCN, creditZhCN), intakeZhCN);
export type Messages = typeof zhCNMessages;
export const enMessages: Messages = merge(merge(en, creditEn), intakeEn);

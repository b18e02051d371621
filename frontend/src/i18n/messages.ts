// Each language's messages: the shell's (zh-CN.ts / en.ts) with the per-feature files merged in,
// so that features add their texts without editing the same file.
import accountsEn from './accounts.en';
import analyticsEn from './analytics.en';
import analyticsZhCN from './analytics.zh-CN';
import accountsZhCN from './accounts.zh-CN';
import collectionsEn from './collections.en';
import collectionsZhCN from './collections.zh-CN';
import creditEn from './credit.en';
import creditProfileEn from './creditProfile.en';
import creditProfileZhCN from './creditProfile.zh-CN';
import creditZhCN from './credit.zh-CN';
import documentsEn from './documents.en';
import documentsZhCN from './documents.zh-CN';
import en from './en';
import exportsEn from './exports.en';
import exportsZhCN from './exports.zh-CN';
import intakeEn from './intake.en';
import intakeZhCN from './intake.zh-CN';
import performanceEn from './performance.en';
import performanceZhCN from './performance.zh-CN';
import receivablesEn from './receivables.en';
import receivablesZhCN from './receivables.zh-CN';
import reconciliationEn from './reconciliation.en';
import reconciliationZhCN from './reconciliation.zh-CN';
import serverEn from './server.en';
import serverZhCN from './server.zh-CN';
import zhCN from './zh-CN';

type Tree = { [key: string]: string | Tree };

/** Feature texts merged into the base messages (nested objects such as `nav` and `errors.codes` merge too). */
export function mergeMessages<A extends object, B extends object>(a: A, b: B): A & B {
  const out: Tree = { ...(a as Tree) };
  for (const [key, value] of Object.entries(b as Tree)) {
    const existing = out[key];
    out[key] = typeof existing === 'object' && typeof value === 'object' ? mergeMessages(existing, value) : value;
  }
  return out as A & B;
}

export const zhCNMessages = mergeMessages(
  mergeMessages(
    mergeMessages(mergeMessages(mergeMessages(mergeMessages(zhCN, creditZhCN), intakeZhCN), receivablesZhCN), accountsZhCN),
    mergeMessages(
      mergeMessages(reconciliationZhCN, collectionsZhCN),
      mergeMessages(mergeMessages(mergeMessages(mergeMessages(exportsZhCN, creditProfileZhCN), performanceZhCN), analyticsZhCN), documentsZhCN),
    ),
  ),
  serverZhCN,
);
export type Messages = typeof zhCNMessages;
export const enMessages: Messages = mergeMessages(
  mergeMessages(
    mergeMessages(mergeMessages(mergeMessages(mergeMessages(en, creditEn), intakeEn), receivablesEn), accountsEn),
    mergeMessages(
      mergeMessages(reconciliationEn, collectionsEn),
      mergeMessages(mergeMessages(mergeMessages(mergeMessages(exportsEn, creditProfileEn), performanceEn), analyticsEn), documentsEn),
    ),
  ),
  serverEn,
);

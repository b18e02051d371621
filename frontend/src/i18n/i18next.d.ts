import 'i18next';
import type receivablesZhCN from './receivables.zh-CN';
import type zhCN from './zh-CN';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof zhCN & typeof receivablesZhCN };
  }
}

import { describe, expect, it } from 'vitest';
import { fileSize } from './DocumentsTab';

describe('fileSize', () => {
  it('shows kilobytes below 1 MB and megabytes from there, 1 KB = 1,024 bytes', () => {
    expect(fileSize(45, 'en')).toBe('0.1 kB'); // 45 / 1024 = 0.04, never shown as 0
    expect(fileSize(870_400, 'en')).toBe('850 kB'); // 870,400 / 1,024 = 850
    expect(fileSize(2_516_582, 'en')).toBe('2.4 MB'); // 2,516,582 / 1,048,576 = 2.40
    expect(fileSize(10 * 1024 * 1024, 'zh-CN')).toBe('10 MB');
  });
});

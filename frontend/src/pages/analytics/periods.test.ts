import { describe, expect, it } from 'vitest';
import { periodPresets } from './periods';

describe('periodPresets', () => {
  it('computes every preset from the organization’s today', () => {
    const presets = Object.fromEntries(periodPresets('2026-05-14').map((p) => [p.key, [p.start, p.end]]));
    expect(presets).toEqual({
      thisMonth: ['2026-05-01', '2026-05-14'],
      lastMonth: ['2026-04-01', '2026-04-30'],
      thisQuarter: ['2026-04-01', '2026-05-14'],
      lastQuarter: ['2026-01-01', '2026-03-31'],
      thisYear: ['2026-01-01', '2026-05-14'],
      last12Months: ['2025-06-01', '2026-05-14'],
    });
  });

  it('crosses the year backwards in January', () => {
    const presets = Object.fromEntries(periodPresets('2026-01-01').map((p) => [p.key, [p.start, p.end]]));
    expect(presets.lastMonth).toEqual(['2025-12-01', '2025-12-31']);
    expect(presets.lastQuarter).toEqual(['2025-10-01', '2025-12-31']);
    expect(presets.thisQuarter).toEqual(['2026-01-01', '2026-01-01']);
  });
});

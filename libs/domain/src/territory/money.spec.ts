import { describe, expect, it } from 'vitest';
import { eurosToCents, formatEuroCents } from './money';

describe('money in cents', () => {
  it('converts printed euro amounts without floating-point drift', () => {
    const quotas = [16519.78, 15896.68, 8464.8, 5474.7, 5929.98, 3441.49, 3212.88, 10324.79, 4510.36, 4300.76, 5699.75, 14738.94, 12176.8, 9308.3];
    expect(quotas.reduce((s, q) => s + eurosToCents(q), 0)).toBe(12_000_001);
  });

  it('formats in Italian', () => {
    expect(formatEuroCents(12_000_001).replace(/\s/g, ' ')).toBe('120.000,01 €');
  });
});

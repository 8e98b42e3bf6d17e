import { describe, expect, it } from 'vitest';
import { USER_COLORS, userColor } from './user-color';

function luminance(hex: string): number {
  const channel = (offset: number) => {
    const value = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

describe('userColor', () => {
  it('is stable for one id and a six-digit hex colour', () => {
    const id = 'c0a80101-0000-4000-8000-000000000001';
    expect(userColor(id)).toBe(userColor(id));
    expect(userColor(id)).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('spreads different ids over the palette', () => {
    const colours = new Set(Array.from({ length: 50 }, (_, i) => userColor(`user-${i}`)));
    expect(colours.size).toBeGreaterThan(6);
  });

  it.each(USER_COLORS)('%s carries white text at 4.5:1 or more', (colour) => {
    expect(1.05 / (luminance(colour) + 0.05)).toBeGreaterThanOrEqual(4.5);
  });
});

import { describe, expect, it } from 'vitest';
import { diffLines, toLines } from './line-diff';

const changed = (lines: { text: string; changed: boolean }[]) => lines.filter((l) => l.changed).map((l) => l.text);

describe('diffLines', () => {
  it('marks nothing when the texts are equal', () => {
    const diff = diffLines(['a', 'b'], ['a', 'b']);
    expect(changed(diff.before)).toEqual([]);
    expect(changed(diff.after)).toEqual([]);
  });

  it('marks removed, added and replaced lines, keeping the common ones in order', () => {
    const diff = diffLines(['Titolo', 'uno', 'due', 'tre'], ['Titolo', 'due', 'tre bis', 'quattro']);
    expect(changed(diff.before)).toEqual(['uno', 'tre']);
    expect(changed(diff.after)).toEqual(['tre bis', 'quattro']);
    expect(diff.before.map((l) => l.text)).toEqual(['Titolo', 'uno', 'due', 'tre']);
    expect(diff.after.map((l) => l.text)).toEqual(['Titolo', 'due', 'tre bis', 'quattro']);
  });

  it('handles moved and repeated lines as a longest common subsequence', () => {
    const diff = diffLines(['a', 'b', 'a'], ['b', 'a', 'a']);
    expect(changed(diff.before)).toEqual(['a']);
    expect(changed(diff.after)).toEqual(['a']);
  });

  it('handles empty sides', () => {
    expect(changed(diffLines([], ['x']).after)).toEqual(['x']);
    expect(changed(diffLines(['x'], []).before)).toEqual(['x']);
  });
});

describe('toLines', () => {
  it('splits on newlines and gives no lines for an empty text', () => {
    expect(toLines('')).toEqual([]);
    expect(toLines('a\n\nb')).toEqual(['a', '', 'b']);
  });
});

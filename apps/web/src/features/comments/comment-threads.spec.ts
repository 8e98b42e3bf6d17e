import { describe, expect, it } from 'vitest';
import { arrangeThreads, shortenPassage } from './comment-threads';

const thread = (id: string, createdAt: string, resolved = false) => ({ id, createdAt, resolved });

describe('arrangeThreads', () => {
  it('puts open threads in the order of their passages, whatever the order they were opened in', () => {
    const threads = [thread('a', '2026-03-01T10:00:00Z'), thread('b', '2026-03-01T11:00:00Z'), thread('c', '2026-03-01T12:00:00Z')];
    const sut = arrangeThreads(threads, new Map([['a', 40], ['b', 3], ['c', 12]]));
    expect(sut.open.map((t) => t.id)).toEqual(['b', 'c', 'a']);
  });

  it('lists threads whose passage is gone after the others, oldest first', () => {
    const threads = [thread('gone-late', '2026-03-02T10:00:00Z'), thread('here', '2026-03-03T10:00:00Z'), thread('gone-early', '2026-03-01T10:00:00Z')];
    const sut = arrangeThreads(threads, new Map([['here', 50]]));
    expect(sut.open.map((t) => t.id)).toEqual(['here', 'gone-early', 'gone-late']);
  });

  it('orders threads on the same passage by when they were opened', () => {
    const threads = [thread('second', '2026-03-02T10:00:00Z'), thread('first', '2026-03-01T10:00:00Z')];
    const sut = arrangeThreads(threads, new Map([['second', 7], ['first', 7]]));
    expect(sut.open.map((t) => t.id)).toEqual(['first', 'second']);
  });

  it('keeps resolved threads apart, oldest first', () => {
    const threads = [thread('r2', '2026-03-02T10:00:00Z', true), thread('o', '2026-03-01T09:00:00Z'), thread('r1', '2026-03-01T10:00:00Z', true)];
    const sut = arrangeThreads(threads, new Map([['r2', 1], ['r1', 99], ['o', 5]]));
    expect(sut.open.map((t) => t.id)).toEqual(['o']);
    expect(sut.resolved.map((t) => t.id)).toEqual(['r1', 'r2']);
  });

  it('does not reorder the list it was given', () => {
    const threads = [thread('a', '2026-03-01T10:00:00Z'), thread('b', '2026-03-01T11:00:00Z')];
    arrangeThreads(threads, new Map([['a', 9], ['b', 1]]));
    expect(threads.map((t) => t.id)).toEqual(['a', 'b']);
  });
});

describe('shortenPassage', () => {
  it('keeps a short passage as it is, on one line', () => {
    expect(shortenPassage('gli\nalloggi   popolari ')).toBe('gli alloggi popolari');
  });

  it('cuts a long passage at a word and says so', () => {
    const sut = shortenPassage('Il Comune mette a disposizione gli alloggi popolari', 30);
    expect(sut).toBe('Il Comune mette a…');
    expect(sut.length).toBeLessThanOrEqual(30);
  });

  it('cuts inside a very long word when there is no space to cut at', () => {
    expect(shortenPassage('a'.repeat(50), 10)).toBe(`${'a'.repeat(9)}…`);
  });
});

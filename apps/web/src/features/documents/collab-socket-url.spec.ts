import { describe, expect, it } from 'vitest';
import { collabSocketBase } from './collab-socket-url';

describe('collabSocketBase', () => {
  it('keeps an absolute ws(s) URL, without a trailing slash', () => {
    expect(collabSocketBase('wss://condivisa.example/collab/', 'https://condivisa.example/documenti/1')).toBe(
      'wss://condivisa.example/collab',
    );
  });

  it('resolves a path against the page and picks ws or wss like the page', () => {
    expect(collabSocketBase('/collab', 'http://localhost:5173/documenti/1')).toBe('ws://localhost:5173/collab');
    expect(collabSocketBase('/collab', 'https://condivisa.example/documenti/1')).toBe('wss://condivisa.example/collab');
  });

  it('turns http(s) into ws(s)', () => {
    expect(collabSocketBase('http://localhost:3000/collab', 'http://localhost:5173/')).toBe('ws://localhost:3000/collab');
  });
});

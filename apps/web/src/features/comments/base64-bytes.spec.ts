import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64 } from './base64-bytes';

describe('base64 bytes', () => {
  it('encodes as Node does, padding included', () => {
    const bytes = new Uint8Array([0, 1, 2, 250, 255, 128, 64]);
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    expect(bytesToBase64(new Uint8Array([1]))).toBe('AQ==');
  });

  it('round-trips every byte value', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(base64ToBytes(bytesToBase64(bytes))).toEqual(bytes);
  });

  it('decodes what the API sends', () => {
    const sut = base64ToBytes(Buffer.from([9, 8, 7, 0]).toString('base64'));
    expect([...sut]).toEqual([9, 8, 7, 0]);
  });

  it('handles the empty input', () => {
    expect(bytesToBase64(new Uint8Array())).toBe('');
    expect(base64ToBytes('')).toEqual(new Uint8Array());
  });

  it('handles inputs larger than one chunk', () => {
    const bytes = Uint8Array.from({ length: 40_000 }, (_, i) => (i * 7) % 256);
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    expect(base64ToBytes(bytesToBase64(bytes))).toEqual(bytes);
  });

  it('refuses text that is not base64', () => {
    expect(() => base64ToBytes('non è base64!')).toThrow();
  });
});

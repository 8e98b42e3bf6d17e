import { describe, expect, it } from 'vitest';
import { bytesToHex, sameDigest, sha256Hex } from './sha256-hex';

describe('hex digests', () => {
  it('write each byte as two lowercase digits, leading zeros kept', () => {
    expect(bytesToHex(new Uint8Array([0, 1, 15, 16, 171, 255]))).toBe('00010f10abff');
    expect(bytesToHex(new Uint8Array([]).buffer)).toBe('');
  });

  it('give the standard SHA-256 of "abc" and of the empty text', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(await sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('hash UTF-8 bytes, so accented Italian text matches the server', async () => {
    // printf 'è' | sha256sum (two bytes in UTF-8: c3 a8)
    expect(await sha256Hex('è')).toBe('97c916cd94785d7b9b52ae7013c267854f275691ddaae212bc1c07f639b8a0c7');
  });

  it('compare without regard to case', () => {
    expect(sameDigest('ABCDEF', 'abcdef ')).toBe(true);
    expect(sameDigest('abcdef', 'abcdee')).toBe(false);
  });
});

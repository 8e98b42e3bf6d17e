import { describe, expect, it } from 'vitest';
import { passwordProblems } from './password-policy';

describe('passwordProblems', () => {
  it.each([
    ['Condivisa-Demo-2025!', undefined],
    ['una frase lunga e facile da ricordare', undefined],
    ['Abcdefgh1234', undefined],
  ])('accepts %s', (password, email) => {
    expect(passwordProblems(password, email)).toEqual([]);
  });

  it.each([
    ['short1A!', /almeno 12/],
    ['abcdefghijkl', /tre tipi/],
    ['aaaaaaaaaaaaaaaaaa', /comune/],
    ['Password1234', /comune/],
  ])('refuses %s', (password, reason) => {
    expect(passwordProblems(password).join(' ')).toMatch(reason);
  });

  it('refuses a password containing the e-mail name', () => {
    expect(passwordProblems('Mario.Rossi-2025!', 'mario.rossi@comune.example').join(' ')).toMatch(/e-mail/);
  });

  it('refuses absurdly long passwords', () => {
    expect(passwordProblems('Ab1!'.repeat(100)).join(' ')).toMatch(/256/);
  });
});

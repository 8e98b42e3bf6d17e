import { createHash, randomBytes } from 'node:crypto';

/** A random, URL-safe secret (256 bits) handed to the user; only its hash is stored. */
export function newSecretToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

import { hash, verify } from '@node-rs/argon2';
import { Injectable } from '@nestjs/common';

/** `Algorithm.Argon2id` of @node-rs/argon2 (an ambient const enum, unusable under isolatedModules). */
const ARGON2ID = 2;

/** OWASP's argon2id baseline: 19 MiB, 2 passes, 1 lane. */
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

/** Hashes and verifies passwords with argon2id; the parameters travel inside each hash. */
@Injectable()
export class PasswordHasher {
  /** A hash of a random value, verified against when the e-mail is unknown so both paths cost the same. */
  private readonly decoy = hash('condivisa-decoy-password-not-a-secret', OPTIONS);

  hash(password: string): Promise<string> {
    return hash(password, OPTIONS);
  }

  async verify(passwordHash: string | null, password: string): Promise<boolean> {
    try {
      return await verify(passwordHash ?? (await this.decoy), password);
    } catch {
      return false;
    }
  }
}

import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('has working defaults for a fresh machine', () => {
    const sut = loadConfig({});
    expect(sut).toMatchObject({ port: 3000, databaseUrl: undefined, dataDir: './.data', seedDemo: true, publicUrl: 'http://localhost:3000' });
  });

  it('stops on a bad value with a message naming each variable', () => {
    expect(() => loadConfig({ PORT: 'tremila', DATABASE_URL: 'mysql://x', SEED_DEMO: 'forse' })).toThrow(ConfigError);
    try {
      loadConfig({ PORT: 'tremila', DATABASE_URL: 'mysql://x', SEED_DEMO: 'forse' });
    } catch (e) {
      expect((e as Error).message).toMatch(/PORT/);
      expect((e as Error).message).toMatch(/DATABASE_URL/);
      expect((e as Error).message).toMatch(/SEED_DEMO/);
    }
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', SMTP_URL: '' }).databaseUrl).toBeUndefined();
  });
});

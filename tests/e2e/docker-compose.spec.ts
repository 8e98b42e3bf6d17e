import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

// No Docker engine runs here; this checks the file a deployer gets is well-formed and complete.
describe('docker-compose.yml', () => {
  const sut = parse(readFileSync(resolve(import.meta.dirname, '../../docker-compose.yml'), 'utf8')) as {
    services: Record<string, { image?: string; build?: unknown; deploy?: { replicas?: number }; environment?: Record<string, string>; volumes?: string[] }>;
  };

  it('has postgres, redis, two api replicas and the web front', () => {
    expect(Object.keys(sut.services).sort()).toEqual(['api', 'postgres', 'redis', 'web']);
    expect(sut.services['api']!.deploy!.replicas).toBe(2);
    for (const [name, service] of Object.entries(sut.services)) {
      expect(service.image ?? service.build, name).toBeTruthy();
    }
  });

  it('points the api at the compose database and keeps secrets out of the file', () => {
    const env = sut.services['api']!.environment!;
    expect(env['DATABASE_URL']).toMatch(/^postgres:\/\/condivisa:\$\{POSTGRES_PASSWORD\}@postgres:5432\/condivisa$/);
    for (const service of Object.values(sut.services)) {
      for (const [key, value] of Object.entries(service.environment ?? {})) {
        if (/PASSWORD|SECRET|TOKEN/.test(key)) expect(value, key).toMatch(/^\$\{/);
      }
    }
    const mounted = sut.services['web']!.volumes![0]!.split(':')[0]!;
    expect(readFileSync(resolve(import.meta.dirname, '../..', mounted), 'utf8')).toMatch(/proxy_pass http:\/\/condivisa_api/);
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';

describe('getEnv', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it('applies the documented defaults', async () => {
    vi.stubEnv('DATABASE_PATH', '');
    vi.stubEnv('PORT', '');
    vi.stubEnv('SEED_DEMO', '');
    const { getEnv } = await import('./env');
    expect(getEnv()).toMatchObject({ DATABASE_PATH: 'data/switchboard.db', PORT: 3000, SEED_DEMO: '1', LLM_TIMEOUT_MS: 30000 });
  });

  it('binds to 127.0.0.1 unless HOST names another address', async () => {
    vi.stubEnv('HOST', '');
    expect((await import('./env')).getEnv().HOST).toBe('127.0.0.1');
    for (const host of ['0.0.0.0', '::', 'switchboard.internal']) {
      vi.resetModules();
      vi.stubEnv('HOST', host);
      expect((await import('./env')).getEnv().HOST).toBe(host);
    }
    vi.resetModules();
    vi.stubEnv('HOST', 'http://0.0.0.0');
    const { getEnv } = await import('./env');
    expect(() => getEnv()).toThrow(/HOST/);
  });

  it('fails loudly, naming the variable, on a bad value', async () => {
    vi.stubEnv('PORT', 'eighty');
    const { getEnv } = await import('./env');
    expect(() => getEnv()).toThrow(/PORT/);
  });
});

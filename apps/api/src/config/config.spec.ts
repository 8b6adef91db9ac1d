import { ConfigError, loadConfig } from './config';

describe('configuration', () => {
  it('has working defaults for a demo', () => {
    const c = loadConfig({ NODE_ENV: 'test' });
    expect(c.PORT).toBe(3000);
    expect(c.PUBLIC_URL).toBe('http://localhost:3000');
    expect(c.JWT_SECRET.length).toBeGreaterThanOrEqual(32);
    expect(c.SEED_DEMO).toBe(true);
    expect(c.CORS_ORIGINS).toEqual([]);
  });

  it('names every bad variable', () => {
    try {
      loadConfig({ NODE_ENV: 'test', PORT: 'eighty', DATABASE_URL: 'mysql://x', CORS_ORIGINS: 'not a url' });
      throw new Error('expected a ConfigError');
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      const msg = (err as Error).message;
      expect(msg).toMatch(/PORT/);
      expect(msg).toMatch(/DATABASE_URL/);
      expect(msg).toMatch(/CORS_ORIGINS/);
    }
  });

  it('requires a real JWT secret in production, and never seeds there', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET/);
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'short' })).toThrow(/JWT_SECRET/);
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) })).toThrow(/ENCRYPTION_KEY/);
    expect(() =>
      loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), ENCRYPTION_KEY: Buffer.alloc(16).toString('base64') }),
    ).toThrow(/ENCRYPTION_KEY/);
    const c = loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64') });
    expect(c.SEED_DEMO).toBe(false);
  });

  it('parses lists and booleans', () => {
    const c = loadConfig({ NODE_ENV: 'test', CORS_ORIGINS: 'https://a.fi, https://b.fi', TRUST_PROXY: 'true', PORT: '8080' });
    expect(c.CORS_ORIGINS).toEqual(['https://a.fi', 'https://b.fi']);
    expect(c.TRUST_PROXY).toBe(true);
    expect(c.PUBLIC_URL).toBe('http://localhost:8080');
  });
});

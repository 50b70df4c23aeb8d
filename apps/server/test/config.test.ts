import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

describe('configuration', () => {
  it('defaults to SQLite in DATA_DIR, demo data on, port 4000', () => {
    const config = loadConfig({ DATA_DIR: '/tmp/tandem-x' });
    expect(config.database).toEqual({ kind: 'sqlite', path: '/tmp/tandem-x/tandem.sqlite' });
    expect(config.port).toBe(4000);
    expect(config.demoData).toBe(true);
    expect(config.publicUrl).toBe('http://localhost:4000');
    expect(config.secureCookies).toBe(false);
  });

  it('turns demo data off in production unless asked', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).demoData).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', DEMO_DATA: 'on' }).demoData).toBe(true);
  });

  it('reads sqlite: and mysql:// URLs', () => {
    expect(loadConfig({ DATABASE_URL: 'sqlite:/var/lib/t.sqlite' }).database).toEqual({
      kind: 'sqlite',
      path: '/var/lib/t.sqlite',
    });
    expect(loadConfig({ DATABASE_URL: 'sqlite:rel/t.sqlite' }).database).toEqual({
      kind: 'sqlite',
      path: path.resolve('rel/t.sqlite'),
    });
    expect(loadConfig({ DATABASE_URL: 'mysql://u:p@db:3306/tandem' }).database).toEqual({
      kind: 'mysql',
      url: 'mysql://u:p@db:3306/tandem',
    });
  });

  it('uses Secure cookies when the public URL is https', () => {
    const config = loadConfig({ PUBLIC_URL: 'https://tandem.example.org/' });
    expect(config.secureCookies).toBe(true);
    expect(config.publicOrigin).toBe('https://tandem.example.org');
  });

  it('lists every problem at once', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'abc', DATABASE_URL: 'postgres://x/y', DEMO_DATA: 'maybe', REDIS_URL: 'localhost:6379' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toMatch(/PORT/);
    expect(problems).toMatch(/DATABASE_URL: unknown kind "postgres"/);
    expect(problems).toMatch(/DEMO_DATA/);
    expect(problems).toMatch(/REDIS_URL/);
    expect((error as ConfigError).problems).toHaveLength(4);
  });
});

import { describe, expect, it } from 'vitest';
import { loginPath, safeNext } from './login-path';

describe('after log-in', () => {
  it('goes back to the page the person asked for', () => {
    expect(safeNext('/espaces/42/ordre-du-jour')).toBe('/espaces/42/ordre-du-jour');
  });

  it('never leaves the site', () => {
    expect(safeNext('https://evil.example')).toBe('/');
    expect(safeNext('//evil.example/x')).toBe('/');
    expect(safeNext('/\\evil.example')).toBe('/');
    expect(safeNext(null)).toBe('/');
  });

  it('builds the log-in address with the way back and the reason', () => {
    expect(loginPath('/')).toBe('/connexion');
    expect(loginPath('/mon-ptce', 'expiree')).toBe('/connexion?next=%2Fmon-ptce&session=expiree');
  });
});

import { i18nResources } from '@tandem/shared';
import { describe, expect, it } from 'vitest';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)/g)].map((match) => match[1] ?? '').sort();
}

const fr = i18nResources.fr.translation;
const en = i18nResources.en.translation;

describe('messages', () => {
  it('English has exactly the keys of French', () => {
    expect(keys(en).sort()).toEqual(keys(fr).sort());
  });

  it('every message is a non-empty string with the same placeholders in both languages', () => {
    const frFlat = new Map(
      keys(fr).map((key) => [key, key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], fr)]),
    );
    for (const key of keys(en)) {
      const english = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], en);
      const french = frFlat.get(key);
      expect(typeof english, key).toBe('string');
      expect(typeof french, key).toBe('string');
      expect(String(english).trim(), key).not.toBe('');
      expect(placeholders(String(english)), key).toEqual(placeholders(String(french)));
    }
  });

  it('labels the controls the browser tests look for', () => {
    expect(fr.login.email).toBe('Adresse e-mail');
    expect(fr.login.password).toBe('Mot de passe');
    expect(fr.login.submit).toBe('Se connecter');
    expect(fr.user.logOut).toBe('Se déconnecter');
    expect(fr.home.title).toBe('Mes espaces');
    expect(en.home.title).toBe('My spaces');
    expect([fr.language.label, en.language.label]).toEqual(['Langue', 'Language']);
  });
});

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, logIn, newPerson } from './support/browser.js';

const baseUrl = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('the web shell', () => {
  it('a demo coordinator signs in, sees "Mes espaces" in French, switches to English, and signs out', async () => {
    const { context, page } = await newPerson(browser, baseUrl);
    await page.goto('/');
    // Signed out: sent to the log-in page.
    await page.waitForURL(/\/connexion/);
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');

    await logIn(page, 'beneficiaire@tandem.test');
    await page.getByRole('heading', { level: 1, name: 'Mes espaces' }).waitFor();
    // The demo pair with PTCE Sud Aquitaine is listed.
    await page.getByText('PTCE Sud Aquitaine').first().waitFor();

    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'My spaces' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByRole('button', { name: 'FR', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Mes espaces' }).waitFor();

    await page
      .getByRole('button', { name: /Karim Benali|menu/i })
      .first()
      .click();
    await page.getByRole('menuitem', { name: 'Se déconnecter' }).click();
    await page.waitForURL(/\/connexion/);
    // The session ended on the server: the home page sends back to log in.
    await page.goto('/');
    await page.waitForURL(/\/connexion/);
    await context.close();
  });

  it('a wrong password shows a clear French message and keeps the person on the log-in page', async () => {
    const { context, page } = await newPerson(browser, baseUrl);
    await logIn(page, 'compagnon@tandem.test', 'pas le bon mot de passe');
    await page.getByText(/adresse e-mail ou (le )?mot de passe (est )?incorrect/i).waitFor();
    expect(page.url()).toContain('/connexion');
    await context.close();
  });
});

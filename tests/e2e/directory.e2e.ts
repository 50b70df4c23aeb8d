import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, logIn, newPerson } from './support/browser.js';
import { seriousViolations } from './support/axe.js';

const baseUrl = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('the directory, without signing in', () => {
  it('filters by a theme and a département on the map, then opens a PTCE page', async () => {
    const { context, page } = await newPerson(browser, baseUrl);
    await page.goto('/annuaire');
    await page.getByRole('heading', { level: 1, name: 'Annuaire des PTCE' }).waitFor();
    await page.getByRole('heading', { name: /^\d+ PTCE$/ }).waitFor();

    await page.getByRole('textbox', { name: 'Thèmes' }).click();
    await page.getByRole('option', { name: 'Mobilité' }).click();
    await page.keyboard.press('Escape');
    await page.waitForURL(/theme=mobilite/);
    await page.getByRole('heading', { name: '3 PTCE' }).waitFor();

    // Landes on the map: the list narrows to Sud Aquitaine, and the link can be shared.
    await page.locator('path[data-department="40"]').click();
    await page.waitForURL(/dep=40/);
    await page.getByRole('heading', { name: '1 PTCE' }).waitFor();
    expect(await page.locator('path[data-department="40"]').getAttribute('aria-pressed')).toBe('true');
    const list = page.getByRole('list', { name: 'Liste des PTCE' });
    expect(await list.getByRole('listitem').count()).toBe(1);

    const shared = page.url();
    const other = await newPerson(browser, baseUrl);
    await other.page.goto(shared);
    await other.page.getByRole('heading', { name: '1 PTCE' }).waitFor();
    await other.context.close();

    await list.getByRole('link', { name: 'PTCE Sud Aquitaine' }).click();
    await page.getByRole('heading', { level: 1, name: 'PTCE Sud Aquitaine' }).waitFor();
    await page.getByText('Landes (40), Pyrénées-Atlantiques (64)').waitFor();
    await page.getByText('Comité de bassin d’emploi (CBE)', { exact: false }).waitFor();
    // People are for signed-in users only.
    await page.getByText('Connectez-vous pour voir les personnes').waitFor();
    await context.close();
  });

  it('a signed-in coordinator sees the people of a PTCE', async () => {
    const { context, page } = await newPerson(browser, baseUrl);
    await logIn(page, 'beneficiaire@tandem.test');
    await page.getByRole('heading', { level: 1, name: 'Mes espaces' }).waitFor();
    await page.goto('/annuaire/sud-aquitaine');
    await page.getByRole('link', { name: 'compagnon@tandem.test' }).waitFor();
    await context.close();
  });

  it('runs the Compagnon finder from the home page and explains each suggestion', async () => {
    const { context, page } = await newPerson(browser, baseUrl);
    await logIn(page, 'beneficiaire@tandem.test');
    await page.getByRole('heading', { level: 1, name: 'Mes espaces' }).waitFor();
    await page.getByRole('main').getByRole('link', { name: 'Trouver un Compagnon' }).click();
    await page.getByRole('heading', { level: 1, name: 'Trouver un Compagnon' }).waitFor();
    await page.getByRole('textbox', { name: 'Vos thèmes' }).click();
    await page.getByRole('option', { name: 'Économie circulaire' }).click();
    await page.keyboard.press('Escape');
    await page.getByRole('textbox', { name: 'Votre département' }).fill('Jura');
    await page.getByRole('option', { name: '39 — Jura' }).click();
    await page.getByRole('button', { name: 'Voir les Compagnons' }).click();
    const first = page.getByRole('listitem').filter({ hasText: 'Proposition 1' });
    await first.getByRole('link', { name: "Clus'Ter Jura" }).waitFor();
    await first.getByText('Travaille sur : économie circulaire').waitFor();
    await first.getByText('Même département (Jura)').waitFor();
    await context.close();
  });

  it('axe-core finds no serious or critical violation on the directory, a PTCE page and the finder', async () => {
    // The three layouts: map in its own column, map under the filters, one column.
    for (const width of [1366, 1024, 360]) {
      const { context, page } = await newPerson(browser, baseUrl, { width, bypassCSP: true });
      for (const [path, ready] of [
        ['/annuaire?theme=mobilite&dep=40', '1 PTCE'],
        ['/annuaire/sud-aquitaine', 'PTCE Sud Aquitaine'],
        ['/trouver-un-compagnon?theme=mobilite&dep=59', 'Compagnons proposés'],
      ] as const) {
        await page.goto(path);
        await page.getByRole('heading', { name: ready }).waitFor();
        expect(await seriousViolations(page), `${path} at ${width}px`).toEqual([]);
      }
      await context.close();
    }
  });
});

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newPerson } from './support/browser.js';

// What a newcomer's walk through the directory on a 1366×768 laptop found (list under the map,
// English notes on a French page, Enter in the pickers, the finder's silent fallback, the map's focus box).
const baseUrl = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('the directory on a laptop and a phone', () => {
  it('at 1366×768 the first result is in view next to the filters, and a search changes it', async () => {
    const { context, page } = await newPerson(browser, baseUrl, { width: 1366 });
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto('/annuaire');
    const list = page.getByRole('list', { name: 'Liste des PTCE' });
    const first = list.getByRole('listitem').first();
    await first.waitFor();
    const inView = async () => {
      const box = (await first.boundingBox())!;
      return box.y >= 0 && box.y + 60 <= 768;
    };
    expect(await inView()).toBe(true);
    const filters = (await page.getByRole('search', { name: 'Filtres' }).boundingBox())!;
    expect((await first.boundingBox())!.x).toBeGreaterThan(filters.x + filters.width);

    await page.getByRole('searchbox', { name: 'Rechercher' }).fill('coop');
    await page.waitForURL(/q=coop/);
    await first.getByRole('link', { name: "Clus'Ter Jura" }).waitFor();
    expect(await inView()).toBe(true);
    // The map is still there and still filters.
    await page.locator('path[data-department="24"]').click();
    await page.waitForURL(/dep=24/);
    await page.getByRole('heading', { name: '1 PTCE' }).waitFor();
    await context.close();
  });

  it('on a phone the filters fold under the search field and the list comes first, the map after it', async () => {
    const { context, page } = await newPerson(browser, baseUrl, { width: 390 });
    await page.goto('/annuaire');
    const first = page.getByRole('list', { name: 'Liste des PTCE' }).getByRole('listitem').first();
    await first.waitFor();
    expect((await first.boundingBox())!.y).toBeLessThan(800);
    expect(await page.getByRole('textbox', { name: 'Thèmes' }).isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Afficher les filtres' }).click();
    await page.getByRole('textbox', { name: 'Thèmes' }).waitFor();
    const map = (await page.getByRole('heading', { name: 'Carte des départements' }).boundingBox())!;
    expect(map.y).toBeGreaterThan((await first.boundingBox())!.y);
    await context.close();
  });

  it('on a 360-px phone every button of the header is on the screen', async () => {
    const { context, page } = await newPerson(browser, baseUrl, { width: 360 });
    await page.goto('/annuaire');
    await page.getByRole('heading', { level: 1, name: 'Annuaire des PTCE' }).waitFor();
    const header = page.getByRole('banner');
    for (const control of [header.getByRole('link', { name: 'Se connecter' }), header.getByRole('button', { name: 'Menu' })]) {
      const box = (await control.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(360);
    }
    await context.close();
  });

  it('typing "Nord" then Enter picks the Nord, and "31" then Enter the Haute-Garonne, also on a slow laptop', async () => {
    const { context, page } = await newPerson(browser, baseUrl);
    // A modest laptop: the page's CPU 8× slower. The second choice must not replace the first while
    // the page is still drawing it.
    await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: 8 });
    await page.goto('/annuaire');
    await page.getByRole('heading', { name: /^\d+ PTCE$/ }).waitFor();
    const field = page.getByRole('textbox', { name: 'Départements' });
    await field.click();
    await field.pressSequentially('Nord');
    await page.keyboard.press('Enter');
    await page.waitForURL(/dep=59/);
    await field.pressSequentially('31');
    await page.keyboard.press('Enter');
    // The URL follows with history.replaceState; poll it rather than wait for a navigation.
    await expect.poll(() => page.url()).toMatch(/dep=59&dep=31/);
    await context.close();
  });

  it('a click on a département draws no focus box; the keyboard focus follows its shape', async () => {
    const { context, page } = await newPerson(browser, baseUrl);
    await page.goto('/annuaire');
    const gironde = page.locator('path[data-department="33"]');
    await gironde.click();
    await page.waitForURL(/dep=33/);
    const style = await gironde.evaluate((el) => {
      const s = getComputedStyle(el);
      return { focused: document.activeElement === el, outline: s.outlineStyle };
    });
    expect(style.outline).toBe('none');
    await context.close();
  });
});

describe('a PTCE page and the finder', () => {
  it('shows the « À vérifier » notes in French, and in English with "Log in" like the header', async () => {
    const { context, page } = await newPerson(browser, baseUrl);
    await page.goto('/annuaire/recyclo-occ');
    const note = page.getByRole('note');
    await note.getByText('Projet régional').waitFor();
    await note.getByText('Commune et département approximatifs').waitFor();
    expect(await note.textContent()).not.toMatch(/regional project|approximate/i);

    await page.getByRole('button', { name: 'EN' }).click();
    await note.getByText('Regional project').waitFor();
    await page.getByRole('main').getByRole('link', { name: 'Log in' }).waitFor();
    await page.getByRole('banner').getByRole('link', { name: 'Log in' }).waitFor();
    expect(await page.getByText('Sign in').count()).toBe(0);
    await context.close();
  });

  it('drops an unknown theme of a link silently and says when no Compagnon has the chosen themes', async () => {
    const { context, page } = await newPerson(browser, baseUrl);
    await page.goto('/trouver-un-compagnon?theme=textile-et-mode&theme=culture&dep=33');
    await page.getByRole('heading', { name: 'Compagnons proposés' }).waitFor();
    await page.getByText('Aucun Compagnon n’a encore ces thèmes').waitFor();
    expect(await page.getByText('textile-et-mode').count()).toBe(0);
    expect(await page.getByText('Certaines informations ne sont pas valides').count()).toBe(0);
    await page.getByRole('listitem').filter({ hasText: 'Proposition 1' }).waitFor();

    // A theme some Compagnon has: no such note.
    await page.goto('/trouver-un-compagnon?theme=mobilite&dep=33');
    await page.getByText('Travaille sur : mobilité').waitFor();
    expect(await page.getByText('Aucun Compagnon n’a encore ces thèmes').count()).toBe(0);
    await context.close();
  });
});

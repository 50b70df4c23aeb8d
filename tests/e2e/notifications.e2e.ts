import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, logIn, newPerson, openDemoPair1 } from './support/browser.js';
import { seriousViolations } from './support/axe.js';

const baseUrl = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** The unread count the bell shows (0 without a badge). */
async function bellCount(page: Page): Promise<number> {
  const badge = page.getByTestId('notification-count');
  if ((await badge.count()) === 0) return 0;
  return Number((await badge.innerText()).replace('+', ''));
}

/** Karim (beneficiary, signed in on `page`) mentions Claire in demo pair 1; returns the words after the mention. */
async function mentionClaire(page: Page): Promise<string> {
  const title = 'Préparer les deux journées';
  await openDemoPair1(page);
  await page.getByRole('button', { name: new RegExp(title) }).click();
  await page.getByRole('heading', { name: title }).waitFor();
  const words = `pouvez-vous confirmer l’horaire de la visite ? (${Date.now()})`;
  await page.getByLabel('Votre message').fill(`@Claire Etcheverry ${words}`);
  await page.getByRole('button', { name: 'Envoyer' }).click();
  await page.getByText(words).waitFor();
  return words;
}

describe('notifications in the browser', () => {
  it('a mention in one context lights the bell in the other; clicking it opens the thread at that message', async () => {
    const compagnon = await newPerson(browser, baseUrl);
    const beneficiary = await newPerson(browser, baseUrl);
    await logIn(compagnon.page, 'compagnon@tandem.test');
    await logIn(beneficiary.page, 'beneficiaire@tandem.test');
    await compagnon.page.getByRole('heading', { level: 1, name: 'Mes espaces' }).waitFor();
    await compagnon.page.getByTestId('notification-bell').waitFor();
    // Let the bell's live subscription start before the mention is sent.
    await compagnon.page.waitForTimeout(1000);
    const before = await bellCount(compagnon.page);

    const words = await mentionClaire(beneficiary.page);

    // Live, without a reload: the count goes up and the label says it in words.
    await expect.poll(() => bellCount(compagnon.page), { timeout: 15_000 }).toBe(before + 1);
    expect(await compagnon.page.getByTestId('notification-bell').getAttribute('aria-label')).toMatch(/non lue/);

    await compagnon.page.getByTestId('notification-bell').click();
    const item = compagnon.page
      .getByTestId('notification-list')
      .getByRole('link', { name: /Karim Benali vous a mentionné dans « Préparer les deux journées »/ })
      .first();
    await item.waitFor();
    expect(await item.innerText()).toMatch(/non lu/i);
    await item.click();

    await compagnon.page.waitForURL(/\/fil\?fil=[^&]+&message=\d+/);
    const seq = new URL(compagnon.page.url()).searchParams.get('message');
    const focused = compagnon.page.locator(`article[data-seq="${seq}"]`);
    await focused.waitFor();
    expect(await focused.innerText()).toContain(words);
    await expect.poll(() => focused.evaluate((el) => el.classList.contains('message-focus'))).toBe(true);
    expect(await focused.isVisible()).toBe(true);
    // Opening it marked it read (and whatever else of that thread was unread before it: earlier
    // browser tests may have left a reply line there, so the count may end below `before`).
    await expect.poll(() => bellCount(compagnon.page), { timeout: 10_000 }).toBeLessThanOrEqual(before);

    await compagnon.page.screenshot({ path: '/tmp/notify-thread-focus.png' });
    await Promise.all([compagnon.context.close(), beneficiary.context.close()]);
  });

  it('axe-core finds no serious violation in the open bell list and on the preferences page', async () => {
    for (const width of [1280, 360]) {
      const { context, page } = await newPerson(browser, baseUrl, { width, bypassCSP: true });
      // An unread notification in the list, so its « Non lu » mark is checked too.
      const karim = await newPerson(browser, baseUrl);
      await logIn(karim.page, 'beneficiaire@tandem.test');
      await mentionClaire(karim.page);
      await karim.context.close();
      await logIn(page, 'compagnon@tandem.test');
      await page.getByTestId('notification-bell').click();
      await page.getByTestId('notification-list').getByText('Non lu').first().waitFor();
      await page.getByRole('dialog', { name: 'Notifications' }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await page.getByRole('link', { name: 'Préférences de notification' }).click();
      await page.getByRole('heading', { name: 'Préférences de notification' }).waitFor();
      await page.getByLabel('Toutes les heures').check();
      await page.getByRole('button', { name: 'Enregistrer' }).click();
      await page.getByText('Vos préférences sont enregistrées.').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await page.reload();
      expect(await page.getByLabel('Toutes les heures').isChecked()).toBe(true);
      await page.getByLabel('Une fois par jour').check();
      await page.getByRole('button', { name: 'Enregistrer' }).click();
      await page.getByText('Vos préférences sont enregistrées.').waitFor();
      await context.close();
    }
  });
});

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, logIn, newPerson, openDemoPair1 } from './support/browser.js';

const baseUrl = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** Opens demo pair 1's "Fil" tab and the thread named `title`. */
async function openThread(page: Page, title: string) {
  await openDemoPair1(page);
  await page.getByRole('button', { name: new RegExp(title) }).click();
  await page.getByRole('heading', { name: title }).waitFor();
}

async function write(page: Page, text: string) {
  await page.getByLabel('Votre message').fill(text);
  await page.getByRole('button', { name: 'Envoyer' }).click();
}

/** The bodies shown in the feed, in screen order (confirmed messages only). */
const feed = (page: Page) => page.locator('ol.thread-messages > li:not([data-outbox]) article .message-body').allInnerTexts();

describe('threads in the browser', () => {
  it('the two PTCEs chat live; one goes offline, writes, comes back: everything arrives once, in order, on both screens', async () => {
    const compagnon = await newPerson(browser, baseUrl);
    const beneficiary = await newPerson(browser, baseUrl, { width: 360 });
    let dialogs = 0;
    for (const { page } of [compagnon, beneficiary]) page.on('dialog', (dialog) => (dialogs++, void dialog.dismiss()));
    await logIn(compagnon.page, 'compagnon@tandem.test');
    await logIn(beneficiary.page, 'beneficiaire@tandem.test');
    const title = 'Incubateur : questions et documents';
    await openThread(compagnon.page, title);
    await openThread(beneficiary.page, title);

    await write(compagnon.page, 'Bonjour, voici nos statuts.');
    await beneficiary.page.getByText('Bonjour, voici nos statuts.').waitFor();
    await write(beneficiary.page, 'Merci, bien reçu.');
    await compagnon.page.getByText('Merci, bien reçu.').waitFor();
    // Who is typing shows quietly on the other screen.
    await compagnon.page.getByLabel('Votre message').pressSequentially('Je');
    await beneficiary.page.getByText(/écrit…/).waitFor();
    await compagnon.page.getByLabel('Votre message').fill('');

    // The train enters a tunnel: the beneficiary writes two messages while offline.
    await beneficiary.context.setOffline(true);
    await write(beneficiary.page, 'Écrit dans le tunnel (1)');
    await write(beneficiary.page, 'Écrit dans le tunnel (2)');
    await beneficiary.page.locator('[data-outbox]').first().waitFor();
    await write(compagnon.page, 'Pendant ce temps, à Bayonne.');
    await beneficiary.context.setOffline(false);

    // A message with HTML in it is shown as text, never run.
    await write(compagnon.page, '<script>alert(1)</script> <img src=x onerror=alert(2)> [lien](javascript:alert(3))');

    const expected = [
      'Bonjour, voici nos statuts.',
      'Merci, bien reçu.',
      'Pendant ce temps, à Bayonne.',
      'Écrit dans le tunnel (1)',
      'Écrit dans le tunnel (2)',
    ];
    for (const { page } of [compagnon, beneficiary]) {
      await expect.poll(async () => (await feed(page)).length, { timeout: 30_000 }).toBe(6);
      const bodies = await feed(page);
      // Exactly once each; the two offline messages keep their written order.
      for (const text of expected) expect(bodies.filter((b) => b === text)).toHaveLength(1);
      expect(bodies.indexOf('Écrit dans le tunnel (1)')).toBeLessThan(bodies.indexOf('Écrit dans le tunnel (2)'));
      expect(await page.locator('[data-outbox]').count()).toBe(0);
    }
    // Both screens show the same order (the server's seq).
    expect(await feed(compagnon.page)).toEqual(await feed(beneficiary.page));
    await compagnon.page
      .locator('.message-body a')
      .last()
      .click({ timeout: 2000 })
      .catch(() => {});
    expect(await compagnon.page.locator('.message-body script, .message-body img').count()).toBe(0);
    // Shown as the words that were typed, not dropped.
    await beneficiary.page.getByText('<script>alert(1)</script>', { exact: false }).waitFor();
    expect(await compagnon.page.locator('.message-body a[href^="javascript"]').count()).toBe(0);
    expect(dialogs).toBe(0);

    await compagnon.page.screenshot({ path: '/tmp/tandem-threads-1280.png', fullPage: true }).catch(() => {});
    await beneficiary.page.screenshot({ path: '/tmp/tandem-threads-360.png', fullPage: true }).catch(() => {});
    await compagnon.context.close();
    await beneficiary.context.close();
  });
});

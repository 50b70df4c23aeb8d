import type { Browser, BrowserContext, Page, WebSocketRoute } from 'playwright-core';
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

/** The seqs of the confirmed messages, in screen order (deleted ones included). */
const seqs = (page: Page) =>
  page
    .locator('ol.thread-messages > li:not([data-outbox]) article')
    .evaluateAll((all) => all.map((a) => a.getAttribute('data-seq')));

/** The message (its article) showing `text`. */
const message = (page: Page, text: string) => page.locator('ol.thread-messages article', { hasText: text });

/**
 * A train tunnel for one person: HTTP fails and the live socket dies (Chromium's offline mode alone
 * only holds a socket's frames and delivers them on the way out, so nothing would be missed), and no
 * new socket gets through until the way out. Set up before the page opens its socket.
 */
async function tunnelFor(context: BrowserContext, page: Page) {
  let inside = false;
  const sockets = new Set<WebSocketRoute>();
  await page.routeWebSocket(/\/graphql$/, (ws) => {
    if (inside) return void ws.close({ code: 1006 });
    ws.connectToServer();
    sockets.add(ws);
  });
  return {
    async enter() {
      inside = true;
      await context.setOffline(true);
      for (const ws of sockets) await ws.close({ code: 1006 });
      sockets.clear();
    },
    async leave() {
      inside = false;
      await context.setOffline(false);
    },
  };
}

/** The thread page reads (keyset `messages` query) a page sends. */
function countPageReads(page: Page): { afterSeqs: number[] } {
  const reads = { afterSeqs: [] as number[] };
  page.on('request', (request) => {
    const body = request.method() === 'POST' && request.url().endsWith('/graphql') ? request.postDataJSON() : null;
    if (body?.operationName === 'ThreadPage' && body.variables?.afterSeq != null) reads.afterSeqs.push(body.variables.afterSeq);
  });
  return reads;
}

describe('threads in the browser', () => {
  it('on a 1366×768 laptop an opened thread shows its last message and the composer at once; the @mention list is on screen and keyboard-driven; a draft survives a reload', async () => {
    const { context, page } = await newPerson(browser, baseUrl);
    await page.setViewportSize({ width: 1366, height: 768 });
    await logIn(page, 'beneficiaire@tandem.test');
    const title = 'Préparer les deux journées';
    await openThread(page, title);
    const inViewport = async (locator: ReturnType<Page['locator']>) => {
      const box = await locator.boundingBox();
      return box !== null && box.y >= 64 && box.y + box.height <= 768;
    };
    const composer = page.getByLabel('Votre message');
    const lastMessage = page.locator('ol.thread-messages > li:not([data-outbox]) article').last();
    await expect.poll(() => inViewport(composer), { timeout: 10_000 }).toBe(true);
    await expect.poll(() => inViewport(page.getByRole('button', { name: 'Envoyer' }))).toBe(true);
    await expect.poll(() => inViewport(lastMessage)).toBe(true);
    // Not hidden by the feed's own scrolling either: inside the feed's visible box.
    const feedBox = (await page.locator('.thread-feed').boundingBox())!;
    const lastBox = (await lastMessage.boundingBox())!;
    expect(lastBox.y + lastBox.height).toBeLessThanOrEqual(feedBox.y + feedBox.height + 1);
    await page.screenshot({ path: '/tmp/tandem-thread-1366x768.png' }).catch(() => {});

    // @mention: the list opens above the field, on screen; arrows and Enter pick, nothing is sent.
    await composer.click();
    await composer.pressSequentially('Merci @Cla');
    const list = page.getByRole('listbox', { name: 'Personnes du TSF' });
    await list.waitFor();
    expect(await inViewport(list)).toBe(true);
    expect(await composer.getAttribute('aria-expanded')).toBe('true');
    await page.screenshot({ path: '/tmp/tandem-thread-mention-1366x768.png' }).catch(() => {});
    const active = await composer.getAttribute('aria-activedescendant');
    expect(await page.locator(`[id="${active}"]`).innerText()).toContain('Claire Etcheverry');
    await composer.press('Enter');
    await expect.poll(() => composer.inputValue()).toBe('Merci @Claire Etcheverry ');
    expect(await page.locator('[data-outbox]').count()).toBe(0);
    expect(await list.count()).toBe(0);

    // The half-written message is still there after a reload.
    await page.waitForTimeout(700);
    await page.reload();
    await page.getByRole('heading', { name: title }).waitFor();
    await expect.poll(() => page.getByLabel('Votre message').inputValue()).toBe('Merci @Claire Etcheverry ');
    await page.getByLabel('Votre message').fill('');
    await context.close();
  });

  it('on a 360×640 phone an opened thread shows the message field and « Envoyer » at once, the last message above them', async () => {
    const { context, page } = await newPerson(browser, baseUrl, { width: 360 });
    await page.setViewportSize({ width: 360, height: 640 });
    await logIn(page, 'beneficiaire@tandem.test');
    const title = 'Préparer les deux journées';
    await openThread(page, title);
    const onScreen = async (locator: ReturnType<Page['locator']>) => {
      const box = await locator.boundingBox();
      return box !== null && box.y >= 0 && box.y + box.height <= 640 && box.x >= 0 && box.x + box.width <= 360;
    };
    const composer = page.getByLabel('Votre message');
    const send = page.getByRole('button', { name: 'Envoyer' });
    await expect.poll(() => onScreen(composer), { timeout: 10_000 }).toBe(true);
    await expect.poll(() => onScreen(send)).toBe(true);
    // The feed keeps room for messages, and its last one is in view.
    const feedBox = (await page.locator('.thread-feed').boundingBox())!;
    expect(feedBox.height).toBeGreaterThanOrEqual(64);
    const lastBox = (await page.locator('ol.thread-messages > li:not([data-outbox]) article').last().boundingBox())!;
    expect(lastBox.y + lastBox.height).toBeLessThanOrEqual(feedBox.y + feedBox.height + 1);
    await page.screenshot({ path: '/tmp/tandem-thread-360x640.png' }).catch(() => {});
    // The field grows with a long message: « Envoyer » stays on screen.
    await composer.fill('Une ligne\n'.repeat(7).trim());
    await expect.poll(() => onScreen(send)).toBe(true);
    await page.screenshot({ path: '/tmp/tandem-thread-360x640-long.png' }).catch(() => {});
    await composer.fill('');
    await context.close();
  });

  it('a shared browser: at log-out the drafts leave; a message left unsent is never shown or sent to the next person, and goes under its author when they are back', async () => {
    const { context, page } = await newPerson(browser, baseUrl);
    const title = 'Préparer les deux journées';
    const logOut = async (name: string) => {
      await page.getByRole('button', { name }).click();
      await page.getByRole('menuitem', { name: 'Se déconnecter' }).click();
      await page.waitForURL(/\/connexion/);
    };
    const storedKeys = () => page.evaluate(() => Object.keys(localStorage));
    const unsent = 'Message de Karim resté dans la boîte d’envoi';

    await logIn(page, 'beneficiaire@tandem.test');
    await openThread(page, title);
    // Karim's message cannot leave (the server is out of reach for it): it waits in the outbox.
    await page.route('**/graphql', (route) =>
      route.request().postDataJSON()?.operationName === 'PostMessage' ? route.abort('internetdisconnected') : route.fallback(),
    );
    await write(page, unsent);
    await page.locator('[data-outbox="failed"]').waitFor();
    await page.getByLabel('Votre message').fill('Un brouillon de Karim');
    await expect.poll(async () => (await storedKeys()).some((k) => k.startsWith('tandem.draft.v1:'))).toBe(true);
    await logOut('Karim Benali');
    expect((await storedKeys()).filter((k) => k.startsWith('tandem.draft.v1:'))).toEqual([]);
    await page.unroute('**/graphql');

    // Claire signs in on the same browser and opens the same thread: nothing of Karim's is shown or sent.
    const posted: string[] = [];
    page.on('request', (request) => {
      const body = request.method() === 'POST' && request.url().endsWith('/graphql') ? request.postDataJSON() : null;
      if (body?.operationName === 'PostMessage') posted.push(body.variables.input.body);
    });
    await logIn(page, 'compagnon@tandem.test');
    await openThread(page, title);
    await page.waitForTimeout(6000); // longer than the outbox's 5-second retry
    expect(posted).toEqual([]);
    expect(await page.locator('[data-outbox]').count()).toBe(0);
    expect(await page.getByText(unsent).count()).toBe(0);
    expect(await page.getByLabel('Votre message').inputValue()).toBe('');
    await logOut('Claire Etcheverry');

    // Karim is back: his message goes, once, under his name.
    await logIn(page, 'beneficiaire@tandem.test');
    await openThread(page, title);
    await message(page, unsent).and(page.locator('li:not([data-outbox]) article')).waitFor();
    expect(posted).toEqual([unsent]);
    expect(await feed(page)).toContain(unsent);
    await context.close();
  });

  it('the two PTCEs chat live; one goes offline, writes, comes back: everything arrives once, in order, with the edits and deletions made meanwhile, on both screens', async () => {
    const compagnon = await newPerson(browser, baseUrl);
    const beneficiary = await newPerson(browser, baseUrl, { width: 360 });
    let dialogs = 0;
    for (const { page } of [compagnon, beneficiary]) {
      page.on('dialog', (dialog) => {
        // The confirmation of a deletion is accepted; any other dialog (an alert from a message) is a failure.
        if (dialog.type() === 'confirm' && dialog.message().startsWith('Supprimer ce message')) void dialog.accept();
        else {
          dialogs++;
          void dialog.dismiss();
        }
      });
    }
    const beneficiaryReads = countPageReads(beneficiary.page);
    const tunnel = await tunnelFor(beneficiary.context, beneficiary.page);
    await logIn(compagnon.page, 'compagnon@tandem.test');
    await logIn(beneficiary.page, 'beneficiaire@tandem.test');
    const title = 'Incubateur : questions et documents';
    await openThread(compagnon.page, title);
    await openThread(beneficiary.page, title);

    await write(compagnon.page, 'Bonjour, voici nos statuts.');
    await beneficiary.page.getByText('Bonjour, voici nos statuts.').waitFor();
    await write(beneficiary.page, 'Merci, bien reçu.');
    await compagnon.page.getByText('Merci, bien reçu.').waitFor();
    await write(compagnon.page, 'Le code du portail est 4521.');
    await beneficiary.page.getByText('Le code du portail est 4521.').waitFor();
    // Who is typing shows quietly on the other screen.
    await compagnon.page.getByLabel('Votre message').pressSequentially('Je');
    await beneficiary.page.getByText(/écrit…/).waitFor();
    await compagnon.page.getByLabel('Votre message').fill('');

    // The train enters a tunnel: the beneficiary writes two messages while offline, the live socket gone.
    await tunnel.enter();
    await write(beneficiary.page, 'Écrit dans le tunnel (1)');
    await write(beneficiary.page, 'Écrit dans le tunnel (2)');
    await beneficiary.page.locator('[data-outbox]').first().waitFor();
    await write(compagnon.page, 'Pendant ce temps, à Bayonne.');
    // Meanwhile the compagnon edits a message the beneficiary has seen and deletes another.
    await message(compagnon.page, 'Bonjour, voici nos statuts.').getByRole('button', { name: 'Modifier' }).click();
    await compagnon.page.getByRole('textbox', { name: 'Modifier' }).fill('Bonjour, voici nos statuts signés.');
    await compagnon.page.getByRole('button', { name: 'Enregistrer' }).click();
    await message(compagnon.page, 'Bonjour, voici nos statuts signés.').getByText('modifié').waitFor();
    await message(compagnon.page, 'Le code du portail est 4521.').getByRole('button', { name: 'Supprimer' }).click();
    await compagnon.page.getByText('Message supprimé').waitFor();
    // The thread was empty when it was opened: its READY had nothing shown to read again. The read
    // comes when the live stream resumes (and covers what was shown before, not what it replays).
    expect(beneficiaryReads.afterSeqs).toEqual([]);
    await tunnel.leave();

    // A message with HTML in it is shown as text, never run.
    await write(compagnon.page, '<script>alert(1)</script> <img src=x onerror=alert(2)> [lien](javascript:alert(3))');

    const expected = [
      'Bonjour, voici nos statuts signés.',
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
      // The edit and the deletion made while the beneficiary was offline show on both screens: the
      // new text marked "modifié", the deleted message's words gone, each message once, in order.
      expect(bodies).not.toContain('Bonjour, voici nos statuts.');
      await message(page, 'Bonjour, voici nos statuts signés.').getByText('modifié').waitFor();
      expect(await page.getByText('Message supprimé').count()).toBe(1);
      expect(await page.locator('ol.thread-messages').innerText()).not.toContain('4521');
      const shown = (await seqs(page)).map(Number);
      expect(shown).toHaveLength(7);
      expect(shown).toEqual([...new Set(shown)].sort((a, b) => a - b));
    }
    // Coming back read what the beneficiary shows again: one keyset page (7 messages) from its oldest one.
    expect(beneficiaryReads.afterSeqs).toEqual([Number((await seqs(beneficiary.page))[0]) - 1]);
    // Both screens show the same order (the server's seq).
    expect(await feed(compagnon.page)).toEqual(await feed(beneficiary.page));
    expect(await seqs(compagnon.page)).toEqual(await seqs(beneficiary.page));
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

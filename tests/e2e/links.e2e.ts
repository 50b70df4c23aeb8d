import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, logIn, newPerson, openDemoPair1 } from './support/browser.js';

const baseUrl = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** One GraphQL call from the page, with the person's session (what the app itself does). */
async function gql<T>(page: Page, query: string, variables: Record<string, unknown>): Promise<T> {
  return page.evaluate(
    async ({ query, variables }) => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
        body: JSON.stringify({ query, variables }),
      });
      const result = (await response.json()) as { data?: unknown; errors?: unknown };
      if (result.errors) throw new Error(JSON.stringify(result.errors));
      return result.data as T;
    },
    { query, variables },
  );
}

describe('a document linked into a thread message', () => {
  it('the Compagnon attaches a note to a message; the chip opens the Documents tab on that note', async () => {
    const { page, context } = await newPerson(browser, baseUrl);
    await logIn(page, 'compagnon@tandem.test');
    await openDemoPair1(page);
    const pairId = /\/espaces\/([^/]+)\//.exec(page.url())?.[1] ?? '';
    const title = `Compte rendu ${Date.now()}`;
    await gql(page, `mutation($i: CreateNoteInput!) { createNote(input: $i) { id } }`, {
      i: { pairId, title, body: 'Ce que nous avons vu à la recyclerie.' },
    });
    const threadTitle = `Documents joints ${Date.now()}`;
    await gql(page, `mutation($i: CreateThreadInput!) { createThread(input: $i) { id } }`, { i: { pairId, title: threadTitle } });
    await page.reload();
    await page.getByRole('button', { name: new RegExp(threadTitle) }).click();
    await page.getByRole('heading', { name: threadTitle }).waitFor();

    await page.getByLabel('Votre message').fill('Voici le compte rendu :');
    await page.getByRole('button', { name: 'Joindre un document' }).click();
    await page.getByRole('menuitem', { name: title }).click();
    await expect.poll(() => page.getByLabel('Votre message').inputValue()).toContain(`](/espaces/${pairId}/documents?document=`);
    await page.getByRole('button', { name: 'Envoyer' }).click();

    const chip = page.getByTestId('document-chip').filter({ hasText: title });
    await chip.waitFor();
    await page.screenshot({ path: '/tmp/tandem-links-chip-1280.png', fullPage: true }).catch(() => {});
    await chip.click();
    await page.waitForURL(/\/documents\?document=/);
    const opened = page.locator('article[aria-current="true"]');
    await opened.waitFor();
    expect(await opened.getByRole('heading', { level: 3 }).innerText()).toBe(title);
    await page.screenshot({ path: '/tmp/tandem-links-opened-1280.png', fullPage: true }).catch(() => {});
    await context.close();
  });
});

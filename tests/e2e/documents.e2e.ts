import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, logIn, newPerson, openDemoPair1 } from './support/browser.js';
import { makePdf } from './support/pdf.js';

const baseUrl = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** Clicks a download link and returns the bytes the browser saved. */
async function downloadBytes(page: Page, link: ReturnType<Page['getByRole']>): Promise<Buffer> {
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  return readFile((await download.path())!);
}

describe('documents of a pair', () => {
  it('the beneficiary uploads a PDF, the Compagnon sees it appear, previews it, adds version 2, and both download each version', async () => {
    const title = `Statuts révisés ${Date.now()}`;
    const v1 = makePdf('Statuts, version 1');
    const v2 = makePdf('Statuts, version 2 relue par le Compagnon');

    const beneficiary = await newPerson(browser, baseUrl);
    await logIn(beneficiary.page, 'beneficiaire@tandem.test');
    await openDemoPair1(beneficiary.page);
    const pairPath = new URL(beneficiary.page.url()).pathname.replace(/\/fil$/, '/documents');
    await beneficiary.page.goto(pairPath);
    await beneficiary.page.getByRole('heading', { name: 'Documents', level: 2 }).waitFor();

    const compagnon = await newPerson(browser, baseUrl);
    await logIn(compagnon.page, 'compagnon@tandem.test');
    await compagnon.page.getByRole('heading', { level: 1, name: 'Mes espaces' }).waitFor();
    await compagnon.page.goto(pairPath);
    await compagnon.page.getByRole('heading', { name: 'Documents', level: 2 }).waitFor();
    // Let the Compagnon's live subscription settle before the upload.
    await compagnon.page.waitForTimeout(500);

    // The beneficiary chooses the file (the keyboard path of the drop zone) with a title.
    await beneficiary.page.getByLabel('Titre (facultatif)').fill(title);
    await beneficiary.page.getByTestId('document-drop-zone').locator('input[type=file]').setInputFiles({
      name: 'statuts.pdf',
      mimeType: 'application/pdf',
      buffer: v1,
    });
    await beneficiary.page.getByText('« statuts.pdf » est partagé.').waitFor();

    // The Compagnon sees it appear without reloading, and previews it in a sandboxed frame.
    const card = compagnon.page.getByRole('article', { name: title });
    await card.waitFor({ timeout: 10_000 });
    await card.getByRole('button', { name: 'Aperçu' }).click();
    const frame = card.getByTestId('pdf-preview');
    await frame.waitFor();
    const src = (await frame.getAttribute('src'))!;
    expect(src).toMatch(/^\/api\/documents\/[^/]+\/versions\/1\?inline=1$/);
    // The framed file is sandboxed by its response header and never sniffed.
    const framed = await compagnon.context.request.get(src);
    expect(framed.headers()['content-security-policy']).toBe('sandbox');
    expect(framed.headers()['x-content-type-options']).toBe('nosniff');
    expect((await framed.body()).equals(v1)).toBe(true);

    // The Compagnon drops version 2 onto the document.
    const transfer = await compagnon.page.evaluateHandle((base64) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const data = new DataTransfer();
      data.items.add(new File([bytes], 'statuts-v2.pdf', { type: 'application/pdf' }));
      return data;
    }, v2.toString('base64'));
    await card.getByTestId('version-drop-zone').dispatchEvent('drop', { dataTransfer: transfer });
    await card.getByTestId('document-version').filter({ hasText: 'version 2' }).waitFor();

    // The beneficiary's list follows live too; both download v1 and v2 from the versions list.
    const beneficiaryCard = beneficiary.page.getByRole('article', { name: title });
    await beneficiaryCard.getByTestId('document-version').filter({ hasText: 'version 2' }).waitFor({ timeout: 10_000 });
    for (const [page, documentCard] of [
      [beneficiary.page, beneficiaryCard],
      [compagnon.page, card],
    ] as const) {
      await documentCard.getByRole('button', { name: /Versions/ }).click();
      const one = await downloadBytes(page, documentCard.getByRole('link', { name: 'Télécharger la version 1' }));
      const two = await downloadBytes(page, documentCard.getByRole('link', { name: 'Télécharger la version 2' }).last());
      expect(one.equals(v1)).toBe(true);
      expect(two.equals(v2)).toBe(true);
    }

    await beneficiary.context.close();
    await compagnon.context.close();
  });
});

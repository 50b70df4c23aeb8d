import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, logIn, newPerson, openDemoPair1 } from './support/browser.js';

const baseUrl = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('exporting the space from the pair page', () => {
  it('a coordinator clicks « Exporter l’espace » and gets the archive; a member sees no button', async () => {
    const coordinator = await newPerson(browser, baseUrl);
    await logIn(coordinator.page, 'compagnon@tandem.test');
    await openDemoPair1(coordinator.page);
    const downloading = coordinator.page.waitForEvent('download');
    await coordinator.page.getByRole('link', { name: 'Exporter l’espace (.zip)' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^tandem-ptce-sud-aquitaine-ptce-auton-hommes-\d{4}-\d{2}-\d{2}\.zip$/);
    expect(await download.failure()).toBeNull();
    const bytes = await readFile((await download.path())!);
    // A complete zip: local header first, end-of-central-directory record last.
    expect(bytes.subarray(0, 4).toString('binary')).toBe('PK\u0003\u0004');
    expect(bytes.subarray(-22, -18).toString('binary')).toBe('PK\u0005\u0006');
    expect(bytes.includes(Buffer.from('tandem-export.json'))).toBe(true);

    // The export is written in the history both PTCEs see.
    await coordinator.page.getByRole('tab', { name: 'Bilan' }).click();
    await coordinator.page.getByText('Claire Etcheverry a exporté l’espace (archive .zip)').first().waitFor();
    await coordinator.context.close();

    const member = await newPerson(browser, baseUrl);
    await logIn(member.page, 'membre@tandem.test');
    await openDemoPair1(member.page);
    await member.page.getByRole('tab', { name: 'Fil' }).waitFor();
    expect(await member.page.getByRole('link', { name: 'Exporter l’espace (.zip)' }).count()).toBe(0);
    await member.context.close();
  });
});

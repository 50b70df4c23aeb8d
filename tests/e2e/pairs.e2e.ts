import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, logIn, newPerson } from './support/browser.js';

const baseUrl = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('a TSF from request to lessons, in two browsers', () => {
  it('the beneficiary asks, the Compagnon sees it arrive live and accepts; completing keeps the space open and opens the lessons', async () => {
    // Clus'Ter Jura (autre@) has no pair with AUTON'HOMMES (beneficiaire@) in the demo data: this request is new.
    const compagnon = await newPerson(browser, baseUrl);
    const beneficiary = await newPerson(browser, baseUrl);
    await logIn(compagnon.page, 'autre@tandem.test');
    await compagnon.page.getByRole('heading', { level: 1, name: 'Mes espaces' }).waitFor();
    const names = "Clus'Ter Jura et PTCE AUTON'HOMMES";
    expect(await compagnon.page.getByRole('link', { name: names }).count()).toBe(0);

    await logIn(beneficiary.page, 'beneficiaire@tandem.test');
    await beneficiary.page.getByRole('heading', { level: 1, name: 'Mes espaces' }).waitFor();
    await beneficiary.page.getByRole('link', { name: 'Demander un TSF' }).first().click();
    await beneficiary.page.getByRole('heading', { level: 1, name: 'Demander un TSF' }).waitFor();
    await beneficiary.page.getByRole('textbox', { name: /^Compagnon/ }).click();
    await beneficiary.page.getByRole('option', { name: /Clus'Ter Jura/ }).click();
    await beneficiary.page.getByRole('checkbox', { name: /économie circulaire/i }).check();
    await beneficiary.page.getByRole('textbox', { name: /^Votre message/ }).fill('Votre filière <réemploi> nous inspire.');
    await beneficiary.page.getByRole('button', { name: 'Envoyer la demande' }).click();
    await beneficiary.page.waitForURL(/\/espaces\/[^/]+\/fil$/);
    await beneficiary.page.getByText('Demande en attente').first().waitFor();
    // HTML typed in a message is shown as text.
    await beneficiary.page.getByText('Votre filière <réemploi> nous inspire.').waitFor();

    // The Compagnon's home shows it without reloading.
    await compagnon.page.getByRole('link', { name: names }).waitFor({ timeout: 10_000 });
    const card = compagnon.page.getByRole('article').filter({ has: compagnon.page.getByRole('link', { name: names }) });
    await card.getByText('Une demande attend votre réponse').waitFor();
    await compagnon.page.getByRole('link', { name: names }).click();
    await compagnon.page.getByRole('button', { name: 'Accepter la demande' }).click();
    await compagnon.page.getByText('Demande acceptée : le TSF commence.').waitFor();

    // The beneficiary's open page follows live: the space is active for both.
    await beneficiary.page.getByText('TSF en cours').first().waitFor({ timeout: 10_000 });
    for (const tab of ['Fil', 'Ordre du jour', 'Documents', 'Bilan', 'Membres']) {
      await beneficiary.page.getByRole('tab', { name: tab }).waitFor();
    }

    await beneficiary.page.getByRole('button', { name: 'Marquer le TSF comme terminé' }).click();
    await beneficiary.page.getByRole('button', { name: 'Oui, le TSF est terminé' }).click();
    await beneficiary.page.waitForURL(/\/bilan$/);
    await beneficiary.page.getByRole('heading', { name: 'Bilan', level: 2 }).waitFor();
    await beneficiary.page.getByText(/L’espace reste ouvert : fils, ordre du jour et documents/).waitFor();
    await beneficiary.page
      .getByRole('textbox', { name: 'Ce que nous avons appris' })
      .fill('Une filière se construit avec les collectivités.');
    await beneficiary.page.getByRole('button', { name: 'Enregistrer' }).click();
    await beneficiary.page.getByText('Bilan enregistré.').waitFor();

    // The Compagnon sees the completion and the beneficiary's lesson; the space stays usable.
    await compagnon.page.getByText('TSF terminé — espace ouvert').first().waitFor({ timeout: 10_000 });
    await compagnon.page.getByRole('tab', { name: 'Bilan' }).click();
    await compagnon.page.getByText('Une filière se construit avec les collectivités.').waitFor({ timeout: 10_000 });
    await compagnon.page.getByRole('tab', { name: 'Fil' }).click();
    await compagnon.page.waitForURL(/\/fil$/);

    await compagnon.context.close();
    await beneficiary.context.close();
  });

  it('someone who cannot ask sees why and whom to contact, on a phone', async () => {
    // Every demo coordinator is eligible (NOT_ELIGIBLE is covered by the server tests); the operator has no PTCE.
    const { context, page } = await newPerson(browser, baseUrl, { width: 360 });
    await logIn(page, 'operateur@tandem.test');
    await page.getByRole('heading', { level: 1, name: 'Mes espaces' }).waitFor();
    await page.goto('/demander-un-tsf');
    await page.getByText('Vous ne pouvez pas encore demander de TSF').waitFor();
    await page.getByRole('link', { name: 'operateur@tandem.test' }).waitFor();
    await context.close();
  });
});

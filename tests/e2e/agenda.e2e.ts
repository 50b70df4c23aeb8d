import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, logIn, newPerson, openDemoPair1 } from './support/browser.js';

const baseUrl = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function openAgenda(page: Page, email: string): Promise<void> {
  await logIn(page, email);
  await openDemoPair1(page);
  await page.getByRole('tab', { name: 'Ordre du jour' }).click();
  await page.getByRole('heading', { level: 2, name: 'Ordre du jour' }).waitFor();
}

const card = (page: Page, title: string) => page.getByRole('article', { name: title });

describe('the agenda, co-edited by both PTCEs', () => {
  it('one adds a slot, the other sees it live; a conflicting edit shows the side-by-side choice, and both screens end equal', async () => {
    const compagnon = await newPerson(browser, baseUrl);
    const beneficiary = await newPerson(browser, baseUrl);
    await openAgenda(compagnon.page, 'compagnon@tandem.test');
    await openAgenda(beneficiary.page, 'beneficiaire@tandem.test');
    // Its own slot, with a unique title, so the demo data and other tests do not matter.
    const title = `Visite du tiers-lieu ${Date.now().toString(36)}`;

    // The beneficiary adds a slot; the Compagnon sees it without reloading.
    await beneficiary.page.getByRole('button', { name: 'Ajouter un moment' }).click();
    const form = beneficiary.page.getByRole('dialog', { name: 'Ajouter un moment' });
    await form.getByLabel('Titre').fill(title);
    await form.getByLabel('Début').fill('16:00');
    await form.getByLabel('Fin').fill('17:00');
    await form.getByLabel('Type').first().selectOption('VISIT');
    await form.getByRole('button', { name: 'Enregistrer' }).click();
    await form.waitFor({ state: 'detached' });
    await card(beneficiary.page, title).waitFor();
    await card(compagnon.page, title).waitFor();

    // Both open the same slot; the Compagnon sees that the beneficiary is editing it.
    await card(beneficiary.page, title)
      .getByRole('button', { name: `Modifier « ${title} »` })
      .click();
    await card(compagnon.page, title).getByText('Karim Benali modifie ce moment…').waitFor();
    await card(compagnon.page, title)
      .getByRole('button', { name: `Modifier « ${title} »` })
      .click();

    // The Compagnon saves first.
    const theirs = compagnon.page.getByRole('dialog', { name: 'Modifier le moment' });
    await theirs.getByLabel('Lieu (adresse)').fill('Tiers-lieu, 3 place de la Mairie, Dax');
    await theirs.getByRole('button', { name: 'Enregistrer' }).click();
    await theirs.waitFor({ state: 'detached' });

    // The beneficiary saves from the old version: the side-by-side choice appears, nothing is overwritten.
    const mine = beneficiary.page.getByRole('dialog', { name: 'Modifier le moment' });
    await mine.getByLabel('Lieu (adresse)').fill('Mairie de Dax');
    await mine.getByLabel('Notes').fill('Prévoir des bottes');
    await mine.getByRole('button', { name: 'Enregistrer' }).click();
    const conflict = beneficiary.page.getByRole('dialog', { name: 'Ce moment a changé pendant que vous le modifiiez' });
    await conflict.getByTestId('agenda-conflict').waitFor();
    await conflict.getByText('Tiers-lieu, 3 place de la Mairie, Dax').first().waitFor();
    await conflict.getByText('Mairie de Dax').first().waitFor();

    // Merge: take their place, keep my notes.
    await conflict.getByRole('radio', { name: 'Version à garder pour « Lieu (adresse) » : Version enregistrée' }).check();
    await conflict.getByRole('button', { name: 'Enregistrer ce choix' }).click();
    await conflict.waitFor({ state: 'detached' });

    for (const page of [beneficiary.page, compagnon.page]) {
      const slot = card(page, title);
      await slot.getByText('Prévoir des bottes').waitFor();
      await slot.getByText('Tiers-lieu, 3 place de la Mairie, Dax').waitFor();
    }
    const text = async (page: Page) => (await card(page, title).innerText()).replace(/\s+/g, ' ');
    expect(await text(beneficiary.page)).toBe(await text(compagnon.page));
    await compagnon.context.close();
    await beneficiary.context.close();
  });

  it('a host structure is picked from the directory, and an item opens its discussion, linked both ways', async () => {
    const beneficiary = await newPerson(browser, baseUrl);
    const compagnon = await newPerson(browser, baseUrl);
    await openAgenda(beneficiary.page, 'beneficiaire@tandem.test');
    await openAgenda(compagnon.page, 'compagnon@tandem.test');
    const title = `Atelier mobilité ${Date.now().toString(36)}`;

    await beneficiary.page.getByRole('button', { name: 'Ajouter un moment' }).click();
    const form = beneficiary.page.getByRole('dialog', { name: 'Ajouter un moment' });
    await form.getByLabel('Titre').fill(title);
    await form.getByLabel('Début').fill('18:00');
    await form.getByLabel('Fin').fill('19:00');
    await form.getByRole('button', { name: 'Ajouter une structure ou une personne' }).click();
    // The member structures of the host PTCE (PTCE Sud Aquitaine) are offered.
    await form.getByRole('textbox', { name: 'Structure membre' }).fill('Seig');
    await beneficiary.page.getByRole('option', { name: 'CBE du Seignanx' }).click();
    await form.getByText('Dans l’annuaire').waitFor();
    await form.getByRole('button', { name: 'Enregistrer' }).click();
    await form.waitFor({ state: 'detached' });
    await card(beneficiary.page, title).getByText('CBE du Seignanx').waitFor();

    // « Ouvrir la discussion » opens a thread titled after the item, in the Fil tab.
    await card(beneficiary.page, title)
      .getByRole('button', { name: `Ouvrir la discussion sur « ${title} »` })
      .click();
    await beneficiary.page.getByRole('heading', { level: 2, name: title }).waitFor();
    const about = beneficiary.page.getByTestId('thread-about');
    await about.getByText(title, { exact: false }).waitFor();
    expect(await about.innerText()).toContain('18 h – 19 h');
    const threadUrl = new URL(beneficiary.page.url());
    expect(threadUrl.pathname).toMatch(/\/fil$/);

    // The other side opens the same discussion, not a second one.
    await card(compagnon.page, title)
      .getByRole('button', { name: `Ouvrir la discussion sur « ${title} »` })
      .click();
    await compagnon.page.getByRole('heading', { level: 2, name: title }).waitFor();
    expect(new URL(compagnon.page.url()).searchParams.get('fil')).toBe(threadUrl.searchParams.get('fil'));

    // And back from the thread to the item in the Ordre du jour.
    await about.getByRole('link').click();
    await card(beneficiary.page, title).waitFor();
    await beneficiary.context.close();
    await compagnon.context.close();
  });
});

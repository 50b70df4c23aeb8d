import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Debian's chromium, headless, with the flags this machine's closed network needs. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`No chromium at ${CHROMIUM}: install it (apt-get install -y chromium) or set CHROMIUM_PATH`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * A fresh browser profile (cookies, storage) in French, like a person in France. `bypassCSP` lets a
 * test inject a script (axe-core) that the app's CSP would block.
 */
export async function newPerson(
  browser: Browser,
  baseURL: string,
  options: { width?: number; bypassCSP?: boolean } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL,
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    viewport: { width: options.width ?? 1280, height: 800 },
    bypassCSP: options.bypassCSP ?? false,
  });
  const page = await context.newPage();
  return { context, page };
}

export async function logIn(page: Page, email: string, password = 'demo-tandem-2026'): Promise<void> {
  await page.goto('/connexion');
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe').fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
}

/**
 * Opens demo pair 1 (Sud Aquitaine hosting AUTON'HOMMES) from "Mes espaces". Named exactly: other
 * browser tests create pairs for the same people, so "the first card" is not a stable choice.
 */
export async function openDemoPair1(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1, name: 'Mes espaces' }).waitFor();
  await page.getByRole('link', { name: "PTCE Sud Aquitaine et PTCE AUTON'HOMMES" }).click();
  await page.waitForURL(/\/espaces\/[^/]+\/fil/);
}

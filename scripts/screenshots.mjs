// The README's pictures, taken from the built app with its demo data: `pnpm build && pnpm screenshots`.
// Starts the server on a fresh SQLite database (as `pnpm start` does, on a free port), signs in as the
// demo people in headless Chromium (CHROMIUM_PATH, default /usr/bin/chromium) and writes
// docs/screenshots/*.png. Laptop pictures at 1366×768 (what the people of the field mostly have),
// phone pictures at 360 px.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { chromium } = createRequire(path.join(root, 'tests/e2e/package.json'))('playwright-core');
const out = path.join(root, 'docs/screenshots');
const main = path.join(root, 'apps/server/dist/src/main.js');
if (!existsSync(main) || !existsSync(path.join(root, 'apps/web/dist/index.html'))) {
  console.error('Run `pnpm build` first.');
  process.exit(1);
}

const port = await new Promise((resolve) => {
  const server = createServer().listen(0, '127.0.0.1', () => {
    const { port } = server.address();
    server.close(() => resolve(port));
  });
});
const baseURL = `http://127.0.0.1:${port}`;
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'tandem-screenshots-'));
const server = spawn(process.execPath, [main], {
  cwd: root,
  env: {
    PATH: process.env.PATH,
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_URL: baseURL,
    DATA_DIR: dataDir,
    DEMO_DATA: 'on',
    LOG_LEVEL: 'warn',
  },
  stdio: ['ignore', 'inherit', 'inherit'],
});
for (const deadline = Date.now() + 60_000; ;) {
  if (
    await fetch(`${baseURL}/healthz`).then(
      (r) => r.ok,
      () => false,
    )
  )
    break;
  if (server.exitCode !== null || Date.now() > deadline) throw new Error('the server did not start');
  await new Promise((r) => setTimeout(r, 200));
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
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
const person = async (email, width = 1366, height = 768) => {
  const context = await browser.newContext({ baseURL, locale: 'fr-FR', timezoneId: 'Europe/Paris', viewport: { width, height } });
  const page = await context.newPage();
  if (email) {
    await page.goto('/connexion');
    await page.getByLabel('Adresse e-mail').fill(email);
    await page.getByLabel('Mot de passe').fill('demo-tandem-2026');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mes espaces' }).waitFor();
  }
  return { context, page };
};
const shoot = async (page, name, options = {}) => {
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: path.join(out, `${name}.png`), ...options });
  console.log(`docs/screenshots/${name}.png`);
};

try {
  const claire = await person('compagnon@tandem.test');
  await shoot(claire.page, 'home');
  await claire.page.getByRole('link', { name: "PTCE Sud Aquitaine et PTCE AUTON'HOMMES" }).click();
  await claire.page.waitForURL(/\/espaces\/[^/]+\/fil/);
  await claire.page.locator('.thread-list .thread-row').first().click();
  await claire.page.locator('ol.thread-messages article').first().waitFor();
  await shoot(claire.page, 'thread');
  await claire.page.goto(claire.page.url().replace(/\/fil.*$/, '/documents'));
  await shoot(claire.page, 'documents');

  const visitor = await person(null);
  await visitor.page.goto('/annuaire');
  await visitor.page.getByRole('heading', { level: 1 }).waitFor();
  await shoot(visitor.page, 'directory');
  await visitor.page.goto('/trouver-un-compagnon?theme=mobilite&theme=incubateur&dep=59');
  await visitor.page.getByRole('heading', { level: 1 }).waitFor();
  const search = visitor.page.locator('main form button[type=submit]');
  if (await search.count()) await search.first().click();
  await shoot(visitor.page, 'finder');

  const phone = await person(null, 360, 780);
  await phone.page.goto('/annuaire/sud-aquitaine');
  await phone.page.getByRole('heading', { level: 1 }).waitFor();
  await shoot(phone.page, 'ptce-phone');
  await phone.page.goto('/connexion');
  await shoot(phone.page, 'login-phone');
} finally {
  await browser.close();
  server.kill('SIGTERM');
  await new Promise((r) => server.once('exit', r));
  rmSync(dataDir, { recursive: true, force: true });
}

import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * Runs axe-core in the page; returns the serious and critical violations (first three targets each).
 * The page's profile must bypass the app's CSP (script-src 'self'), which would block axe's script:
 * `newPerson(browser, baseUrl, { bypassCSP: true })`.
 */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  // A popover still fading in has its colours mid-way: axe would measure that contrast (a busy
  // machine makes the fade long enough). Wait for finite transitions and animations to end.
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity),
  );
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const violations = await page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } }).axe.run();
    return result.violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => ({ target: n.target })) }));
}

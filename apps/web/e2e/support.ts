import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page, test } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const PASSWORD = 'kokemus-demo';
const SHOTS = fileURLToPath(new URL('../e2e-artifacts/screenshots', import.meta.url));

/**
 * WCAG 2.1 A and AA: zero violations on every page a test visits. `exclude` is for sandboxed frames
 * (`sandbox=""` runs no scripts, so axe cannot be injected and would wait forever): check their content
 * on its own with `expectAccessibleHtml`.
 */
export async function expectAccessible(page: Page, name: string, { exclude = [] as string[] } = {}) {
  await page.waitForLoadState('networkidle');
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  for (const selector of exclude) builder = builder.exclude(selector);
  const results = await builder.analyze();
  const violations = results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
  }));
  expect(violations, `axe violations on ${name}`).toEqual([]);
  test.info().annotations.push({
    type: 'axe',
    description: `${name}: 0 violations (${results.passes.length} rules passed)`,
  });
}

export function screenshotPath(name: string): string {
  mkdirSync(SHOTS, { recursive: true });
  return `${SHOTS}/${name}.png`;
}

/** A full-page screenshot kept under e2e-artifacts/screenshots (git-ignored). */
export async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: screenshotPath(name), fullPage: true });
}

/** Presses Tab until `target` has the focus, like a keyboard user would. */
export async function tabTo(page: Page, target: Locator, maxPresses = 60) {
  for (let i = 0; i < maxPresses; i += 1) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Could not reach ${target.toString()} with Tab`);
}

export async function signIn(page: Page, email: string) {
  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await tabTo(page, page.getByLabel(/Sähköpostiosoite|E-postadress|E-mail address/));
  await page.keyboard.type(email);
  await page.keyboard.press('Tab');
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press('Enter');
  await expect(page).not.toHaveURL(/sign-in/);
  await expect(page.locator('#user-menu')).toBeVisible();
}

export async function signOut(page: Page, menuItem: RegExp = /Kirjaudu ulos|Logga ut|Sign out/) {
  await tabTo(page, page.locator('#user-menu'));
  await page.keyboard.press('Enter');
  const item = page.getByRole('menuitem', { name: menuItem });
  await expect(item).toBeVisible();
  // Arrow down to it; on a busy machine a key can land before the menu listens, so look after each press.
  for (let i = 0; i < 10; i += 1) {
    if (await item.evaluate((el) => el === document.activeElement)) break;
    await page.keyboard.press('ArrowDown');
    await expect(item)
      .toBeFocused({ timeout: 300 })
      .catch(() => undefined);
  }
  await expect(item).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/sign-in\?reason=signed-out/);
}

/** axe on a piece of HTML of its own (an e-mail shown in a sandboxed frame), in a fresh page. */
export async function expectAccessibleHtml(page: Page, html: string, name: string) {
  const other = await page.context().newPage();
  try {
    await other.setContent(html);
    await expectAccessible(other, name);
  } finally {
    await other.close();
  }
}

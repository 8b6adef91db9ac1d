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

type TabOptions = {
  /** Presses before giving up: a page with more stops than this between start and target needs a closer start. */
  maxPresses?: number;
  /** Shift+Tab: for a target before the focus (the main menu, seen from a page's heading). */
  backward?: boolean;
};

/** Where the focus is, for a failure message: `BUTTON "Merkitse kaikki luetuiksi"`. */
async function describeFocus(page: Page): Promise<string> {
  return page
    .evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return 'the page itself (nothing focused)';
      const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();
      return `${el.tagName}${el.id ? `#${el.id}` : ''} "${text.slice(0, 60)}"`;
    })
    .catch(() => 'unknown (the page did not answer)');
}

/**
 * Presses Tab (or Shift+Tab) until `target` has the focus, like a keyboard user would. Bounded in presses
 * and in time: the target must be on the page within 10 s and stay there, and each look at the focus waits
 * 3 s at most. (A locator's `evaluate` waits for its element without limit, as the config sets no
 * actionTimeout: a target that was not there used to hang here until the test's two minutes ran out, with
 * only "Target page, context or browser has been closed" to say why.) `options` may be just `maxPresses`.
 */
export async function tabTo(page: Page, target: Locator, options: TabOptions | number = {}) {
  const { maxPresses = 60, backward = false } =
    typeof options === 'number' ? { maxPresses: options } : options;
  const key = backward ? 'Shift+Tab' : 'Tab';
  try {
    await target.waitFor({ state: 'attached', timeout: 10_000 });
  } catch (error) {
    throw new Error(
      `tabTo: ${target.toString()} is not on ${page.url()} (waited 10 s), so ${key} cannot reach it` +
        ` (the focus is on ${await describeFocus(page)})`,
      { cause: error },
    );
  }
  let presses = 0;
  for (;;) {
    // The target may re-render between presses: a short wait covers that; one that left the page fails.
    let focused = false;
    try {
      focused = await target.evaluate((el) => el === document.activeElement, undefined, { timeout: 3_000 });
    } catch (error) {
      if (error instanceof Error && error.name === 'TimeoutError')
        throw new Error(
          `tabTo: ${target.toString()} left ${page.url()} after ${presses} ${key} presses` +
            ` (the focus is on ${await describeFocus(page)})`,
          { cause: error },
        );
    }
    if (focused) return;
    if (presses >= maxPresses) break;
    await page.keyboard.press(key);
    presses += 1;
  }
  throw new Error(
    `tabTo: ${target.toString()} did not get the focus in ${presses} ${key} presses on ${page.url()};` +
      ` the focus is on ${await describeFocus(page)}`,
  );
}

/**
 * The skip link, like a keyboard user: from a freshly loaded page, Tab to "Siirry pääsisältöön" and Enter,
 * so the next Tab starts in the main content instead of going through the header and the whole main menu.
 */
export async function skipToMain(page: Page) {
  await tabTo(page, page.locator('a[href="#main"]'), 5);
  await page.keyboard.press('Enter');
  await expect(page.locator('main#main')).toBeFocused();
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
  // From the top of the page, as after a fresh load: a long page (an order's many times) is not tabbed through.
  await page.evaluate(() => document.querySelector<HTMLElement>('a[href="#main"]')?.focus());
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

import { expect, type Page, test } from '@playwright/test';
import { expectAccessible, screenshot, signIn } from './support';

/** The onboarding screens in Swedish, on a phone and a desktop: no sideways scrolling, axe clean. */

async function toSwedish(page: Page) {
  await page.locator('#language-menu').click();
  await page.getByRole('menuitem', { name: /Svenska/ }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
}

for (const width of [360, 1280]) {
  test(`the coordinator's recruitment, courses and mentoring in Swedish at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await signIn(page, 'coordinator@kokemus.test');
    await toSwedish(page);
    for (const path of ['/onboarding', '/onboarding/rounds', '/courses', '/mentorships']) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(
        width,
      );
      await expectAccessible(page, `sv ${path} ${width}`);
      await screenshot(page, `tour-sv-${width}${path.replace(/\//g, '-')}`);
    }
    // An application (the one at the training step: other specs may move those at orientation on).
    await page.goto('/onboarding?step=training');
    await page.waitForLoadState('networkidle');
    await page.locator('main a[href^="/onboarding/"]:not([href="/onboarding/rounds"])').first().click();
    await expect(page).toHaveURL(/\/onboarding\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { level: 2, name: 'Steget nu', exact: true })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await expectAccessible(page, `sv application ${width}`);
    await screenshot(page, `tour-sv-${width}-application`);
  });
}

test('the expert’s home, agreements and training in Swedish at 360 px', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await signIn(page, 'expert@kokemus.test');
  await toSwedish(page);
  for (const path of ['/', '/my-agreements', '/my-training']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(360);
    await expectAccessible(page, `sv expert ${path}`);
    await screenshot(page, `tour-sv-expert${path.replace(/\//g, '-') || '-home'}`);
  }
});

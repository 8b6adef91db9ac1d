import { expect, type Page, test } from '@playwright/test';
import { expectAccessible, screenshot, signIn } from './support';

/** Earlier specs may have left the account in another language (it is kept on the account): back to Finnish. */
async function inFinnish(page: Page) {
  if ((await page.locator('html').getAttribute('lang')) === 'fi') return;
  await page.locator('#language-menu').click();
  await page.getByRole('menuitem', { name: /Suomi/ }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fi');
}

test('the demo coordinator sees the two active mentorships and opens one', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, 'coordinator@kokemus.test');
  await inFinnish(page);
  await page
    .getByRole('navigation', { name: 'Päävalikko' })
    .getByRole('link', { name: 'Mentorointi' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mentorointi');
  await expect(page).toHaveTitle('Mentorointi – Kokemus');

  // The demo county's mentor has two trainees, both under way, three approved tasks asked of each.
  const list = page.getByRole('list', { name: 'Mentoroinnit' });
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await expect(list.getByText(/^\d \/ 3 hyväksyttyä tehtävää$/)).toHaveCount(2);
  // The status filter is kept in the URL.
  await page.goto('/mentorships?status=active');
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await page.goto('/mentorships?status=completed');
  await expect(page.getByText('Tässä tilassa ei ole mentorointeja.')).toBeVisible();
  await page.goto('/mentorships?status=active');
  await expectAccessible(page, 'mentorships');
  await screenshot(page, 'mentorships');

  // The new-mentorship form opens on the same page.
  await page.getByRole('button', { name: 'Aloita uusi mentorointi' }).click();
  await expect(page.getByRole('heading', { name: 'Uusi mentorointi' })).toBeFocused();
  await expectAccessible(page, 'new mentorship form');

  await list.getByRole('listitem').first().getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Mentorointi: /);
  const closing = page.getByRole('region', { name: 'Mentoroinnin päättäminen' });
  await expect(closing.getByRole('button', { name: 'Merkitse suoritetuksi' })).toBeDisabled();
  await expectAccessible(page, 'mentorship detail');
  await screenshot(page, 'mentorship-detail');
});

test('the mentorships page fits a 360 px phone', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await signIn(page, 'coordinator@kokemus.test');
  await inFinnish(page);
  await page.goto('/mentorships?status=active');
  await expect(page.getByRole('list', { name: 'Mentoroinnit' }).getByRole('listitem')).toHaveCount(2);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  expect(overflow).toBe(false);
});

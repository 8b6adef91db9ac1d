import { expect, type Page, test } from '@playwright/test';
import { expectAccessible, screenshot, signIn, signOut } from './support';

/** Earlier specs may have left the account in another language (it is kept on the account): back to Finnish. */
async function inFinnish(page: Page) {
  if ((await page.locator('html').getAttribute('lang')) === 'fi') return;
  await page.locator('#language-menu').click();
  await page.getByRole('menuitem', { name: /Suomi/ }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fi');
}

test('a coordinator opens the basic course in progress and saves one session’s attendance', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, 'coordinator@kokemus.test');
  await inFinnish(page);
  await page
    .getByRole('navigation', { name: 'Päävalikko' })
    .getByRole('link', { name: 'Koulutukset' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Koulutukset');
  await expect(page).toHaveTitle('Koulutukset – Kokemus');
  const list = page.getByRole('list', { name: 'Kurssit' });
  await expect(list.getByRole('link', { name: /Kokemusasiantuntijan peruskoulutus/ })).toBeVisible();
  await expectAccessible(page, 'courses');
  await screenshot(page, 'courses');

  await list.getByRole('link', { name: /Kokemusasiantuntijan peruskoulutus/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Kokemusasiantuntijan peruskoulutus/);
  // Two applicants at the training step and three experts; three of the six sessions have been held.
  await expect(page.getByRole('heading', { name: 'Osallistujat (5 / 16)' })).toBeVisible();
  await expectAccessible(page, 'course (basic, in progress)');
  await screenshot(page, 'course-detail');

  // One person missed the second session: tick them present and save that session only.
  const session = page.getByRole('group', { name: /^Kerta 2:/ });
  const boxes = session.getByRole('checkbox');
  await expect(boxes).toHaveCount(5);
  const missed = session.locator('input[type="checkbox"]:not(:checked)');
  await expect(missed).toHaveCount(1);
  const missedId = await missed.getAttribute('id');
  await page.locator(`label[for="${missedId}"]`).click();
  await expect(page.locator(`#${missedId}`)).toBeChecked();
  await expect(session.getByText('Muutoksia ei ole tallennettu.')).toBeVisible();
  await session.getByRole('button', { name: /^Tallenna läsnäolo/ }).click();
  await expect(session.getByRole('status')).toHaveText('Kerran 2 läsnäolo on tallennettu: 5 paikalla.');
  await expectAccessible(page, 'course attendance saved');

  // Saved on the server: still ticked after a reload.
  await page.reload();
  await expect(page.locator(`#${missedId}`)).toBeChecked();

  // Three of six sessions is not 80 %: the API refuses to mark anyone completed yet, and says why.
  const people = page.getByRole('list', { name: /^Osallistujat/ });
  const first = people.getByRole('listitem').first();
  await first.getByRole('button', { name: /^Merkitse suoritetuksi/ }).click();
  await expect(first.getByText(/Kurssia ei voi vielä merkitä suoritetuksi/)).toBeVisible();
  await expectAccessible(page, 'course completion refused');
  await screenshot(page, 'course-complete-refused');

  // Back as it was, for any spec that reads the demo course's attendance.
  const again = page.getByRole('group', { name: /^Kerta 2:/ });
  await page.locator(`label[for="${missedId}"]`).click();
  await expect(page.locator(`#${missedId}`)).not.toBeChecked();
  await again.getByRole('button', { name: /^Tallenna läsnäolo/ }).click();
  await expect(again.getByRole('status')).toHaveText('Kerran 2 läsnäolo on tallennettu: 4 paikalla.');

  // The same page on a phone: nothing scrolls sideways.
  await page.setViewportSize({ width: 360, height: 740 });
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Osallistujat (5 / 16)' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await screenshot(page, 'course-detail-360');
  await page.setViewportSize({ width: 1280, height: 900 });
  await signOut(page);
});

test('an expert reads their own training on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await signIn(page, 'expert@kokemus.test');
  await inFinnish(page);
  await page.goto('/my-training');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Koulutukseni');
  await expect(page.getByText(/Tässä näet kurssit/)).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await expectAccessible(page, 'my training (expert, 360 px)');
  await screenshot(page, 'my-training-360');
});

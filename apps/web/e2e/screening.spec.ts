import { expect, type Page, test } from '@playwright/test';
import { expectAccessible, screenshot, signIn, tabTo } from './support';

/** Earlier specs may have left the account in another language (it is kept on the account): back to Finnish. */
async function inFinnish(page: Page) {
  if ((await page.locator('html').getAttribute('lang')) === 'fi') return;
  await page.locator('#language-menu').click();
  await page.getByRole('menuitem', { name: /Suomi/ }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fi');
}

async function fitsPhone(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
}

// The demo county's Juttupenkki has three participant comments; this one names a person and waits.
const NAMED = /siskostani Annasta/;

test('a coordinator screens the demo county’s pending participant text with the keyboard, and it fits a phone', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, 'coordinator@kokemus.test');
  await inFinnish(page);
  const nav = page.getByRole('navigation', { name: 'Päävalikko' });
  const names = (await nav.getByRole('link').allTextContents()).map((n) => n.trim());
  expect(names.indexOf('Tekstien tarkistus')).toBe(names.indexOf('Muistutukset') + 1);
  await tabTo(page, nav.getByRole('link', { name: 'Tekstien tarkistus' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/participant-feedback\/screening$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Osallistujien tekstien tarkistus');
  await expect(page.getByLabel('Näytä')).toHaveValue('pending');

  const pending = page.getByTestId('screening-item').filter({ hasText: NAMED });
  await expect(pending).toHaveCount(1);
  await expect(pending.getByRole('heading', { level: 3 })).toHaveText(/Juttupenkki/);
  await expect(pending).toContainText(/Tehtävä \d{1,2}\.\d{1,2}\.\d{4}/);
  await expect(pending).toContainText(/Vastauskieli: (suomi|selkosuomi)/);
  await expect(pending.locator('blockquote')).toContainText(NAMED);
  await expectAccessible(page, 'screening pending');
  await screenshot(page, 'screening-pending');

  // Approve it with the keyboard: it leaves the list, the message says so, the focus stays on the list.
  const others = await page.getByTestId('screening-item').count();
  await tabTo(page, pending.getByRole('button', { name: 'Hyväksy (saa näyttää)' }), 120);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: /Hyväksyit tekstin: Juttupenkki/ })).toBeVisible();
  await expect(page.getByTestId('screening-item').filter({ hasText: NAMED })).toHaveCount(0);
  if (others > 1) {
    await expect(page.locator('[data-testid="screening-item"] h3:focus')).toHaveCount(1);
  } else {
    await expect(page.getByRole('heading', { level: 2, name: 'Tarkistamatta olevat tekstit' })).toBeFocused();
    await expect(
      page.getByText('Tarkistettavia tekstejä ei ole. Kaikki osallistujien tekstit on luettu.'),
    ).toBeVisible();
  }
  await expectAccessible(page, 'screening approved');

  // Among the approved now, with the other approved demo comments; there it could still be rejected.
  await page.getByLabel('Näytä').selectOption('approved');
  await expect(page).toHaveURL(/status=approved/);
  const approved = page.getByTestId('screening-item').filter({ hasText: NAMED });
  await expect(approved).toContainText('Hyväksytty: saa näyttää');
  await expect(approved.getByRole('button', { name: 'Hylkää (ei näytetä koskaan)' })).toBeVisible();
  await expect(
    page.getByTestId('screening-item').filter({ hasText: /toipuminen on mahdollista/ }),
  ).toHaveCount(1);

  // On a phone: nothing scrolls sideways.
  await page.setViewportSize({ width: 360, height: 740 });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Osallistujien tekstien tarkistus');
  await expect(page.getByTestId('screening-item').first()).toBeVisible();
  await fitsPhone(page);
  await expectAccessible(page, 'screening 360');
  await screenshot(page, 'screening-360');
});

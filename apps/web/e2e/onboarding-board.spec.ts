import { expect, type Page, test } from '@playwright/test';
import { expectAccessible, screenshot, signIn } from './support';

/** Earlier specs may have left the account in another language (it is kept on the account): back to Finnish. */
async function inFinnish(page: Page) {
  if ((await page.locator('html').getAttribute('lang')) === 'fi') return;
  await page.locator('#language-menu').click();
  await page.getByRole('menuitem', { name: /Suomi/ }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fi');
}

test('a coordinator reads the board and opens a stalled application', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, 'coordinator@kokemus.test');
  await inFinnish(page);
  await page
    .getByRole('navigation', { name: 'Päävalikko' })
    .getByRole('link', { name: 'Rekrytointi' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rekrytointi');

  // The demo county has applicants at every step, a few of them past their step's due date.
  const open = page.getByRole('list', { name: 'Avoimet vaiheet' });
  await expect(open.getByRole('listitem')).toHaveCount(7);
  await expect(page.getByText(/hakemus(ta)? on myöhässä vaiheensa määräpäivästä/)).toBeVisible();
  const list = page.getByRole('list', { name: 'Avoimet hakemukset' });
  const first = list.getByRole('listitem').first();
  await expect(first.getByText(/^Myöhässä: määräpäivä oli/)).toBeVisible();
  await expectAccessible(page, 'onboarding board');
  await screenshot(page, 'onboarding-board');

  // "Only late ones" keeps the filter in the address.
  await page.getByText('Vain myöhässä olevat').click();
  await expect(page).toHaveURL(/stalled=true/);
  await expect(
    list
      .getByRole('listitem')
      .first()
      .getByText(/^Myöhässä:/),
  ).toBeVisible();

  const link = first.getByRole('link');
  const name = (await link.textContent())!.split(', ').reverse().join(' ');
  await link.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await expect(page.getByText(/^Myöhässä: määräpäivä oli/)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Tapahtumat' }).getByRole('listitem').first()).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Siirrä hakemusta' }).getByRole('radio').first(),
  ).toBeVisible();
  await expectAccessible(page, 'onboarding application');
  await screenshot(page, 'onboarding-application');

  // The form checks a move before it is sent: rejecting needs a reason.
  const move = page.getByRole('region', { name: 'Siirrä hakemusta' });
  await move.getByText('Hylkää hakemus', { exact: true }).click();
  await move.getByRole('button', { name: 'Tee siirto' }).click();
  await expect(move.getByText('Perustelu hakijalle: Tämä tieto puuttuu.')).toBeVisible();
  await expectAccessible(page, 'onboarding move form with errors');

  await page.getByRole('link', { name: 'Takaisin hakemuksiin' }).click();
  await page.getByRole('link', { name: 'Rekrytointikierrokset' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rekrytointikierrokset');
  await expectAccessible(page, 'recruitment rounds');

  // On a 360 px phone nothing scrolls sideways: the board and the list are cards.
  await page.setViewportSize({ width: 360, height: 800 });
  await page.getByRole('link', { name: 'Takaisin hakemuksiin' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rekrytointi');
  await expect(page.getByRole('list', { name: 'Avoimet hakemukset' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

import { expect, type Page, test } from '@playwright/test';
import { expectAccessible, screenshot, signIn, signOut } from './support';

/** Earlier specs may have left the account in another language (it is kept on the account): back to Finnish. */
async function inFinnish(page: Page) {
  if ((await page.locator('html').getAttribute('lang')) === 'fi') return;
  await page.locator('#language-menu').click();
  await page.getByRole('menuitem', { name: /Suomi/ }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fi');
}

async function savePreparation(page: Page, minutes: string) {
  const preparation = page.getByLabel('Valmisteluaika minuutteina');
  await preparation.fill(minutes);
  await page.getByRole('button', { name: 'Tallenna muutokset' }).click();
  await expect(page.getByRole('status').getByText('Muutokset on tallennettu.')).toBeVisible();
}

test('an admin changes the preparation time of Juttupenkki in the product catalogue', async ({ page }) => {
  await signIn(page, 'admin@kokemus.test');
  await inFinnish(page);
  await page.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name: 'Tuotteet' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tuotteet');
  await expect(page).toHaveTitle('Tuotteet – Kokemus');
  await expect(page.getByText(/^\d+ tuotetta$/)).toBeVisible();
  await expectAccessible(page, 'products');
  await screenshot(page, 'products');

  // A new product's form explains what is missing (nothing is saved).
  await page.getByRole('link', { name: 'Lisää tuote' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Uusi tuote');
  await page.getByRole('button', { name: 'Lisää tuote' }).click();
  await expect(page.getByRole('heading', { name: /Lomakkeessa on \d+ virhettä\./ })).toBeFocused();
  await expectAccessible(page, 'new product (errors)');
  await screenshot(page, 'product-new-errors');
  await page.getByRole('button', { name: 'Peruuta' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tuotteet');

  await page.getByRole('list', { name: 'Tuoteluettelo' }).getByRole('link', { name: 'Juttupenkki' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Juttupenkki');
  await expect(page).toHaveURL(/\/products\/chat_bench$/);
  const preparation = page.getByLabel('Valmisteluaika minuutteina');
  const before = await preparation.inputValue();
  await expect(page.getByLabel('Nimi ruotsiksi')).toHaveValue('Pratbänken');
  await expectAccessible(page, 'product (Juttupenkki)');

  await savePreparation(page, '25');
  await expectAccessible(page, 'product saved');
  await screenshot(page, 'product-saved');

  // Saved on the server: a fresh load shows it, in the form and in the list.
  await page.reload();
  await expect(page.getByLabel('Valmisteluaika minuutteina')).toHaveValue('25');
  await page.getByRole('link', { name: 'Takaisin tuotteisiin' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tuotteet');

  // Back as it was, for the specs that order Juttupenkki.
  await page.getByRole('list', { name: 'Tuoteluettelo' }).getByRole('link', { name: 'Juttupenkki' }).click();
  await savePreparation(page, before);
  await signOut(page);
});

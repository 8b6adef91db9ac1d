import { expect, type Page, test } from '@playwright/test';
import { expectAccessible, screenshot, signIn, signOut, tabTo } from './support';

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

test('Liisa reads her agreements on a phone: what she accepted and when, and what is only to read', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await signIn(page, 'expert@kokemus.test');
  await inFinnish(page);
  // In the demo county she has accepted every required document: the home page asks for nothing.
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Tervetuloa');
  await expect(page.getByText(/sopimusta? hyväksyttävänä/)).toHaveCount(0);

  await page
    .getByRole('navigation', { name: 'Päävalikko' })
    .getByRole('link', { name: 'Sopimukseni' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sopimukseni');
  await expect(page).toHaveTitle('Sopimukseni – Kokemus');
  await expect(
    page.getByText('Olet hyväksynyt kaikki sopimukset. Voit saada tehtävätarjouksia.'),
  ).toBeVisible();
  const accepted = page.getByRole('region', { name: 'Hyväksytyt sopimukset' });
  await expect(accepted.getByRole('heading', { name: 'Toimeksiantosopimus' })).toBeVisible();
  await expect(accepted.getByText(/^Hyväksytty \d{1,2}\.\d{1,2}\.\d{4}$/).first()).toBeVisible();
  // The pledge was corrected after she accepted it, without asking again.
  await expect(accepted.getByText(/pieni korjaus \(versio 2\)/)).toBeVisible();
  const info = page.getByRole('region', { name: 'Luettavaksi' });
  await expect(info.getByRole('heading', { name: 'Tietosuojaseloste' })).toBeVisible();

  // The text opens from the keyboard.
  const read = accepted.locator('summary', { hasText: 'Lue sopimus' }).first();
  await tabTo(page, read);
  await page.keyboard.press('Enter');
  await expect(accepted.getByText(/Toimit kokemusasiantuntijana hyvinvointialueen tehtävissä/)).toBeVisible();
  await fitsPhone(page);
  await expectAccessible(page, 'my agreements (phone)');
  await screenshot(page, 'my-agreements-phone');
  await signOut(page);
});

test('an admin sees who has accepted and publishes a correction, explaining what is missing first', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, 'admin@kokemus.test');
  await inFinnish(page);
  await page
    .getByRole('navigation', { name: 'Päävalikko' })
    .getByRole('link', { name: 'Sopimukset' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sopimukset');
  const list = page.getByRole('list', { name: 'Sopimusluettelo' });
  await expect(list.getByRole('link', { name: 'Vaitiolositoumus' })).toBeVisible();
  await expect(list.getByText(/^\d+ hyväksynyt, 0 puuttuu$/).first()).toBeVisible();
  await expectAccessible(page, 'agreements');
  await screenshot(page, 'agreements');

  await list.getByRole('link', { name: 'Vaitiolositoumus' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vaitiolositoumus');
  const versions = page.getByRole('region', { name: 'Versiot' });
  await expect(versions.getByRole('heading', { name: 'Versio 2: Vaitiolositoumus' })).toBeVisible();
  await expect(versions.getByText('Sanamuotoa selkeytetty')).toBeVisible();
  await expect(
    page.getByText('Kaikki aktiiviset kokemusasiantuntijat ovat hyväksyneet sopimuksen.'),
  ).toBeVisible();
  await expectAccessible(page, 'agreement');
  await screenshot(page, 'agreement');

  // A correction to a document that is not required: nobody is asked again, nothing else changes.
  await page.getByRole('link', { name: 'Takaisin sopimuksiin' }).click();
  await page
    .getByRole('list', { name: 'Sopimusluettelo' })
    .getByRole('link', { name: 'Vakuutukset' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vakuutukset');
  const form = page.getByRole('region', { name: 'Julkaise uusi versio' });
  await form.getByLabel('Otsikko ruotsiksi').fill('');
  await form.getByRole('button', { name: 'Julkaise versio' }).click();
  await expect(page.getByRole('heading', { name: /Lomakkeessa on 1 virhe\./ })).toBeFocused();
  await expect(page.getByRole('link', { name: 'Otsikko ruotsiksi: Tämä tieto puuttuu.' })).toBeVisible();
  await expectAccessible(page, 'publish a version (errors)');
  await screenshot(page, 'agreement-publish-errors');

  await form.getByLabel('Otsikko ruotsiksi').fill('Försäkringar');
  const body = form.getByLabel('Teksti suomeksi');
  await body.fill(`${await body.inputValue()}\n\nVakuutusnumero on koordinaattorilla.`);
  await form.getByLabel(/^Mikä muuttui/).fill('Lisätty, mistä vakuutusnumeron saa');
  await form.getByRole('button', { name: 'Julkaise versio' }).click();
  await expect(page.getByRole('status').getByText('Versio 2 on julkaistu.')).toBeVisible();
  await expect(versions.getByRole('heading', { name: 'Versio 2: Vakuutukset' })).toBeVisible();
  await expectAccessible(page, 'agreement after publishing');
  await signOut(page);
});

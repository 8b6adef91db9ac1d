import { expect, type Page, test } from '@playwright/test';
import { expectAccessible, screenshot, signIn, signOut } from './support';

const TITLE = 'Juttupenkki psykiatrian osastoilla';

/** Earlier specs may have left the account in another language (it is kept on the account): back to Finnish. */
async function inFinnish(page: Page) {
  if ((await page.locator('html').getAttribute('lang')) === 'fi') return;
  await page.locator('#language-menu').click();
  await page.getByRole('menuitem', { name: /Suomi/ }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fi');
}

async function openDemoOrder(page: Page) {
  await page.goto('/orders?q=Juttupenkki');
  await page.getByRole('link', { name: TITLE }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
}

test('the coordinator offers a time to Liisa, she accepts on a phone, the orderer sees her on the order', async ({
  page,
}) => {
  // The coordinator: the demo Juttupenkki order in matching, its ranked candidates with reasons.
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, 'coordinator@kokemus.test');
  await inFinnish(page);
  await openDemoOrder(page);
  await page.getByRole('link', { name: 'Etsi kokemusasiantuntijat' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Etsi kokemusasiantuntijat: ${TITLE}`);
  // One time at a time: the first open time.
  await page.locator('#candidate-time_button').click();
  await page.getByRole('option').nth(1).click();
  const list = page.getByRole('region', { name: 'Etsi kokemusasiantuntijat' });
  await expect(list.getByText(/sopiva/).first()).toBeVisible();
  const liisa = list.getByRole('listitem').filter({ hasText: 'Liisa Virtanen' }).first();
  await expect(liisa).toBeVisible();
  await expect(liisa).toContainText('Kokemusalueet sopivat tilaukseen');
  await expect(liisa).toContainText('pistettä');
  await expectAccessible(page, 'find experts (coordinator)');
  await screenshot(page, 'matching-candidates');

  await liisa.getByText('Valitse Liisa Virtanen').click();
  await page.getByRole('button', { name: 'Lähetä tarjous' }).click();
  const sent = page.getByText(/Tarjous lähetettiin 1 henkilölle/);
  const reasonAsked = page.getByText('Kirjoita perustelu: ohitat listalla ylempänä olevan henkilön.');
  await expect(sent.or(reasonAsked)).toBeVisible();
  if (await reasonAsked.isVisible()) {
    await expectAccessible(page, 'find experts: a reason asked (coordinator)');
    await page
      .getByRole('textbox', { name: /Perustelu/ })
      .fill('Liisa asuu lähellä ja on tehnyt vähemmän tehtäviä.');
    await page.getByRole('button', { name: 'Lähetä tarjous' }).click();
    await expect(sent).toBeVisible();
  }
  const offers = page.getByRole('region', { name: 'Tilauksen tarjoukset' });
  await expect(offers.getByRole('listitem').filter({ hasText: 'Liisa Virtanen' }).first()).toContainText(
    'Odottaa vastausta',
  );
  await expectAccessible(page, 'find experts after an offer (coordinator)');
  await signOut(page);

  // The expert, on a phone: the offer, and one tap to accept it.
  await page.setViewportSize({ width: 360, height: 740 });
  await signIn(page, 'expert@kokemus.test');
  await inFinnish(page);
  await page
    .getByRole('navigation', { name: 'Päävalikko' })
    .getByRole('link', { name: 'Tarjoukset' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tarjoukset');
  const card = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 3, name: TITLE }) });
  await expect(card.first()).toContainText('Tilaaja');
  await expect(card.first()).toContainText('Vastaa viimeistään');
  await expect(
    page.getByText('Kieltäytyminen ei koskaan vaikuta sinuun kielteisesti.').first(),
  ).toBeVisible();
  await expectAccessible(page, 'my offers (expert, 360 px)');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await screenshot(page, 'my-offers-phone');
  await card
    .first()
    .getByRole('button', { name: `Otan tehtävän: ${TITLE}` })
    .click();
  await expect(page.getByText(/Kiitos! Otit tehtävän vastaan/)).toBeVisible();
  await expectAccessible(page, 'my offers after accepting (expert, 360 px)');

  await page
    .getByRole('navigation', { name: 'Päävalikko' })
    .getByRole('link', { name: 'Omat tehtävät' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Omat tehtävät');
  await expect(page.getByRole('region', { name: 'Tulevat' })).toContainText(TITLE);
  await page.getByRole('button', { name: 'Luo kalenteriosoite' }).click();
  await expect(page.getByLabel('Kalenterisi salainen osoite')).toHaveValue(/calendar/);
  await expectAccessible(page, 'my tasks (expert, 360 px)');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await screenshot(page, 'my-tasks-phone');
  await signOut(page);

  // The orderer: Liisa confirmed on the order.
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, 'orderer@kokemus.test');
  await inFinnish(page);
  await openDemoOrder(page);
  await expect(page.getByRole('region', { name: 'Kokemusasiantuntijat' })).toContainText('Liisa Virtanen');
  await expect(page.getByRole('region', { name: 'Kokemusasiantuntijat' })).toContainText('Vahvistettu');
  await expectAccessible(page, 'order detail with the confirmed expert (orderer)');
  await screenshot(page, 'order-confirmed-expert');
  await signOut(page);
});

test('the coordinator reviews batch suggestions and the fairness figures', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, 'coordinator@kokemus.test');
  await inFinnish(page);
  await page
    .getByRole('navigation', { name: 'Päävalikko' })
    .getByRole('link', { name: 'Välitysehdotukset' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Välitysehdotukset');
  await page.getByRole('button', { name: 'Tee ehdotus' }).click();
  await expect(page.getByText(/aikaa, \d+ ehdotusta\./)).toBeVisible();
  await expectAccessible(page, 'suggestions (coordinator)');
  await screenshot(page, 'matching-suggestions');

  await page
    .getByRole('navigation', { name: 'Päävalikko' })
    .getByRole('link', { name: 'Tasapuolisuus' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tasapuolisuus');
  await page.getByRole('button', { name: 'Näytä' }).click();
  await expect(page.getByRole('region', { name: 'Koko maakunta' })).toContainText('Gini, tunnit');
  await expect(page.getByRole('heading', { name: 'Pisteytyksen painot' })).toBeVisible();
  await expectAccessible(page, 'fairness (coordinator)');
  await screenshot(page, 'matching-fairness');
  await signOut(page);
});

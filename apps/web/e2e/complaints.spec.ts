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

test('a coordinator answers and closes the demo county’s received complaint with the keyboard, and it fits a phone', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, 'coordinator@kokemus.test');
  await inFinnish(page);
  await tabTo(
    page,
    page.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name: 'Muistutukset' }),
  );
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Muistutukset');
  const received = page
    .getByTestId('complaint-list')
    .getByRole('listitem')
    .filter({ hasText: 'Saapunut' })
    .first();
  await expect(received).toContainText(/Tilaaja: .+ · Kokemusasiantuntija: .+/);
  await expect(received).toContainText(/Saapui /);
  await expectAccessible(page, 'complaints');

  // The received one, from the list to its page by the keyboard.
  const link = received.getByRole('link');
  const task = (await link.textContent())!.trim();
  await tabTo(page, link, 120);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Muistutus: ${task}`);
  await expect(page.getByText(/saapui puoli tuntia myöhässä/)).toBeVisible();
  await expect(page.getByText('Tilaajalle ei ole vielä vastattu.')).toBeVisible();
  await expectAccessible(page, 'complaint received');

  // Answer: the form opens with the focus in it; sent empty, the message is beside the field, which keeps the focus.
  await tabTo(page, page.getByRole('button', { name: 'Vastaa tilaajalle' }));
  await page.keyboard.press('Enter');
  const answer = page.getByRole('textbox', { name: /Vastaus tilaajalle/ });
  await expect(answer).toBeFocused();
  await tabTo(page, page.getByRole('button', { name: 'Lähetä vastaus' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('Kirjoita vastaus.')).toBeVisible();
  await expect(answer).toBeFocused();
  await expectAccessible(page, 'complaint answer missing');
  await page.keyboard.type('Pahoittelemme. Jatkossa myöhästymisestä ilmoitetaan aina osastolle heti.');
  await tabTo(page, page.getByRole('button', { name: 'Lähetä vastaus' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('Vastaus on lähetetty. Tilaaja saa siitä ilmoituksen.')).toBeFocused();
  await expect(page.getByText(/Jatkossa myöhästymisestä ilmoitetaan/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Vastaa tilaajalle' })).toHaveCount(0);

  // Close: the outcome first (arrow keys choose), then the reasons.
  await tabTo(page, page.getByRole('button', { name: 'Sulje muistutus' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('radio', { name: 'Aiheellinen', exact: true })).toBeFocused();
  await tabTo(page, page.getByRole('button', { name: 'Sulje lopputuloksella' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('Valitse lopputulos.')).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Aiheellinen', exact: true })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'Osin aiheellinen' })).toBeChecked();
  await tabTo(page, page.getByRole('textbox', { name: /Perustelut/ }));
  await page.keyboard.type('Myöhästymisestä olisi pitänyt ilmoittaa. Palkkioon asia ei vaikuta.');
  await tabTo(page, page.getByRole('button', { name: 'Sulje lopputuloksella' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText(/Muistutus on käsitelty\./)).toBeFocused();
  await expect(page.getByText('Osin aiheellinen')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Käsittele muistutusta' })).toHaveCount(0);
  await expectAccessible(page, 'complaint closed');
  await screenshot(page, 'complaint-closed');

  // On a phone: nothing scrolls sideways, on the complaint or on the list.
  await page.setViewportSize({ width: 360, height: 740 });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Muistutus: ${task}`);
  await expect(page.getByText('Osin aiheellinen')).toBeVisible();
  await fitsPhone(page);
  await expectAccessible(page, 'complaint 360');
  await screenshot(page, 'complaint-360');
  await page.goto('/complaints?status=closed');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Muistutukset');
  await expect(page.getByLabel('Näytä')).toHaveValue('closed');
  await expect(page.getByTestId('complaint-list').getByRole('link', { name: task }).first()).toBeVisible();
  await fitsPhone(page);
  await expectAccessible(page, 'complaints 360');
  await screenshot(page, 'complaints-360');
});

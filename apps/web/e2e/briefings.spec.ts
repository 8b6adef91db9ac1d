import { expect, type Page, test } from '@playwright/test';
import { expectAccessible, screenshot, signIn, skipToMain, tabTo } from './support';

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

const WARD = 'Toipumistarina suljetun osaston potilasryhmälle';

test('the expert reads the ward’s briefing on a phone, asks for supervision and marks it read with the keyboard', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await signIn(page, 'expert@kokemus.test');
  await inFinnish(page);
  await page.goto('/tasks');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const read = page.getByRole('link', { name: new RegExp(`^Lue perehdytys ja kuittaa: ${WARD}`) });
  await skipToMain(page);
  await tabTo(page, read, 120);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Perehdytys: ${WARD}`);
  await expect(page.getByText(/Sairaanhoitaja Hanna Lehto/)).toBeVisible();
  await expect(page.getByText('Kuormittava tehtävä')).toBeVisible();
  await fitsPhone(page);
  await expectAccessible(page, 'briefing to read');

  // the supervision wish: the first choice by Tab, the others by the arrow keys
  await tabTo(page, page.getByRole('radio', { name: 'En tarvitse' }), 80);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'Ennen ja jälkeen' })).toBeChecked();
  await tabTo(page, page.getByRole('button', { name: 'Olen lukenut perehdytyksen' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText(/Kiitos! Kuittaus on tallennettu\. Toiveesi työnohjauksesta/)).toBeFocused();
  await expect(page.getByText(/Kuittasit perehdytyksen luetuksi/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Olen lukenut perehdytyksen' })).toHaveCount(0);
  await fitsPhone(page);
  await expectAccessible(page, 'briefing read');
  await screenshot(page, 'briefing-expert-360');
});

test('the ordering unit sees who has read it, and rewrites it with a problem said beside the field', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, 'orderer@kokemus.test');
  await inFinnish(page);
  await page.goto('/orders');
  await skipToMain(page);
  await tabTo(page, page.getByRole('link', { name: WARD }).first(), 120);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(WARD);
  await tabTo(page, page.getByRole('link', { name: /^Perehdytys, / }).first(), 150);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Perehdytys: ${WARD}`);
  await expect(page.getByText(/Liisa Virtanen/)).toBeVisible();
  // the unit does not see who asked for supervision
  await expect(page.getByText(/Toivoo työnohjausta/)).toHaveCount(0);
  await expectAccessible(page, 'briefing to write');

  const safety = page.getByRole('textbox', { name: /^Turvallisuus/ });
  await tabTo(page, safety, 80);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await tabTo(page, page.getByRole('button', { name: 'Tallenna perehdytys' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('Kirjoita vastaus.')).toBeVisible();
  await expect(safety).toBeFocused();
  await page.keyboard.type('Hoitaja on mukana koko ajan. Hälytysnappi on salin ovella.');
  await tabTo(page, page.getByRole('button', { name: 'Tallenna perehdytys' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('Perehdytys tallennettu. Asiantuntija saa siitä viestin.')).toBeFocused();
  // Liisa read the earlier words: now she is asked again
  await expect(page.getByText(/Luettu ennen viimeisintä muutosta/)).toBeVisible();
  await expectAccessible(page, 'briefing saved');

  // on a phone: the same page, loaded there
  await page.setViewportSize({ width: 360, height: 800 });
  await page.reload();
  await expect(page.getByRole('button', { name: 'Tallenna perehdytys' })).toBeVisible();
  await fitsPhone(page);
  await screenshot(page, 'briefing-unit-360');
});

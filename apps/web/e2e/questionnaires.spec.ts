import { expect, type Page, test } from '@playwright/test';
import { expectAccessible, signIn, tabTo } from './support';

/** Earlier specs may have left the account in another language (it is kept on the account): back to Finnish. */
async function inFinnish(page: Page) {
  if ((await page.locator('html').getAttribute('lang')) === 'fi') return;
  await page.locator('#language-menu').click();
  await page.getByRole('menuitem', { name: /Suomi/ }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fi');
}

async function fitsPhone(page: Page) {
  // After a resize the layout settles a frame later.
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
}

test('the admin makes a new version of the orderer’s questionnaire with the keyboard, and it fits a phone', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, 'admin@kokemus.test');
  await inFinnish(page);
  await tabTo(
    page,
    page.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name: 'Kyselyt' }),
  );
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kyselyt');
  const orderer = page
    .getByTestId('questionnaire-list')
    .getByRole('listitem')
    .filter({ hasText: 'orderer-after-task' });
  await expect(orderer).toContainText('Kenelle: Tilaaja tehtävän jälkeen');
  await expectAccessible(page, 'questionnaires');
  await page.setViewportSize({ width: 360, height: 800 });
  await fitsPhone(page);
  await page.setViewportSize({ width: 1280, height: 900 });

  await tabTo(page, orderer.getByRole('link', { name: 'Tilaajan palaute' }), 120);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tilaajan palaute');
  const newest = page.getByTestId('questionnaire-versions').getByRole('listitem').first();
  await expect(newest).toContainText('(uusin)');
  const version = Number(/Versio (\d+)/.exec((await newest.textContent()) ?? '')![1]);
  await expectAccessible(page, 'questionnaire');

  await tabTo(page, page.getByRole('link', { name: 'Tee uusi versio' }), 120);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Uusi versio: Tilaajan palaute');
  const ids = page.getByRole('textbox', { name: 'Kysymyksen tunniste' });
  await expect(ids.first()).toHaveValue('as-ordered');
  await expect(ids.first()).toHaveAttribute('readonly', '');
  await expectAccessible(page, 'questionnaire editor');
  await page.setViewportSize({ width: 360, height: 800 });
  await fitsPhone(page);

  const text = 'Tehtävä toteutui juuri niin kuin sen tilasimme.';
  await tabTo(page, page.getByRole('textbox', { name: 'Kysymys suomeksi' }).first(), 120);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
  await tabTo(page, page.getByRole('button', { name: 'Tallenna versio' }), 300);
  await page.keyboard.press('Enter');

  await expect(
    page.getByText(`Versio ${version + 1} tallennettu. Vanhat vastaukset pysyvät omassa versiossaan.`),
  ).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tilaajan palaute');
  await expect(page.getByTestId('questionnaire-versions').getByRole('listitem').first()).toContainText(
    `Versio ${version + 1}`,
  );
  await expect(page.getByTestId('questionnaire-questions')).toContainText(text);
  await fitsPhone(page);
  await expectAccessible(page, 'questionnaire saved (360 px)');
});

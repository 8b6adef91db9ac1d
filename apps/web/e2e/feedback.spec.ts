import { expect, type Page, test } from '@playwright/test';
import { expectAccessible, screenshot, signIn, signOut, tabTo } from './support';

/** Earlier specs may have left the account in another language (it is kept on the account): back to Finnish. */
async function inFinnish(page: Page) {
  if ((await page.locator('html').getAttribute('lang')) === 'fi') return;
  await page.locator('#language-menu').click();
  await page.getByRole('menuitem', { name: /Suomi/ }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fi');
}

test('an expert asks to talk to someone on her phone with the keyboard, and a coordinator takes it on', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await signIn(page, 'expert@kokemus.test');
  await inFinnish(page);
  await page.goto('/talk');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Haluan jutella jonkun kanssa');
  await expect(page.getByText(/soita 112/)).toBeVisible();
  await expectAccessible(page, 'talk');

  // Sent without saying how to be reached: the question says so and takes the focus.
  await tabTo(page, page.getByRole('button', { name: 'Lähetä pyyntö' }), 100);
  await page.keyboard.press('Enter');
  await expect(page.getByText('Valitse, miten sinuun otetaan yhteyttä.')).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Puhelimella' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.getByRole('radio', { name: 'Puhelimella' })).toBeChecked();
  await tabTo(page, page.getByLabel(/Mitä haluat kertoa/));
  await page.keyboard.type('Eilinen osastokäynti jäi mieleen.');
  await tabTo(page, page.getByRole('button', { name: 'Lähetä pyyntö' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText(/Pyyntösi on lähetetty\./)).toBeVisible();
  await expect(page.getByTestId('debrief-list').getByText('Odottaa').first()).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await expectAccessible(page, 'talk sent');
  await screenshot(page, 'talk-360');
  await signOut(page);

  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, 'coordinator@kokemus.test');
  await inFinnish(page);
  await page
    .getByRole('navigation', { name: 'Päävalikko' })
    .getByRole('link', { name: 'Keskustelupyynnöt' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Keskustelupyynnöt');
  await expectAccessible(page, 'debriefs');
  await tabTo(
    page,
    page.getByTestId('debrief-list').getByRole('link', { name: 'Liisa Virtanen' }).first(),
    120,
  );
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Liisa Virtanen');
  await expect(page.getByText('Eilinen osastokäynti jäi mieleen.')).toBeVisible();
  await tabTo(page, page.getByRole('button', { name: 'Otan hoitaakseni' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText(/Otit pyynnön hoitaaksesi/)).toBeVisible();
  await expect(page.getByText('Hoidossa')).toBeVisible();
  // taking on what she already holds is no longer offered
  await expect(page.getByRole('button', { name: 'Otan hoitaakseni' })).toHaveCount(0);
  await expectAccessible(page, 'debrief taken');
  await screenshot(page, 'debrief-detail');
});

test('an expert answers “How did it go?” on her phone with the keyboard alone, guided from question to question', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await signIn(page, 'expert@kokemus.test');
  await inFinnish(page);
  await page.goto('/feedback');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Palautteet');
  await expectAccessible(page, 'feedback requests');
  const open = page
    .getByTestId('feedback-request-list')
    .getByRole('listitem')
    .filter({ hasText: 'Palautettava' });
  await tabTo(page, open.first().getByRole('link'), 120);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Miten tehtävä meni?');
  await expectAccessible(page, 'feedback form');

  // Sent with nothing chosen: each time the first question still to answer takes the focus, and Space answers it.
  await tabTo(page, page.getByRole('button', { name: 'Lähetä palaute' }), 150);
  await page.keyboard.press('Enter');
  const thanks = page.getByText(/Kiitos! Palautteesi on tallessa\./);
  for (let round = 0; round < 12 && !(await thanks.isVisible()); round += 1) {
    const focused = page.locator('input[type="radio"]:focus');
    await expect(focused.or(thanks)).toBeVisible();
    if (await thanks.isVisible()) break;
    await expect(page.getByText('Vastaa tähän kohtaan.').first()).toBeVisible();
    await page.keyboard.press('Space');
    await tabTo(page, page.getByRole('button', { name: 'Lähetä palaute' }), 150);
    await page.keyboard.press('Enter');
  }
  await expect(thanks).toBeVisible();
  await expect(page.getByTestId('feedback-answers')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await expectAccessible(page, 'feedback answered');
  await screenshot(page, 'feedback-answered-360');
});

test('an expert reads what her task gave, in Swedish on her phone, with the coordinator’s words', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await signIn(page, 'expert@kokemus.test');
  await inFinnish(page);
  await page.goto('/feedback');
  await page.locator('#language-menu').click();
  await page.getByRole('menuitem', { name: /Svenska/ }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  await tabTo(page, page.getByRole('link', { name: 'Vad mina uppdrag gav' }), 120);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vad mina uppdrag gav');
  await expectAccessible(page, 'report-backs');
  const noted = page
    .getByTestId('report-back-list')
    .getByRole('listitem')
    .filter({ hasText: 'koordinatorns hälsning' });
  await tabTo(page, noted.first().getByRole('link'), 120);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Koordinatorns hälsning' })).toBeVisible();
  await expect(page.getByText(/Kiitos, että kerroit niin avoimesti/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Vad åhörarna sa' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await expectAccessible(page, 'report-back');
  await screenshot(page, 'report-back-360-sv');
  await inFinnish(page);
});

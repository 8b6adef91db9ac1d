import { expect, type Page, test } from '@playwright/test';
import { expectAccessible, screenshot, signIn, tabTo } from './support';

// The demo's Juttupenkki done last week (seeded 8 days before the start-up): its participants' link is
// open until 14 days after it, so the form takes answers.
const TITLE = 'Juttupenkki psykiatrian osastolla 2';

/** Earlier specs may have left the account in another language (it is kept on the account): back to Finnish. */
async function inFinnish(page: Page) {
  if ((await page.locator('html').getAttribute('lang')) === 'fi') return;
  await page.locator('#language-menu').click();
  await page.getByRole('menuitem', { name: /Suomi/ }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fi');
}

test('the ward prints the QR sheet of a Juttupenkki, and a participant answers on a 360 px phone with the keyboard alone', async ({
  page,
  browser,
}) => {
  // The orderer of the ward: the order's time offers the sheet; it shows the QR code and the address.
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, 'orderer@kokemus.test');
  await inFinnish(page);
  await page.goto('/orders?q=Juttupenkki');
  await page.getByRole('link', { name: TITLE }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  await page
    .getByRole('link', { name: /^Osallistujapalaute \(QR\)/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Osallistujapalaute (QR)');
  const sheet = page.getByTestId('participant-sheet');
  const qr = sheet.getByRole('img', { name: /^QR-koodi, joka avaa osoitteen / });
  await expect(qr).toBeVisible();
  const alt = (await qr.getAttribute('alt')) ?? '';
  const url = alt.replace('QR-koodi, joka avaa osoitteen ', '');
  expect(url).toMatch(/\/p\/[a-hjkmnp-z2-9]{10}$/);
  await expect(sheet.locator('.participant-sheet-url')).toHaveText(`Osoite: ${url}`);
  await expect(sheet.getByText(TITLE)).toBeVisible();
  await expect(sheet.getByRole('heading', { name: 'Kerro, mitä ajattelit!' })).toBeVisible();
  await expect(sheet.getByRole('heading', { name: 'Berätta vad du tyckte!' })).toBeVisible();
  await expectAccessible(page, 'participant QR sheet');
  await screenshot(page, 'participant-sheet');
  // On paper the sheet stands alone: no banner, menu, footer or print button.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.app-header')).toBeHidden();
  await expect(page.locator('.app-footer')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Tulosta' })).toBeHidden();
  await expect(qr).toBeVisible();
  await page.emulateMedia({ media: 'screen' });

  // A participant on a phone: no session, no app shell, the link from the sheet.
  const token = url.slice(url.lastIndexOf('/') + 1);
  const phone = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const participant = await phone.newPage();
  try {
    await participant.goto(`/p/${token}`);
    await expect(participant.getByRole('heading', { level: 1 })).toHaveText('Mitä ajattelit?');
    await expect(participant.getByText(TITLE)).toBeVisible();
    await expect(participant.getByRole('navigation')).toHaveCount(0);
    await expect(participant.locator('#user-menu')).toHaveCount(0);
    await expectAccessible(participant, 'participant form');
    await screenshot(participant, 'participant-form-360');

    // Plain Finnish, chosen with the keyboard.
    await tabTo(participant, participant.getByRole('button', { name: 'selkosuomi' }));
    await participant.keyboard.press('Enter');
    await expect(participant.getByRole('button', { name: 'selkosuomi' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    const first = participant.getByRole('group', { name: /Millainen tämä oli\?/ });
    await expect(first).toBeVisible();

    // Nothing chosen yet: the form says so and keeps the focus on the message.
    await tabTo(participant, participant.getByRole('button', { name: 'Lähetä' }), 80);
    await participant.keyboard.press('Enter');
    await expect(participant.getByText('Valitse ensin ainakin yksi vastaus.')).toBeFocused();

    // The faces of the first question: Tab into the group, the arrows choose.
    await tabTo(participant, first.getByRole('radio').first());
    await participant.keyboard.press('ArrowRight');
    await participant.keyboard.press('ArrowRight');
    await participant.keyboard.press('ArrowRight');
    await expect(first.getByRole('radio', { name: 'Hyvä', exact: true })).toBeChecked();
    await tabTo(participant, participant.getByLabel(/Mitä haluat sanoa\?/));
    await participant.keyboard.type('Oli kiva jutella.');
    expect(await participant.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await tabTo(participant, participant.getByRole('button', { name: 'Lähetä' }));
    await participant.keyboard.press('Enter');
    await expect(participant.getByRole('heading', { level: 1 })).toHaveText('Kiitos!');
    await expect(participant.getByText('Vastaus on lähetetty.')).toBeVisible();
    await expect(participant.getByText('Työntekijä lukee tekstin ensin.')).toBeVisible();
    expect(await participant.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expectAccessible(participant, 'participant thanks');
    await screenshot(participant, 'participant-thanks-360');

    // A link that is not one.
    await participant.goto('/p/aaaaaaaaaa');
    await expect(participant.getByRole('heading', { level: 1 })).toHaveText(
      /Tämä linkki (ei ole käytössä|ei toimi)/,
    );
    await expectAccessible(participant, 'participant link not found');
  } finally {
    await phone.close();
  }

  // The answer counts on the sheet.
  await page.reload();
  await expect(page.getByText(/Vastauksia tähän mennessä: \d+/)).toBeVisible();
});

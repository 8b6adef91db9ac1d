import { expect, type Page, test } from '@playwright/test';
import { expectAccessible, screenshot, signIn, signOut } from './support';

/** Earlier specs may have left the account in another language (it is kept on the account): back to Finnish. */
async function inFinnish(page: Page) {
  if ((await page.locator('html').getAttribute('lang')) === 'fi') return;
  await page.locator('#language-menu').click();
  await page.getByRole('menuitem', { name: /Suomi/ }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fi');
}

/** Fixed-date Finnish public holidays that can fall on a Tuesday (movable ones never do). */
const FIXED_HOLIDAYS = ['01-01', '01-06', '05-01', '12-06', '12-24', '12-25', '12-26'];

/**
 * The first Tuesday at least three weeks ahead whose eight weekly Tuesdays miss every public holiday, so
 * the series is surely 8 × 4 = 32 times.
 */
function firstTuesday(): Date {
  const day = new Date();
  day.setUTCHours(12, 0, 0, 0);
  day.setUTCDate(day.getUTCDate() + 21);
  for (;;) {
    while (day.getUTCDay() !== 2) day.setUTCDate(day.getUTCDate() + 1);
    const tuesdays = Array.from({ length: 8 }, (_, w) => new Date(day.getTime() + w * 7 * 86_400_000));
    if (!tuesdays.some((d) => FIXED_HOLIDAYS.includes(d.toISOString().slice(5, 10)))) return day;
    day.setUTCDate(day.getUTCDate() + 7);
  }
}

const fiDate = (d: Date) => `${d.getUTCDate()}.${d.getUTCMonth() + 1}.${d.getUTCFullYear()}`;

const WARDS = ['Osasto 1, Kukkumäki', 'Osasto 2, Kukkumäki', 'Osasto 3, Kukkumäki', 'Osasto 4, Kukkumäki'];

test('an orderer orders a Juttupenkki series for four wards; the coordinator takes it into matching', async ({
  page,
}) => {
  const title = `Juttupenkki neljällä osastolla ${Date.now()}`;
  const first = firstTuesday();
  const last = new Date(first.getTime() + 7 * 7 * 86_400_000);

  // The orderer, on a phone.
  await page.setViewportSize({ width: 360, height: 740 });
  await signIn(page, 'orderer@kokemus.test');
  await inFinnish(page);
  await page
    .getByRole('navigation', { name: 'Päävalikko' })
    .getByRole('link', { name: 'Tilaa kokemusasiantuntija' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tilaa kokemusasiantuntija');
  await expect(page.getByRole('heading', { level: 3, name: 'Juttupenkki' })).toBeVisible();
  await expectAccessible(page, 'order: product cards (360 px)');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await screenshot(page, 'order-products-phone');
  await page.getByRole('button', { name: 'Valitse: Juttupenkki' }).click();

  // Step 2: what and for whom.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tilaa: Juttupenkki');
  await expect(page.getByRole('heading', { level: 2, name: 'Vaihe 2/4: Mitä ja kenelle' })).toBeVisible();
  await page.getByLabel('Otsikko').fill(title);
  await page
    .getByLabel(/Mistä tehtävässä on kyse/)
    .fill('Matalan kynnyksen juttutuokio osaston potilaille ja läheisille päiväsalissa.');
  await page.getByLabel(/Kenelle/).fill('Osastojen potilaat ja heidän läheisensä');
  await page.getByLabel('Paikka', { exact: true }).fill('Kukkumäen sairaala, päiväsalit');
  await page.locator('#order-municipality_button').click();
  await page.getByRole('option', { name: 'Jyväskylä' }).click();
  await page.getByText('Mielenterveys', { exact: true }).click();
  await page.getByText('Mielenterveys on välttämätön').click();
  await expect(page.getByRole('checkbox', { name: 'Mielenterveys on välttämätön' })).toBeChecked();
  await expect(page.getByLabel('Kokemusasiantuntijoiden määrä')).toHaveValue('2');
  await expectAccessible(page, 'order: details (360 px)');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await page.getByRole('button', { name: 'Seuraava' }).click();

  // Step 3: every Tuesday 13–15 on four wards for eight weeks. First, what happens when times are missing.
  await expect(page.getByRole('heading', { level: 2, name: 'Vaihe 3/4: Milloin ja missä' })).toBeVisible();
  await page.getByRole('button', { name: 'Tarkista tilaus' }).click();
  const summary = page.getByRole('heading', { name: /Lomakkeessa on 5 virhettä/ });
  await expect(summary).toBeFocused();
  await expectAccessible(page, 'order: schedule with an error summary (360 px)');
  await page.getByLabel('Ensimmäinen päivä').fill(fiDate(first));
  await page.getByText('tiistai', { exact: true }).click();
  await page.getByLabel('Alkaa klo').fill('13');
  await page.getByLabel('Päättyy klo').fill('15');
  await page.getByLabel('Viikkojen määrä').fill('8');
  for (const [i, ward] of WARDS.entries()) {
    await page.getByRole('button', { name: 'Lisää paikka' }).click();
    await page.getByLabel(`Paikka ${i + 1}`, { exact: true }).fill(ward);
  }
  await expectAccessible(page, 'order: weekly series (360 px)');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await screenshot(page, 'order-series-phone');
  await page.getByRole('button', { name: 'Tarkista tilaus' }).click();

  // Step 4: review and send.
  await expect(page.getByRole('heading', { level: 2, name: 'Vaihe 4/4: Tarkista ja lähetä' })).toBeVisible();
  await expect(
    page.getByText(`Yhteensä 32 kertaa (${fiDate(first)}–${fiDate(last)}).`, { exact: false }),
  ).toBeVisible();
  await expectAccessible(page, 'order: review (360 px)');
  await page.getByRole('button', { name: 'Lähetä tilaus' }).click();

  // The order: what happens next and who has it now.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.getByText('Tilaus on lähetetty koordinaattoreille.')).toBeVisible();
  const next = page.getByRole('region', { name: 'Mitä seuraavaksi tapahtuu' });
  await expect(next).toContainText('Koordinaattori lukee tilauksen ja vastaa sinulle.');
  await expect(next).toContainText('Tilaus on nyt: koordinaattoreilla.');
  await expect(next).toContainText('Määräaika:');
  const times = page.getByRole('region', { name: 'Ajat ja paikat' });
  await expect(times.getByText('32 kertaa.')).toBeVisible();
  await expect(times.getByRole('heading', { level: 3 })).toHaveCount(8);
  await expect(times.getByText(`${WARDS[3]} – Suunniteltu`)).toHaveCount(8);
  await expect(page.getByRole('region', { name: 'Tapahtumat' })).toContainText('Tilaus lähetettiin');
  await expectAccessible(page, 'order detail (orderer, 360 px)');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await screenshot(page, 'order-detail-phone');

  // A message to the coordinators.
  await page.getByLabel('Kirjoita viesti').fill('Osastolla 4 penkki on käytävän päässä.');
  await page.getByRole('button', { name: 'Lähetä viesti' }).click();
  await expect(page.getByText('Osastolla 4 penkki on käytävän päässä.')).toBeVisible();

  // An attachment: the wards' map, uploaded and downloaded again.
  await page.getByLabel('Lisää liite').setInputFiles({
    name: 'osastot.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n% Kokemus e2e\n%%EOF\n', 'utf8'),
  });
  await expect(page.getByText('Liite osastot.pdf on lisätty.')).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Lataa osastot.pdf' }).click();
  expect((await download).suggestedFilename()).toBe('osastot.pdf');
  await expectAccessible(page, 'order detail with an attachment (360 px)');

  // My orders: the order with its 32 times and the next step.
  await page
    .getByRole('navigation', { name: 'Päävalikko' })
    .getByRole('link', { name: 'Omat tilaukset' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Omat tilaukset');
  const card = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: title }) });
  await expect(card).toContainText('Lähetetty');
  await expect(card).toContainText('32 kertaa');
  await expect(card).toContainText('Seuraavaksi: Koordinaattori lukee tilauksen ja vastaa sinulle.');
  await expectAccessible(page, 'my orders (360 px)');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await screenshot(page, 'my-orders-phone');
  await signOut(page);

  // The coordinator, on a desktop: the inbox, the order, into matching.
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, 'coordinator@kokemus.test');
  await inFinnish(page);
  await page
    .getByRole('navigation', { name: 'Päävalikko' })
    .getByRole('link', { name: 'Saapuneet tilaukset' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Saapuneet tilaukset');
  const row = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: title }) });
  while (!(await row.count()) && (await page.getByRole('button', { name: 'Näytä lisää' }).count())) {
    await page.getByRole('button', { name: 'Näytä lisää' }).click();
  }
  await expect(row).toContainText('Psykiatrian osasto 3, Jyväskylä');
  await expect(row).toContainText(/\d+ arkipäivä/);
  await expect(row).toContainText('Vastattava viimeistään');
  await expectAccessible(page, 'inbox (coordinator)');
  await screenshot(page, 'inbox');

  await row.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.getByRole('region', { name: 'Mitä seuraavaksi tapahtuu' })).toContainText(
    'Vastaa tilaukseen: ota se välitykseen.',
  );
  await expect(page.getByText('Osastolla 4 penkki on käytävän päässä.')).toBeVisible();
  await expectAccessible(page, 'order detail (coordinator)');
  await page.getByRole('button', { name: 'Ota välitykseen' }).click();
  await expect(page.getByText('Tilaus on otettu välitykseen.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Mitä seuraavaksi tapahtuu' })).toContainText(
    'Etsi tilaukseen sopivat kokemusasiantuntijat.',
  );
  await expect(page.getByRole('region', { name: 'Tapahtumat' })).toContainText('Tilaus otettiin välitykseen');
  await expectAccessible(page, 'order detail in matching (coordinator)');
  await screenshot(page, 'order-detail-coordinator');
  await signOut(page);
});

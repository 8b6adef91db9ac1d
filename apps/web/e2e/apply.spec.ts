import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import { mailedLink } from './mail';
import { expectAccessible, PASSWORD, screenshot, tabTo } from './support';

const ADDRESS = 'kaisa.lehtinen@example.fi';

/** Tabs to the field labelled `label` and types `text` into it, as a keyboard user would. */
async function typeInto(page: Page, label: string | RegExp, text: string) {
  await tabTo(page, page.getByLabel(label, { exact: typeof label === 'string' }).first());
  await page.keyboard.type(text);
}

/** Tabs to a checkbox and ticks it with Space. */
async function tick(page: Page, name: string | RegExp) {
  const box = page.getByRole('checkbox', { name, exact: typeof name === 'string' });
  await tabTo(page, box, 200);
  await page.keyboard.press('Space');
  await expect(box).toBeChecked();
}

async function applicationsNamed(request: APIRequestContext, lastName: string) {
  const login = await request.post('/api/v1/auth/login', {
    data: { email: 'coordinator@kokemus.test', password: PASSWORD },
  });
  expect(login.ok()).toBe(true);
  const { accessToken } = (await login.json()) as { accessToken: string };
  const list = await request.get('/api/v1/applications?limit=100', {
    headers: { Authorization: `Bearer ${accessToken}` },
  });
  expect(list.ok()).toBe(true);
  const { items } = (await list.json()) as { items: Array<{ lastName: string; step: string }> };
  return items.filter((a) => a.lastName === lastName);
}

test('a person applies on a phone with the keyboard only, confirms from the e-mail and reaches the coordinators', async ({
  page,
  request,
}) => {
  test.skip(!process.env.E2E_DATA_DIR, 'needs the e-mails of an API started by e2e/run.mjs');
  await page.setViewportSize({ width: 360, height: 740 });

  // From the sign-in page's link to the form.
  await page.goto('/sign-in');
  await tabTo(page, page.getByRole('link', { name: 'Hae kokemusasiantuntijaksi' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/apply$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hae kokemusasiantuntijaksi');
  await expect(page.getByText(/Haku on auki/)).toBeVisible();
  await expectAccessible(page, 'apply');

  // Sent empty: the summary takes the focus and names what is missing; nothing is sent.
  await tabTo(page, page.getByRole('button', { name: 'Lähetä hakemus' }), 400);
  await page.keyboard.press('Enter');
  const summary = page.getByRole('heading', { name: /Lomakkeessa on \d+ virhettä/ });
  await expect(summary).toBeFocused();
  await expect(page.getByText('Lue tietosuojaseloste ja rastita ruutu.').first()).toBeVisible();
  await expectAccessible(page, 'apply with errors');
  expect(await applicationsNamed(request, 'Lehtinen')).toEqual([]);

  await typeInto(page, 'Etunimi', 'Kaisa');
  await typeInto(page, 'Sukunimi', 'Lehtinen');
  await typeInto(page, /^Sähköpostiosoite/, ADDRESS);
  await typeInto(page, /^Syntymäaika/, '14.3.1979');
  // The municipality: a native select, reached with Tab. Headless Chromium draws no option list, so the
  // choice the person makes from it (type-ahead or arrows in a real browser) is made with selectOption.
  const municipality = page.getByLabel('Kotikunta');
  await tabTo(page, municipality);
  await municipality.selectOption({ label: 'Jyväskylä' });
  await expect(municipality.locator('option:checked')).toHaveText('Jyväskylä');

  await tick(page, 'Mielenterveys');
  await tick(page, 'suomi');
  // Earlier training: a row added with the keyboard
  await tabTo(page, page.getByRole('button', { name: 'Lisää koulutus' }), 200);
  await page.keyboard.press('Enter');
  await typeInto(page, 'Koulutuksen nimi', 'Kokemusasiantuntijakoulutus');
  await typeInto(page, 'Järjestäjä', 'Mieli ry');
  await typeInto(page, 'Laajuus tunteina', '40');
  await typeInto(page, 'Vuosi', '2021');
  await typeInto(page, /^Milloin sinulle sopii/, 'Arkisin iltapäivisin');

  // The privacy notice opens in place with Enter, then the box is ticked.
  await tabTo(page, page.getByText('Lue tietosuojaseloste', { exact: true }), 400);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Kuka tietojasi käsittelee' })).toBeVisible();
  await tick(page, 'Olen lukenut tietosuojaselosteen');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await screenshot(page, 'apply-filled-360');

  await tabTo(page, page.getByRole('button', { name: 'Lähetä hakemus' }), 400);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/apply\/sent/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vahvista hakemus sähköpostista');
  await expectAccessible(page, 'apply sent');
  // Nothing is stored for the coordinators before the e-mail link is opened.
  expect(await applicationsNamed(request, 'Lehtinen')).toEqual([]);

  let link: string | null = null;
  await expect
    .poll(() => (link = mailedLink(ADDRESS, 'Vahvista hakemuksesi', '/apply/confirm')), {
      message: 'the confirmation e-mail',
      timeout: 30_000,
    })
    .not.toBeNull();
  await page.goto(link!);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vahvista hakemuksesi');
  await tabTo(page, page.getByRole('button', { name: 'Vahvista hakemus' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Hakemuksesi on vastaanotettu' })).toBeVisible();
  await expectAccessible(page, 'apply confirmed');
  await screenshot(page, 'apply-confirmed-360');

  const stored = await applicationsNamed(request, 'Lehtinen');
  expect(stored.map((a) => a.step)).toEqual(['received']);

  // She listed earlier training: the page offers to add its certificate, a photo taken with the phone.
  await tabTo(page, page.getByRole('link', { name: 'Lisää todistus' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/apply\/certificates\?token=/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Todistukset aiemmasta koulutuksesta');
  await expect(page.getByText('Et ole vielä lisännyt todistuksia.')).toBeVisible();
  await expectAccessible(page, 'apply certificates');
  // The file input is reached with Tab; headless Chromium opens no file chooser, so the file the person
  // picks there is set with setInputFiles.
  const input = page.getByLabel('Valitse tiedosto');
  await tabTo(page, input);
  const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(4096, 1)]);
  await input.setInputFiles({ name: 'todistus.jpg', mimeType: 'image/jpeg', buffer: jpeg });
  await expect(page.getByText('Lisätty: todistus.jpg')).toBeVisible();
  await expect(page.getByText('todistus.jpg', { exact: false }).first()).toBeVisible();
  // a web page saved as .pdf is refused, in Finnish
  await input.setInputFiles({ name: 'sivu.pdf', mimeType: 'application/pdf', buffer: Buffer.from('<html>') });
  await expect(page.getByText('Lisää todistus PDF-tiedostona tai kuvana (PNG tai JPEG).')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await expectAccessible(page, 'apply certificate added');
  await screenshot(page, 'apply-certificates-360');
});

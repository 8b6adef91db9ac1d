import { gzipSync } from 'node:zlib';
import { expect, type Page, test } from '@playwright/test';
import {
  expectAccessible,
  expectAccessibleHtml,
  screenshot,
  screenshotPath,
  signIn,
  signOut,
  skipToMain,
  tabTo,
} from './support';

const NAV = {
  coordinator: [
    'Etusivu',
    'Keskustelupyynnöt',
    'Työnohjaus',
    'Muistutukset',
    'Tekstien tarkistus',
    'Saapuneet tilaukset',
    'Tilaukset',
    'Välitysehdotukset',
    'Tasapuolisuus',
    'Palautteet',
    'Palkkiolomakkeet',
    'Maksuerät',
    'Palkkiotaulukot',
    'Organisaatioyksiköt',
    'Rekisteri',
    'Rekrytointi',
    'Koulutukset',
    'Mentorointi',
    'Ilmoitukset',
    'Oma tili',
  ],
  orderer: [
    'Etusivu',
    'Tilaa kokemusasiantuntija',
    'Omat tilaukset',
    'Palautteet',
    'Palkkiolomakkeet',
    'Organisaatioyksiköt',
    'Ilmoitukset',
    'Oma tili',
  ],
  approver: ['Etusivu', 'Palautteet', 'Palkkiolomakkeet', 'Organisaatioyksiköt', 'Ilmoitukset', 'Oma tili'],
  expert: [
    'Etusivu',
    'Tarjoukset',
    'Omat tehtävät',
    'Haluan jutella',
    'Työnohjaus',
    'Palautteet',
    'Omat palkkiot',
    'Sopimukseni',
    'Oma profiili',
    'Koulutukseni',
    'Ilmoitukset',
    'Oma tili',
  ],
  admin: [
    'Etusivu',
    'Palkkiotaulukot',
    'Organisaatioyksiköt',
    'Tuotteet',
    'Sopimukset',
    'Kyselyt',
    'Ilmoitukset',
    'Sähköpostiloki',
    'Oma tili',
  ],
  reporter: ['Etusivu', 'Organisaatioyksiköt', 'Ilmoitukset', 'Oma tili'],
} as const;

test('the sign-in page loads at most 250 kB of gzipped JavaScript and passes axe', async ({ page }) => {
  let gzipped = 0;
  const scripts: string[] = [];
  page.on('response', async (response) => {
    if (response.request().resourceType() !== 'script') return;
    scripts.push(new URL(response.url()).pathname);
    gzipped += gzipSync(await response.body(), { level: 9 }).length;
  });
  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { level: 1, name: 'Kirjaudu sisään' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  console.log(
    `[budget] sign-in page loaded ${scripts.length} scripts, ${(gzipped / 1000).toFixed(1)} kB gzipped`,
  );
  test.info().annotations.push({ type: 'budget', description: `${(gzipped / 1000).toFixed(1)} kB gzipped` });
  expect(gzipped).toBeLessThanOrEqual(250 * 1000);
  await expect(page).toHaveTitle('Kirjaudu sisään – Kokemus');
  await expectAccessible(page, 'sign-in');
  await screenshot(page, 'sign-in-desktop');
});

for (const [role, links] of Object.entries(NAV)) {
  test(`${role} signs in and sees only their navigation`, async ({ page }) => {
    await signIn(page, `${role}@kokemus.test`);
    const nav = page.getByRole('navigation', { name: 'Päävalikko' });
    await expect(nav.getByRole('link')).toHaveText([...links]);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Tervetuloa');
    await expectAccessible(page, `home (${role})`);
    await screenshot(page, `home-${role}`);
    if (role === 'expert') {
      await page.goto('/units');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ei käyttöoikeutta');
      await expectAccessible(page, 'no access (expert)');
    }
    await signOut(page);
    await expect(page.getByText('Olet kirjautunut ulos.')).toBeVisible();
  });
}

test('a deep link survives sign-in; Swedish and English follow through the app', async ({ page }) => {
  await page.goto('/units?q=koulu');
  await expect(page).toHaveURL(/\/sign-in\?redirect=/);
  await tabTo(page, page.getByLabel('Sähköpostiosoite'));
  await page.keyboard.type('coordinator@kokemus.test');
  await page.keyboard.press('Tab');
  await page.keyboard.type('kokemus-demo');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/units\?.*q=koulu/);
  await expect(page.getByText(/Hakuehtoja vastaa \d+ yksikkö/)).toBeVisible();
  await expectAccessible(page, 'units (coordinator, filtered)');

  // Swedish, with the keyboard: open the language menu, move to Svenska, choose it.
  await tabTo(page, page.locator('#language-menu'));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menuitem', { name: /Svenska/ })).toBeVisible();
  while (
    !(await page.getByRole('menuitem', { name: /Svenska/ }).evaluate((el) => el === document.activeElement))
  ) {
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Organisationsenheter');
  await expect(page).toHaveTitle('Organisationsenheter – Kokemus');
  await expectAccessible(page, 'units (Swedish)');
  await screenshot(page, 'units-sv');

  await page.goto('/account');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mitt konto');
  await expect(page.getByRole('radio', { name: 'Svenska' })).toBeChecked();

  // English through the account's preference form, keyboard only.
  await tabTo(page, page.getByRole('radio', { name: 'Svenska' }));
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'English' })).toBeChecked();
  await tabTo(page, page.getByRole('button', { name: 'Spara', exact: true }));
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('My account');
  await expectAccessible(page, 'account (English)');
  await screenshot(page, 'account-en');

  // The preference is kept on the account: after a reload the app is still in English.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('My account');
  await signOut(page, /Sign out/);
});

test('an admin creates and edits a unit with the keyboard only, on a 360 px screen', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await signIn(page, 'admin@kokemus.test');
  await tabTo(
    page,
    page.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name: 'Organisaatioyksiköt' }),
  );
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Organisaatioyksiköt');
  await expect(page.getByText('27 yksikköä')).toBeVisible();
  await expectAccessible(page, 'units (admin, 360 px)');
  await screenshot(page, 'units-phone');

  await tabTo(page, page.getByRole('link', { name: 'Lisää yksikkö' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Uusi yksikkö');

  // Submitting the empty form: the error summary takes the focus and passes axe too.
  await tabTo(page, page.getByRole('button', { name: 'Lisää yksikkö' }));
  await page.keyboard.press('Enter');
  const summary = page.getByRole('heading', { name: /Lomakkeessa on 2 virhettä/ });
  await expect(summary).toBeFocused();
  await expectAccessible(page, 'new unit with errors');
  await screenshot(page, 'unit-new-errors-phone');

  // Kind: "Yksikkö" (two steps down from "Tulosalue" with the arrow keys).
  await tabTo(page, page.getByRole('radio', { name: /Tulosalue/ }));
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: /^Yksikkö/ })).toBeChecked();

  // Parent: open the list with the keyboard and pick "Lapsiperheiden palvelut".
  // The Dropdown's id is on its wrapper; the button inside it is what takes the focus.
  const parent = page.locator('#unit-new-parent');
  await tabTo(page, page.locator('#unit-new-parent_button'));
  await page.keyboard.press('Enter');
  const option = page.getByRole('option', { name: /^Lapsiperheiden palvelut/ });
  await expect(option).toBeVisible();
  for (let i = 0; i < 30 && (await option.getAttribute('aria-selected')) !== 'true'; i += 1) {
    if (await option.evaluate((el) => el.classList.contains('fi-dropdown_item--hasKeyboardFocus'))) break;
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Enter');
  await expect(parent).toContainText('Lapsiperheiden palvelut');

  await tabTo(page, page.getByLabel('Nimi suomeksi'));
  await page.keyboard.type('Nuorten kokemusasiantuntijat, Jyväskylä');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Unga erfarenhetsexperter, Jyväskylä');
  await page.keyboard.press('Tab');
  await page.keyboard.type('JS-1130');
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nuorten kokemusasiantuntijat, Jyväskylä');
  await expect(page.getByText('Yksikkö on lisätty.')).toBeVisible();
  await expect(page.getByText('Perhe- ja sosiaalipalvelut › Lapsiperheiden palvelut')).toBeVisible();
  await expectAccessible(page, 'unit detail (admin, 360 px)');
  await screenshot(page, 'unit-detail-phone');

  // Edit: rename and save with Enter.
  const name = page.locator('#unit-edit-name');
  await tabTo(page, name);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('Nuorten kokemustoiminta, Jyväskylä');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Muutokset on tallennettu.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nuorten kokemustoiminta, Jyväskylä');

  // Deactivate, confirming with the keyboard.
  await tabTo(page, page.getByRole('button', { name: 'Poista käytöstä' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Kyllä, poista käytöstä' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText(/on poistettu käytöstä/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Ota uudelleen käyttöön' })).toBeVisible();
  await expectAccessible(page, 'unit detail after deactivation');

  await signOut(page);
});

/** The bell's accessible name says how many are unread: "Ilmoitukset, 3 lukematonta" or "…, ei lukemattomia". */
async function unreadCount(page: Page): Promise<number> {
  const name = (await bell(page).textContent()) ?? '';
  const found = /(\d+) lukemat/.exec(name);
  return found ? Number(found[1]) : 0;
}
const bell = (page: Page) => page.getByTestId('notification-bell');
const bellName = (count: number) =>
  count === 0
    ? 'Ilmoitukset, ei lukemattomia'
    : `Ilmoitukset, ${count} ${count === 1 ? 'lukematon' : 'lukematonta'}`;

test('an admin sends a test message, sees it behind the bell, reads it and finds the e-mail in the log', async ({
  page,
}) => {
  await signIn(page, 'admin@kokemus.test');
  await expect(bell(page)).toHaveAccessibleName(/^Ilmoitukset, /);
  const before = await unreadCount(page);
  await expect(bell(page)).toHaveAccessibleName(bellName(before));

  // The home page's heading has the focus and the main menu comes just before it: Shift+Tab back into it
  // (forward, Tab went through the whole home page, the footer and the header first).
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await tabTo(
    page,
    page.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name: 'Sähköpostiloki' }),
    { backward: true, maxPresses: 20 },
  );
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sähköpostiloki');
  // Count what the log holds once it has loaded (earlier specs' e-mails may be there). Not networkidle: after
  // an in-app move it answers at once, from the first page load, and the count could be taken too early.
  await expect(page.locator('.email-card, .empty-state').first()).toBeVisible();
  const messagesBefore = await page.locator('.email-card').count();

  await tabTo(page, page.getByRole('button', { name: 'Lähetä minulle testiviesti' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText(/Testiviesti on lähtenyt jonoon/)).toBeVisible();
  // The worker delivers through the outbox within seconds; the bell and the log follow without a reload.
  await expect(bell(page)).toHaveAccessibleName(bellName(before + 1), { timeout: 30_000 });
  await expect(page.locator('.email-card')).toHaveCount(Math.min(messagesBefore + 1, 20), {
    timeout: 30_000,
  });
  const newest = page.locator('.email-card').first();
  await expect(newest.getByRole('link', { name: 'Kokemus: testiviesti' })).toBeVisible();
  await expect(newest).toContainText('admin@kokemus.test');
  await expect(newest).toContainText('Lähetetty', { timeout: 30_000 });
  await expectAccessible(page, 'e-mail log');
  await screenshot(page, 'email-log');

  // The bell, with the keyboard, to the notifications; the new one is unread and first.
  await tabTo(page, bell(page));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ilmoitukset');
  const first = page.locator('.notification-card').first();
  await expect(first).toContainText('Uusi');
  await expect(first.getByRole('heading')).toContainText('Kokemus: testiviesti');
  const markRead = first.getByRole('button', { name: /^Merkitse luetuksi/ });
  await expect(markRead).toBeVisible();
  await expectAccessible(page, 'notifications');
  await screenshot(page, 'notifications');

  // From the page's heading, past "Merkitse kaikki luetuiksi" and the first notification's title.
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await tabTo(page, markRead, 10);
  await page.keyboard.press('Enter');
  await expect(bell(page)).toHaveAccessibleName(bellName(before));
  await expect(first).not.toContainText('Uusi');
  await expectAccessible(page, 'notifications after reading');

  // The message itself: text and HTML (in a sandboxed frame).
  await page.goto('/email-log');
  const link = page.locator('.email-card').first().getByRole('link', { name: 'Kokemus: testiviesti' });
  await expect(link).toBeVisible();
  // A fresh page load: the skip link first, then into the log, not through the header and the whole menu.
  await skipToMain(page);
  await tabTo(page, link, 10);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kokemus: testiviesti');
  await expect(page.locator('pre.email-text')).toContainText('Jos näet tämän, sähköposti toimii.');
  const frame = page.locator('iframe.email-html');
  await expect(frame).toHaveAttribute('sandbox', '');
  await expect(page.frameLocator('iframe.email-html').locator('body')).toContainText('testiviesti');
  await expectAccessible(page, 'e-mail message', { exclude: ['iframe.email-html'] });
  await expectAccessibleHtml(page, (await frame.getAttribute('srcdoc')) ?? '', 'e-mail message, HTML body');
  await screenshot(page, 'email-message');
  // A full-page capture leaves the isolated frame blank; this one shows the HTML as a person sees it.
  await frame.scrollIntoViewIfNeeded();
  await page.screenshot({ path: screenshotPath('email-message-html') });
  await signOut(page);
});

test('the main pages fit a 360 px screen and pass axe', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kirjaudu sisään');
  await expectAccessible(page, 'sign-in (360 px)');
  await screenshot(page, 'sign-in-phone');
  await signIn(page, 'expert@kokemus.test');
  await expectAccessible(page, 'home (expert, 360 px)');
  await screenshot(page, 'home-phone');
  for (const [path, heading, name] of [
    ['/notifications', 'Ilmoitukset', 'notifications-phone'],
    ['/account', 'Oma tili', 'account-phone'],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await expectAccessible(page, `${path} (360 px)`);
    await screenshot(page, name);
  }
  // Nothing may be wider than the screen (WCAG 1.4.10 reflow).
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  // E-mail preferences: money and safety locked on; another one saved with the keyboard.
  await expect(page.getByRole('checkbox', { name: 'Palkkiot ja kulukorvaukset' })).toBeDisabled();
  await expect(page.getByRole('checkbox', { name: 'Turvallisuus' })).toBeChecked();
  const orders = page.getByRole('checkbox', { name: 'Tilaukset' });
  const wasChecked = await orders.isChecked();
  await tabTo(page, orders);
  await page.keyboard.press('Space');
  await expect(orders).toBeChecked({ checked: !wasChecked });
  await tabTo(page, page.getByRole('button', { name: 'Tallenna sähköpostiasetukset' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('Sähköpostiasetukset on tallennettu.')).toBeVisible();
  await expectAccessible(page, 'account after saving preferences (360 px)');
  await signOut(page);
});

test('the new-unit form shows its errors on a desktop screen too', async ({ page }) => {
  await signIn(page, 'admin@kokemus.test');
  await page.goto('/units/new');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Uusi yksikkö');
  await tabTo(page, page.getByRole('radio', { name: /Tulosalue/ }));
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await tabTo(page, page.getByRole('button', { name: 'Lisää yksikkö' }));
  await page.keyboard.press('Enter');
  // A unit needs a parent too: all three missing answers are listed at once.
  const summary = page.getByRole('heading', { name: /Lomakkeessa on 3 virhettä/ });
  await expect(summary).toBeFocused();
  await page.getByRole('link', { name: /^Ylempi yksikkö:/ }).click();
  await expect(page.locator('#unit-new-parent_button')).toBeFocused();
  await expectAccessible(page, 'new unit with errors (desktop)');
  await screenshot(page, 'unit-new-errors-desktop');
});

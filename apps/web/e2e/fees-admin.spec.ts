import { expect, type Page, test } from '@playwright/test';
import { expectAccessible, screenshot, signIn, signOut } from './support';

/** The demo seed's schedule, in force this year. */
const SCHEDULE = /^Palkkiot \(KoKoA/;

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

/** Opens a Suomi.fi Dropdown by its (hidden) label and picks the first option matching `option`. */
async function choose(page: Page, label: string, option?: RegExp) {
  // The button is named by its value (or placeholder), then its label.
  const opener = page.getByRole('button', { name: new RegExp(`${label}$`) });
  await opener.click();
  const popover = page.locator(`[id="${await opener.getAttribute('aria-controls')}"]`);
  const options = popover.getByRole('option');
  await (option ? options.filter({ hasText: option }) : options).first().click();
}

/** Saves the schedule and returns the If-Match the PUT carried. */
async function save(page: Page): Promise<string | undefined> {
  const put = page.waitForRequest((r) => r.method() === 'PUT' && /\/api\/v1\/fee-schedules\//.test(r.url()));
  await page.getByRole('button', { name: 'Tallenna taulukko' }).click();
  const request = await put;
  await expect(page.getByRole('status').getByText(/muutokset on tallennettu\./)).toBeVisible();
  return request.headers()['if-match'];
}

test('the coordinator adds a fee to the schedule in force and saves it with If-Match', async ({ page }) => {
  await signIn(page, 'coordinator@kokemus.test');
  await inFinnish(page);
  await page
    .getByRole('navigation', { name: 'Päävalikko' })
    .getByRole('link', { name: 'Palkkiotaulukot' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Palkkiotaulukot');
  await expect(page).toHaveTitle('Palkkiotaulukot – Kokemus');
  const list = page.getByRole('table', { name: 'Palkkiotaulukot, uusin ensin' });
  await expect(list.getByRole('row', { name: SCHEDULE })).toContainText('Voimassa nyt');
  await expect(page.getByRole('table', { name: 'Kilometrikorvaus vuosittain' })).toContainText('2026');
  await expect(page.getByRole('table', { name: 'Tulolajit' })).toContainText('214');
  await expectAccessible(page, 'fee schedules');

  await list.getByRole('link', { name: SCHEDULE }).click();
  await expect(page.getByRole('heading', { level: 2, name: /^Muokkaa: Palkkiot \(KoKoA/ })).toBeFocused();
  const rows = page.locator('.fee-rate-table tbody tr');
  const before = await rows.count();
  expect(before).toBeGreaterThan(0);

  // A new row, checked before anything is sent: the summary names its cells.
  await page.getByRole('button', { name: 'Lisää palkkio' }).click();
  const n = before + 1;
  await page.getByRole('button', { name: 'Tallenna taulukko' }).click();
  await expect(page.getByRole('heading', { name: /Lomakkeessa on \d+ virhettä\./ })).toBeFocused();
  await expect(
    page.getByRole('link', { name: `Rivi ${n}: Koulutustaso: Valitse koulutustaso.` }),
  ).toBeVisible();
  await expectAccessible(page, 'fee schedule (errors)');

  await choose(page, `Rivi ${n}: Koulutustaso`);
  await choose(page, `Rivi ${n}: Tehtävätyyppi tai tuote`, /^Tuote: /);
  await page.getByLabel(`Rivi ${n}: Palkkio (€)`).fill('27,50');
  await choose(page, `Rivi ${n}: Tulolaji`, /^214 /);
  expect(await save(page)).toMatch(/^"\d+"$/);
  await expect(rows).toHaveCount(before + 1);
  await expect(
    page.getByRole('table', { name: 'Palkkiotaulukot, uusin ensin' }).getByRole('row', { name: SCHEDULE }),
  ).toContainText(String(before + 1));
  await expectAccessible(page, 'fee schedule saved');
  await screenshot(page, 'fee-schedule-saved');

  // Back as it was, for the specs that calculate fees from the schedule: the new version's If-Match.
  const added = rows.filter({ has: page.getByRole('button', { name: /Tuote: / }) });
  await added.getByRole('button', { name: /^Poista rivi/ }).click();
  const second = await save(page);
  expect(second).toMatch(/^"\d+"$/);
  await expect(rows).toHaveCount(before);
  await signOut(page);
});

test('the coordinator follows the payment batches and every claim by step', async ({ page }) => {
  await signIn(page, 'coordinator@kokemus.test');
  await inFinnish(page);
  const nav = page.getByRole('navigation', { name: 'Päävalikko' });
  await nav.getByRole('link', { name: 'Maksuerät' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Maksuerät');
  const batches = page.getByRole('table', { name: 'Maksuerät, uusin ensin' });
  await expect(batches.getByRole('row').nth(1)).toContainText(/Kuitattu|Odottaa|Vapautettu/);
  await expectAccessible(page, 'payment batches');
  await screenshot(page, 'fee-batches');

  await nav.getByRole('link', { name: 'Palkkiolomakkeet' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kaikki palkkiolomakkeet');
  const claims = page.getByRole('table', { name: 'Palkkiolomakkeet' });
  await expect(claims.getByText(/^Myöhässä: /).first()).toBeVisible();
  await expectAccessible(page, 'fee inbox (coordinator)');

  await page.getByRole('checkbox', { name: 'Vain myöhässä olevat' }).check({ force: true });
  await expect(page).toHaveURL(/overdue=true/);
  await expect(
    page
      .getByRole('status')
      .getByText(/palkkiolomake/)
      .first(),
  ).toBeVisible();
  await expectAccessible(page, 'fee inbox (overdue only)');
  await signOut(page);
});

test('the approver sees the claims to approve, also on a phone', async ({ page }) => {
  await signIn(page, 'approver@kokemus.test');
  await inFinnish(page);
  await page
    .getByRole('navigation', { name: 'Päävalikko' })
    .getByRole('link', { name: 'Palkkiolomakkeet' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hyväksyttävät palkkiot');
  const table = page.getByRole('table', { name: 'Hyväksyttävät palkkiolomakkeet' });
  await expect(table.getByRole('row')).not.toHaveCount(0);
  await expect(table.getByRole('button', { name: /Hyväksy/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Hyväksy valit/ })).toBeVisible();
  await expectAccessible(page, 'fee inbox (approver)');

  await page.setViewportSize({ width: 360, height: 740 });
  await expect(page.getByRole('list', { name: 'Hyväksyttävät palkkiolomakkeet' })).toBeVisible();
  await fitsPhone(page);
  await expectAccessible(page, 'fee inbox (approver, phone)');
  await screenshot(page, 'fee-inbox-phone');
  await page.setViewportSize({ width: 1280, height: 900 });
  await signOut(page);
});

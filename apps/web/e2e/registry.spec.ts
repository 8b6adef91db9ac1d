import { expect, type Page, test } from '@playwright/test';
import { expectAccessible, screenshot, signIn, signOut } from './support';

/** Chooses an item in a Suomi.fi Dropdown (its id is on a wrapper; the button opens the list). */
async function choose(page: Page, dropdownId: string, option: string | RegExp) {
  await page.locator(`#${dropdownId}_button`).click();
  await page.getByRole('option', { name: option }).click();
}

/** Earlier specs may have left the account in another language (it is kept on the account): back to Finnish. */
async function inFinnish(page: Page) {
  if ((await page.locator('html').getAttribute('lang')) === 'fi') return;
  await page.locator('#language-menu').click();
  await page.getByRole('menuitem', { name: /Suomi/ }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fi');
}

test('a coordinator finds an expert by area and language and edits their availability', async ({ page }) => {
  await signIn(page, 'coordinator@kokemus.test');
  await inFinnish(page);
  await page.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name: 'Rekisteri' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rekisteri');
  await expect(page.getByText(/Näytetään 25 henkilöä, lisää on saatavilla/)).toBeVisible();
  await expectAccessible(page, 'registry (coordinator)');

  await choose(page, 'expert-filter-area', 'Mielenterveys');
  await choose(page, 'expert-filter-language', 'suomi');
  await page.getByLabel('Nimi tai sähköposti').fill('Virtanen');
  await expect(page).toHaveURL(/mental_health/);
  const liisa = page.getByRole('link', { name: 'Virtanen, Liisa' });
  await expect(liisa).toBeVisible();
  await expect(page.getByText(/Hakuehtoja vastaa \d+ henkilö/)).toBeVisible();
  await expectAccessible(page, 'registry filtered');
  await screenshot(page, 'registry-filtered');

  // The export uses the same filters and arrives as a file.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Vie CSV' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.csv$/);

  await liisa.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Liisa Virtanen');
  await expect(page.getByText('Mielenterveys – tilaajat näkevät')).toBeVisible();
  await expect(page.getByText('Läheinen tai omainen – vain koordinaattori näkee')).toBeVisible();
  await expectAccessible(page, 'expert detail');

  // Add a Friday afternoon to the weekly availability.
  const edit = page.getByRole('region', { name: 'Muokkaa tietoja' });
  const slotsBefore = await edit.getByRole('group', { name: /^Aika \d+$/ }).count();
  await edit.getByRole('button', { name: 'Lisää aika' }).click();
  const n = slotsBefore + 1;
  await choose(page, `expert-slot-${n - 1}-weekday`, 'perjantai');
  await page.locator(`#expert-slot-${n - 1}-starts`).fill('12');
  await page.locator(`#expert-slot-${n - 1}-ends`).fill('16.30');
  await edit.getByRole('button', { name: 'Tallenna muutokset' }).click();
  await expect(page.getByText('Muutokset on tallennettu.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Tiedot' })).toContainText('perjantai 12:00–16:30');
  await expectAccessible(page, 'expert detail after saving');
  await screenshot(page, 'expert-detail');

  await page.goto('/registry/import');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tuo rekisteriin');
  await expectAccessible(page, 'registry import');
  await screenshot(page, 'registry-import');
  await signOut(page);
});

test('an expert edits their own profile on a 360 px screen', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await signIn(page, 'expert@kokemus.test');
  await inFinnish(page);
  await page
    .getByRole('navigation', { name: 'Päävalikko' })
    .getByRole('link', { name: 'Oma profiili' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Oma profiili');
  const phone = page.getByLabel(/Puhelinnumero/);
  await expect(phone).not.toHaveValue('');
  await expectAccessible(page, 'my profile (360 px)');
  await screenshot(page, 'my-profile-phone');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  // Relatives and carers hidden so far: let orderers see it too.
  const carer = page.getByRole('checkbox', { name: 'Läheinen tai omainen: tilaajat näkevät' });
  await expect(carer).not.toBeChecked();
  // The switch's visible text is its label: a tap on it turns the switch.
  await page.getByText('Läheinen tai omainen: tilaajat näkevät').click();
  await expect(carer).toBeChecked();
  await phone.fill('040 555 1234');
  await page.getByLabel(/Enintään tehtäviä kuukaudessa/).fill('3');
  await page.getByLabel(/Ansioiden yläraja/).fill('1 800');
  await page.getByRole('button', { name: 'Tallenna', exact: true }).click();
  await expect(page.getByText('Tiedot on tallennettu.')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel(/Ansioiden yläraja/)).toHaveValue('1800');
  await expect(page.getByRole('checkbox', { name: 'Läheinen tai omainen: tilaajat näkevät' })).toBeChecked();

  await page.getByLabel('Tauko päättyy').fill('31.12.2099');
  await page.getByRole('button', { name: 'Pidä tauko' }).click();
  await expect(page.getByText(/Tauko on lisätty/)).toBeVisible();
  await expect(page.getByText(/Tauko .*–31\.12\.2099/)).toBeVisible();
  await expectAccessible(page, 'my profile after saving (360 px)');
  await screenshot(page, 'my-profile-phone-saved');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await signOut(page);
});

import { expect, type Page, test } from '@playwright/test';
import { expectAccessible, screenshot, signIn, signOut } from './support';

/** Chooses an item in a Suomi.fi Dropdown (its id is on a wrapper; the button opens the list). */
async function choose(page: Page, dropdownId: string, option: string | RegExp) {
  await page.locator(`#${dropdownId}_button`).click();
  await page.getByRole('option', { name: option }).click();
}

/** Ticks a choice in a filter of several choices (a disclosure of checkboxes). */
async function pick(page: Page, filterId: string, option: string) {
  const filter = page.locator(`#${filterId}`);
  if ((await filter.getAttribute('open')) === null) await filter.locator('summary').click();
  await filter.getByText(option, { exact: true }).click();
  await expect(filter.getByRole('checkbox', { name: option })).toBeChecked();
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

  // Several areas at once: a person must have them all.
  await pick(page, 'expert-filter-area', 'Mielenterveys');
  await pick(page, 'expert-filter-area', 'Läheinen tai omainen');
  await pick(page, 'expert-filter-language', 'suomi');
  await page.getByLabel('Nimi tai sähköposti').fill('Virtanen');
  await expect(page).toHaveURL(/mental_health/);
  await expect(page).toHaveURL(/relative_carer/);
  await expect(page.locator('#expert-filter-area summary')).toContainText(
    'Mielenterveys, Läheinen tai omainen',
  );
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

  // A unit where she is a client herself: no tasks from there.
  const rowsBefore = await edit.getByRole('group', { name: /^Rajaus \d+$/ }).count();
  await edit.getByRole('button', { name: 'Lisää rajaus' }).click();
  await choose(page, `expert-exclusion-${rowsBefore}-unit`, 'Perheneuvola, Jämsä');
  await page.locator(`#expert-exclusion-${rowsBefore}-topic`).fill('Olen itse asiakkaana');
  await edit.getByRole('button', { name: 'Tallenna muutokset' }).click();
  await expect(page.getByRole('region', { name: 'Tiedot' })).toContainText(
    'Perheneuvola, Jämsä – Olen itse asiakkaana',
  );
  await expectAccessible(page, 'expert detail with an exclusion');

  // A consent she gave on paper at orientation.
  const consents = page.getByRole('region', { name: 'Suostumukset' });
  await consents.getByRole('button', { name: 'Kirjaa suostumus: Tutkimus' }).click();
  await expect(consents.getByText('Suostumus on kirjattu: Tutkimus.')).toBeVisible();
  await expect(consents.getByRole('button', { name: 'Kirjaa peruminen: Tutkimus' })).toBeVisible();
  await expect(
    consents
      .getByRole('listitem')
      .filter({ hasText: 'Tutkimus' })
      .getByText(/Voimassa · annettu/),
  ).toBeVisible();
  await expectAccessible(page, 'expert detail with a consent');

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
  // Consents in plain words: give one, then take it back.
  const consents = page.getByRole('region', { name: 'Suostumukseni' });
  await consents.getByRole('button', { name: 'Annan suostumuksen: Video' }).click();
  await expect(consents.getByText('Kiitos. Annoit suostumuksen: Video.')).toBeVisible();
  await consents.getByRole('button', { name: 'Perun suostumuksen: Video' }).click();
  await expect(consents.getByText(/Peruit suostumuksen: Video/)).toBeVisible();
  await expect(
    consents
      .getByRole('listitem')
      .filter({ hasText: 'Video' })
      .getByText(/Ei voimassa · annettu .*, peruttu /),
  ).toBeVisible();
  await expectAccessible(page, 'my profile after saving (360 px)');
  await screenshot(page, 'my-profile-phone-saved');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await signOut(page);
});

test('a coordinator imports people from a CSV file: dry run, report, import, progress to done', async ({
  page,
}) => {
  await signIn(page, 'coordinator@kokemus.test');
  await inFinnish(page);
  await page.goto('/registry/new');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lisää henkilö rekisteriin');
  await expectAccessible(page, 'registry new');

  await page.goto('/registry/import');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tuo rekisteriin');
  const csv = [
    'Etunimi;Sukunimi;Sähköposti;Kotikunta;Kielet;Kokemusalueet',
    'Tuomas;Tuontila;tuomas.tuontila@esimerkki.fi;Jyväskylä;suomi;Mielenterveys',
    'Taru;Tuontila;taru.tuontila@esimerkki.fi;Keuruu;suomi, ruotsi;Päihteet',
    'Virhe;Rivi;ei-sahkopostia;Jyväskylä;suomi;Mielenterveys',
  ].join('\n');
  await page.getByLabel('Taulukkotiedosto').setInputFiles({
    name: 'tuonti.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv, 'utf8'),
  });
  await page.getByRole('button', { name: 'Tarkista tiedosto' }).click();

  // The dry run saves nothing: it reports what would be imported and what is wrong.
  const check = page.getByRole('region', { name: '2. Tarkistuksen tulos' });
  await expect(check).toBeVisible();
  await expect(page).toHaveURL(/\/registry\/import\?id=/);
  await expect(check).toContainText('tuonti.csv');
  const counts = check.locator('dl.details dd');
  await expect(counts.nth(1)).toHaveText('3');
  await expect(counts.nth(2)).toHaveText('2');
  await expect(counts.nth(3)).toHaveText('1');
  await expect(check.getByRole('region', { name: 'Ongelmat' })).toContainText('4');
  await expectAccessible(page, 'registry import report');
  await screenshot(page, 'registry-import-report');

  await page.getByRole('button', { name: 'Tuo 2 henkilöä' }).click();
  await expect(page.getByRole('heading', { name: 'Valmis' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('2 henkilöä tuotiin rekisteriin.')).toBeVisible();
  await expectAccessible(page, 'registry import done');

  await page.getByRole('link', { name: 'Siirry rekisteriin' }).click();
  await page.getByLabel('Nimi tai sähköposti').fill('Tuontila');
  await expect(page.getByRole('link', { name: 'Tuontila, Tuomas' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Tuontila, Taru' })).toBeVisible();
  await signOut(page);
});

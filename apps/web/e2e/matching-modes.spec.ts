import { type APIRequestContext, expect, type Locator, type Page, test } from '@playwright/test';
import { expectAccessible, PASSWORD, signIn, signOut } from './support';

// The demo seed has one expert with a sign-in (Liisa Virtanen, Mon–Fri 9–16) and no API to give another
// person one, so the second expert of each offer is the best other candidate on the list: the test follows
// their offer from the coordinator's side.

const HOLIDAYS = ['01-01', '01-06', '05-01', '12-06', '12-24', '12-25', '12-26', '12-31'];

/** A Tuesday or Wednesday at least `days` ahead that is no fixed holiday, as YYYY-MM-DD. */
function workday(days: number): string {
  const d = new Date(Date.now() + days * 86_400_000);
  while (![2, 3].includes(d.getUTCDay()) || HOLIDAYS.includes(d.toISOString().slice(5, 10)))
    d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

async function coordinatorApi(request: APIRequestContext) {
  const login = await request.post('/api/v1/auth/login', {
    data: { email: 'coordinator@kokemus.test', password: PASSWORD },
  });
  expect(login.ok()).toBe(true);
  const { accessToken } = (await login.json()) as { accessToken: string };
  return { Authorization: `Bearer ${accessToken}` };
}

/**
 * As the coordinator, through the API: an order for one expert at one time (10–11 or 11–12 Helsinki time,
 * `days` ahead), wishing for Liisa so she is high on the list, taken into matching. Returns its id.
 */
async function orderInMatching(request: APIRequestContext, title: string, days: number): Promise<string> {
  const headers = await coordinatorApi(request);
  const units = (await (await request.get('/api/v1/units?limit=100', { headers })).json()) as {
    items: Array<{ id: string; name: string }>;
  };
  const unit = units.items.find((u) => u.name === 'Psykiatrian osasto 3, Jyväskylä');
  const experts = (await (await request.get('/api/v1/experts?q=Liisa&limit=10', { headers })).json()) as {
    items: Array<{ id: string; firstName: string; lastName: string; email?: string }>;
  };
  const liisa = experts.items.find((e) => e.firstName === 'Liisa' && e.lastName === 'Virtanen');
  expect(unit && liisa, 'the demo unit and Liisa').toBeTruthy();
  const date = workday(days);
  const created = await request.post('/api/v1/orders', {
    headers,
    data: {
      submit: true,
      unitId: unit!.id,
      productCode: 'talk',
      title,
      description: 'Kokemuspuheenvuoro osaston henkilökunnalle.',
      mode: 'in_person',
      place: 'Psykiatrian osasto 3, kokoushuone',
      municipalityCode: 'jyvaskyla',
      languageCode: 'fi',
      areas: [
        { code: 'mental_health', required: true },
        { code: 'relative_carer', required: false },
      ],
      expertCount: 1,
      wishedExpertId: liisa!.id,
      schedule: {
        occurrences: [{ startsAt: `${date}T08:00:00.000Z`, endsAt: `${date}T09:00:00.000Z` }],
      },
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const order = (await created.json()) as { id: string; version: number };
  const started = await request.post(`/api/v1/orders/${order.id}/start-matching`, {
    headers: { ...headers, 'If-Match': `"${order.version}"` },
  });
  expect(started.status(), await started.text()).toBe(200);
  return order.id;
}

async function inFinnish(page: Page) {
  if ((await page.locator('html').getAttribute('lang')) === 'fi') return;
  await page.locator('#language-menu').click();
  await page.getByRole('menuitem', { name: /Suomi/ }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fi');
}

/**
 * The coordinator offers the order's time to Liisa and the best other candidate in `mode`; returns the
 * other person's name and the order's offers region.
 */
async function offerToTwo(page: Page, orderId: string, title: string, mode: string) {
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, 'coordinator@kokemus.test');
  await inFinnish(page);
  await page.goto(`/orders/${orderId}/experts`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Etsi kokemusasiantuntijat: ${title}`);
  const list = page.getByRole('region', { name: 'Etsi kokemusasiantuntijat' });
  const cards = list.locator('li.candidate-card');
  await expect(cards.filter({ hasText: 'Liisa Virtanen' })).toHaveCount(1);
  const other = cards.filter({ hasNotText: 'Liisa Virtanen' }).first();
  const otherName = ((await other.getByRole('heading', { level: 3 }).textContent()) ?? '')
    .replace(/^Sija \d+: /, '')
    .trim();
  expect(otherName).not.toBe('');
  await expectAccessible(page, `find experts, ${mode} (coordinator)`);

  await cards.filter({ hasText: 'Liisa Virtanen' }).getByText('Valitse Liisa Virtanen').click();
  await other.getByText(`Valitse ${otherName}`).click();
  await expect(page.getByText('2 henkilöä valittu.')).toBeVisible();
  await page.getByText(mode, { exact: true }).click();
  await page.getByRole('button', { name: 'Lähetä tarjous' }).click();
  const sent = page.getByText('Tarjous lähetettiin 2 henkilölle.');
  const reasonAsked = page.getByText('Kirjoita perustelu: ohitat listalla ylempänä olevan henkilön.');
  await expect(sent.or(reasonAsked)).toBeVisible();
  if (await reasonAsked.isVisible()) {
    await page.getByRole('textbox', { name: /Perustelu/ }).fill('Liisa on tilaajan toivoma.');
    await page.getByRole('button', { name: 'Lähetä tarjous' }).click();
    await expect(sent).toBeVisible();
  }
  const offers = page.getByRole('region', { name: 'Tilauksen tarjoukset' });
  for (const name of ['Liisa Virtanen', otherName]) {
    await expect(offers.getByRole('listitem').filter({ hasText: name })).toContainText('Odottaa vastausta');
  }
  await expectAccessible(page, `offers sent, ${mode} (coordinator)`);
  await signOut(page);
  return { otherName, offers };
}

/** Liisa, on a 360 px phone, accepts the offer of `title` and sees `thanks`. */
async function liisaAccepts(page: Page, title: string, thanks: RegExp) {
  await page.setViewportSize({ width: 360, height: 740 });
  await signIn(page, 'expert@kokemus.test');
  await inFinnish(page);
  await page
    .getByRole('navigation', { name: 'Päävalikko' })
    .getByRole('link', { name: 'Tarjoukset' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tarjoukset');
  const card = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 3, name: title }) });
  await expect(card).toHaveCount(1);
  await expectAccessible(page, 'my offers (expert, 360 px)');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await card.getByRole('button', { name: `Otan tehtävän: ${title}` }).click();
  await expect(page.getByText(thanks)).toBeVisible();
  await expectAccessible(page, 'my offers after accepting (expert, 360 px)');
}

async function myTaskStatus(page: Page, title: string): Promise<Locator> {
  await page
    .getByRole('navigation', { name: 'Päävalikko' })
    .getByRole('link', { name: 'Omat tehtävät' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Omat tehtävät');
  return page
    .getByRole('region', { name: 'Tulevat' })
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 3, name: title }) });
}

test('first to accept: Liisa accepts on a phone, the other person’s offer is withdrawn', async ({
  page,
  request,
}) => {
  const title = `Puheenvuoro: ensimmäinen ehtii ${Date.now() % 100000}`;
  const orderId = await orderInMatching(request, title, 45);
  const { otherName } = await offerToTwo(
    page,
    orderId,
    title,
    'Usealle: ensimmäinen vastaanottaja saa tehtävän',
  );

  await liisaAccepts(page, title, /Kiitos! Otit tehtävän vastaan/);
  const task = await myTaskStatus(page, title);
  // first to accept: confirmed at once
  await expect(task).toContainText('Vahvistettu');
  await expectAccessible(page, 'my tasks (expert, 360 px)');
  await signOut(page);

  // The other person's offer of the same time is closed: the place was filled.
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, 'coordinator@kokemus.test');
  await page.goto(`/orders/${orderId}/experts`);
  const offers = page.getByRole('region', { name: 'Tilauksen tarjoukset' });
  await expect(offers.getByRole('listitem').filter({ hasText: otherName })).toContainText(
    'Peruttu – Usealle: ensimmäinen saa',
  );
  await expect(offers.getByRole('listitem').filter({ hasText: 'Liisa Virtanen' })).toContainText(
    'Otettu vastaan',
  );
  const staffing = page.getByRole('region', { name: 'Sovitut kokemusasiantuntijat' });
  await expect(staffing.getByRole('listitem').filter({ hasText: 'Liisa Virtanen' })).toContainText(
    'Vahvistettu',
  );
  await expectAccessible(page, 'order staffing after first to accept (coordinator)');
  await signOut(page);
});

test('coordinator picks: Liisa accepts, the coordinator confirms her, the other person is released', async ({
  page,
  request,
}) => {
  const title = `Puheenvuoro: koordinaattori valitsee ${Date.now() % 100000}`;
  const orderId = await orderInMatching(request, title, 80);
  const { otherName } = await offerToTwo(
    page,
    orderId,
    title,
    'Usealle: koordinaattori valitsee vastaanottaneista',
  );

  await liisaAccepts(page, title, /Otit tehtävän vastaan. Koordinaattori vahvistaa sen./);
  await expect(await myTaskStatus(page, title)).toContainText('Otettu vastaan, odottaa vahvistusta');
  await signOut(page);

  // The coordinator picks Liisa: confirms her; the other person's open offer is released.
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, 'coordinator@kokemus.test');
  await page.goto(`/orders/${orderId}/experts`);
  const staffing = page.getByRole('region', { name: 'Sovitut kokemusasiantuntijat' });
  const liisa = staffing.getByRole('listitem').filter({ hasText: 'Liisa Virtanen' });
  await expect(liisa).toContainText('Otettu vastaan, odottaa vahvistusta');
  const offers = page.getByRole('region', { name: 'Tilauksen tarjoukset' });
  await expect(offers.getByRole('listitem').filter({ hasText: otherName })).toContainText(
    'Odottaa vastausta',
  );
  await expectAccessible(page, 'order staffing, an acceptance to confirm (coordinator)');
  await liisa.getByRole('button', { name: /^Vahvista: Liisa Virtanen, / }).click();
  await expect(staffing.getByText('Tehtävä on vahvistettu.')).toBeVisible();
  await expect(liisa).toContainText('Vahvistettu');
  await expect(offers.getByRole('listitem').filter({ hasText: otherName })).toContainText(
    'Peruttu – Usealle: koordinaattori valitsee',
  );
  await expectAccessible(page, 'order staffing after the pick (coordinator)');
  await signOut(page);

  // Liisa sees the task confirmed.
  await page.setViewportSize({ width: 360, height: 740 });
  await signIn(page, 'expert@kokemus.test');
  await expect(await myTaskStatus(page, title)).toContainText('Vahvistettu');
  await signOut(page);
});

import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import { mailedLink } from './mail';
import { expectAccessible, PASSWORD, screenshot, tabTo } from './support';

const ADDRESS = 'pirjo.vaisanen@example.fi';

async function coordinatorApi(request: APIRequestContext) {
  const login = await request.post('/api/v1/auth/login', {
    data: { email: 'coordinator@kokemus.test', password: PASSWORD },
  });
  expect(login.ok()).toBe(true);
  const { accessToken } = (await login.json()) as { accessToken: string };
  return { Authorization: `Bearer ${accessToken}` };
}

/** As the coordinator, through the API: Pirjo Väisänen's orientation is done, which sends her the invitation. */
async function completeOrientation(request: APIRequestContext) {
  const headers = await coordinatorApi(request);
  const list = await request.get('/api/v1/applications?step=orientation&limit=100', { headers });
  expect(list.ok()).toBe(true);
  const { items } = (await list.json()) as {
    items: Array<{ id: string; firstName: string; lastName: string }>;
  };
  const pirjo = items.find((a) => a.firstName === 'Pirjo' && a.lastName === 'Väisänen');
  expect(pirjo, 'Pirjo Väisänen at orientation in the demo data').toBeTruthy();
  const read = await request.get(`/api/v1/applications/${pirjo!.id}`, { headers });
  expect(read.ok()).toBe(true);
  const etag = read.headers()['etag'];
  expect(etag).toBeTruthy();
  const moved = await request.post(`/api/v1/applications/${pirjo!.id}/moves`, {
    headers: { ...headers, 'If-Match': etag },
    data: { move: 'complete_orientation' },
  });
  expect(moved.ok(), await moved.text()).toBe(true);
}

/** Types the password in both fields, replacing what they held, with the keyboard only. */
async function typeNewPassword(page: Page, password: string, repeat = password) {
  await tabTo(page, page.getByLabel(/^Uusi salasana/));
  await page.keyboard.press('Control+A');
  await page.keyboard.type(password);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Kirjoita sama salasana uudelleen')).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(repeat);
}

test('a new expert opens the invitation on her phone, creates a password, is signed in and accepts her agreements', async ({
  page,
  request,
}) => {
  test.skip(!process.env.E2E_DATA_DIR, 'needs the e-mails of an API started by e2e/run.mjs');
  await completeOrientation(request);
  let link: string | null = null;
  await expect
    .poll(() => (link = mailedLink(ADDRESS, 'Tervetuloa', '/invitation')), {
      message: 'the invitation e-mail',
      timeout: 30_000,
    })
    .not.toBeNull();

  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(link!);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Luo salasana');
  await expect(page.getByText(/Vähintään 10 merkkiä/)).toBeVisible();
  await expectAccessible(page, 'invitation');

  // Too short and different: the error summary takes the focus and names both fields.
  await typeNewPassword(page, 'lyhyt', 'lyhyt2');
  await page.keyboard.press('Enter');
  const summary = page.getByRole('heading', { name: /Lomakkeessa on 2 virhettä/ });
  await expect(summary).toBeFocused();
  await expectAccessible(page, 'invitation with errors');
  await screenshot(page, 'invitation-errors');

  // Again, with the password shown (a Space on the checkbox), and sent with Enter on the button.
  const password = 'kevät tulee aina uudelleen';
  await typeNewPassword(page, password);
  await tabTo(page, page.getByRole('checkbox', { name: 'Näytä salasana' }));
  await page.keyboard.press('Space');
  await expect(page.getByLabel(/^Uusi salasana/)).toHaveAttribute('type', 'text');
  await tabTo(page, page.getByRole('button', { name: 'Luo salasana' }));
  await page.keyboard.press('Enter');

  await expect(page).not.toHaveURL(/invitation/);
  await expect(page.locator('#user-menu')).toContainText('Pirjo Väisänen');
  await screenshot(page, 'invitation-signed-in');

  // She lands on her agreements and accepts each one due, with the keyboard: tick, then the button.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sopimukseni');
  const due = page.locator('li.agreement-due');
  await expect(due.first()).toBeVisible();
  const count = await due.count();
  expect(count, 'the demo county has required documents to accept').toBeGreaterThan(0);
  await expectAccessible(page, 'agreements due after the invitation');
  for (let i = 0; i < count; i += 1) {
    const card = due.first();
    const title = (await card.getByRole('heading', { level: 3 }).textContent())!.trim();
    // the visually hidden title follows the visible words: "Hyväksy sopimus : Toimeksiantosopimus"
    const acceptButton = card.getByRole('button', { name: new RegExp(`^Hyväksy sopimus\\s*: ${title}$`) });
    // the button without the tick explains what is missing first
    await tabTo(page, acceptButton);
    await page.keyboard.press('Enter');
    await expect(
      card.getByText('Rastita ensin, että olet lukenut sopimuksen ja hyväksyt sen.'),
    ).toBeVisible();
    await tabTo(
      page,
      card.getByRole('checkbox', {
        name: new RegExp(`^Olen lukenut sopimuksen ja hyväksyn sen\\s*: ${title}$`),
      }),
    );
    await page.keyboard.press('Space');
    await tabTo(page, acceptButton);
    await page.keyboard.press('Enter');
    await expect(
      page.getByRole('region', { name: 'Hyväksytyt sopimukset' }).getByRole('heading', { name: title }),
    ).toBeVisible();
    await expect(due).toHaveCount(count - i - 1);
  }
  await expect(
    page.getByText(/Olet (nyt )?hyväksynyt kaikki sopimukset\. Voit saada tehtävätarjouksia\./).first(),
  ).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await expectAccessible(page, 'every agreement accepted');
  await screenshot(page, 'invitation-agreements-accepted');

  // The link works once: opened again, it says so and points to sign-in.
  await page.goto(link!);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Luo salasana');
  await typeNewPassword(page, 'toinen salasana tähän');
  await page.keyboard.press('Enter');
  const used = page.getByTestId('invitation-problem');
  await expect(used).toContainText('Tällä linkillä on jo luotu salasana');
  await expect(used).toBeFocused();
  await expect(used.getByRole('link', { name: 'Kirjaudu sisään' })).toBeVisible();
  await expectAccessible(page, 'invitation already used');
});

import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import { expectAccessible, screenshot, signIn, signOut } from './support';

/** Liisa's claim the demo seed leaves for her to check and send. */
const TITLE = 'Kokemuspuheenvuoro osastotunnilla: arjen voimavarat';

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

/** Payroll's side, as its own system would do it: a token, a batch, the lines, and every line paid. */
async function payrollPays(request: APIRequestContext, claimNumber: string) {
  const tokenResponse = await request.post('/api/v1/auth/token', {
    form: {
      grant_type: 'client_credentials',
      client_id: 'payroll-demo',
      client_secret: 'kokemus-demo-payroll',
    },
  });
  expect(tokenResponse.status()).toBe(200);
  const { access_token: token } = (await tokenResponse.json()) as { access_token: string };
  const auth = { Authorization: `Bearer ${token}` };

  const batchResponse = await request.post('/api/v1/payroll/export-batches', {
    headers: { ...auth, 'Idempotency-Key': `e2e-fees-${Date.now()}` },
    data: { channel: 'payroll' },
  });
  expect(batchResponse.status()).toBe(201);
  const batch = (await batchResponse.json()) as {
    id: string;
    lines: Array<{ lineId: string; claimNumber: string }>;
  };
  expect(batch.lines.some((l) => l.claimNumber === claimNumber)).toBe(true);

  const csvResponse = await request.get(`/api/v1/payroll/export-batches/${batch.id}/lines.csv`, {
    headers: auth,
  });
  expect(csvResponse.status()).toBe(200);
  const [header, ...rows] = (await csvResponse.text())
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter(Boolean)
    .map((row) => row.split(';'));
  const lineId = header.indexOf('line_id');
  const claim = header.indexOf('claim_number');
  const ours = rows.filter((row) => row[claim] === claimNumber).map((row) => row[lineId]);
  expect(ours.length).toBeGreaterThan(0);

  const paymentDate = new Date().toISOString().slice(0, 10);
  const ackResponse = await request.post(`/api/v1/payroll/export-batches/${batch.id}/ack`, {
    headers: auth,
    data: {
      lines: ours.map((id, i) => ({ lineId: id, status: 'paid', externalId: `E2E-${i + 1}`, paymentDate })),
    },
  });
  expect(ackResponse.status()).toBe(200);
}

test('Liisa sends her fee claim on a phone, the orderer confirms, the approver approves, payroll pays it', async ({
  page,
  request,
}) => {
  // Liisa, on a phone: her money and claims, then the draft checked and sent.
  await page.setViewportSize({ width: 360, height: 740 });
  await signIn(page, 'expert@kokemus.test');
  await inFinnish(page);
  await page
    .getByRole('navigation', { name: 'Päävalikko' })
    .getByRole('link', { name: 'Omat palkkiot' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Omat palkkiot');
  await expect(page.getByRole('region', { name: 'Rahat tässä kuussa ja tänä vuonna' })).toContainText(
    'ennen veroja',
  );
  const card = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 3, name: TITLE }) });
  await expect(card).toContainText('Odottaa, että tarkistat ja lähetät sen');
  await expectAccessible(page, 'my fees (expert, 360 px)');
  await fitsPhone(page);
  await screenshot(page, 'my-fees-phone');

  await card.getByRole('link', { name: `Tarkista ja lähetä: ${TITLE}` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  const form = page.getByRole('form', { name: 'Tarkista tiedot' });
  await expect(form.getByLabel('Kilometrit omalla autolla')).toHaveValue('14');
  await expect(page.getByRole('table', { name: /Palkkio ja kulut/ })).toContainText('Kilometrikorvaus');
  await expectAccessible(page, 'fee claim to check (expert, 360 px)');
  await fitsPhone(page);
  await screenshot(page, 'fee-claim-check-phone');
  const claimUrl = page.url();
  const claimNumber = /Lomake (\S+) ·/.exec(
    (await page.getByTestId('claim-number').textContent()) ?? '',
  )?.[1];
  expect(claimNumber).toBeTruthy();

  await form.getByRole('button', { name: 'Lähetä', exact: true }).click();
  const sent = page.getByText('Kiitos! Lomake lähetettiin tilaajalle vahvistettavaksi.');
  const overLimit = page.getByRole('heading', { name: 'Oma kuukausirajasi ylittyisi' });
  await expect(sent.or(overLimit)).toBeVisible();
  if (await overLimit.isVisible()) {
    await expectAccessible(page, 'fee claim: the own limit warning (expert, 360 px)');
    await page.getByRole('button', { name: 'Lähetä silti' }).click();
    await expect(sent).toBeVisible();
  }
  await expect(page.getByTestId('claim-where')).toContainText(
    'Odottaa tilaajan vahvistusta – Mikko Lehtonen',
  );
  await expectAccessible(page, 'fee claim sent (expert, 360 px)');
  await fitsPhone(page);
  await signOut(page);

  // Mikko, the orderer, confirms the work was done.
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, 'orderer@kokemus.test');
  await inFinnish(page);
  await page.goto(claimUrl);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  await expectAccessible(page, 'fee claim to confirm (orderer)');
  await page.getByRole('button', { name: 'Vahvista', exact: true }).click();
  await expect(page.getByText('Vahvistit lomakkeen. Se siirtyi hyväksyjälle.')).toBeVisible();
  await expect(page.getByTestId('claim-where')).toContainText('Odottaa hyväksyjän hyväksyntää');
  await expectAccessible(page, 'fee claim confirmed (orderer)');
  await signOut(page);

  // Heidi, the approver of the cost centre, approves it for payment.
  await signIn(page, 'approver@kokemus.test');
  await inFinnish(page);
  await page.goto(claimUrl);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  await page.getByRole('button', { name: 'Hyväksy maksuun' }).click();
  await expect(page.getByText('Hyväksyit lomakkeen. Se menee seuraavaan maksuerään.')).toBeVisible();
  await expectAccessible(page, 'fee claim approved (approver)');
  await screenshot(page, 'fee-claim-approved');
  await signOut(page);

  // Payroll's system takes the approved lines and reports them paid.
  await payrollPays(request, claimNumber!);

  // Liisa sees the claim paid.
  await page.setViewportSize({ width: 360, height: 740 });
  await signIn(page, 'expert@kokemus.test');
  await inFinnish(page);
  await page.goto('/fees');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Omat palkkiot');
  const paidCard = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 3, name: TITLE }) });
  await expect(paidCard).toContainText('Maksettu');
  await expectAccessible(page, 'my fees with the claim paid (expert, 360 px)');
  await paidCard.getByRole('link', { name: `Katso lomake: ${TITLE}` }).click();
  await expect(page.getByTestId('claim-where')).toHaveText('Maksettu');
  await expect(page.getByRole('table', { name: /Palkkio ja kulut/ })).toContainText('Maksettu');
  await expectAccessible(page, 'fee claim paid (expert, 360 px)');
  await fitsPhone(page);
  await screenshot(page, 'fee-claim-paid-phone');
  await signOut(page);
});

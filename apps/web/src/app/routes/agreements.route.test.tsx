import type {
  AgreementDto,
  AgreementVersionDto,
  CreateAgreementDto,
  MyAgreementDto,
  MyAgreementsDto,
  PublishAgreementVersionDto,
} from '@kokemus/api-client';
import { screen, waitFor, within } from '@testing-library/react';
import { i18n } from '../../shared/i18n/i18n';
import { mockApi, problem } from '../../test/api-mock';
import { me } from '../../test/fixtures';
import { renderApp } from '../../test/render-app';

const liisa = me(['expert'], { displayName: 'Liisa Virtanen' });
const admin = me(['admin'], { displayName: 'Pekka Järvinen' });

const ASSIGNMENT = '00000000-0000-4000-a000-000000000001';
const PLEDGE = '00000000-0000-4000-a000-000000000002';
const ETHICS = '00000000-0000-4000-a000-000000000003';
const PRIVACY = '00000000-0000-4000-a000-000000000004';

let versionSeq = 0;
function version(overrides: Partial<AgreementVersionDto> = {}): AgreementVersionDto {
  versionSeq += 1;
  return {
    id: `00000000-0000-4000-b000-${String(versionSeq).padStart(12, '0')}`,
    number: 1,
    title: { fi: 'Toimeksiantosopimus', sv: 'Uppdragsavtal', en: 'Assignment agreement' },
    body: {
      fi: 'Toimit kokemusasiantuntijana.\n\nSaat palkkion palkkiotaulukon mukaan.',
      sv: 'Du arbetar som erfarenhetsexpert.\n\nDu får arvode.',
      en: 'You work as an expert by experience.\n\nYou are paid a fee.',
    },
    requiresReacceptance: false,
    changeNote: null,
    contentHash: 'hash',
    publishedAt: '2025-10-01T06:00:00.000Z',
    ...overrides,
  };
}

function myItem(overrides: Partial<MyAgreementDto> & Pick<MyAgreementDto, 'documentId'>): MyAgreementDto {
  return {
    code: 'doc',
    required: true,
    current: version(),
    acceptedVersionNumber: null,
    acceptedAt: null,
    due: false,
    ...overrides,
  };
}

/** Liisa's documents: one to accept for the first time, one changed, one accepted, one only to read. */
function liisasAgreements() {
  const ethics = myItem({
    documentId: ETHICS,
    code: 'eettiset-periaatteet',
    due: true,
    current: version({
      title: { fi: 'Eettiset periaatteet', sv: 'Etiska principer', en: 'Ethical principles' },
      body: {
        fi: 'Kohtaan ihmiset arvostaen.',
        sv: 'Jag bemöter människor med respekt.',
        en: 'I meet people with respect.',
      },
    }),
  });
  const pledge = myItem({
    documentId: PLEDGE,
    code: 'vaitiolositoumus',
    due: true,
    acceptedVersionNumber: 1,
    acceptedAt: '2025-10-15T08:00:00.000Z',
    current: version({
      number: 2,
      title: { fi: 'Vaitiolositoumus', sv: 'Tystnadsförbindelse', en: 'Confidentiality pledge' },
      body: { fi: 'Lupaan vaieta.', sv: 'Jag lovar att tiga.', en: 'I promise to keep silent.' },
      requiresReacceptance: true,
      changeNote: 'Lisätty kohta sosiaalisesta mediasta',
      publishedAt: '2026-10-01T06:00:00.000Z',
    }),
  });
  const assignment = myItem({
    documentId: ASSIGNMENT,
    code: 'toimeksiantosopimus',
    acceptedVersionNumber: 1,
    acceptedAt: '2025-10-15T08:00:00.000Z',
  });
  const privacy = myItem({
    documentId: PRIVACY,
    code: 'tietosuojaseloste',
    required: false,
    current: version({
      title: { fi: 'Tietosuojaseloste', sv: 'Dataskyddsbeskrivning', en: 'Privacy notice' },
      body: {
        fi: 'Käsittelemme tietojasi.',
        sv: 'Vi behandlar dina uppgifter.',
        en: 'We process your data.',
      },
    }),
  });
  return { ethics, pledge, assignment, privacy };
}

function myList(items: MyAgreementDto[]): MyAgreementsDto {
  const dueCount = items.filter((item) => item.due).length;
  return { items, dueCount, mayReceiveOffers: dueCount === 0 };
}

/** A server that records acceptances: an accepted document is no longer due. */
function expertServer(items: MyAgreementDto[]) {
  let current = items;
  const api = mockApi({
    'GET /api/v1/auth/me': () => ({ body: liisa }),
    'GET /api/v1/notifications/unread-count': () => ({ body: { count: 0 } }),
    'GET /api/v1/experts/me/agreements': () => ({ body: myList(current) }),
    'POST /api/v1/agreements/{id}/acceptances': ({ params, body }) => {
      const accepted = current.find((item) => item.documentId === params.id)!;
      const { versionId, locale } = body as { versionId: string; locale: 'fi' | 'sv' | 'en' };
      current = current.map((item) =>
        item.documentId === params.id
          ? {
              ...item,
              due: false,
              acceptedVersionNumber: item.current.number,
              acceptedAt: '2026-11-20T10:00:00.000Z',
            }
          : item,
      );
      return {
        status: 201,
        body: {
          id: '00000000-0000-4000-c000-000000000001',
          documentId: params.id,
          versionId,
          versionNumber: accepted.current.number,
          locale,
          contentHash: accepted.current.contentHash,
          acceptedAt: '2026-11-20T10:00:00.000Z',
        },
      };
    },
  });
  return { api, replace: (next: MyAgreementDto[]) => (current = next) };
}

describe('my agreements (expert)', () => {
  it('reads each document in the person’s language and accepts the due ones, the last one said plainly', async () => {
    const docs = liisasAgreements();
    const { api } = expertServer([docs.ethics, docs.pledge, docs.assignment, docs.privacy]);
    const { user } = await renderApp('/my-agreements', liisa);
    expect(document.title).toBe('Sopimukseni – Kokemus');
    const nav = await screen.findByRole('navigation', { name: 'Päävalikko' }, { timeout: 5000 });
    expect(within(nav).getByRole('link', { name: 'Sopimukseni' })).toHaveAttribute('aria-current', 'page');

    const due = await screen.findByRole('region', { name: 'Hyväksyttävät sopimukset' });
    expect(within(due).getByText(/Lue nämä 2 sopimusta ja hyväksy ne/)).toBeInTheDocument();
    const ethics = within(due).getByRole('article', { name: 'Eettiset periaatteet' });
    expect(within(ethics).getByText('Kohtaan ihmiset arvostaen.')).toBeInTheDocument();
    const pledge = within(due).getByRole('article', { name: 'Vaitiolositoumus' });
    expect(
      within(pledge).getByText(/Sopimus on muuttunut\. Hyväksyit aiemman version 15\.10\.2025\./),
    ).toBeInTheDocument();
    expect(
      within(pledge).getByText(/Mikä muuttui: Lisätty kohta sosiaalisesta mediasta/),
    ).toBeInTheDocument();
    expect(within(pledge).getByText('Versio 2, julkaistu 1.10.2026')).toBeInTheDocument();

    const accepted = screen.getByRole('region', { name: 'Hyväksytyt sopimukset' });
    expect(within(accepted).getByRole('heading', { name: 'Toimeksiantosopimus' })).toBeInTheDocument();
    expect(within(accepted).getByText('Hyväksytty 15.10.2025')).toBeInTheDocument();
    const info = screen.getByRole('region', { name: 'Luettavaksi' });
    expect(within(info).getByRole('heading', { name: 'Tietosuojaseloste' })).toBeInTheDocument();
    expect(within(info).queryByRole('checkbox')).not.toBeInTheDocument();

    // Pressing the button without the tick says what is missing and sends nothing.
    const ethicsButton = within(ethics).getByRole('button', {
      name: 'Hyväksy sopimus: Eettiset periaatteet',
    });
    await user.click(ethicsButton);
    expect(
      within(ethics).getByText('Rastita ensin, että olet lukenut sopimuksen ja hyväksyt sen.'),
    ).toBeInTheDocument();
    const ethicsBox = within(ethics).getByRole('checkbox', {
      name: 'Olen lukenut sopimuksen ja hyväksyn sen: Eettiset periaatteet',
    });
    expect(ethicsBox).toHaveFocus();
    expect(api.calls.some((call) => call.endpoint.includes('acceptances'))).toBe(false);

    // By keyboard: space ticks the box, Tab reaches the button, Enter accepts.
    await user.keyboard(' ');
    expect(ethicsBox).toBeChecked();
    await user.tab();
    expect(ethicsButton).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(
      await screen.findByText(
        'Kiitos! Hyväksyit sopimuksen: Eettiset periaatteet. Vielä 1 sopimus hyväksyttävänä.',
      ),
    ).toBeInTheDocument();
    const first = api.calls.find((call) => call.endpoint === 'POST /api/v1/agreements/{id}/acceptances')!;
    expect(new URL(first.request.url).pathname).toBe(`/api/v1/agreements/${ETHICS}/acceptances`);
    expect(first.body).toEqual({ versionId: docs.ethics.current.id, locale: 'fi' });
    await waitFor(() =>
      expect(
        within(screen.getByRole('region', { name: 'Hyväksytyt sopimukset' })).getByRole('heading', {
          name: 'Eettiset periaatteet',
        }),
      ).toBeInTheDocument(),
    );

    // The last one: the person may now get offers (and may have become active), so who they are is read again.
    const meReads = api.calls.filter((call) => call.endpoint === 'GET /api/v1/auth/me').length;
    const stillDue = screen.getByRole('article', { name: 'Vaitiolositoumus' });
    await user.click(
      within(stillDue).getByRole('checkbox', { name: /Olen lukenut sopimuksen ja hyväksyn sen/ }),
    );
    await user.click(within(stillDue).getByRole('button', { name: /Hyväksy sopimus/ }));
    const done = await screen.findByText(
      'Kiitos! Olet nyt hyväksynyt kaikki sopimukset. Voit saada tehtävätarjouksia.',
    );
    await waitFor(() => expect(done.closest('[role="status"]')).toHaveFocus());
    expect(screen.queryByRole('region', { name: 'Hyväksyttävät sopimukset' })).not.toBeInTheDocument();
    expect(api.calls.filter((call) => call.endpoint === 'GET /api/v1/auth/me').length).toBeGreaterThan(
      meReads,
    );
    expect(api.unhandled).toEqual([]);
  });

  it('in Swedish shows the Swedish text and records that it was read in Swedish', async () => {
    const docs = liisasAgreements();
    const { api } = expertServer([docs.ethics]);
    // Set back to Finnish after each test (test-setup).
    await i18n.changeLanguage('sv');
    const { user } = await renderApp('/my-agreements', me(['expert'], { locale: 'sv' }));
    const card = await screen.findByRole('article', { name: 'Etiska principer' });
    expect(document.title).toBe('Mina avtal – Kokemus');
    expect(within(card).getByText('Jag bemöter människor med respekt.')).toBeInTheDocument();
    await user.click(within(card).getByRole('checkbox', { name: /Jag har läst avtalet och godkänner det/ }));
    await user.click(within(card).getByRole('button', { name: /Godkänn avtalet/ }));
    expect(
      await screen.findByText('Tack! Nu har du godkänt alla avtal. Du kan få uppdragserbjudanden.'),
    ).toBeInTheDocument();
    expect(api.calls.find((call) => call.endpoint.includes('acceptances'))!.body).toMatchObject({
      locale: 'sv',
    });
  });

  it('when a newer version came meanwhile, shows it to read and accept', async () => {
    const docs = liisasAgreements();
    const newer = { ...docs.ethics, current: version({ ...docs.ethics.current, id: undefined, number: 2 }) };
    newer.current = { ...newer.current, body: { ...newer.current.body, fi: 'Uusi teksti.' } };
    let served = [docs.ethics];
    const api = mockApi({
      'GET /api/v1/auth/me': () => ({ body: liisa }),
      'GET /api/v1/experts/me/agreements': () => ({ body: myList(served) }),
      'POST /api/v1/agreements/{id}/acceptances': () => {
        served = [newer];
        return problem(409, 'AGREEMENT_VERSION_OUTDATED', {
          errors: { versionId: ['Version 1 is not the newest'] },
        });
      },
    });
    const { user } = await renderApp('/my-agreements', liisa);
    const card = await screen.findByRole('article', { name: 'Eettiset periaatteet' });
    await user.click(within(card).getByRole('checkbox', { name: /Olen lukenut/ }));
    await user.click(within(card).getByRole('button', { name: /Hyväksy sopimus/ }));
    expect(
      await screen.findByText(/Sopimuksesta on juuri julkaistu uusi versio\. Uusi teksti näkyy nyt/),
    ).toBeInTheDocument();
    expect(await screen.findByText('Uusi teksti.')).toBeInTheDocument();
    // A new text to read: the tick does not carry over.
    expect(screen.getByRole('checkbox', { name: /Olen lukenut/ })).not.toBeChecked();
    expect(api.calls.filter((call) => call.endpoint.includes('acceptances'))).toHaveLength(1);
  });

  it('tells the expert on the home page when something is due', async () => {
    const docs = liisasAgreements();
    expertServer([docs.ethics, docs.pledge, docs.assignment]);
    await renderApp('/', liisa);
    expect(
      await screen.findByText(/Sinulla on 2 sopimusta hyväksyttävänä\. Et saa uusia tehtävätarjouksia/),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Lue ja hyväksy sopimukset' })).toHaveAttribute(
      'href',
      '/my-agreements',
    );
  });

  it('says nothing on the home page when all is accepted', async () => {
    const docs = liisasAgreements();
    const { api } = expertServer([docs.assignment]);
    await renderApp('/', liisa);
    await waitFor(() => expect(api.calls.some((call) => call.endpoint.includes('me/agreements'))).toBe(true));
    expect(screen.queryByText(/hyväksyttävänä/)).not.toBeInTheDocument();
  });

  it('is for experts only', async () => {
    mockApi({});
    await renderApp('/my-agreements', admin);
    expect(await screen.findByRole('heading', { level: 1, name: 'Ei käyttöoikeutta' })).toBeInTheDocument();
  });
});

function agreement(overrides: Partial<AgreementDto> & Pick<AgreementDto, 'id' | 'code'>): AgreementDto {
  const current = overrides.current ?? version();
  return {
    required: true,
    position: 1,
    current,
    versions: [current],
    acceptedCount: 10,
    outstandingCount: 2,
    ...overrides,
  };
}

function countyDocuments() {
  const v1 = version({
    title: { fi: 'Vaitiolositoumus', sv: 'Tystnadsförbindelse', en: 'Confidentiality pledge' },
    body: { fi: 'Lupaan vaieta.', sv: 'Jag lovar att tiga.', en: 'I promise to keep silent.' },
  });
  const v2 = {
    ...v1,
    id: '00000000-0000-4000-b100-000000000002',
    number: 2,
    changeNote: 'Sanamuotoa selkeytetty',
    publishedAt: '2026-10-01T06:00:00.000Z',
  };
  const pledge = agreement({
    id: PLEDGE,
    code: 'vaitiolositoumus',
    position: 2,
    current: v2,
    versions: [v2, v1],
  });
  const assignment = agreement({
    id: ASSIGNMENT,
    code: 'toimeksiantosopimus',
    acceptedCount: 12,
    outstandingCount: 0,
  });
  const privacy = agreement({
    id: PRIVACY,
    code: 'tietosuojaseloste',
    required: false,
    position: 4,
    acceptedCount: 0,
    outstandingCount: 0,
    current: version({
      title: { fi: 'Tietosuojaseloste', sv: 'Dataskyddsbeskrivning', en: 'Privacy notice' },
    }),
  });
  return { pledge, assignment, privacy };
}

describe('agreements (admin)', () => {
  it('lists the documents with their current version and who has accepted, page by page', async () => {
    const docs = countyDocuments();
    const api = mockApi({
      'GET /api/v1/agreements': ({ url }) =>
        url.searchParams.get('cursor') === 'page-2'
          ? { body: { items: [docs.privacy], nextCursor: null } }
          : { body: { items: [docs.assignment, docs.pledge], nextCursor: 'page-2' } },
    });
    const { user } = await renderApp('/agreements', admin);
    expect(document.title).toBe('Sopimukset – Kokemus');
    const nav = await screen.findByRole('navigation', { name: 'Päävalikko' });
    expect(within(nav).getByRole('link', { name: 'Sopimukset' })).toHaveAttribute('aria-current', 'page');
    expect(await screen.findByText('2 sopimusta')).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Sopimusluettelo' });
    expect(within(list).getByRole('link', { name: 'Vaitiolositoumus' })).toHaveAttribute(
      'href',
      `/agreements/${PLEDGE}`,
    );
    expect(within(list).getByText('2 (1.10.2026)')).toBeInTheDocument();
    expect(within(list).getByText('10 hyväksynyt, 2 puuttuu')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Lisää sopimus' })).toHaveAttribute('href', '/agreements/new');

    await user.click(screen.getByRole('button', { name: 'Näytä lisää' }));
    expect(await screen.findByRole('link', { name: 'Tietosuojaseloste' })).toBeInTheDocument();
    expect(screen.getByText('Ei tarvitse hyväksyä')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Näytä lisää' })).not.toBeInTheDocument();
    expect(new URL(api.calls[api.calls.length - 1].request.url).searchParams.get('cursor')).toBe('page-2');
  });

  it('publishes a new version, explaining what is missing first, and lists who is behind', async () => {
    const docs = countyDocuments();
    let served = docs.pledge;
    const api = mockApi({
      'GET /api/v1/agreements': () => ({ body: { items: [served], nextCursor: null } }),
      'GET /api/v1/agreements/{id}': () => ({ body: served }),
      'GET /api/v1/agreements/{id}/outstanding': ({ url }) =>
        url.searchParams.get('cursor') === 'next'
          ? {
              body: {
                items: [{ expertId: 'e3', name: 'Veera Salo', acceptedVersionNumber: null }],
                nextCursor: null,
              },
            }
          : {
              body: {
                items: [
                  { expertId: 'e1', name: 'Aino Aalto', acceptedVersionNumber: 1 },
                  { expertId: 'e2', name: 'Matti Mäki', acceptedVersionNumber: null },
                ],
                nextCursor: 'next',
              },
            },
      'POST /api/v1/agreements/{id}/versions': ({ body }) => {
        const dto = body as PublishAgreementVersionDto;
        const v3 = version({
          number: 3,
          title: dto.title,
          body: dto.body,
          requiresReacceptance: dto.requiresReacceptance,
          changeNote: dto.changeNote ?? null,
          publishedAt: '2026-11-20T10:00:00.000Z',
        });
        served = {
          ...served,
          current: v3,
          versions: [v3, ...served.versions],
          acceptedCount: 0,
          outstandingCount: 12,
        };
        return { status: 201, body: served };
      },
    });
    const { user } = await renderApp(`/agreements/${PLEDGE}`, admin);
    expect(await screen.findByRole('heading', { level: 1, name: 'Vaitiolositoumus' })).toBeInTheDocument();

    const versions = screen.getByRole('region', { name: 'Versiot' });
    expect(within(versions).getByRole('heading', { name: 'Versio 2: Vaitiolositoumus' })).toBeInTheDocument();
    expect(within(versions).getByText('Sanamuotoa selkeytetty')).toBeInTheDocument();
    expect(within(versions).getByRole('heading', { name: 'Versio 1: Vaitiolositoumus' })).toBeInTheDocument();

    const outstanding = screen.getByRole('region', { name: 'Ketkä eivät ole vielä hyväksyneet' });
    expect(await within(outstanding).findByText('Aino Aalto')).toBeInTheDocument();
    expect(within(outstanding).getByText('On hyväksynyt version 1')).toBeInTheDocument();
    expect(within(outstanding).getByText('Ei ole hyväksynyt mitään versiota')).toBeInTheDocument();
    await user.click(within(outstanding).getByRole('button', { name: 'Näytä lisää' }));
    expect(await within(outstanding).findByText('Veera Salo')).toBeInTheDocument();

    // The form starts from the current text. An empty Swedish title and re-acceptance without saying why.
    const form = screen.getByRole('region', { name: 'Julkaise uusi versio' });
    expect(within(form).getByLabelText('Teksti englanniksi')).toHaveValue('I promise to keep silent.');
    await user.clear(within(form).getByLabelText('Otsikko ruotsiksi'));
    await user.click(
      within(form).getByRole('checkbox', { name: /Kaikkien on hyväksyttävä tämä versio uudelleen/ }),
    );
    await user.click(within(form).getByRole('button', { name: 'Julkaise versio' }));

    const summary = await screen.findByRole('heading', { name: /Lomakkeessa on 2 virhettä\./ });
    await waitFor(() => expect(summary).toHaveFocus());
    expect(screen.getByRole('link', { name: 'Otsikko ruotsiksi: Tämä tieto puuttuu.' })).toBeInTheDocument();
    expect(
      screen.getByRole('link', {
        name: 'Mikä muuttui: Kerro lyhyesti, mikä muuttui, kun sopimus hyväksytään uudelleen.',
      }),
    ).toBeInTheDocument();
    expect(within(form).getByLabelText('Otsikko ruotsiksi')).toHaveAttribute('aria-invalid', 'true');
    expect(api.calls.some((call) => call.endpoint.includes('versions'))).toBe(false);

    await user.type(within(form).getByLabelText('Otsikko ruotsiksi'), ' Tystnadsförbindelse ');
    const body = within(form).getByLabelText('Teksti suomeksi');
    await user.clear(body);
    await user.type(body, 'Lupaan vaieta.{Enter}{Enter}Lupaus koskee myös sosiaalista mediaa.');
    await user.type(within(form).getByLabelText(/^Mikä muuttui/), 'Lisätty kohta sosiaalisesta mediasta');
    await user.click(within(form).getByRole('button', { name: 'Julkaise versio' }));

    expect(
      await screen.findByText(
        'Versio 3 on julkaistu. Kokemusasiantuntijat hyväksyvät sen uudelleen ennen uusia tehtävätarjouksia.',
      ),
    ).toBeInTheDocument();
    const post = api.calls.find((call) => call.endpoint === 'POST /api/v1/agreements/{id}/versions')!;
    expect(post.body).toEqual({
      title: { fi: 'Vaitiolositoumus', sv: 'Tystnadsförbindelse', en: 'Confidentiality pledge' },
      body: {
        fi: 'Lupaan vaieta.\n\nLupaus koskee myös sosiaalista mediaa.',
        sv: 'Jag lovar att tiga.',
        en: 'I promise to keep silent.',
      },
      requiresReacceptance: true,
      changeNote: 'Lisätty kohta sosiaalisesta mediasta',
    });
    expect(
      await within(versions).findByRole('heading', { name: 'Versio 3: Vaitiolositoumus' }),
    ).toBeInTheDocument();
    // The form starts again from the text just published.
    await waitFor(() =>
      expect(screen.getByLabelText('Teksti suomeksi')).toHaveValue(
        'Lupaan vaieta.\n\nLupaus koskee myös sosiaalista mediaa.',
      ),
    );
    expect(screen.getByRole('checkbox', { name: /Kaikkien on hyväksyttävä/ })).not.toBeChecked();
  });

  it('adds a document, putting a taken code on the code field', async () => {
    let created: AgreementDto | undefined;
    const api = mockApi({
      'GET /api/v1/agreements': () => ({ body: { items: [], nextCursor: null } }),
      'POST /api/v1/agreements': ({ body }) => {
        const dto = body as CreateAgreementDto;
        if (dto.code === 'vaitiolositoumus') {
          return problem(409, 'AGREEMENT_CODE_TAKEN', { errors: { code: ['There is a document called …'] } });
        }
        const current = version({ title: dto.title, body: dto.body });
        created = agreement({
          id: ETHICS,
          code: dto.code,
          required: dto.required,
          current,
          acceptedCount: 0,
          outstandingCount: 40,
        });
        return { status: 201, body: created };
      },
      'GET /api/v1/agreements/{id}': () => ({ body: created! }),
      'GET /api/v1/agreements/{id}/outstanding': () => ({ body: { items: [], nextCursor: null } }),
    });
    const { user } = await renderApp('/agreements/new', admin);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Uusi sopimus');

    await user.type(screen.getByLabelText('Tunnus'), 'Iso Kirjain');
    await user.type(screen.getByLabelText(/^Järjestys/), '2000');
    await user.click(screen.getByRole('button', { name: 'Lisää sopimus' }));
    expect(await screen.findByRole('heading', { name: /Lomakkeessa on 8 virhettä\./ })).toBeInTheDocument();
    expect(
      screen.getByRole('link', {
        name: 'Tunnus: Kirjoita 2–40 merkkiä: pieniä kirjaimia a–z, numeroita, - tai _, alussa kirjain.',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', {
        name: 'Järjestys: Kirjoita kokonaisluku väliltä 0–1000 tai jätä tyhjäksi.',
      }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Teksti ruotsiksi: Tämä tieto puuttuu.' })).toBeInTheDocument();

    await user.clear(screen.getByLabelText('Tunnus'));
    await user.type(screen.getByLabelText('Tunnus'), 'vaitiolositoumus');
    await user.clear(screen.getByLabelText(/^Järjestys/));
    await user.type(screen.getByLabelText(/^Järjestys/), '3');
    for (const [label, value] of [
      ['Otsikko suomeksi', 'Eettiset periaatteet'],
      ['Teksti suomeksi', 'Kohtaan ihmiset arvostaen.'],
      ['Otsikko ruotsiksi', 'Etiska principer'],
      ['Teksti ruotsiksi', 'Jag bemöter människor med respekt.'],
      ['Otsikko englanniksi', 'Ethical principles'],
      ['Teksti englanniksi', 'I meet people with respect.'],
    ]) {
      await user.type(screen.getByLabelText(label), value);
    }
    await user.click(screen.getByRole('button', { name: 'Lisää sopimus' }));
    expect(
      await screen.findByRole('link', {
        name: 'Tunnus: Tällä tunnuksella on jo sopimus. Valitse toinen tunnus tai julkaise sopimuksesta uusi versio.',
      }),
    ).toBeInTheDocument();

    await user.clear(screen.getByLabelText('Tunnus'));
    await user.type(screen.getByLabelText('Tunnus'), 'eettiset-periaatteet');
    await user.click(screen.getByRole('button', { name: 'Lisää sopimus' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Eettiset periaatteet' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Sopimus on lisätty.')).toBeInTheDocument();
    const posts = api.calls.filter((call) => call.endpoint === 'POST /api/v1/agreements');
    expect(posts[1].body).toEqual({
      code: 'eettiset-periaatteet',
      required: true,
      position: 3,
      title: { fi: 'Eettiset periaatteet', sv: 'Etiska principer', en: 'Ethical principles' },
      body: {
        fi: 'Kohtaan ihmiset arvostaen.',
        sv: 'Jag bemöter människor med respekt.',
        en: 'I meet people with respect.',
      },
    });
  });

  it('is for admins only', async () => {
    mockApi({});
    await renderApp('/agreements', me(['coordinator']));
    expect(await screen.findByRole('heading', { level: 1, name: 'Ei käyttöoikeutta' })).toBeInTheDocument();
  });
});

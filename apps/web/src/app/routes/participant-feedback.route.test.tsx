import type {
  OrderDto,
  ParticipantAnswersDto,
  ParticipantLinkDto,
  PublicParticipantFormDto,
} from '@kokemus/api-client';
import { screen, waitFor, within } from '@testing-library/react';
import { vi } from 'vitest';
import { mockApi, problem } from '../../test/api-mock';
import { catalogHandlers, me, unit } from '../../test/fixtures';
import { renderApp } from '../../test/render-app';

const TOKEN = 'k7m3xq9ptr';
const OCCURRENCE = '00000000-0000-4000-d000-000000000101';
const ORDER_ID = '00000000-0000-4000-c000-000000000101';
const URL = `https://kokemus.example.fi/p/${TOKEN}`;

function participantForm(overrides: Partial<PublicParticipantFormDto> = {}): PublicParticipantFormDto {
  return {
    title: 'Juttupenkki psykiatrian osastolla 2',
    startsAt: '2026-11-18T11:00:00.000Z',
    closesAt: '2026-12-02T13:00:00.000Z',
    questionnaireTitle: {
      fi: 'Mitä ajattelit?',
      sv: 'Vad tyckte du?',
      en: 'What did you think?',
      selko: 'Mitä ajattelit?',
    },
    items: [
      {
        id: 'overall',
        kind: 'emoji',
        theme: null,
        required: true,
        text: {
          fi: 'Millainen tilaisuus oli kokonaisuutena?',
          sv: 'Hur var tillfället som helhet?',
          en: 'How was the session overall?',
          selko: 'Millainen tämä oli?',
        },
      },
      {
        id: 'again',
        kind: 'yesno',
        theme: null,
        required: false,
        text: {
          fi: 'Tulisitko uudelleen?',
          sv: 'Skulle du komma igen?',
          en: 'Would you come again?',
          selko: 'Tulisitko taas?',
        },
      },
      {
        id: 'comments',
        kind: 'text',
        theme: null,
        required: false,
        text: {
          fi: 'Mitä haluat sanoa? Älä kirjoita nimiä.',
          sv: 'Vad vill du säga? Skriv inga namn.',
          en: 'What would you like to say? Please write no names.',
          selko: 'Mitä haluat sanoa? Älä kirjoita nimiä.',
        },
      },
    ],
    ...overrides,
  };
}

const FORM_PATH = `/p/${TOKEN}`;
const GET_FORM = 'GET /api/v1/public/participant-feedback/{token}' as const;
const POST_ANSWERS = 'POST /api/v1/public/participant-feedback/{token}/answers' as const;

/** The mock answers problems without headers; a 429 here also says `Retry-After`, as the API does. */
function withRetryAfter(seconds: string) {
  const mocked = globalThis.fetch;
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
    const response = await mocked(input, init);
    if (response.status !== 429) return response;
    const headers = new Headers(response.headers);
    headers.set('Retry-After', seconds);
    return new Response(await response.text(), { status: 429, headers });
  });
}

describe('the participants’ form behind the QR code', () => {
  it('shows the task, its time and the questions on their own page, without the app’s banner or menu', async () => {
    const api = mockApi({ [GET_FORM]: () => ({ body: participantForm() }) });
    await renderApp(FORM_PATH);
    expect(screen.getByRole('heading', { level: 1, name: 'Mitä ajattelit?' })).toBeInTheDocument();
    expect(document.title).toBe('Mitä ajattelit? – Kokemus');
    expect(screen.getByText('Juttupenkki psykiatrian osastolla 2')).toBeInTheDocument();
    expect(screen.getByText(/18\. marraskuuta.*13\.00/)).toBeInTheDocument();
    const overall = screen.getByRole('group', { name: /Millainen tilaisuus oli kokonaisuutena\?/ });
    // five faces, each named in words for a screen reader
    expect(within(overall).getAllByRole('radio')).toHaveLength(5);
    expect(within(overall).getByRole('radio', { name: 'Tosi hyvä' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Kyllä' })).toBeInTheDocument();
    expect(screen.getByLabelText(/Mitä haluat sanoa\?/)).toBeInTheDocument();
    expect(screen.getByText(/Työntekijä lukee tekstisi ensin/)).toBeInTheDocument();
    const languages = screen.getByRole('group', { name: 'Kieli – Språk – Language' });
    expect(
      within(languages)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['suomi', 'selkosuomi', 'svenska', 'English']);
    expect(within(languages).getByRole('button', { name: 'suomi' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Kokemus/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Suomi \(FI\)/ })).not.toBeInTheDocument();
    expect(api.calls.map((c) => c.endpoint)).toEqual([GET_FORM]);
    expect(api.calls[0].request.headers.get('Authorization')).toBeNull();
  });

  it('says which question still needs an answer and moves the focus there, sending nothing', async () => {
    const api = mockApi({ [GET_FORM]: () => ({ body: participantForm() }) });
    const { user } = await renderApp(FORM_PATH);
    await user.click(screen.getByRole('radio', { name: 'Kyllä' }));
    await user.click(screen.getByRole('button', { name: 'Lähetä' }));
    expect(await screen.findByText('Vastaa tähän kysymykseen.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('radio', { name: 'Tosi huono' })).toHaveFocus());
    expect(api.calls.some((c) => c.endpoint === POST_ANSWERS)).toBe(false);
    // answering it takes the message away
    await user.click(screen.getByRole('radio', { name: 'Hyvä' }));
    expect(screen.queryByText('Vastaa tähän kysymykseen.')).not.toBeInTheDocument();
  });

  it('asks for at least one answer when every question was left out', async () => {
    const optional = participantForm();
    optional.items = optional.items.map((item) => ({ ...item, required: false }));
    const api = mockApi({ [GET_FORM]: () => ({ body: optional }) });
    const { user } = await renderApp(FORM_PATH);
    expect(screen.getByText(/Voit jättää kysymyksen väliin\./)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Lähetä' }));
    const notice = await screen.findByText('Valitse ainakin yksi vastaus ennen kuin lähetät.');
    await waitFor(() => expect(notice).toHaveFocus());
    expect(api.calls.some((c) => c.endpoint === POST_ANSWERS)).toBe(false);
  });

  it('sends the answers and thanks, saying that a person reads the text first', async () => {
    const api = mockApi({
      [GET_FORM]: () => ({ body: participantForm() }),
      [POST_ANSWERS]: () => ({ status: 201, body: { textHeldForScreening: true } }),
    });
    const { user } = await renderApp(FORM_PATH);
    await user.click(screen.getByRole('radio', { name: 'Tosi hyvä' }));
    await user.click(screen.getByRole('radio', { name: 'Ei' }));
    await user.type(screen.getByLabelText(/Mitä haluat sanoa\?/), '  Hyvä juttu!  ');
    await user.click(screen.getByRole('button', { name: 'Lähetä' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Kiitos!' })).toBeInTheDocument();
    expect(screen.getByText('Vastauksesi on lähetetty.')).toBeInTheDocument();
    expect(
      screen.getByText('Työntekijä lukee kirjoittamasi tekstin ennen kuin kukaan muu näkee sen.'),
    ).toBeInTheDocument();
    const sent = api.calls.find((c) => c.endpoint === POST_ANSWERS)!;
    expect(sent.request.url).toContain(`/api/v1/public/participant-feedback/${TOKEN}/answers`);
    expect(sent.body).toEqual({
      locale: 'fi',
      answers: [
        { itemId: 'overall', value: 5 },
        { itemId: 'again', value: false },
        { itemId: 'comments', text: 'Hyvä juttu!' },
      ],
    } satisfies ParticipantAnswersDto);
  });

  it('speaks plain Finnish and Swedish when chosen, and sends the choice with the answers', async () => {
    const api = mockApi({
      [GET_FORM]: () => ({ body: participantForm() }),
      [POST_ANSWERS]: () => ({ status: 201, body: { textHeldForScreening: false } }),
    });
    const { user } = await renderApp(FORM_PATH);
    await user.click(screen.getByRole('button', { name: 'svenska' }));
    expect(await screen.findByRole('group', { name: /Hur var tillfället som helhet\?/ })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('sv');
    await user.click(screen.getByRole('button', { name: 'Skicka' }));
    expect(await screen.findByText('Svara på den här frågan.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'selkosuomi' }));
    expect(await screen.findByRole('group', { name: /Millainen tämä oli\?/ })).toBeInTheDocument();
    expect(screen.getByText('Vastaa tähän.')).toBeInTheDocument();
    expect(screen.getByText(/Työntekijä lukee tekstin ensin\. Sen jälkeen/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'selkosuomi' })).toHaveAttribute('aria-pressed', 'true');
    await user.click(screen.getByRole('radio', { name: 'Tosi hyvä' }));
    await user.click(screen.getByRole('button', { name: 'Lähetä' }));
    expect(await screen.findByText('Vastaus on lähetetty.')).toBeInTheDocument();
    const sent = api.calls.find((c) => c.endpoint === POST_ANSWERS)!;
    expect((sent.body as ParticipantAnswersDto).locale).toBe('selko');
  });

  it('puts the API’s field errors on their questions', async () => {
    mockApi({
      [GET_FORM]: () => ({ body: participantForm() }),
      [POST_ANSWERS]: () =>
        problem(400, 'FEEDBACK_ANSWERS_INVALID', { errors: { 'answers.0.value': ['a whole number 1–5'] } }),
    });
    const { user } = await renderApp(FORM_PATH);
    await user.click(screen.getByRole('radio', { name: 'Hyvä' }));
    await user.click(screen.getByRole('button', { name: 'Lähetä' }));
    expect(await screen.findByText('Tarkista tämä vastaus.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('radio', { name: 'Tosi huono' })).toHaveFocus());
  });

  it('says in how many minutes to try again when too many answers came from the network, keeping the answers', async () => {
    mockApi({
      [GET_FORM]: () => ({ body: participantForm() }),
      [POST_ANSWERS]: () => problem(429, 'PARTICIPANT_FEEDBACK_TOO_MANY'),
    });
    withRetryAfter('1740');
    const { user } = await renderApp(FORM_PATH);
    await user.click(screen.getByRole('radio', { name: 'Hyvä' }));
    await user.click(screen.getByRole('button', { name: 'Lähetä' }));
    const notice = await screen.findByText(
      'Tästä verkosta on tullut liian monta vastausta. Vastaustasi ei lähetetty. Yritä uudelleen 29 minuutin kuluttua.',
    );
    await waitFor(() => expect(notice).toHaveFocus());
    expect(screen.getByRole('radio', { name: 'Hyvä' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByText(/Please try again in 29 minutes\./)).toBeInTheDocument();
  });

  it('tells when the form opens (Helsinki time) before the task time has started', async () => {
    mockApi({
      [GET_FORM]: () =>
        problem(410, 'PARTICIPANT_FEEDBACK_NOT_OPEN_YET', {
          opensAt: '2026-12-01T11:00:00.000Z',
        } as Record<string, unknown>),
    });
    await renderApp(FORM_PATH);
    expect(screen.getByRole('heading', { level: 1, name: 'Palaute ei ole vielä auki' })).toBeInTheDocument();
    expect(
      screen.getByText(/Voit vastata, kun tilaisuus alkaa: .*1\. joulukuuta.*13\.00\./),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Lähetä' })).not.toBeInTheDocument();
  });

  it('says the form is closed after its window', async () => {
    mockApi({ [GET_FORM]: () => problem(410, 'PARTICIPANT_FEEDBACK_CLOSED') });
    const { user } = await renderApp(FORM_PATH);
    expect(screen.getByRole('heading', { level: 1, name: 'Palaute on suljettu' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'selkosuomi' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Et voi enää vastata' })).toBeInTheDocument();
  });

  it('says the form closed when it closes while being answered', async () => {
    mockApi({
      [GET_FORM]: () => ({ body: participantForm() }),
      [POST_ANSWERS]: () => problem(410, 'PARTICIPANT_FEEDBACK_CLOSED'),
    });
    const { user } = await renderApp(FORM_PATH);
    await user.click(screen.getByRole('radio', { name: 'Hyvä' }));
    await user.click(screen.getByRole('button', { name: 'Lähetä' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Palaute on suljettu' })).toBeInTheDocument();
  });

  it('says an unknown link is not in use', async () => {
    mockApi({ [GET_FORM]: () => problem(404, 'PARTICIPANT_LINK_NOT_FOUND') });
    await renderApp('/p/not-a-link');
    expect(
      screen.getByRole('heading', { level: 1, name: 'Tämä linkki ei ole käytössä' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
  });
});

function link(overrides: Partial<ParticipantLinkDto> = {}): ParticipantLinkDto {
  return {
    token: TOKEN,
    url: URL,
    occurrenceId: OCCURRENCE,
    orderId: ORDER_ID,
    title: 'Juttupenkki psykiatrian osastolla 2',
    startsAt: '2026-11-18T11:00:00.000Z',
    opensAt: '2026-11-18T11:00:00.000Z',
    closesAt: '2026-12-02T13:00:00.000Z',
    answerCount: 14,
    ...overrides,
  };
}

describe('the printable QR sheet', () => {
  it('makes the link and shows its QR code, the address, the task and how to answer in Finnish and Swedish', async () => {
    const api = mockApi({ 'POST /api/v1/participant-feedback/links': () => ({ body: link() }) });
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const { user } = await renderApp(
      `/participant-feedback/${OCCURRENCE}/sheet`,
      me(['orderer'], { unitIds: ['00000000-0000-4000-8000-000000000999'] }),
    );
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Osallistujapalaute (QR)' }),
    ).toBeInTheDocument();
    const sheet = await screen.findByTestId('participant-sheet');
    const qr = await within(sheet).findByRole('img', { name: `QR-koodi, joka avaa osoitteen ${URL}` });
    expect(qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
    expect(decodeURIComponent(qr.getAttribute('src')!)).toContain('<svg');
    expect(within(sheet).getByText(URL)).toBeInTheDocument();
    expect(within(sheet).getByText('Juttupenkki psykiatrian osastolla 2')).toBeInTheDocument();
    expect(within(sheet).getByText(/18\.11\.2026/)).toBeInTheDocument();
    expect(
      within(sheet).getByRole('heading', { name: 'Kerro, mitä ajattelit!' }).closest('[lang]'),
    ).toHaveAttribute('lang', 'fi');
    expect(
      within(sheet).getByRole('heading', { name: 'Berätta vad du tyckte!' }).closest('[lang]'),
    ).toHaveAttribute('lang', 'sv');
    expect(screen.getByText(/Vastauksia tähän mennessä: 14/)).toBeInTheDocument();
    const made = api.calls.find((c) => c.endpoint === 'POST /api/v1/participant-feedback/links')!;
    expect(made.body).toEqual({ occurrenceId: OCCURRENCE });
    await user.click(screen.getByRole('button', { name: 'Tulosta' }));
    expect(print).toHaveBeenCalledOnce();
    print.mockRestore();
  });

  it('says no access when the API refuses the link', async () => {
    mockApi({
      'POST /api/v1/participant-feedback/links': () => problem(403, 'PARTICIPANT_LINK_NOT_YOURS'),
    });
    await renderApp(`/participant-feedback/${OCCURRENCE}/sheet`, me(['orderer']));
    expect(await screen.findByRole('heading', { level: 1, name: 'Ei käyttöoikeutta' })).toBeInTheDocument();
  });

  it('is offered on the order’s live times to the ordering unit, and leads to the sheet', async () => {
    const ward = unit({ name: 'Psykiatrian osasto 3', kind: 'unit' });
    const order = orderWithTimes(ward);
    mockApi({
      ...catalogHandlers(),
      'GET /api/v1/products': () => ({ body: { items: [] } }),
      'GET /api/v1/units': () => ({ body: { items: [ward], nextCursor: null } }),
      'GET /api/v1/orders/{id}': () => ({ body: order }),
      'GET /api/v1/orders/{id}/timeline': () => ({ body: { items: [] } }) as never,
      'GET /api/v1/orders/{id}/messages': () => ({ body: { items: [], nextCursor: null } }),
      'GET /api/v1/assignments': () => ({ body: { items: [], nextCursor: null } }),
      'POST /api/v1/participant-feedback/links': () => ({ body: link() }),
    });
    const { user } = await renderApp(`/orders/${ORDER_ID}`, me(['orderer'], { unitIds: [ward.id] }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Juttupenkki psykiatrian osastolla 2' }),
    ).toBeInTheDocument();
    // the live time has it; the cancelled one and the one whose window closed long ago do not
    const links = await screen.findAllByRole('link', { name: /^Osallistujapalaute \(QR\)/ });
    expect(links).toHaveLength(1);
    expect(links[0]).toHaveAccessibleName(/Osallistujapalaute \(QR\): .*18\.11\.2026.*Osasto 1/);
    await user.click(links[0]);
    expect(await screen.findByTestId('participant-sheet')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Takaisin tilaukseen' })).toBeInTheDocument();
  });
});

function orderWithTimes(ward: { id: string; name: string }): OrderDto {
  const time = (id: string, startsAt: string, endsAt: string, place: string, cancelled = false) => ({
    id,
    startsAt,
    endsAt,
    place,
    status: cancelled ? ('cancelled' as const) : ('delivered' as const),
    cancelledAt: cancelled ? '2026-11-10T08:00:00.000Z' : null,
    cancelReason: cancelled ? 'Osasto suljettu' : null,
    lateCancellation: false,
  });
  const occurrences = [
    time(
      '00000000-0000-4000-d000-000000000099',
      '2026-10-06T10:00:00.000Z',
      '2026-10-06T12:00:00.000Z',
      'Osasto 1',
    ),
    time(OCCURRENCE, '2026-11-18T11:00:00.000Z', '2026-11-18T13:00:00.000Z', 'Osasto 1'),
    time(
      '00000000-0000-4000-d000-000000000102',
      '2026-11-18T11:00:00.000Z',
      '2026-11-18T13:00:00.000Z',
      'Osasto 2',
      true,
    ),
  ];
  return {
    id: ORDER_ID,
    number: 'T-2026-000101',
    status: 'delivered',
    title: 'Juttupenkki psykiatrian osastolla 2',
    unit: { id: ward.id, name: ward.name },
    productCode: 'chat_bench',
    municipalityCode: '179',
    startsAt: occurrences[0].startsAt,
    endsAt: occurrences.at(-1)!.endsAt,
    occurrenceCount: occurrences.length,
    expertCount: 2,
    submittedAt: '2026-09-20T08:00:00.000Z',
    answerDueAt: null,
    nextStep: { step: 'close', owner: 'coordinator', dueAt: null },
    createdAt: '2026-09-20T08:00:00.000Z',
    costCentre: 'JS-2110',
    contactUserId: '00000000-0000-4000-8000-000000000001',
    contactName: 'Mikko Lehtonen',
    contactPhone: null,
    contactEmail: 'orderer@kokemus.test',
    description: null,
    purpose: null,
    audience: null,
    audienceSize: null,
    mode: 'in_person',
    place: 'Keskussairaala',
    remoteLink: null,
    languageCode: 'fi',
    areas: [],
    wishedTierCode: null,
    preparationNeeds: null,
    accessibilityNeeds: null,
    resultsReturn: null,
    suitableForMinors: false,
    demanding: false,
    worksWithMinors: false,
    wishedExpertId: null,
    excludedExpertIds: [],
    series: null,
    occurrences,
    attachments: [],
    answeredAt: null,
    cancelledAt: null,
    cancelReason: null,
    lateCancellation: false,
    deliveredAt: null,
    closedAt: null,
    updatedAt: '2026-11-20T08:00:00.000Z',
    version: 3,
  };
}

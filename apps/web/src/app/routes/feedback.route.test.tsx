import type {
  AnswerFeedbackRequestDto,
  CreateDebriefRequestDto,
  DebriefRequestDto,
  FeedbackRequestDto,
  MoveDebriefRequestDto,
  QuestionnaireDto,
  QuestionnaireItemDto,
} from '@kokemus/api-client';
import { screen, waitFor, within } from '@testing-library/react';
import { i18n } from '../../shared/i18n/i18n';
import { mockApi, problem } from '../../test/api-mock';
import { me } from '../../test/fixtures';
import { renderApp } from '../../test/render-app';

const ID = '00000000-0000-4000-a000-000000000201';
const TASK = '00000000-0000-4000-a000-000000000301';

function debrief(overrides: Partial<DebriefRequestDto> = {}): DebriefRequestDto {
  return {
    id: ID,
    expertId: '00000000-0000-4000-a000-000000000101',
    expertName: 'Liisa Virtanen',
    task: { id: TASK, title: 'Juttupenkki', startsAt: '2026-11-24T10:00:00.000Z' },
    contact: 'phone',
    message: 'Kerroin omasta masennuksestani ja olo jäi raskaaksi.',
    status: 'open',
    requestedAt: '2026-11-25T14:00:00.000Z',
    dueAt: '2026-11-26T14:00:00.000Z',
    overdue: false,
    takenByName: null,
    takenAt: null,
    doneAt: null,
    note: null,
    allowedMoves: ['take', 'done'],
    version: 1,
    ...overrides,
  };
}

const task = {
  id: TASK,
  orderId: '00000000-0000-4000-a000-000000000401',
  orderNumber: 'T-2026-0042',
  occurrenceId: '00000000-0000-4000-a000-000000000501',
  expertId: '00000000-0000-4000-a000-000000000101',
  startsAt: '2026-11-24T10:00:00.000Z',
  endsAt: '2026-11-24T12:00:00.000Z',
  status: 'completed',
  title: 'Juttupenkki',
};

describe('asking to talk to someone', () => {
  it('asks how to be reached first, then sends the request with the task and says by when someone calls', async () => {
    let mine: DebriefRequestDto[] = [];
    const api = mockApi({
      'GET /api/v1/debrief-requests': () => ({ body: { items: mine, nextCursor: null } }),
      'GET /api/v1/assignments': () => ({ body: { items: [task], nextCursor: null } }) as never,
      'POST /api/v1/debrief-requests': ({ body }) => {
        const b = body as CreateDebriefRequestDto;
        mine = [debrief({ contact: b.contact, allowedMoves: [], message: b.message ?? null })];
        return { status: 201, body: mine[0] };
      },
    });
    const { user } = await renderApp('/talk', me(['expert']));
    expect(document.title).toBe('Haluan jutella jonkun kanssa – Kokemus');
    expect(screen.getByText(/soita 112/)).toBeInTheDocument();
    expect(await screen.findByText('Et ole vielä pyytänyt keskustelua.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Lähetä pyyntö' }));
    expect(await screen.findByText('Valitse, miten sinuun otetaan yhteyttä.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('radio', { name: 'Puhelimella' })).toHaveFocus());
    expect(api.calls.some((c) => c.endpoint === 'POST /api/v1/debrief-requests')).toBe(false);

    await user.click(screen.getByRole('radio', { name: 'Puhelimella' }));
    await screen.findByRole('option', { name: /Juttupenkki/ });
    await user.selectOptions(screen.getByLabelText(/Mihin tehtävään/), TASK);
    await user.type(screen.getByLabelText(/Mitä haluat kertoa/), 'Olo jäi raskaaksi.');
    await user.click(screen.getByRole('button', { name: 'Lähetä pyyntö' }));
    expect(
      await screen.findByText(/Pyyntösi on lähetetty\. Koordinaattori ottaa sinuun yhteyttä viimeistään/),
    ).toBeInTheDocument();
    const sent = api.calls.find((c) => c.endpoint === 'POST /api/v1/debrief-requests')!;
    expect(sent.body).toEqual({ contact: 'phone', assignmentId: TASK, message: 'Olo jäi raskaaksi.' });
    const list = await screen.findByTestId('debrief-list');
    expect(within(list).getByText('Odottaa')).toBeInTheDocument();
  });

  it('opens with the task chosen from the task’s own link', async () => {
    mockApi({
      'GET /api/v1/debrief-requests': () => ({ body: { items: [], nextCursor: null } }),
      'GET /api/v1/assignments': () => ({ body: { items: [task], nextCursor: null } }) as never,
    });
    await renderApp(`/talk?task=${TASK}`, me(['expert']));
    await screen.findByRole('option', { name: /Juttupenkki/ });
    expect(screen.getByLabelText(/Mihin tehtävään/)).toHaveValue(TASK);
  });

  it('is in the expert’s menu and not in an orderer’s', async () => {
    mockApi({ 'GET /api/v1/debrief-requests': () => ({ body: { items: [], nextCursor: null } }) });
    await renderApp('/talk', me(['orderer']));
    expect(await screen.findByRole('heading', { level: 1 })).not.toHaveTextContent('Haluan jutella');
  });
});

describe('the coordinators’ requests to talk', () => {
  it('lists the requests, the late marked, and opens one to take it on with If-Match', async () => {
    let current = debrief({ overdue: true });
    const api = mockApi({
      'GET /api/v1/debrief-requests': () => ({ body: { items: [current], nextCursor: null } }),
      'GET /api/v1/debrief-requests/{id}': () => ({ body: current }),
      'POST /api/v1/debrief-requests/{id}/moves': ({ body }) => {
        const b = body as MoveDebriefRequestDto;
        current = debrief({
          status: 'taken',
          takenByName: 'Testi Henkilö',
          allowedMoves: ['take', 'done'],
          note: b.note ?? null,
          version: 2,
        });
        return { body: current };
      },
    });
    const { user } = await renderApp('/debriefs', me(['coordinator']));
    const list = await screen.findByTestId('debrief-list');
    expect(within(list).getByText(/Myöhässä: piti vastata/)).toBeInTheDocument();
    await user.click(within(list).getByRole('link', { name: 'Liisa Virtanen' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Liisa Virtanen' })).toBeInTheDocument();
    expect(screen.getByText('Kerroin omasta masennuksestani ja olo jäi raskaaksi.')).toBeInTheDocument();
    expect(screen.getByText('Puhelimella')).toBeInTheDocument();
    await user.type(screen.getByLabelText(/Oma muistiinpano/), 'Soitan iltapäivällä.');
    await user.click(screen.getByRole('button', { name: 'Otan hoitaakseni' }));
    expect(await screen.findByText(/Otit pyynnön hoitaaksesi/)).toBeInTheDocument();
    const moved = api.calls.find((c) => c.endpoint === 'POST /api/v1/debrief-requests/{id}/moves')!;
    expect(moved.request.headers.get('If-Match')).toBe('"1"');
    expect(moved.body).toEqual({ move: 'take', note: 'Soitan iltapäivällä.' });
    expect(await screen.findByText('Hoitaa')).toBeInTheDocument(); // the request, read again, shows who took it on
  });

  it('says when someone else changed it meanwhile', async () => {
    mockApi({
      'GET /api/v1/debrief-requests/{id}': () => ({ body: debrief() }),
      'POST /api/v1/debrief-requests/{id}/moves': () => problem(409, 'DEBRIEF_MOVE_NOT_ALLOWED'),
    });
    const { user } = await renderApp(`/debriefs/${ID}`, me(['coordinator']));
    await user.click(await screen.findByRole('button', { name: 'Merkitse käydyksi' }));
    expect(await screen.findByTestId('problem-alert')).toHaveTextContent('Pyyntö on jo käyty.');
  });
});

const REQUEST = '00000000-0000-4000-a000-000000000601';
const OTHER = '00000000-0000-4000-a000-000000000602';

function questionnaire(respondent: 'expert' | 'orderer'): QuestionnaireDto {
  const text = (fi: string, sv: string, en: string) => ({ fi, sv, en });
  const items: QuestionnaireItemDto[] =
    respondent === 'expert'
      ? [
          {
            id: 'went-well',
            kind: 'rating',
            theme: null,
            required: true,
            text: text('Miten tehtävä meni?', 'Hur gick uppdraget?', 'How did the task go?'),
          },
          {
            id: 'felt-safe',
            kind: 'scale',
            theme: 'turvallisuus',
            required: true,
            text: text('Tunsin oloni turvalliseksi.', 'Jag kände mig trygg.', 'I felt safe.'),
          },
          {
            id: 'load',
            kind: 'load',
            theme: 'tuki',
            required: true,
            text: text('Kuinka raskas tehtävä oli?', 'Hur tungt var uppdraget?', 'How heavy was the task?'),
          },
          {
            id: 'mood',
            kind: 'emoji',
            theme: null,
            required: false,
            text: text(
              'Millainen olo sinulle jäi?',
              'Hur kändes det efteråt?',
              'How did you feel afterwards?',
            ),
          },
          {
            id: 'again',
            kind: 'yesno',
            theme: null,
            required: false,
            text: text(
              'Tekisitkö tällaisen tehtävän uudelleen?',
              'Skulle du göra det igen?',
              'Would you do it again?',
            ),
          },
          {
            id: 'comments',
            kind: 'text',
            theme: null,
            required: false,
            text: text('Haluatko kertoa jotain muuta?', 'Vill du berätta något annat?', 'Anything else?'),
          },
        ]
      : [
          {
            id: 'as-ordered',
            kind: 'scale',
            theme: null,
            required: true,
            text: text(
              'Tehtävä toteutui niin kuin tilasimme.',
              'Uppdraget genomfördes som vi beställde det.',
              'The task went as we ordered it.',
            ),
          },
          {
            id: 'comments',
            kind: 'text',
            theme: null,
            required: false,
            text: text('Muuta palautetta', 'Annan respons', 'Anything else'),
          },
        ];
  return {
    id: `00000000-0000-4000-a000-00000000070${respondent === 'expert' ? 1 : 2}`,
    key: `${respondent}-after-task`,
    audience: respondent,
    version: 1,
    current: true,
    locked: true,
    source: null,
    createdAt: '2026-01-01T00:00:00.000Z',
    title:
      respondent === 'expert'
        ? text('Miten tehtävä meni?', 'Hur gick uppdraget?', 'How did the task go?')
        : text('Tilaajan palaute', 'Beställarens respons', 'The orderer’s feedback'),
    items,
  };
}

function feedbackRequest(overrides: Partial<FeedbackRequestDto> = {}): FeedbackRequestDto {
  const respondent = overrides.respondent ?? 'expert';
  return {
    id: REQUEST,
    respondent,
    status: 'open',
    askedAt: '2026-11-24T14:00:00.000Z',
    answeredAt: null,
    answers: [],
    complaintId: null,
    debriefRequestId: null,
    expertName: 'Liisa Virtanen',
    unitName: 'Psykiatrian poliklinikka',
    task: {
      id: TASK,
      orderId: '00000000-0000-4000-a000-000000000401',
      title: 'Juttupenkki',
      startsAt: '2026-11-24T10:00:00.000Z',
      place: 'Kirjasto, Kauppakatu 1',
    },
    questionnaire: questionnaire(respondent),
    version: 1,
    ...overrides,
  };
}

describe('my feedback requests', () => {
  it('lists them, the open first, with the task, its time, who it was with and the status; shows more', async () => {
    const api = mockApi({
      'GET /api/v1/feedback/requests': ({ url }) =>
        url.searchParams.get('cursor') === 'c2'
          ? {
              body: {
                items: [
                  feedbackRequest({
                    id: OTHER,
                    status: 'answered',
                    answeredAt: '2026-11-02T08:00:00.000Z',
                    task: { ...feedbackRequest().task, title: 'Koulutuspäivä' },
                  }),
                ],
                nextCursor: null,
              },
            }
          : { body: { items: [feedbackRequest()], nextCursor: 'c2' } },
    });
    const { user } = await renderApp('/feedback', me(['expert']));
    expect(document.title).toBe('Palautteet – Kokemus');
    const nav = screen.getByRole('navigation', { name: 'Päävalikko' });
    expect(within(nav).getByRole('link', { name: 'Palautteet' })).toHaveAttribute('aria-current', 'page');
    const list = await screen.findByTestId('feedback-request-list');
    expect(within(list).getByRole('link', { name: 'Juttupenkki' })).toHaveAttribute(
      'href',
      `/feedback/${REQUEST}`,
    );
    expect(
      within(list).getByText(/24\.11\.2026 klo 12\.00 · Tilaaja: Psykiatrian poliklinikka/),
    ).toBeInTheDocument();
    expect(within(list).getByText('Palautettava')).toBeInTheDocument();
    expect(api.calls[0].request.url).toContain('limit=20');

    await user.click(screen.getByRole('button', { name: 'Näytä lisää' }));
    expect(await screen.findByRole('link', { name: 'Koulutuspäivä' })).toBeInTheDocument();
    expect(screen.getByText(/^Vastattu 2\.11\.2026/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Näytä lisää' })).not.toBeInTheDocument();
  });

  it('names the expert to an orderer', async () => {
    mockApi({
      'GET /api/v1/feedback/requests': () => ({
        body: { items: [feedbackRequest({ respondent: 'orderer' })], nextCursor: null },
      }),
    });
    await renderApp('/feedback', me(['orderer']));
    expect(await screen.findByText(/Kokemusasiantuntija: Liisa Virtanen/)).toBeInTheDocument();
  });

  it('says when there is nothing to answer', async () => {
    mockApi({ 'GET /api/v1/feedback/requests': () => ({ body: { items: [], nextCursor: null } }) });
    await renderApp('/feedback', me(['approver']));
    expect(await screen.findByText('Sinulla ei ole vielä palautettavaa.')).toBeInTheDocument();
  });
});

describe('answering “How did it go?”', () => {
  it('asks the required questions first and sends nothing while one is left empty', async () => {
    const api = mockApi({ 'GET /api/v1/feedback/requests/{id}': () => ({ body: feedbackRequest() }) });
    const { user } = await renderApp(`/feedback/${REQUEST}`, me(['expert']));
    expect(await screen.findByRole('heading', { level: 1, name: 'Miten tehtävä meni?' })).toBeInTheDocument();
    expect(screen.getByText(/soita 112/)).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: '4 Hyvä' }));
    await user.click(screen.getByRole('button', { name: 'Lähetä palaute' }));
    const safe = screen.getByRole('group', { name: /Tunsin oloni turvalliseksi\. \(pakollinen\)/ });
    expect(within(safe).getByText('Vastaa tähän kohtaan.')).toBeInTheDocument();
    await waitFor(() => expect(within(safe).getByRole('radio', { name: /^1 / })).toHaveFocus());
    const load = screen.getByRole('group', { name: /Kuinka raskas/ });
    expect(within(load).getByText('Vastaa tähän kohtaan.')).toBeInTheDocument();
    // answered and optional questions carry no message
    expect(
      within(screen.getByRole('group', { name: /^Miten tehtävä meni/ })).queryByText(/Vastaa/),
    ).toBeNull();
    expect(within(screen.getByRole('group', { name: /Millainen olo/ })).queryByText(/Vastaa/)).toBeNull();
    expect(api.calls.some((c) => c.endpoint === 'POST /api/v1/feedback/requests/{id}/answers')).toBe(false);

    // choosing an answer takes its message away
    await user.click(within(safe).getByRole('radio', { name: '5 Täysin samaa mieltä' }));
    expect(within(safe).queryByText('Vastaa tähän kohtaan.')).toBeNull();
  });

  it('sends the expert’s answers as numbers, yes/no and trimmed text, with the wish to talk, and thanks', async () => {
    let current = feedbackRequest();
    const api = mockApi({
      'GET /api/v1/feedback/requests/{id}': () => ({ body: current }),
      'POST /api/v1/feedback/requests/{id}/answers': ({ body }) => {
        const b = body as AnswerFeedbackRequestDto;
        current = feedbackRequest({
          status: 'answered',
          answeredAt: '2026-11-26T10:00:00.000Z',
          answers: b.answers,
          debriefRequestId: b.wantsToTalk ? ID : null,
          version: 2,
        });
        return { body: current };
      },
    });
    const { user } = await renderApp(`/feedback/${REQUEST}`, me(['expert']));
    await screen.findByRole('heading', { level: 1, name: 'Miten tehtävä meni?' });
    await user.click(screen.getByRole('radio', { name: '4 Hyvä' }));
    await user.click(screen.getByRole('radio', { name: '2 Jokseenkin eri mieltä' }));
    // the load question, with the keyboard: into the group, then the arrow keys
    const load = screen.getByRole('group', { name: /Kuinka raskas/ });
    await user.click(within(load).getByRole('radio', { name: '3 Ei kevyt eikä raskas' }));
    await user.keyboard('{ArrowRight}');
    expect(within(load).getByRole('radio', { name: '4 Raskas' })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'Tosi hyvä' }));
    await user.click(screen.getByRole('radio', { name: 'Ei' }));
    await user.type(screen.getByLabelText(/Haluatko kertoa jotain muuta/), '  Ilta jäi mieleen.  ');

    // asking to talk: how to be reached is asked
    await user.click(screen.getByRole('checkbox', { name: /Haluan jutella jonkun kanssa tästä tehtävästä/ }));
    await user.click(screen.getByRole('button', { name: 'Lähetä palaute' }));
    expect(await screen.findByText('Valitse, miten sinuun otetaan yhteyttä.')).toBeInTheDocument();
    expect(api.calls.some((c) => c.endpoint === 'POST /api/v1/feedback/requests/{id}/answers')).toBe(false);
    await user.click(screen.getByRole('radio', { name: 'Tavataan' }));
    await user.click(screen.getByRole('button', { name: 'Lähetä palaute' }));

    const thanks = await screen.findByText(/Kiitos! Palautteesi on tallessa\./);
    expect(thanks).toHaveTextContent(/viimeistään seuraavana arkipäivänä/);
    const status = thanks.closest('[role="status"]') as HTMLElement;
    await waitFor(() => expect(status).toHaveFocus());
    const sent = api.calls.find((c) => c.endpoint === 'POST /api/v1/feedback/requests/{id}/answers')!;
    expect(sent.body).toEqual({
      answers: [
        { itemId: 'went-well', value: 4 },
        { itemId: 'felt-safe', value: 2 },
        { itemId: 'load', value: 4 },
        { itemId: 'mood', value: 5 },
        { itemId: 'again', value: false },
        { itemId: 'comments', text: 'Ilta jäi mieleen.' },
      ],
      wantsToTalk: true,
      contact: 'meeting',
    });
    const answers = await screen.findByTestId('feedback-answers');
    expect(within(answers).getByText('4 – Hyvä')).toBeInTheDocument();
    expect(within(answers).getByText('😄 Tosi hyvä')).toBeInTheDocument();
    expect(within(answers).getByText('Ilta jäi mieleen.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Lähetä palaute' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Katso keskustelupyyntösi' })).toHaveAttribute('href', '/talk');
  });

  it('offers the orderer no talk, and shows what the API rejects beside its question', async () => {
    const api = mockApi({
      'GET /api/v1/feedback/requests/{id}': () => ({ body: feedbackRequest({ respondent: 'orderer' }) }),
      'POST /api/v1/feedback/requests/{id}/answers': () =>
        problem(400, 'FEEDBACK_ANSWERS_INVALID', { errors: { 'answers.0.value': ['a whole number 1–5'] } }),
    });
    const { user } = await renderApp(`/feedback/${REQUEST}`, me(['orderer']));
    expect(await screen.findByRole('heading', { level: 1, name: 'Tilaajan palaute' })).toBeInTheDocument();
    expect(screen.getByText('Liisa Virtanen')).toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: /Haluan jutella/ })).not.toBeInTheDocument();
    expect(screen.queryByText(/soita 112/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: '5 Täysin samaa mieltä' }));
    await user.click(screen.getByRole('button', { name: 'Lähetä palaute' }));
    expect(await screen.findByTestId('problem-alert')).toHaveTextContent('Tarkista merkityt vastaukset.');
    const asOrdered = screen.getByRole('group', { name: /Tehtävä toteutui/ });
    expect(within(asOrdered).getByText('Tarkista tämä vastaus.')).toBeInTheDocument();
    const sent = api.calls.find((c) => c.endpoint === 'POST /api/v1/feedback/requests/{id}/answers')!;
    expect(sent.body).toEqual({ answers: [{ itemId: 'as-ordered', value: 5 }] });
  });

  it('lets the orderer say something went wrong, asks what happened, and sends it as a complaint', async () => {
    let current = feedbackRequest({ respondent: 'orderer' });
    const api = mockApi({
      'GET /api/v1/feedback/requests/{id}': () => ({ body: current }),
      'POST /api/v1/feedback/requests/{id}/answers': ({ body }) => {
        const b = body as AnswerFeedbackRequestDto;
        current = feedbackRequest({
          respondent: 'orderer',
          status: 'answered',
          answeredAt: '2026-11-26T10:00:00.000Z',
          answers: b.answers,
          complaintId: b.somethingWrong ? ID : null,
          version: 2,
        });
        return { body: current };
      },
    });
    const { user } = await renderApp(`/feedback/${REQUEST}`, me(['orderer']));
    await screen.findByRole('heading', { level: 1, name: 'Tilaajan palaute' });
    await user.click(screen.getByRole('radio', { name: '2 Jokseenkin eri mieltä' }));
    await user.click(screen.getByRole('checkbox', { name: /Jotain meni pieleen/ }));
    // ticked but not told: asked what happened, nothing sent
    await user.click(screen.getByRole('button', { name: 'Lähetä palaute' }));
    expect(await screen.findByText('Kerro lyhyesti, mitä tapahtui.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByLabelText(/Mitä tapahtui\?/)).toHaveFocus());
    expect(api.calls.some((c) => c.endpoint === 'POST /api/v1/feedback/requests/{id}/answers')).toBe(false);
    await user.type(screen.getByLabelText(/Mitä tapahtui\?/), '  Asiantuntija ei tullut sovittuun aikaan.  ');
    await user.click(screen.getByRole('button', { name: 'Lähetä palaute' }));
    expect(await screen.findByText(/Koordinaattorit käsittelevät asian/)).toBeInTheDocument();
    const sent = api.calls.find((c) => c.endpoint === 'POST /api/v1/feedback/requests/{id}/answers')!;
    expect(sent.body).toEqual({
      answers: [{ itemId: 'as-ordered', value: 2 }],
      somethingWrong: 'Asiantuntija ei tullut sovittuun aikaan.',
    });
    expect(
      await screen.findByText(/Kerroit palautteen yhteydessä, että jotain meni pieleen/),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Katso muistutuksesi' })).toHaveAttribute(
      'href',
      `/complaints/${ID}`,
    );
  });

  it('shows the answers read only once answered', async () => {
    mockApi({
      'GET /api/v1/feedback/requests/{id}': () => ({
        body: feedbackRequest({
          status: 'answered',
          answeredAt: '2026-11-25T08:00:00.000Z',
          answers: [
            { itemId: 'went-well', value: 5 },
            { itemId: 'felt-safe', value: 4 },
            { itemId: 'load', value: 1 },
            { itemId: 'again', value: true },
          ],
        }),
      }),
    });
    await renderApp(`/feedback/${REQUEST}`, me(['expert']));
    const answers = await screen.findByTestId('feedback-answers');
    expect(within(answers).getByText('5 – Erinomainen')).toBeInTheDocument();
    expect(within(answers).getByText('4 – Jokseenkin samaa mieltä')).toBeInTheDocument();
    expect(within(answers).getByText('1 – Kevyt')).toBeInTheDocument();
    expect(within(answers).getByText('Kyllä')).toBeInTheDocument();
    expect(within(answers).getAllByText('Ei vastausta')).toHaveLength(2);
    expect(screen.getByText(/^Vastattu 25\.11\.2026/)).toBeInTheDocument();
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Lähetä palaute' })).not.toBeInTheDocument();
  });

  it('shows the answers given before when it was answered meanwhile (409)', async () => {
    let current = feedbackRequest({ respondent: 'orderer' });
    mockApi({
      'GET /api/v1/feedback/requests/{id}': () => ({ body: current }),
      'POST /api/v1/feedback/requests/{id}/answers': () => {
        current = feedbackRequest({
          respondent: 'orderer',
          status: 'answered',
          answeredAt: '2026-11-26T09:00:00.000Z',
          answers: [{ itemId: 'as-ordered', value: 3 }],
        });
        return problem(409, 'FEEDBACK_ALREADY_ANSWERED');
      },
    });
    const { user } = await renderApp(`/feedback/${REQUEST}`, me(['orderer']));
    await screen.findByRole('heading', { level: 1, name: 'Tilaajan palaute' });
    await user.click(screen.getByRole('radio', { name: '5 Täysin samaa mieltä' }));
    await user.click(screen.getByRole('button', { name: 'Lähetä palaute' }));
    expect(await screen.findByText(/Olet jo antanut palautteen tästä tehtävästä/)).toBeInTheDocument();
    const answers = await screen.findByTestId('feedback-answers');
    expect(within(answers).getByText('3 – En samaa enkä eri mieltä')).toBeInTheDocument();
  });

  it('says so when the request is not found', async () => {
    mockApi({
      'GET /api/v1/feedback/requests/{id}': () => problem(404, 'FEEDBACK_REQUEST_NOT_FOUND'),
    });
    await renderApp(`/feedback/${REQUEST}`, me(['expert']));
    expect(await screen.findByText(/Palautepyyntöä ei löytynyt/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Kaikki palautteet' })).toHaveAttribute('href', '/feedback');
  });

  it('asks in Swedish when the UI is in Swedish', async () => {
    mockApi({ 'GET /api/v1/feedback/requests/{id}': () => ({ body: feedbackRequest() }) });
    await i18n.changeLanguage('sv'); // back to Finnish after each test (test-setup)
    await renderApp(`/feedback/${REQUEST}`, me(['expert'], { locale: 'sv' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Hur gick uppdraget?' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: /Jag kände mig trygg\. \(obligatorisk\)/ })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: '5 Helt av samma åsikt' })).toBeInTheDocument();
  });
});

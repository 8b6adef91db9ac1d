import type { ComplaintDto, MoveComplaintDto } from '@kokemus/api-client';
import { screen, waitFor, within } from '@testing-library/react';
import { mockApi, problem } from '../../test/api-mock';
import { me } from '../../test/fixtures';
import { renderApp } from '../../test/render-app';

const ID = '00000000-0000-4000-a000-000000000801';
const ANSWERED = '00000000-0000-4000-a000-000000000802';
const OLDER = '00000000-0000-4000-a000-000000000803';
const WORDS = 'Kokemusasiantuntija saapui puoli tuntia myöhässä, eikä kukaan ilmoittanut meille.';

function complaint(overrides: Partial<ComplaintDto> = {}): ComplaintDto {
  return {
    id: ID,
    status: 'received',
    task: {
      id: '00000000-0000-4000-a000-000000000301',
      orderId: '00000000-0000-4000-a000-000000000401',
      title: 'Osastotunti',
      startsAt: '2026-11-24T10:00:00.000Z',
      place: 'Osasto 2, Keskussairaala',
    },
    expertName: 'Liisa Virtanen',
    unitName: 'Osasto 2',
    receivedAt: '2026-11-26T08:00:00.000Z',
    text: WORDS,
    answer: null,
    answeredAt: null,
    viewQuestion: null,
    viewAskedAt: null,
    expertView: null,
    viewGivenAt: null,
    outcome: null,
    outcomeNote: null,
    closedAt: null,
    handledByName: null,
    allowedMoves: ['answer', 'ask_expert', 'close'],
    version: 1,
    ...overrides,
  };
}

const answered = (overrides: Partial<ComplaintDto> = {}) =>
  complaint({
    status: 'answered',
    answer: 'Pahoittelemme. Olemme sopineet, että myöhästymisestä ilmoitetaan aina osastolle.',
    answeredAt: '2026-11-27T09:00:00.000Z',
    handledByName: 'Testi Henkilö',
    allowedMoves: ['ask_expert', 'close'],
    version: 2,
    ...overrides,
  });

describe('the coordinators’ complaints', () => {
  it('lists the received first with task, unit, expert, when and state; shows more and filters by state', async () => {
    const api = mockApi({
      'GET /api/v1/complaints': ({ url }) => {
        const status = url.searchParams.get('status');
        if (url.searchParams.get('cursor') === 'next-1')
          return {
            body: {
              items: [answered({ id: OLDER, task: { ...complaint().task, title: 'Juttupenkki' } })],
              nextCursor: null,
            },
          };
        if (status === 'answered') return { body: { items: [answered({ id: ANSWERED })], nextCursor: null } };
        return { body: { items: [complaint(), answered({ id: ANSWERED })], nextCursor: 'next-1' } };
      },
    });
    const { user } = await renderApp('/complaints', me(['coordinator']));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Muistutukset');
    const list = await screen.findByTestId('complaint-list');
    const [first, second] = within(list).getAllByRole('listitem');
    expect(within(first).getByRole('link', { name: 'Osastotunti' })).toHaveAttribute(
      'href',
      `/complaints/${ID}`,
    );
    expect(first).toHaveTextContent('Saapunut');
    expect(first).toHaveTextContent('Tilaaja: Osasto 2');
    expect(first).toHaveTextContent('Kokemusasiantuntija: Liisa Virtanen');
    expect(first).toHaveTextContent(/Saapui 26\.11\.2026/);
    expect(first).toHaveTextContent(/Tehtävä 24\.11\.2026/);
    expect(second).toHaveTextContent('Vastattu');
    // the orderer's words stay on the complaint's own page
    expect(screen.queryByText(WORDS)).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Näytä lisää' }));
    const more = await within(list).findByRole('link', { name: 'Juttupenkki' });
    await waitFor(() => expect(more).toHaveFocus());
    expect(api.calls.some((c) => new URL(c.request.url).searchParams.get('cursor') === 'next-1')).toBe(true);
    expect(screen.queryByRole('button', { name: 'Näytä lisää' })).not.toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Näytä'), 'answered');
    await waitFor(() =>
      expect(within(screen.getByTestId('complaint-list')).getAllByRole('listitem')).toHaveLength(1),
    );
    expect(screen.getByTestId('complaint-list')).toHaveTextContent('Vastattu');
    expect(screen.getByTestId('complaint-list')).not.toHaveTextContent('Saapunut');
    const filtered = api.calls.filter((c) => c.endpoint === 'GET /api/v1/complaints').at(-1)!;
    expect(new URL(filtered.request.url).searchParams.get('status')).toBe('answered');
  });

  it('says what is missing beside the field, then answers with If-Match and the words; the focus goes to what happened', async () => {
    let current = complaint();
    const api = mockApi({
      'GET /api/v1/complaints/{id}': () => ({ body: current }),
      'GET /api/v1/complaints': () => ({ body: { items: [current], nextCursor: null } }),
      'POST /api/v1/complaints/{id}/moves': ({ body }) => {
        current = answered({ answer: (body as MoveComplaintDto).text ?? null });
        return { body: current };
      },
    });
    const { user } = await renderApp(`/complaints/${ID}`, me(['coordinator']));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Muistutus: Osastotunti' }),
    ).toBeInTheDocument();
    expect(screen.getByText(WORDS)).toBeInTheDocument();
    expect(screen.getByText('Liisa Virtanen')).toBeInTheDocument();
    expect(screen.getByText('Tilaajalle ei ole vielä vastattu.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Kokemusasiantuntijan näkemys' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Vastaa tilaajalle' }));
    const field = screen.getByRole('textbox', { name: /Vastaus tilaajalle/ });
    await waitFor(() => expect(field).toHaveFocus());
    await user.click(screen.getByRole('button', { name: 'Lähetä vastaus' }));
    expect(await screen.findByText('Kirjoita vastaus.')).toBeInTheDocument();
    await waitFor(() => expect(field).toHaveFocus());
    expect(api.calls.some((c) => c.endpoint === 'POST /api/v1/complaints/{id}/moves')).toBe(false);

    await user.type(field, 'Pahoittelemme. Myöhästymisestä ilmoitetaan jatkossa aina.');
    await user.click(screen.getByRole('button', { name: 'Lähetä vastaus' }));
    const notice = await screen.findByText('Vastaus on lähetetty. Tilaaja saa siitä ilmoituksen.');
    await waitFor(() => expect(notice).toHaveFocus());
    const moved = api.calls.find((c) => c.endpoint === 'POST /api/v1/complaints/{id}/moves')!;
    expect(moved.request.headers.get('If-Match')).toBe('"1"');
    expect(moved.body).toEqual({
      move: 'answer',
      text: 'Pahoittelemme. Myöhästymisestä ilmoitetaan jatkossa aina.',
    });
    expect(screen.getByText('Pahoittelemme. Myöhästymisestä ilmoitetaan jatkossa aina.')).toBeInTheDocument();
    expect(screen.getByText('Vastattu')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Vastaa tilaajalle' })).not.toBeInTheDocument();
  });

  it('closes with an outcome: the outcome is asked first, then sent with the reasons', async () => {
    let current = answered();
    const api = mockApi({
      'GET /api/v1/complaints/{id}': () => ({ body: current }),
      'GET /api/v1/complaints': () => ({ body: { items: [current], nextCursor: null } }),
      'POST /api/v1/complaints/{id}/moves': ({ body }) => {
        const b = body as MoveComplaintDto;
        current = answered({
          status: 'closed',
          outcome: b.outcome ?? null,
          outcomeNote: b.text ?? null,
          closedAt: '2026-11-28T12:00:00.000Z',
          allowedMoves: [],
          version: 3,
        });
        return { body: current };
      },
    });
    const { user } = await renderApp(`/complaints/${ID}`, me(['coordinator']));
    await screen.findByRole('heading', { level: 1, name: 'Muistutus: Osastotunti' });
    await user.click(screen.getByRole('button', { name: 'Sulje muistutus' }));
    const first = screen.getByRole('radio', { name: 'Aiheellinen' });
    await waitFor(() => expect(first).toHaveFocus());
    await user.click(screen.getByRole('button', { name: 'Sulje lopputuloksella' }));
    expect(await screen.findByText('Valitse lopputulos.')).toBeInTheDocument();
    await waitFor(() => expect(first).toHaveFocus());

    await user.click(screen.getByRole('radio', { name: 'Osin aiheellinen' }));
    await user.type(screen.getByRole('textbox', { name: /Perustelut/ }), 'Myöhästyminen oli bussin vika.');
    await user.click(screen.getByRole('button', { name: 'Sulje lopputuloksella' }));
    const notice = await screen.findByText(/Muistutus on käsitelty\./);
    await waitFor(() => expect(notice).toHaveFocus());
    const moved = api.calls.find((c) => c.endpoint === 'POST /api/v1/complaints/{id}/moves')!;
    expect(moved.request.headers.get('If-Match')).toBe('"2"');
    expect(moved.body).toEqual({
      move: 'close',
      outcome: 'partly_upheld',
      text: 'Myöhästyminen oli bussin vika.',
    });
    expect(screen.getByText('Osin aiheellinen')).toBeInTheDocument();
    expect(screen.getByText('Myöhästyminen oli bussin vika.')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Käsittele muistutusta' })).not.toBeInTheDocument();
  });

  it('says when someone else changed it meanwhile, and reads it again', async () => {
    let reads = 0;
    mockApi({
      'GET /api/v1/complaints/{id}': () => {
        reads += 1;
        return { body: complaint({ version: reads }) };
      },
      'GET /api/v1/complaints': () => ({ body: { items: [], nextCursor: null } }),
      'POST /api/v1/complaints/{id}/moves': () => problem(412, 'PRECONDITION_FAILED'),
    });
    const { user } = await renderApp(`/complaints/${ID}`, me(['coordinator']));
    await user.click(await screen.findByRole('button', { name: 'Kysy kokemusasiantuntijan näkemystä' }));
    await user.type(
      screen.getByRole('textbox', { name: /Kysymys kokemusasiantuntijalle/ }),
      'Mitä tapahtui?',
    );
    await user.click(screen.getByRole('button', { name: 'Lähetä kysymys' }));
    const alert = await screen.findByTestId('problem-alert');
    expect(alert).toHaveTextContent('Joku muu on muuttanut näitä tietoja sillä välin.');
    await waitFor(() => expect(alert).toHaveFocus());
    await waitFor(() => expect(reads).toBe(2));
  });
});

describe('a complaint seen by the ordering unit and by the expert', () => {
  it('shows the unit their words, the answer and the outcome, with no moves and nothing of the expert’s side', async () => {
    mockApi({
      'GET /api/v1/complaints/{id}': () => ({
        body: answered({ allowedMoves: [], viewQuestion: null, expertView: null }),
      }),
    });
    await renderApp(`/complaints/${ID}`, me(['orderer']));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Muistutus: Osastotunti' }),
    ).toBeInTheDocument();
    expect(screen.getByText(WORDS)).toBeInTheDocument();
    expect(screen.getByText(/Olemme sopineet, että myöhästymisestä/)).toBeInTheDocument();
    expect(screen.getByText('Muistutus on vielä käsittelyssä.')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Kokemusasiantuntijan näkemys' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Käsittele muistutusta' })).not.toBeInTheDocument();
    for (const name of ['Vastaa tilaajalle', 'Kysy kokemusasiantuntijan näkemystä', 'Sulje muistutus'])
      expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  });

  it('shows the expert what they were asked and never the orderer’s words; they give their view in plain words', async () => {
    let current = complaint({
      text: null,
      answer: null,
      viewQuestion: 'Miten sinä koit aamun? Mikä viivästytti sinua?',
      viewAskedAt: '2026-11-27T10:00:00.000Z',
      allowedMoves: ['give_view'],
      version: 2,
    });
    const api = mockApi({
      'GET /api/v1/complaints/{id}': () => ({ body: current }),
      'GET /api/v1/complaints': () => ({ body: { items: [current], nextCursor: null } }),
      'POST /api/v1/complaints/{id}/moves': ({ body }) => {
        current = {
          ...current,
          expertView: (body as MoveComplaintDto).text ?? null,
          viewGivenAt: '2026-11-27T12:00:00.000Z',
          allowedMoves: [],
          version: 3,
        };
        return { body: current };
      },
    });
    const { user } = await renderApp(`/complaints/${ID}`, me(['expert']));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Palaute tehtävästä Osastotunti' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Miten sinä koit aamun? Mikä viivästytti sinua?')).toBeInTheDocument();
    expect(screen.getByText('Käsittelyssä')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Mitä tapahtui' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Vastaus tilaajalle' })).not.toBeInTheDocument();
    expect(screen.queryByText(WORDS)).not.toBeInTheDocument();
    expect(screen.queryByText('Osasto 2')).not.toBeInTheDocument();

    const field = screen.getByRole('textbox', { name: /Miten sinä koit tilanteen\?/ });
    await user.click(screen.getByRole('button', { name: 'Lähetä' }));
    expect(await screen.findByText('Kirjoita muutama sana.')).toBeInTheDocument();
    await waitFor(() => expect(field).toHaveFocus());
    await user.type(field, 'Bussi jäi tulematta, ja puhelimeni akku oli loppu.');
    await user.click(screen.getByRole('button', { name: 'Lähetä' }));
    const notice = await screen.findByText('Kiitos! Näkemyksesi on lähetetty koordinaattorille.');
    await waitFor(() => expect(notice).toHaveFocus());
    const moved = api.calls.find((c) => c.endpoint === 'POST /api/v1/complaints/{id}/moves')!;
    expect(moved.request.headers.get('If-Match')).toBe('"2"');
    expect(moved.body).toEqual({
      move: 'give_view',
      text: 'Bussi jäi tulematta, ja puhelimeni akku oli loppu.',
    });
    expect(screen.getByText('Bussi jäi tulematta, ja puhelimeni akku oli loppu.')).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  });

  it('lists the expert’s own plainly, without a filter, saying when their view is asked', async () => {
    mockApi({
      'GET /api/v1/complaints': () => ({
        body: {
          items: [complaint({ text: null, viewQuestion: 'Miten koit?', allowedMoves: ['give_view'] })],
          nextCursor: null,
        },
      }),
    });
    await renderApp('/complaints', me(['expert']));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Palaute tehtävistäsi');
    const list = await screen.findByTestId('complaint-list');
    expect(list).toHaveTextContent('Käsittelyssä');
    expect(list).toHaveTextContent('Sinulta kysytään näkemystäsi');
    expect(list).not.toHaveTextContent('Osasto 2');
    expect(screen.queryByLabelText('Näytä')).not.toBeInTheDocument();
  });
});

describe('the complaints in the menu', () => {
  it('are in a coordinator’s menu', async () => {
    mockApi({ 'GET /api/v1/complaints': () => ({ body: { items: [], nextCursor: null } }) });
    await renderApp('/', me(['coordinator']));
    const nav = await screen.findByRole('navigation', { name: 'Päävalikko' });
    expect(within(nav).getByRole('link', { name: 'Muistutukset' })).toHaveAttribute('href', '/complaints');
  });

  it('are not in an orderer’s or an expert’s menu', async () => {
    mockApi({});
    await renderApp('/', me(['orderer', 'expert']));
    const nav = await screen.findByRole('navigation', { name: 'Päävalikko' });
    expect(within(nav).queryByRole('link', { name: 'Muistutukset' })).not.toBeInTheDocument();
  });
});

import type {
  CreateSupervisionSessionDto,
  ExpertSummaryDto,
  MarkSupervisionAttendanceDto,
  SupervisionSessionDto,
} from '@kokemus/api-client';
import { screen, waitFor, within } from '@testing-library/react';
import { mockApi, problem } from '../../test/api-mock';
import { me } from '../../test/fixtures';
import { renderApp } from '../../test/render-app';

const ID = '00000000-0000-4000-a000-000000000701';
const LIISA = '00000000-0000-4000-a000-000000000101';
const PEKKA = '00000000-0000-4000-a000-000000000102';
const TASK = '00000000-0000-4000-a000-000000000301';

function session(overrides: Partial<SupervisionSessionDto> = {}): SupervisionSessionDto {
  return {
    id: ID,
    kind: 'group',
    purpose: 'after_task',
    status: 'upcoming',
    startsAt: '2027-09-23T10:00:00.000Z',
    endsAt: '2027-09-23T12:00:00.000Z',
    place: 'Kokemuskeskus, Kauppakatu 19, Jyväskylä',
    supervisorName: 'Marja Hakala',
    supervisorExternal: true,
    task: { id: TASK, title: 'Juttupenkki', startsAt: '2027-09-20T10:00:00.000Z' },
    participantCount: 2,
    participants: [
      { expertId: LIISA, expertName: 'Liisa Virtanen', attended: null },
      { expertId: PEKKA, expertName: 'Pekka Mäkinen', attended: null },
    ],
    cancelledAt: null,
    allowedActions: ['cancel'],
    version: 3,
    ...overrides,
  };
}

function expert(id: string, firstName: string, lastName: string): ExpertSummaryDto {
  return {
    id,
    firstName,
    lastName,
    email: `${firstName.toLowerCase()}@example.fi`,
    areas: [],
    kinds: [],
    languages: ['fi'],
    maxTasksPerMonth: 4,
    municipality: null,
    pausedUntil: null,
    phone: null,
    status: 'active',
    tier: null,
    updatedAt: '2027-01-01T00:00:00.000Z',
    worksInPerson: true,
    worksRemote: false,
  } as ExpertSummaryDto;
}

const task = {
  id: TASK,
  orderId: '00000000-0000-4000-a000-000000000401',
  orderNumber: 'T-2027-0042',
  occurrenceId: '00000000-0000-4000-a000-000000000501',
  expertId: LIISA,
  expertName: 'Liisa Virtanen',
  startsAt: '2027-09-20T10:00:00.000Z',
  endsAt: '2027-09-20T12:00:00.000Z',
  status: 'completed',
  title: 'Juttupenkki',
  unitName: 'Nuorisopalvelut',
};

describe('supervision for an expert', () => {
  it('lists her own sessions, the coming ones first, in plain words, and opens one', async () => {
    const mine = session({
      participantCount: 3,
      participants: [{ expertId: LIISA, expertName: 'Liisa Virtanen', attended: null }],
      allowedActions: [],
    });
    const past = session({
      id: '00000000-0000-4000-a000-000000000702',
      kind: 'individual',
      purpose: 'regular',
      startsAt: '2026-01-10T10:00:00.000Z',
      endsAt: '2026-01-10T11:00:00.000Z',
      supervisorExternal: false,
      supervisorName: 'Anna Koski',
      task: null,
      participantCount: 1,
      allowedActions: [],
    });
    const api = mockApi({
      'GET /api/v1/supervision-sessions': ({ url }) => ({
        body: { items: url.searchParams.get('from') ? [mine] : [past], nextCursor: null },
      }),
      'GET /api/v1/supervision-sessions/{id}': () => ({ body: mine }),
    });
    const { user } = await renderApp('/supervision', me(['expert']));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Työnohjaus' }, { timeout: 15_000 }),
    ).toBeInTheDocument();
    const coming = await screen.findByRole('list', { name: 'Tulevat' });
    expect(within(coming).getByText('Ryhmä, jossa on 3 kokemusasiantuntijaa')).toBeInTheDocument();
    expect(within(coming).getByText(/Marja Hakala \(ulkopuolinen työnohjaaja\)/)).toBeInTheDocument();
    const earlier = await screen.findByRole('list', { name: 'Aiemmat' });
    expect(within(earlier).getByText('Sinä ja työnohjaaja kahdestaan')).toBeInTheDocument();
    // only the expert's own: no names of the others in the group anywhere
    expect(screen.queryByText(/Pekka/)).not.toBeInTheDocument();
    const lists = api.calls.filter((c) => c.endpoint === 'GET /api/v1/supervision-sessions');
    expect(lists.some((c) => new URL(c.request.url).searchParams.has('from'))).toBe(true);

    await user.click(within(coming).getByRole('link', { name: /23\.9\.2027/ }));
    expect(
      await screen.findByText('Puhutaan tehdystä tehtävästä.', {}, { timeout: 15_000 }),
    ).toBeInTheDocument();
    expect(screen.getByText('Kokemuskeskus, Kauppakatu 19, Jyväskylä')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Haluan jutella jonkun kanssa' })).toHaveAttribute(
      'href',
      '/talk',
    );
    expect(screen.queryByRole('button', { name: 'Peru työnohjaus' })).not.toBeInTheDocument();
  });

  it('is in the expert’s menu beside "Haluan jutella", and not in an orderer’s', async () => {
    mockApi({ 'GET /api/v1/supervision-sessions': () => ({ body: { items: [], nextCursor: null } }) });
    await renderApp('/supervision', me(['expert']));
    const nav = await screen.findByRole('navigation', { name: 'Päävalikko' });
    const names = within(nav)
      .getAllByRole('link')
      .map((a) => a.textContent);
    expect(names.indexOf('Työnohjaus')).toBe(names.indexOf('Haluan jutella') + 1);
  });
});

describe('supervision for a coordinator', () => {
  it('lists the sessions from today on with "show more", and the menu has it after the requests to talk', async () => {
    const second = session({ id: '00000000-0000-4000-a000-000000000703', place: 'Teams-linkki' });
    mockApi({
      'GET /api/v1/supervision-sessions': ({ url }) =>
        url.searchParams.get('cursor')
          ? { body: { items: [second], nextCursor: null } }
          : { body: { items: [session()], nextCursor: 'next-1' } },
    });
    const { user } = await renderApp('/supervision', me(['coordinator']));
    const list = await screen.findByTestId('supervision-list', {}, { timeout: 15_000 });
    expect(within(list).getByText('Ryhmätyönohjaus, tehtävän jälkeen · 2 osallistujaa')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Suunnittele uusi työnohjaus' })).toHaveAttribute(
      'href',
      '/supervision/new',
    );
    await user.click(screen.getByRole('button', { name: 'Näytä lisää' }));
    expect(await screen.findByText(/Teams-linkki/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Näytä lisää' })).not.toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Päävalikko' });
    const names = within(nav)
      .getAllByRole('link')
      .map((a) => a.textContent);
    expect(names.indexOf('Työnohjaus')).toBe(names.indexOf('Keskustelupyynnöt') + 1);
  });

  it('says what is missing beside the fields and moves the focus to the first', async () => {
    const api = mockApi({});
    const { user } = await renderApp('/supervision/new', me(['coordinator']));
    await user.click(
      await screen.findByRole('button', { name: 'Tallenna ja lähetä kutsut' }, { timeout: 15_000 }),
    );
    expect(await screen.findByText('Kirjoita päivä muodossa 23.9.2027.')).toBeInTheDocument();
    expect(screen.getByText('Kirjoita työnohjaajan nimi.')).toBeInTheDocument();
    expect(screen.getByText('Valitse yksilötyönohjaukseen yksi kokemusasiantuntija.')).toBeInTheDocument();
    expect(screen.getByText('Valitse tehtävä.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByLabelText(/^Päivä/)).toHaveFocus());

    await user.type(screen.getByLabelText(/^Päivä/), '23.9.2027');
    await user.type(screen.getByLabelText(/^Alkaa klo/), '13');
    await user.type(screen.getByLabelText(/^Päättyy klo/), '13.05');
    await user.click(screen.getByRole('button', { name: 'Tallenna ja lähetä kutsut' }));
    expect(
      await screen.findByText('Työnohjaus kestää vähintään 15 minuuttia ja enintään 8 tuntia.'),
    ).toBeInTheDocument();
    await waitFor(() => expect(screen.getByLabelText(/^Päättyy klo/)).toHaveFocus());
    expect(api.calls.some((c) => c.endpoint === 'POST /api/v1/supervision-sessions')).toBe(false);
  });

  it('plans a group session after a task with two experts and opens it', async () => {
    let created: SupervisionSessionDto | null = null;
    const api = mockApi({
      'GET /api/v1/experts': ({ url }) =>
        ({
          body: {
            items:
              url.searchParams.get('q') === 'Liisa'
                ? [expert(LIISA, 'Liisa', 'Virtanen')]
                : [expert(PEKKA, 'Pekka', 'Mäkinen')],
            nextCursor: null,
          },
        }) as never,
      'GET /api/v1/assignments': ({ url }) =>
        ({
          body: { items: url.searchParams.get('expertId') === LIISA ? [task] : [], nextCursor: null },
        }) as never,
      'POST /api/v1/supervision-sessions': ({ body }) => {
        const b = body as CreateSupervisionSessionDto;
        created = session({ startsAt: b.startsAt, endsAt: b.endsAt, allowedActions: ['cancel'] });
        return { status: 201, body: created };
      },
      'GET /api/v1/supervision-sessions/{id}': () => ({ body: created! }),
    });
    const { user } = await renderApp('/supervision/new', me(['coordinator']));
    await user.click(await screen.findByRole('radio', { name: 'Ryhmätyönohjaus' }, { timeout: 15_000 }));
    await user.type(screen.getByLabelText(/^Päivä/), '23.9.2027');
    await user.type(screen.getByLabelText(/^Alkaa klo/), '13.00');
    await user.type(screen.getByLabelText(/^Päättyy klo/), '15.00');
    await user.type(screen.getByLabelText(/^Paikka/), 'Kokemuskeskus');
    await user.type(screen.getByLabelText(/^Työnohjaajan nimi/), 'Marja Hakala');
    await user.click(screen.getByRole('checkbox', { name: /ulkopuolelta/ }));
    await user.type(screen.getByLabelText(/^Hae nimellä/), 'Liisa{Enter}');
    await user.click(await screen.findByRole('button', { name: 'Lisää Liisa Virtanen' }));
    await user.clear(screen.getByLabelText(/^Hae nimellä/));
    await user.type(screen.getByLabelText(/^Hae nimellä/), 'Pekka');
    await user.click(screen.getByRole('button', { name: 'Hae' }));
    await user.click(await screen.findByRole('button', { name: 'Lisää Pekka Mäkinen' }));
    expect(within(screen.getByRole('list', { name: 'Valitut' })).getAllByRole('listitem')).toHaveLength(2);
    await screen.findByRole('option', { name: /Juttupenkki – Liisa Virtanen/ });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Tehtävä' }), TASK);
    await user.click(screen.getByRole('button', { name: 'Tallenna ja lähetä kutsut' }));

    expect(
      await screen.findByRole('button', { name: 'Peru työnohjaus' }, { timeout: 15_000 }),
    ).toBeInTheDocument();
    const sent = api.calls.find((c) => c.endpoint === 'POST /api/v1/supervision-sessions')!;
    expect(sent.body).toEqual({
      kind: 'group',
      purpose: 'after_task',
      startsAt: '2027-09-23T13:00:00+03:00',
      endsAt: '2027-09-23T15:00:00+03:00',
      place: 'Kokemuskeskus',
      supervisorName: 'Marja Hakala',
      supervisorExternal: true,
      assignmentId: TASK,
      expertIds: [LIISA, PEKKA],
    });
    const taskQuery = api.calls.find((c) => c.endpoint === 'GET /api/v1/assignments')!;
    expect(new URL(taskQuery.request.url).searchParams.get('from')).toBe('2027-07-29');
  });

  it('puts the API’s field problems beside the fields', async () => {
    mockApi({
      'GET /api/v1/experts': () =>
        ({ body: { items: [expert(LIISA, 'Liisa', 'Virtanen')], nextCursor: null } }) as never,
      'POST /api/v1/supervision-sessions': () =>
        problem(400, 'SUPERVISION_INVALID', { errors: { expertIds: ['an expert has left'] } }),
    });
    const { user } = await renderApp('/supervision/new', me(['coordinator']));
    await user.click(
      await screen.findByRole('radio', { name: 'Säännöllinen työnohjaus' }, { timeout: 15_000 }),
    );
    await user.type(screen.getByLabelText(/^Päivä/), '23.9.2027');
    await user.type(screen.getByLabelText(/^Alkaa klo/), '9');
    await user.type(screen.getByLabelText(/^Päättyy klo/), '10');
    await user.type(screen.getByLabelText(/^Paikka/), 'Teams');
    await user.type(screen.getByLabelText(/^Työnohjaajan nimi/), 'Anna Koski');
    await user.type(screen.getByLabelText(/^Hae nimellä/), 'Liisa{Enter}');
    await user.click(await screen.findByRole('button', { name: 'Lisää Liisa Virtanen' }));
    await user.click(screen.getByRole('button', { name: 'Tallenna ja lähetä kutsut' }));
    expect(await screen.findByText('Tarkista tämä tieto.')).toBeInTheDocument();
    expect(screen.getByTestId('problem-alert')).toHaveTextContent('Lomakkeessa on korjattavaa');
    await waitFor(() => expect(screen.getByLabelText(/^Hae nimellä/)).toHaveFocus());
  });

  it('marks who came after the start with If-Match', async () => {
    let current = session({ status: 'started', allowedActions: ['attendance'] });
    const api = mockApi({
      'GET /api/v1/supervision-sessions/{id}': () => ({ body: current }),
      'POST /api/v1/supervision-sessions/{id}/attendance': ({ body }) => {
        const b = body as MarkSupervisionAttendanceDto;
        current = session({
          status: 'started',
          allowedActions: ['attendance'],
          participants: current.participants.map((p) => ({
            ...p,
            attended: b.attendance.find((a) => a.expertId === p.expertId)!.attended,
          })),
          version: 4,
        });
        return { body: current };
      },
    });
    const { user } = await renderApp(`/supervision/${ID}`, me(['coordinator']));
    await user.click(await screen.findByRole('checkbox', { name: 'Liisa Virtanen' }, { timeout: 15_000 }));
    await user.click(screen.getByRole('button', { name: 'Tallenna läsnäolot' }));
    expect(await screen.findByText('Läsnäolot on tallennettu.')).toBeInTheDocument();
    const marked = api.calls.find((c) => c.endpoint === 'POST /api/v1/supervision-sessions/{id}/attendance')!;
    expect(marked.request.headers.get('If-Match')).toBe('"3"');
    expect(marked.body).toEqual({
      attendance: [
        { expertId: LIISA, attended: true },
        { expertId: PEKKA, attended: false },
      ],
    });
    await waitFor(() => expect(screen.getByRole('checkbox', { name: 'Liisa Virtanen' })).toBeChecked());
  });

  it('says when someone else changed it meanwhile and reads it again', async () => {
    let reads = 0;
    mockApi({
      'GET /api/v1/supervision-sessions/{id}': () => {
        reads += 1;
        return { body: session({ status: 'started', allowedActions: ['attendance'] }) };
      },
      'POST /api/v1/supervision-sessions/{id}/attendance': () => problem(412, 'PRECONDITION_FAILED'),
    });
    const { user } = await renderApp(`/supervision/${ID}`, me(['coordinator']));
    await user.click(await screen.findByRole('button', { name: 'Tallenna läsnäolot' }, { timeout: 15_000 }));
    expect(await screen.findByTestId('problem-alert')).toHaveTextContent('Joku muu on muuttanut');
    await waitFor(() => expect(reads).toBeGreaterThan(1));
  });

  it('cancels before the start after asking, with If-Match', async () => {
    let current = session();
    const api = mockApi({
      'GET /api/v1/supervision-sessions/{id}': () => ({ body: current }),
      'POST /api/v1/supervision-sessions/{id}/cancel': () => {
        current = session({
          status: 'cancelled',
          cancelledAt: '2027-09-01T08:00:00.000Z',
          allowedActions: [],
          version: 4,
        });
        return { body: current };
      },
    });
    const { user } = await renderApp(`/supervision/${ID}`, me(['coordinator']));
    expect(await screen.findByText('Liisa Virtanen', {}, { timeout: 15_000 })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Peru työnohjaus' }));
    expect(await screen.findByText(/Perutaanko työnohjaus\?/)).toBeInTheDocument();
    expect(api.calls.some((c) => c.endpoint === 'POST /api/v1/supervision-sessions/{id}/cancel')).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Kyllä, peru' }));
    expect(await screen.findByText('Tämä työnohjaus on peruttu.')).toBeInTheDocument();
    const cancelled = api.calls.find((c) => c.endpoint === 'POST /api/v1/supervision-sessions/{id}/cancel')!;
    expect(cancelled.request.headers.get('If-Match')).toBe('"3"');
    expect(screen.queryByRole('button', { name: 'Peru työnohjaus' })).not.toBeInTheDocument();
  });

  it('keeps the planning form from experts', async () => {
    mockApi({});
    await renderApp('/supervision/new', me(['expert']));
    expect(await screen.findByRole('heading', { level: 1 }, { timeout: 15_000 })).not.toHaveTextContent(
      'Uusi työnohjaus',
    );
  });
});

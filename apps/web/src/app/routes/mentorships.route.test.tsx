import type {
  AssessMentoredTaskDto,
  CloseMentorshipDto,
  CreateMentorshipDto,
  MentorshipDto,
  MentorshipSummaryDto,
} from '@kokemus/api-client';
import { screen, waitFor, within } from '@testing-library/react';
import { type Handlers, mockApi, problem } from '../../test/api-mock';
import { expert, me, summaryOf } from '../../test/fixtures';
import { renderApp } from '../../test/render-app';

const MS_ID = '00000000-0000-4000-a000-000000000001';
const MENTOR_ID = '00000000-0000-4000-a000-000000000021';
const TRAINEE_ID = '00000000-0000-4000-a000-000000000022';
const TASK_1 = '00000000-0000-4000-a000-000000000031';
const TASK_2 = '00000000-0000-4000-a000-000000000032';

/** Maija mentors Toni: one of three tasks approved, two done together waiting (the test day is 26.11.2026). */
function mentorship(overrides: Partial<MentorshipDto> = {}): MentorshipDto {
  return {
    id: MS_ID,
    mentor: { expertId: MENTOR_ID, name: 'Maija Mentori' },
    trainee: { expertId: TRAINEE_ID, name: 'Toni Uusi' },
    status: 'active',
    tasksRequired: 3,
    tasksApproved: 1,
    ready: false,
    startedOn: '2026-10-01',
    closedOn: null,
    version: 1,
    closingNote: null,
    assessments: [
      {
        id: 'a-1',
        assignmentId: '00000000-0000-4000-a000-000000000030',
        taskStartsAt: '2026-10-14T10:00:00.000Z',
        taskTitle: 'Luento hoitajille',
        approved: true,
        note: 'Rauhallinen ja selkeä esitys.',
        recordedAt: '2026-10-15T08:00:00.000Z',
      },
    ],
    toAssess: [
      { assignmentId: TASK_1, startsAt: '2026-11-04T11:00:00.000Z', title: 'Paneelikeskustelu' },
      { assignmentId: TASK_2, startsAt: '2026-11-18T11:00:00.000Z', title: 'Asiakasraati' },
    ],
    ...overrides,
  };
}

function summary(m: MentorshipDto): MentorshipSummaryDto {
  const { assessments: _a, toAssess: _t, closingNote: _c, ...rest } = m;
  return rest;
}

/** The header's bell asks for the unread count on every page. */
const bell: Handlers = {
  'GET /api/v1/notifications/unread-count': () => ({ body: { count: 0 } }),
};

describe('mentoring', () => {
  it('lists the mentorships with the status from the URL, and shows the progress', async () => {
    const api = mockApi({
      ...bell,
      'GET /api/v1/mentorships': ({ url }) => ({
        body: {
          items: url.searchParams.get('status') === 'active' ? [summary(mentorship())] : [],
          nextCursor: null,
        },
      }),
    });
    await renderApp('/mentorships?status=active', me(['coordinator']));
    expect(document.title).toBe('Mentorointi – Kokemus');
    const list = await screen.findByRole('list', { name: 'Mentoroinnit' });
    expect(within(list).getByRole('link', { name: 'Toni Uusi – mentorina Maija Mentori' })).toHaveAttribute(
      'href',
      `/mentorships/${MS_ID}`,
    );
    expect(within(list).getByText('1 / 3 hyväksyttyä tehtävää')).toBeInTheDocument();
    expect(screen.getByText('1 mentorointi')).toBeInTheDocument();
    expect(api.unhandled).toEqual([]);
  });

  it('shows an expert their own mentorships in plain words, as mentor and as trainee', async () => {
    const asTrainee = mentorship({
      id: '00000000-0000-4000-a000-000000000002',
      mentor: { expertId: '00000000-0000-4000-a000-000000000023', name: 'Olli Opastaja' },
      trainee: { expertId: MENTOR_ID, name: 'Maija Mentori' },
      status: 'completed',
      tasksApproved: 3,
      ready: true,
      startedOn: '2026-03-01',
      closedOn: '2026-06-15',
    });
    const api = mockApi({
      ...bell,
      'GET /api/v1/experts/me': () => ({
        body: expert({ id: MENTOR_ID, firstName: 'Maija', lastName: 'Mentori' }),
      }),
      'GET /api/v1/mentorships': () => ({
        body: { items: [summary(asTrainee), summary(mentorship())], nextCursor: null },
      }),
    });
    await renderApp('/mentorships', me(['expert']));
    const list = await screen.findByRole('list', { name: 'Mentorointisi' });
    const cards = within(list).getAllByRole('listitem');
    // The one under way comes first.
    expect(within(cards[0]).getByRole('link', { name: 'Olet mentorina: Toni Uusi' })).toHaveAttribute(
      'href',
      `/mentorships/${MS_ID}`,
    );
    expect(within(cards[0]).getByText('Käynnissä 1.10.2026 alkaen')).toBeInTheDocument();
    expect(within(cards[0]).getByText(/^Vielä 2 hyväksyttyä tehtävää\. Arvioi/)).toBeInTheDocument();
    expect(within(cards[1]).getByRole('link', { name: 'Mentorisi on Olli Opastaja' })).toBeInTheDocument();
    expect(within(cards[1]).getByText('Suoritettu 15.6.2026')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Aloita uusi mentorointi' })).not.toBeInTheDocument();
    expect(api.unhandled).toEqual([]);
  });

  it('is not for orderers', async () => {
    mockApi({});
    await renderApp('/mentorships', me(['orderer']));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Ei käyttöoikeutta');
  });

  it('validates a new mentorship in the form, then posts it and opens it', async () => {
    const maija = expert({ id: MENTOR_ID, firstName: 'Maija', lastName: 'Mentori', tier: 'mentor' });
    const toni = expert({ id: TRAINEE_ID, firstName: 'Toni', lastName: 'Uusi', status: 'orientation' });
    let created: MentorshipDto | undefined;
    const api = mockApi({
      ...bell,
      'GET /api/v1/mentorships': () => ({ body: { items: [], nextCursor: null } }),
      'GET /api/v1/experts': ({ url }) => ({
        body: {
          items: url.searchParams.get('tier') === 'mentor' ? [summaryOf(maija)] : [summaryOf(toni)],
          nextCursor: null,
        },
      }),
      'POST /api/v1/mentorships': ({ body }) => {
        const dto = body as CreateMentorshipDto;
        created = mentorship({
          tasksRequired: dto.tasksRequired ?? 3,
          tasksApproved: 0,
          assessments: [],
          toAssess: [],
        });
        return { status: 201, body: created };
      },
      'GET /api/v1/mentorships/{id}': () =>
        created ? { body: created } : problem(404, 'MENTORSHIP_NOT_FOUND'),
    });
    const { user, router } = await renderApp('/mentorships', me(['coordinator']));
    expect(await screen.findByText('Mentorointeja ei ole vielä.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Aloita uusi mentorointi' }));
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Uusi mentorointi' })).toHaveFocus());

    const tasks = screen.getByLabelText('Hyväksyttyjä tehtäviä tarvitaan');
    expect(tasks).toHaveValue('3');
    await user.clear(tasks);
    await user.type(tasks, '25');
    await user.click(screen.getByRole('button', { name: 'Aloita mentorointi' }));
    const summaryHeading = await screen.findByRole('heading', { name: /Lomakkeessa on 3 virhettä/ });
    await waitFor(() => expect(summaryHeading).toHaveFocus());
    expect(screen.getByRole('link', { name: 'Mentori: Valitse mentori.' })).toBeInTheDocument();
    expect(
      screen.getByRole('link', {
        name: 'Hyväksyttyjä tehtäviä tarvitaan: Kirjoita kokonaisluku väliltä 1–20.',
      }),
    ).toBeInTheDocument();
    expect(api.calls.some((c) => c.endpoint === 'POST /api/v1/mentorships')).toBe(false);

    // The mentor search asks the registry for active experts with the mentor tier; Enter searches.
    const mentorBox = screen.getByRole('group', { name: 'Mentori' });
    await user.type(within(mentorBox).getByLabelText('Hae nimellä'), 'Maija{Enter}');
    await user.click(
      await within(mentorBox).findByRole('button', { name: 'Valitse Maija Mentori mentoriksi' }),
    );
    const mentorSearch = api.calls.find((c) => c.endpoint === 'GET /api/v1/experts')!;
    const params = new URL(mentorSearch.request.url).searchParams;
    expect([params.get('q'), params.get('tier'), params.get('status')]).toEqual([
      'Maija',
      'mentor',
      'active',
    ]);
    expect(within(mentorBox).getByText('Maija Mentori')).toBeInTheDocument();
    expect(within(mentorBox).getByRole('button', { name: 'Vaihda henkilö' })).toHaveFocus();

    const traineeBox = screen.getByRole('group', { name: 'Mentoroitava' });
    await user.type(within(traineeBox).getByLabelText('Hae nimellä'), 'Toni');
    await user.click(within(traineeBox).getByRole('button', { name: 'Hae' }));
    await user.click(
      await within(traineeBox).findByRole('button', { name: 'Valitse Toni Uusi mentoroitavaksi' }),
    );
    await user.clear(tasks);
    await user.type(tasks, '4');
    await user.click(screen.getByRole('button', { name: 'Aloita mentorointi' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Mentorointi: Toni Uusi' }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/mentorships/${MS_ID}`);
    const call = api.calls.find((c) => c.endpoint === 'POST /api/v1/mentorships')!;
    expect(call.body).toEqual({ mentorExpertId: MENTOR_ID, traineeExpertId: TRAINEE_ID, tasksRequired: 4 });
    expect(screen.getByText('0 / 4 hyväksyttyä tehtävää')).toBeInTheDocument();
    expect(api.unhandled).toEqual([]);
  });

  it('shows the API’s 409 in plain words when the trainee already has a mentorship', async () => {
    const maija = expert({ id: MENTOR_ID, firstName: 'Maija', lastName: 'Mentori', tier: 'mentor' });
    const toni = expert({ id: TRAINEE_ID, firstName: 'Toni', lastName: 'Uusi' });
    const api = mockApi({
      ...bell,
      'GET /api/v1/mentorships': () => ({ body: { items: [], nextCursor: null } }),
      'GET /api/v1/experts': ({ url }) => ({
        body: {
          items: url.searchParams.get('tier') === 'mentor' ? [summaryOf(maija)] : [summaryOf(toni)],
          nextCursor: null,
        },
      }),
      'POST /api/v1/mentorships': () => problem(409, 'MENTORSHIP_EXISTS'),
    });
    const { user } = await renderApp('/mentorships', me(['coordinator']));
    await user.click(await screen.findByRole('button', { name: 'Aloita uusi mentorointi' }));
    const mentorBox = screen.getByRole('group', { name: 'Mentori' });
    await user.type(within(mentorBox).getByLabelText('Hae nimellä'), 'Maija{Enter}');
    await user.click(await within(mentorBox).findByRole('button', { name: /^Valitse Maija/ }));
    const traineeBox = screen.getByRole('group', { name: 'Mentoroitava' });
    await user.type(within(traineeBox).getByLabelText('Hae nimellä'), 'Toni{Enter}');
    await user.click(await within(traineeBox).findByRole('button', { name: /^Valitse Toni/ }));
    await user.click(screen.getByRole('button', { name: 'Aloita mentorointi' }));
    expect(
      await screen.findByText(/Mentoroitavalla on jo käynnissä oleva mentorointi\./),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Uusi mentorointi' })).toBeInTheDocument();
    expect(api.calls.filter((c) => c.endpoint === 'POST /api/v1/mentorships')).toHaveLength(1);
  });

  it('lets the mentor assess a task done together, asking for the verdict and a note', async () => {
    let current = mentorship();
    const api = mockApi({
      ...bell,
      'GET /api/v1/experts/me': () => ({
        body: expert({ id: MENTOR_ID, firstName: 'Maija', lastName: 'Mentori' }),
      }),
      'GET /api/v1/mentorships/{id}': () => ({ body: current }),
      'POST /api/v1/mentorships/{id}/assessments': ({ body }) => {
        const dto = body as AssessMentoredTaskDto;
        const task = current.toAssess.find((t) => t.assignmentId === dto.assignmentId)!;
        current = {
          ...current,
          tasksApproved: current.tasksApproved + (dto.approved ? 1 : 0),
          toAssess: current.toAssess.filter((t) => t.assignmentId !== dto.assignmentId),
          assessments: [
            ...current.assessments,
            {
              id: 'a-2',
              assignmentId: dto.assignmentId,
              taskStartsAt: task.startsAt,
              taskTitle: task.title,
              approved: dto.approved,
              note: dto.note,
              recordedAt: '2026-11-26T09:00:00.000Z',
            },
          ],
        };
        return { status: 201, body: current };
      },
    });
    const { user } = await renderApp(`/mentorships/${MS_ID}`, me(['expert']));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Mentorointi: Toni Uusi' }),
    ).toBeInTheDocument();
    expect(await screen.findByText('Olet tässä mentorina.')).toBeInTheDocument();
    expect(screen.getByText('1 / 3 hyväksyttyä tehtävää')).toBeInTheDocument();
    // Coordinators close a mentorship; the mentor does not see that.
    expect(screen.queryByRole('heading', { name: 'Mentoroinnin päättäminen' })).not.toBeInTheDocument();

    const waiting = screen.getByRole('list', { name: 'Odottaa arviota' });
    const panel = within(waiting).getByRole('form', { name: 'Paneelikeskustelu' });
    await user.click(within(panel).getByRole('button', { name: 'Tallenna arvio' }));
    expect(within(panel).getByText('Valitse, hyväksytäänkö tehtävä.')).toBeInTheDocument();
    expect(within(panel).getByText(/Kirjoita lyhyt huomio/)).toBeInTheDocument();
    expect(within(panel).getByRole('radio', { name: 'Kyllä, hyväksytään' })).toHaveFocus();
    expect(api.calls.some((c) => c.endpoint === 'POST /api/v1/mentorships/{id}/assessments')).toBe(false);

    await user.click(within(panel).getByRole('radio', { name: 'Kyllä, hyväksytään' }));
    await user.type(within(panel).getByLabelText('Huomiot'), 'Kertoi kokemuksestaan rauhallisesti.');
    await user.click(within(panel).getByRole('button', { name: 'Tallenna arvio' }));

    expect(await screen.findByText('2 / 3 hyväksyttyä tehtävää')).toBeInTheDocument();
    expect(await screen.findByText('Arvio tallennettu: Paneelikeskustelu hyväksyttiin.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Odottaa arviota' })).toHaveFocus());
    const call = api.calls.find((c) => c.endpoint === 'POST /api/v1/mentorships/{id}/assessments')!;
    expect(call.body).toEqual({
      assignmentId: TASK_1,
      approved: true,
      note: 'Kertoi kokemuksestaan rauhallisesti.',
    });
    expect(within(waiting).queryByRole('form', { name: 'Paneelikeskustelu' })).not.toBeInTheDocument();
    const done = screen.getByRole('list', { name: 'Arviot' });
    const item = within(done).getByRole('heading', { name: 'Paneelikeskustelu' }).closest('li')!;
    expect(within(item).getByText('Hyväksytty')).toBeInTheDocument();
    expect(within(item).getByText('4.11.2026')).toBeInTheDocument();
    expect(api.unhandled).toEqual([]);
  });

  it('shows the trainee the waiting tasks without a form', async () => {
    mockApi({
      ...bell,
      'GET /api/v1/experts/me': () => ({
        body: expert({ id: TRAINEE_ID, firstName: 'Toni', lastName: 'Uusi' }),
      }),
      'GET /api/v1/mentorships/{id}': () => ({ body: mentorship() }),
    });
    await renderApp(`/mentorships/${MS_ID}`, me(['expert']));
    expect(await screen.findByText('Olet tässä mentoroitavana.')).toBeInTheDocument();
    expect(screen.getByText('Mentori arvioi nämä tehtävät.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Tallenna arvio' })).not.toBeInTheDocument();
  });

  it('keeps "complete" off until enough tasks are approved, and ends early with a reason', async () => {
    let current = mentorship();
    const api = mockApi({
      ...bell,
      'GET /api/v1/mentorships/{id}': () => ({ body: current }),
      'POST /api/v1/mentorships/{id}/closing': ({ body }) => {
        const dto = body as CloseMentorshipDto;
        current = { ...current, status: dto.status, closedOn: '2026-11-26', closingNote: dto.note ?? null };
        return { status: 201, body: current };
      },
    });
    const { user } = await renderApp(`/mentorships/${MS_ID}`, me(['coordinator']));
    const closing = await screen.findByRole('region', { name: 'Mentoroinnin päättäminen' });
    const complete = within(closing).getByRole('button', { name: 'Merkitse suoritetuksi' });
    expect(complete).toBeDisabled();
    expect(complete).toHaveAccessibleDescription('Ei vielä valmis: tarvitaan vielä 2 hyväksyttyä tehtävää.');
    // A coordinator may assess too.
    expect(screen.getAllByRole('button', { name: 'Tallenna arvio' })).toHaveLength(2);

    await user.click(within(closing).getByRole('button', { name: 'Lopeta ennen aikaa' }));
    const reason = within(closing).getByLabelText('Miksi mentorointi lopetetaan?');
    expect(reason).toHaveFocus();
    await user.click(within(closing).getByRole('button', { name: 'Lopeta mentorointi' }));
    expect(within(closing).getByText('Kirjoita syy.')).toBeInTheDocument();
    await user.type(reason, 'Mentori muuttaa pois.');
    await user.click(within(closing).getByRole('button', { name: 'Lopeta mentorointi' }));

    expect(await screen.findByText('Lopetettu ennen aikaa')).toBeInTheDocument();
    expect(screen.getByText('Mentorointi on lopetettu.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByText('Lopetettu ennen aikaa')).toHaveFocus());
    expect(screen.getByText('Mentori muuttaa pois.')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Mentoroinnin päättäminen' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Tallenna arvio' })).not.toBeInTheDocument();
    const call = api.calls.find((c) => c.endpoint === 'POST /api/v1/mentorships/{id}/closing')!;
    expect(call.body).toEqual({ status: 'ended', note: 'Mentori muuttaa pois.' });
    expect(api.unhandled).toEqual([]);
  });

  it('completes a mentorship that is ready', async () => {
    let current = mentorship({ tasksApproved: 3, ready: true, toAssess: [] });
    mockApi({
      ...bell,
      'GET /api/v1/mentorships/{id}': () => ({ body: current }),
      'POST /api/v1/mentorships/{id}/closing': () => {
        current = { ...current, status: 'completed', closedOn: '2026-11-26' };
        return { status: 201, body: current };
      },
    });
    const { user } = await renderApp(`/mentorships/${MS_ID}`, me(['coordinator']));
    const closing = await screen.findByRole('region', { name: 'Mentoroinnin päättäminen' });
    const complete = within(closing).getByRole('button', { name: 'Merkitse suoritetuksi' });
    expect(complete).toBeEnabled();
    await user.click(complete);
    expect(await screen.findByText('Suoritettu')).toBeInTheDocument();
    expect(screen.getByText('26.11.2026')).toBeInTheDocument();
  });
});

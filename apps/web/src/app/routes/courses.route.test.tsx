import type {
  CourseDto,
  CourseEnrolmentDto,
  CourseSummaryDto,
  CreateCourseDto,
  EnrolDto,
  RecordAttendanceDto,
} from '@kokemus/api-client';
import { screen, waitFor, within } from '@testing-library/react';
import { type Handlers, mockApi, problem } from '../../test/api-mock';
import { me } from '../../test/fixtures';
import { renderApp } from '../../test/render-app';

const COURSE_ID = '00000000-0000-4000-a000-000000000001';
const S1 = '00000000-0000-4000-a000-000000000011';
const S2 = '00000000-0000-4000-a000-000000000012';
const S3 = '00000000-0000-4000-a000-000000000013';
const AINO = '00000000-0000-4000-a000-000000000021';
const PEKKA = '00000000-0000-4000-a000-000000000022';

function enrolment(overrides: Partial<CourseEnrolmentDto> & Pick<CourseEnrolmentDto, 'id' | 'name'>) {
  return {
    expertId: overrides.id,
    applicationId: null,
    status: 'enrolled',
    completedOn: null,
    attendedSessionIds: [],
    mayComplete: false,
    ...overrides,
  } satisfies CourseEnrolmentDto;
}

/** The basic course in progress (the test day is 26.11.2026): two sessions held, one to come. */
function basicCourse(overrides: Partial<CourseDto> = {}): CourseDto {
  return {
    id: COURSE_ID,
    name: 'Kokemusasiantuntijan peruskoulutus, syksy 2026',
    organiser: 'Järvi-Suomen hyvinvointialue',
    kind: 'basic',
    startsOn: '2026-11-10',
    endsOn: '2026-12-15',
    hours: 60,
    capacity: 16,
    place: 'Kokemustoiminnan tila, Jyväskylä',
    enrolledCount: 2,
    sessionCount: 3,
    sessions: [
      {
        id: S1,
        startsAt: '2026-11-12T07:00:00.000Z',
        endsAt: '2026-11-12T10:00:00.000Z',
        topic: 'Oma tarina',
      },
      { id: S2, startsAt: '2026-11-19T07:00:00.000Z', endsAt: '2026-11-19T10:00:00.000Z', topic: null },
      {
        id: S3,
        startsAt: '2026-12-03T07:00:00.000Z',
        endsAt: '2026-12-03T10:00:00.000Z',
        topic: 'Viestintä',
      },
    ],
    enrolments: [
      enrolment({ id: AINO, name: 'Aino Mäkelä', attendedSessionIds: [S1, S2] }),
      enrolment({ id: PEKKA, name: 'Pekka Korhonen', attendedSessionIds: [S1] }),
    ],
    version: 1,
    ...overrides,
  };
}

/** The header's bell asks for the unread count on every page. */
const bell: Handlers = {
  'GET /api/v1/notifications/unread-count': () => ({ body: { count: 0 } }),
};

function summaryOf(c: CourseDto): CourseSummaryDto {
  const { sessions: _s, enrolments: _e, version: _v, ...summary } = c;
  return summary;
}

describe('training (courses)', () => {
  it('lists the courses, filters them by kind from the URL, and is for coordinators only', async () => {
    const mentor = basicCourse({
      id: '00000000-0000-4000-a000-000000000002',
      name: 'Mentorikoulutus 2026',
      kind: 'mentor',
    });
    const api = mockApi({
      ...bell,
      'GET /api/v1/courses': () => ({
        body: { items: [summaryOf(basicCourse()), summaryOf(mentor)], nextCursor: null },
      }),
    });
    await renderApp('/courses?kind=mentor', me(['coordinator']));
    expect(document.title).toBe('Koulutukset – Kokemus');
    const list = await screen.findByRole('list', { name: 'Kurssit' });
    expect(within(list).getByRole('link', { name: 'Mentorikoulutus 2026' })).toBeInTheDocument();
    expect(within(list).queryByText(/peruskoulutus/)).not.toBeInTheDocument();
    expect(screen.getByText('1 kurssi')).toBeInTheDocument();
    expect(api.unhandled).toEqual([]);
  });

  it('is not for experts', async () => {
    mockApi({});
    await renderApp('/courses', me(['expert']));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Ei käyttöoikeutta');
  });

  it('validates a new course in the form, then posts it with its sessions and opens it', async () => {
    let created: CourseDto | undefined;
    const api = mockApi({
      ...bell,
      'GET /api/v1/courses': () => ({ body: { items: [], nextCursor: null } }),
      'POST /api/v1/courses': ({ body }) => {
        const dto = body as CreateCourseDto;
        created = basicCourse({
          name: dto.name,
          enrolments: [],
          enrolledCount: 0,
          sessions: dto.sessions.map((s, i) => ({
            id: `s-${i}`,
            startsAt: s.startsAt,
            endsAt: s.endsAt,
            topic: s.topic ?? null,
          })),
        });
        return { status: 201, body: created };
      },
      'GET /api/v1/courses/{id}': () => (created ? { body: created } : problem(404, 'COURSE_NOT_FOUND')),
    });
    const { user, router } = await renderApp('/courses', me(['coordinator']));
    expect(await screen.findByText('Kursseja ei ole vielä lisätty.')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Lisää kurssi' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Uusi kurssi' }, { timeout: 5000 }),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Tallenna kurssi' }));
    const summary = await screen.findByRole('heading', { name: /Lomakkeessa on 7 virhettä/ });
    await waitFor(() => expect(summary).toHaveFocus());
    expect(screen.getByRole('link', { name: 'Kurssin tyyppi: Valitse kurssin tyyppi.' })).toBeInTheDocument();

    await user.type(screen.getByLabelText('Kurssin nimi'), 'Peruskoulutus, kevät 2027');
    await user.type(screen.getByLabelText('Järjestäjä'), 'Järvi-Suomen hyvinvointialue');
    await user.click(screen.getByRole('radio', { name: /Peruskoulutus/ }));
    await user.type(screen.getByLabelText('Alkamispäivä'), '1.3.2027');
    await user.type(screen.getByLabelText('Päättymispäivä'), '30.4.2027');
    await user.type(screen.getByLabelText('Tunnit'), '60');
    await user.type(screen.getByLabelText('Paikkoja'), '16');

    // Sessions are a list: the first starts on the course's first day, the next a week later, same times.
    await user.click(screen.getByRole('button', { name: 'Lisää kerta' }));
    const first = screen.getByRole('group', { name: 'Kerta 1' });
    expect(within(first).getByLabelText('Päivä')).toHaveValue('1.3.2027');
    expect(within(first).getByLabelText('Päivä')).toHaveFocus();
    await user.type(within(first).getByLabelText('Alkaa klo'), '9.00');
    await user.type(within(first).getByLabelText('Päättyy klo'), '12.00');
    await user.type(within(first).getByLabelText(/^Aihe/), 'Oma tarina');
    await user.click(screen.getByRole('button', { name: 'Lisää kerta' }));
    const second = screen.getByRole('group', { name: 'Kerta 2' });
    expect(within(second).getByLabelText('Päivä')).toHaveValue('8.3.2027');
    expect(within(second).getByLabelText('Alkaa klo')).toHaveValue('9.00');
    await user.clear(within(second).getByLabelText('Päättyy klo'));
    await user.type(within(second).getByLabelText('Päättyy klo'), '8.00');
    await user.click(screen.getByRole('button', { name: 'Lisää kerta' }));
    await user.click(screen.getByRole('button', { name: 'Poista kerta 3' }));
    expect(screen.queryByRole('group', { name: 'Kerta 3' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Lisää kerta' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Tallenna kurssi' }));
    const again = await screen.findByRole('heading', { name: /Lomakkeessa on 1 virhe\./ });
    await waitFor(() => expect(again).toHaveFocus());
    expect(
      screen.getByRole('link', { name: 'Kerta 2: Päättyy klo: Loppu ei voi olla ennen alkua.' }),
    ).toBeInTheDocument();
    expect(api.calls.some((c) => c.endpoint === 'POST /api/v1/courses')).toBe(false);

    await user.clear(within(second).getByLabelText('Päättyy klo'));
    await user.type(within(second).getByLabelText('Päättyy klo'), '12.00');
    await user.click(screen.getByRole('button', { name: 'Tallenna kurssi' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Peruskoulutus, kevät 2027' }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/courses/${COURSE_ID}`);
    const call = api.calls.find((c) => c.endpoint === 'POST /api/v1/courses')!;
    expect(call.body).toEqual({
      name: 'Peruskoulutus, kevät 2027',
      organiser: 'Järvi-Suomen hyvinvointialue',
      kind: 'basic',
      startsOn: '2027-03-01',
      endsOn: '2027-04-30',
      hours: 60,
      capacity: 16,
      place: null,
      sessions: [
        { startsAt: '2027-03-01T09:00:00+02:00', endsAt: '2027-03-01T12:00:00+02:00', topic: 'Oma tarina' },
        { startsAt: '2027-03-08T09:00:00+02:00', endsAt: '2027-03-08T12:00:00+02:00', topic: null },
      ],
    });
    expect(api.unhandled).toEqual([]);
  });

  it('saves the attendance of one session with everyone ticked present', async () => {
    let current = basicCourse();
    const api = mockApi({
      ...bell,
      'GET /api/v1/courses/{id}': () => ({ body: current }),
      'PUT /api/v1/courses/{id}/sessions/{sessionId}/attendance': ({ params, body }) => {
        const present = (body as RecordAttendanceDto).presentEnrolmentIds;
        current = {
          ...current,
          enrolments: current.enrolments.map((e) => ({
            ...e,
            attendedSessionIds: [
              ...e.attendedSessionIds.filter((s) => s !== params.sessionId),
              ...(present.includes(e.id) ? [params.sessionId] : []),
            ],
          })),
        };
        return { body: current };
      },
    });
    const { user } = await renderApp(`/courses/${COURSE_ID}`, me(['coordinator']));
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Kokemusasiantuntijan peruskoulutus, syksy 2026',
      }),
    ).toBeInTheDocument();
    const session2 = screen.getByRole('group', { name: /^Kerta 2: / });
    expect(within(session2).getByRole('checkbox', { name: 'Aino Mäkelä' })).toBeChecked();
    expect(within(session2).getByRole('checkbox', { name: 'Pekka Korhonen' })).not.toBeChecked();

    await user.click(within(session2).getByRole('checkbox', { name: 'Pekka Korhonen' }));
    expect(within(session2).getByText('Muutoksia ei ole tallennettu.')).toBeInTheDocument();
    await user.click(within(session2).getByRole('button', { name: /^Tallenna läsnäolo/ }));

    expect(
      await within(session2).findByText('Kerran 2 läsnäolo on tallennettu: 2 paikalla.'),
    ).toBeInTheDocument();
    const call = api.calls.find(
      (c) => c.endpoint === 'PUT /api/v1/courses/{id}/sessions/{sessionId}/attendance',
    )!;
    expect(new URL(call.request.url).pathname).toBe(`/api/v1/courses/${COURSE_ID}/sessions/${S2}/attendance`);
    expect(call.body).toEqual({ presentEnrolmentIds: [AINO, PEKKA] });
    // Pekka's attendance follows the server's answer: 2 of 3 sessions.
    const people = screen.getByRole('list', { name: /^Osallistujat/ });
    const pekka = within(people).getByRole('heading', { name: 'Pekka Korhonen' }).closest('li')!;
    expect(within(pekka).getByText('2 / 3 kertaa (66 %)')).toBeInTheDocument();
    expect(api.unhandled).toEqual([]);
  });

  it('shows the attendance % and the API’s refusal when a person has attended too little to complete', async () => {
    let current = basicCourse();
    const api = mockApi({
      ...bell,
      'GET /api/v1/courses/{id}': () => ({ body: current }),
      'POST /api/v1/courses/{id}/enrolments/{enrolmentId}/complete': ({ params }) => {
        if (params.enrolmentId === PEKKA)
          return problem(409, 'COURSE_ATTENDANCE_SHORT', { detail: '1 of 3 sessions attended' });
        current = {
          ...current,
          enrolments: current.enrolments.map((e) =>
            e.id === params.enrolmentId ? { ...e, status: 'completed', completedOn: '2026-11-26' } : e,
          ),
        };
        return { body: current };
      },
    });
    const { user } = await renderApp(`/courses/${COURSE_ID}`, me(['coordinator']));
    const people = screen.getByRole('list', { name: /^Osallistujat/ });
    const pekka = within(people).getByRole('heading', { name: 'Pekka Korhonen' }).closest('li')!;
    expect(within(pekka).getByText('1 / 3 kertaa (33 %)')).toBeInTheDocument();
    expect(
      within(pekka).getByText('Suoritus vaatii läsnäolon vähintään 3 kerralla 3:stä (80 %).'),
    ).toBeInTheDocument();

    await user.click(within(pekka).getByRole('button', { name: 'Merkitse suoritetuksi Pekka Korhonen' }));
    expect(
      await within(pekka).findByText(
        /Kurssia ei voi vielä merkitä suoritetuksi: läsnäoloa ei ole tarpeeksi\./,
      ),
    ).toBeInTheDocument();

    // Aino has 2 of 3 too, but the rule is the API's: here it completes her.
    const aino = within(people).getByRole('heading', { name: 'Aino Mäkelä' }).closest('li')!;
    await user.click(within(aino).getByRole('button', { name: 'Merkitse suoritetuksi Aino Mäkelä' }));
    expect(await screen.findByText('Aino Mäkelä: kurssi on merkitty suoritetuksi.')).toBeInTheDocument();
    expect(within(aino).getByText('Suoritettu 26.11.2026')).toBeInTheDocument();
    expect(within(aino).queryByRole('button')).not.toBeInTheDocument();
    expect(api.unhandled).toEqual([]);
  });

  it('enrols an applicant at the training step', async () => {
    let current = basicCourse();
    const api = mockApi({
      ...bell,
      'GET /api/v1/courses/{id}': () => ({ body: current }),
      'GET /api/v1/applications': () => ({
        body: {
          items: [
            {
              id: '00000000-0000-4000-a000-000000000031',
              step: 'training',
              firstName: 'Sanna',
              lastName: 'Lehto',
              municipalityCode: '179',
              municipalityName: 'Jyväskylä',
              minor: false,
              stepEnteredAt: '2026-11-01T08:00:00.000Z',
              stepDueOn: null,
              stalled: false,
              owner: null,
              confirmedAt: '2026-10-01T08:00:00.000Z',
            },
          ],
          nextCursor: null,
        },
      }),
      'POST /api/v1/courses/{id}/enrolments': ({ body }) => {
        const dto = body as EnrolDto;
        current = {
          ...current,
          enrolledCount: 3,
          enrolments: [
            ...current.enrolments,
            enrolment({ id: 'e3', name: 'Sanna Lehto', expertId: null, applicationId: dto.applicationId! }),
          ],
        };
        return { status: 201, body: current };
      },
    });
    const { user } = await renderApp(`/courses/${COURSE_ID}`, me(['coordinator']));
    await user.click(screen.getByRole('radio', { name: /Hakija, jonka hakemus on koulutusvaiheessa/ }));
    const candidates = await screen.findByRole('list', { name: 'Ilmoitettavat henkilöt' });
    await user.click(within(candidates).getByRole('button', { name: 'Ilmoita Sanna Lehto' }));
    expect(await screen.findByText('Sanna Lehto on ilmoitettu kurssille.')).toBeInTheDocument();
    expect(within(candidates).getByText('On jo kurssilla')).toBeInTheDocument();
    const call = api.calls.find((c) => c.endpoint === 'GET /api/v1/applications')!;
    expect(new URL(call.request.url).searchParams.get('step')).toBe('training');
    expect(api.calls.find((c) => c.endpoint === 'POST /api/v1/courses/{id}/enrolments')!.body).toEqual({
      applicationId: '00000000-0000-4000-a000-000000000031',
    });
    expect(screen.getByRole('heading', { name: 'Osallistujat (3 / 16)' })).toBeInTheDocument();
  });

  it('shows an expert their own courses and sessions in plain words', async () => {
    const course = basicCourse();
    mockApi({
      ...bell,
      'GET /api/v1/experts/me/courses': () => ({
        body: {
          items: [
            {
              course: summaryOf(course),
              sessions: course.sessions,
              status: 'enrolled',
              attendedSessionIds: [S1],
              completedOn: null,
            },
          ],
        },
      }),
    });
    const { user } = await renderApp('/', me(['expert']));
    await user.click(
      screen.getByRole('navigation', { name: 'Päävalikko' }).querySelector('a[href="/my-training"]')!,
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Koulutukseni' })).toBeInTheDocument();
    expect(await screen.findByText('Kurssi on menossa.')).toBeInTheDocument();
    expect(screen.getByText('1 / 3 kerralla (33 %)')).toBeInTheDocument();
    const sessions = screen.getByRole('list', { name: course.name });
    const rows = within(sessions).getAllByRole('listitem');
    expect(rows.map((r) => r.textContent)).toEqual([
      expect.stringContaining('Olit paikalla'),
      expect.stringContaining('Ei merkitty paikalla'),
      expect.stringContaining('Tulossa'),
    ]);
  });
});

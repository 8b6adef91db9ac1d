import type { CreateDebriefRequestDto, DebriefRequestDto, MoveDebriefRequestDto } from '@kokemus/api-client';
import { screen, waitFor, within } from '@testing-library/react';
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

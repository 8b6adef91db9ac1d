import type { BriefingContentDto, BriefingDto } from '@kokemus/api-client';
import { screen, waitFor } from '@testing-library/react';
import { mockApi, problem } from '../../test/api-mock';
import { me } from '../../test/fixtures';
import { renderApp } from '../../test/render-app';

const OCC = '00000000-0000-4000-a000-000000000901';
const ORDER = '00000000-0000-4000-a000-000000000401';
const LIISA = '00000000-0000-4000-a000-000000000101';

const CONTENT: BriefingContentDto = {
  contactOnSite: 'Olga Osastonhoitaja, 040 123 4567, vastassa ovella',
  audience: 'Osaston hoitajat, noin 12',
  mayAsk: 'Arjesta ja toipumisesta',
  mayNotAsk: null,
  safety: 'Hoitaja on mukana koko ajan',
  quietRoom: true,
  afterContact: 'Olga',
};

function briefing(overrides: Partial<BriefingDto> = {}): BriefingDto {
  return {
    occurrenceId: OCC,
    orderId: ORDER,
    orderNumber: 'T-2027-000042',
    title: 'Osastotunti',
    unitName: 'Osasto 3, Kukkula',
    startsAt: '2099-09-23T07:00:00.000Z',
    endsAt: '2099-09-23T08:30:00.000Z',
    place: 'Osasto 3',
    demanding: false,
    status: 'requested',
    content: null,
    revision: 0,
    writtenAt: null,
    writtenByName: null,
    experts: [
      {
        expertId: LIISA,
        expertName: 'Liisa Virtanen',
        readState: 'unread',
        readAt: null,
        supervisionWish: null,
      },
    ],
    mine: null,
    allowedActions: ['write'],
    version: 1,
    ...overrides,
  };
}

describe('the briefing for the ordering unit', () => {
  it('says what is missing beside the fields, focuses the first, and saves with If-Match', async () => {
    const api = mockApi({
      'GET /api/v1/task-briefings/{occurrenceId}': () => ({ body: briefing() }),
      'PUT /api/v1/task-briefings/{occurrenceId}': ({ body }) => ({
        body: briefing({ status: 'written', content: body as BriefingContentDto, revision: 1, version: 2 }),
      }),
    });
    const { user } = await renderApp(`/briefings/${OCC}`, me(['orderer']));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Perehdytys: Osastotunti' }, { timeout: 15_000 }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Liisa Virtanen/)).toBeInTheDocument();
    expect(screen.getByText(/Ei vielä luettu/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Tallenna perehdytys' }));
    const contact = screen.getByRole('textbox', { name: /Yhteyshenkilö paikan päällä/ });
    await waitFor(() => expect(contact).toHaveFocus());
    expect(screen.getAllByText('Kirjoita vastaus.')).toHaveLength(4);
    expect(screen.getByText('Valitse kyllä tai ei.')).toBeInTheDocument();
    expect(api.calls.filter((c) => c.endpoint === 'PUT /api/v1/task-briefings/{occurrenceId}')).toHaveLength(
      0,
    );

    await user.type(contact, CONTENT.contactOnSite!);
    await user.type(screen.getByRole('textbox', { name: /Keitä kuulijat ovat/ }), CONTENT.audience!);
    await user.type(screen.getByRole('textbox', { name: /Turvallisuus/ }), CONTENT.safety!);
    await user.click(screen.getByRole('radio', { name: 'Kyllä' }));
    await user.type(screen.getByRole('textbox', { name: /Kenen puoleen/ }), 'Olga');
    await user.click(screen.getByRole('button', { name: 'Tallenna perehdytys' }));
    expect(
      await screen.findByText('Perehdytys tallennettu. Asiantuntija saa siitä viestin.'),
    ).toBeInTheDocument();
    const [put] = api.calls.filter((c) => c.endpoint === 'PUT /api/v1/task-briefings/{occurrenceId}');
    expect(put.request.headers.get('If-Match')).toBe('"1"');
    expect(put.body).toEqual({ ...CONTENT, mayAsk: null });
  });

  it('shows the API’s problem by the field it names', async () => {
    mockApi({
      'GET /api/v1/task-briefings/{occurrenceId}': () => ({
        body: briefing({ content: CONTENT, status: 'written', revision: 1 }),
      }),
      'PUT /api/v1/task-briefings/{occurrenceId}': () =>
        problem(400, 'BRIEFING_INVALID', { errors: { safety: ['at most 2000 characters'] } }),
    });
    const { user } = await renderApp(`/briefings/${OCC}`, me(['orderer']));
    const button = await screen.findByRole('button', { name: 'Tallenna perehdytys' }, { timeout: 15_000 });
    await user.click(button);
    const safety = screen.getByRole('textbox', { name: /Turvallisuus/ });
    await waitFor(() => expect(safety).toHaveFocus());
    expect(screen.getByText('Tarkista tämä kohta.')).toBeInTheDocument();
  });
});

describe('the briefing for the expert', () => {
  it('reads it, asks for supervision with a demanding task and marks it read', async () => {
    const mine = {
      expertId: LIISA,
      expertName: 'Liisa Virtanen',
      readState: 'unread' as const,
      readAt: null,
      supervisionWish: null,
    };
    const api = mockApi({
      'GET /api/v1/task-briefings/{occurrenceId}': () => ({
        body: briefing({
          status: 'written',
          content: CONTENT,
          revision: 2,
          demanding: true,
          experts: [],
          mine,
          allowedActions: ['confirm'],
          writtenByName: 'Olga Osastonhoitaja',
          writtenAt: '2099-09-10T08:00:00.000Z',
        }),
      }),
      'POST /api/v1/task-briefings/{occurrenceId}/confirmation': () => ({
        body: briefing({
          status: 'written',
          content: CONTENT,
          revision: 2,
          demanding: true,
          experts: [],
          mine: { ...mine, readState: 'read', readAt: '2099-09-11T08:00:00.000Z', supervisionWish: 'before' },
          allowedActions: [],
        }),
      }),
    });
    const { user } = await renderApp(`/briefings/${OCC}`, me(['expert']));
    expect(
      await screen.findByText('Olga Osastonhoitaja, 040 123 4567, vastassa ovella', {}, { timeout: 15_000 }),
    ).toBeInTheDocument();
    expect(screen.getByText('Ei kerrottu')).toBeInTheDocument();
    expect(screen.getByText('Kuormittava tehtävä')).toBeInTheDocument();
    // the expert does not write, and sees no one else
    expect(screen.queryByRole('button', { name: 'Tallenna perehdytys' })).not.toBeInTheDocument();
    expect(screen.getByText('Haluatko työnohjausta?')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Ennen tehtävää' }));
    await user.click(screen.getByRole('button', { name: 'Olen lukenut perehdytyksen' }));
    expect(
      await screen.findByText(/Kiitos! Kuittaus on tallennettu\. Toiveesi työnohjauksesta/),
    ).toBeInTheDocument();
    const [sent] = api.calls.filter(
      (c) => c.endpoint === 'POST /api/v1/task-briefings/{occurrenceId}/confirmation',
    );
    expect(sent.body).toEqual({ revision: 2, supervision: 'before' });
    expect(screen.getByRole('link', { name: 'Haluan jutella jonkun kanssa' })).toHaveAttribute(
      'href',
      '/talk',
    );
  });

  it('says plainly when the unit has not written it yet', async () => {
    mockApi({
      'GET /api/v1/task-briefings/{occurrenceId}': () => ({
        body: briefing({
          experts: [],
          mine: {
            expertId: LIISA,
            expertName: 'Liisa Virtanen',
            readState: 'unread',
            readAt: null,
            supervisionWish: null,
          },
          allowedActions: [],
        }),
      }),
    });
    await renderApp(`/briefings/${OCC}`, me(['expert']));
    expect(
      await screen.findByText(
        'Tilaaja ei ole vielä kirjoittanut perehdytystä. Saat viestin, kun se on valmis.',
        {},
        { timeout: 15_000 },
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Olen lukenut perehdytyksen' })).not.toBeInTheDocument();
  });
});

import type { IndicatorRequestDto, IndicatorRequestSummaryDto } from '@kokemus/api-client';
import { screen, waitFor, within } from '@testing-library/react';
import { mockApi, problem } from '../../test/api-mock';
import { catalogHandlers, expert, me } from '../../test/fixtures';
import { renderApp } from '../../test/render-app';

const ID = '00000000-0000-4000-a000-000000000901';
const TITLE = {
  fi: 'Osallisuusindikaattori (demo)',
  sv: 'Delaktighetsindikatorn (demo)',
  en: 'Participation indicator (demo)',
};

function summary(overrides: Partial<IndicatorRequestSummaryDto> = {}): IndicatorRequestSummaryDto {
  return {
    id: ID,
    reason: 'yearly',
    status: 'open',
    askedAt: '2026-09-14T08:00:00.000Z',
    answeredAt: null,
    score: null,
    title: TITLE,
    itemCount: 10,
    version: 1,
    ...overrides,
  };
}

function request(overrides: Partial<IndicatorRequestDto> = {}): IndicatorRequestDto {
  return {
    ...summary(),
    questionnaire: {
      id: '00000000-0000-4000-a000-000000000911',
      key: 'osallisuusindikaattori-demo',
      version: 1,
      current: true,
      audience: 'indicator',
      title: TITLE,
      items: Array.from({ length: 10 }, (_, i) => ({
        id: `v${i + 1}`,
        kind: 'scale' as const,
        theme: null,
        required: true,
        text: { fi: `Väite ${i + 1}`, sv: `Påstående ${i + 1}`, en: `Statement ${i + 1}` },
      })),
      locked: false,
      source: null,
      createdAt: '2025-08-01T08:00:00.000Z',
    },
    answers: [],
    ...overrides,
  };
}

describe('THL’s participation indicator', () => {
  it('shows the open one on top of the expert’s feedback page in plain words, linking to the form', async () => {
    mockApi({
      'GET /api/v1/indicator-requests': () => ({ body: { items: [summary()], nextCursor: null } }),
      'GET /api/v1/feedback/requests': () => ({ body: { items: [], nextCursor: null } }),
    });
    await renderApp('/feedback', me(['expert']));
    const card = await screen.findByRole(
      'region',
      { name: 'Miten koet osallisuutesi?' },
      { timeout: 15_000 },
    );
    expect(card).toHaveTextContent('10 väitettä, noin 5 minuuttia, vapaaehtoinen.');
    expect(within(card).getByRole('link', { name: 'Vastaa kyselyyn' })).toHaveAttribute(
      'href',
      `/participation/${ID}`,
    );
  });

  it('sent with one left, the first left takes the focus; then thanks with the score explained', async () => {
    let current = request();
    const api = mockApi({
      'GET /api/v1/indicator-requests/{id}': () => ({ body: current }),
      'GET /api/v1/indicator-requests': () => ({ body: { items: [summary()], nextCursor: null } }),
      'POST /api/v1/indicator-requests/{id}/answers': ({ body }) => {
        const answers = (body as { answers: Array<{ itemId: string; value: number }> }).answers;
        current = request({ status: 'answered', score: 70, answeredAt: '2026-09-16T08:00:00.000Z', answers });
        return { body: current };
      },
    });
    const { user } = await renderApp(`/participation/${ID}`, me(['expert']));
    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: 'Miten koet osallisuutesi?' },
        { timeout: 15_000 },
      ),
    ).toBeInTheDocument();
    const groups = screen.getAllByRole('group');
    expect(groups).toHaveLength(10);
    // every statement but the third
    for (const [i, group] of groups.entries())
      if (i !== 2) await user.click(within(group).getByRole('radio', { name: /^4 / }));
    await user.click(screen.getByRole('button', { name: 'Lähetä vastaukset' }));
    expect(await screen.findByText('Yksi väite on vielä vastaamatta.')).toBeInTheDocument();
    expect(within(groups[2]).getByText('Valitse vastaus tähän väitteeseen.')).toBeInTheDocument();
    await waitFor(() => expect(within(groups[2]).getAllByRole('radio')[0]).toHaveFocus());
    expect(api.calls.some((c) => c.endpoint === 'POST /api/v1/indicator-requests/{id}/answers')).toBe(false);

    await user.click(within(groups[2]).getByRole('radio', { name: /^5 / }));
    await user.click(screen.getByRole('button', { name: 'Lähetä vastaukset' }));
    const thanks = await screen.findByText('Kiitos vastauksistasi!');
    await waitFor(() => expect(screen.getByRole('status')).toHaveFocus());
    expect(thanks).toBeInTheDocument();
    expect(screen.getByText('Pisteesi: 70/100.')).toBeInTheDocument();
    expect(screen.getByText(/0 tarkoittaa, että olit täysin eri mieltä/)).toBeInTheDocument();
    const sent = api.calls.find((c) => c.endpoint === 'POST /api/v1/indicator-requests/{id}/answers')!;
    expect((sent.body as { answers: unknown[] }).answers).toHaveLength(10);
    expect((sent.body as { answers: Array<{ itemId: string; value: number }> }).answers[2]).toEqual({
      itemId: 'v3',
      value: 5,
    });
  });

  it('says so when the request is not theirs, or gone (404)', async () => {
    mockApi({
      'GET /api/v1/indicator-requests/{id}': () => problem(404, 'INDICATOR_REQUEST_NOT_FOUND'),
    });
    await renderApp(`/participation/${ID}`, me(['expert']));
    expect(await screen.findByText('Kyselyä ei löytynyt.', {}, { timeout: 15_000 })).toBeInTheDocument();
  });

  it('is the expert’s own: others have no access to the form', async () => {
    mockApi({});
    await renderApp(`/participation/${ID}`, me(['orderer']));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Ei käyttöoikeutta');
  });

  it('shows the coordinator an expert’s scores over time (date, reason, score)', async () => {
    const e = expert();
    const items = [
      {
        id: 'a',
        reason: 'joining' as const,
        askedAt: '2025-09-10T08:00:00.000Z',
        answeredAt: '2025-09-11T08:00:00.000Z',
        score: 63,
        questionnaireKey: 'osallisuusindikaattori-demo',
        questionnaireVersion: 1,
      },
      {
        id: 'b',
        reason: 'yearly' as const,
        askedAt: '2026-09-14T08:00:00.000Z',
        answeredAt: null,
        score: null,
        questionnaireKey: 'osallisuusindikaattori-demo',
        questionnaireVersion: 1,
      },
    ];
    mockApi({
      ...catalogHandlers(),
      'GET /api/v1/experts/{id}': () => ({ body: e }),
      'GET /api/v1/experts/{expertId}/indicator-scores': () => ({ body: { items } }),
    });
    await renderApp(`/registry/${e.id}`, me(['coordinator']));
    const section = await screen.findByRole(
      'region',
      { name: 'Osallisuusindikaattori' },
      { timeout: 15_000 },
    );
    const table = await within(section).findByTestId('indicator-scores');
    const rows = within(table).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('11.9.2025');
    expect(rows[1]).toHaveTextContent('Aloittaessa');
    expect(rows[1]).toHaveTextContent('63/100');
    expect(rows[2]).toHaveTextContent('Vuosittain');
    expect(rows[2]).toHaveTextContent('Ei vielä vastattu');
  });

  it('tells the coordinator when the expert has no answers yet', async () => {
    const e = expert();
    mockApi({
      ...catalogHandlers(),
      'GET /api/v1/experts/{id}': () => ({ body: e }),
      'GET /api/v1/experts/{expertId}/indicator-scores': () => ({ body: { items: [] } }),
    });
    await renderApp(`/registry/${e.id}`, me(['coordinator']));
    const section = await screen.findByRole(
      'region',
      { name: 'Osallisuusindikaattori' },
      { timeout: 15_000 },
    );
    expect(await within(section).findByText('Ei vielä vastauksia.')).toBeInTheDocument();
  });
});

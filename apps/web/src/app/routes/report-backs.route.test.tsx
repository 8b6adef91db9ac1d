import type { QuestionnaireDto, ReportBackDto } from '@kokemus/api-client';
import { screen, waitFor, within } from '@testing-library/react';
import { mockApi, problem } from '../../test/api-mock';
import { me } from '../../test/fixtures';
import { renderApp } from '../../test/render-app';

const ID = '00000000-0000-4000-a000-000000000801';
const text = (fi: string, sv: string, en: string) => ({ fi, sv, en });

const ordererQuestions: QuestionnaireDto = {
  id: '00000000-0000-4000-a000-000000000702',
  key: 'orderer-after-task',
  audience: 'orderer',
  version: 1,
  current: true,
  locked: true,
  source: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  title: text('Tilaajan palaute', 'Beställarens respons', 'The orderer’s feedback'),
  items: [
    {
      id: 'useful',
      kind: 'scale',
      theme: 'tieto',
      required: true,
      text: text('Tieto oli hyödyllistä.', 'Kunskapen var nyttig.', 'The knowledge was useful.'),
    },
    {
      id: 'returned',
      kind: 'text',
      theme: 'tieto',
      required: false,
      text: text('Miten tulokset palautetaan?', 'Hur återförs resultaten?', 'How are results returned?'),
    },
  ],
};

const participantQuestions: QuestionnaireDto = {
  ...ordererQuestions,
  id: '00000000-0000-4000-a000-000000000703',
  key: 'participant',
  audience: 'participant',
  title: text('Osallistujan palaute', 'Deltagarens respons', 'Participant feedback'),
  items: [
    {
      id: 'mood',
      kind: 'emoji',
      theme: null,
      required: true,
      text: text('Millainen olo jäi?', 'Hur kändes det?', 'How did it feel?'),
    },
    {
      id: 'words',
      kind: 'text',
      theme: null,
      required: false,
      text: text('Sana asiantuntijalle', 'Ett ord till experten', 'A word to the expert'),
    },
  ],
};

function reportBack(overrides: Partial<ReportBackDto> = {}): ReportBackDto {
  return {
    id: ID,
    task: {
      id: '00000000-0000-4000-a000-000000000301',
      title: 'Juttupenkki',
      startsAt: '2026-11-10T10:00:00.000Z',
      place: 'Kuopion lukio',
    },
    expertName: 'Liisa Virtanen',
    unitName: 'Nuorisopalvelut',
    readyAt: '2026-11-24T09:00:00.000Z',
    orderer: {
      answered: true,
      questionnaire: ordererQuestions,
      answers: [
        { itemId: 'useful', value: 5 },
        { itemId: 'returned', text: 'Käymme vastaukset läpi tunnilla.' },
      ],
    },
    participants: {
      answerCount: 14,
      suppressed: false,
      questionnaire: participantQuestions,
      items: [{ itemId: 'mood', answered: 14, counts: [0, 1, 2, 5, 6], mean: 4.142857 }],
      comments: ['Oli hyvä kuulla, että toipuminen on mahdollista.'],
    },
    coordinatorNote: null,
    notedByName: null,
    ...overrides,
  } as ReportBackDto;
}

describe('what my tasks gave', () => {
  it('lists the expert’s own report-backs from the feedback page and opens one in plain words', async () => {
    mockApi({
      'GET /api/v1/feedback/requests': () => ({ body: { items: [], nextCursor: null } }),
      'GET /api/v1/experts/me/report-backs': () => ({ body: { items: [reportBack()], nextCursor: null } }),
      'GET /api/v1/report-backs/{id}': () => ({ body: reportBack() }),
    });
    const { user } = await renderApp('/feedback', me(['expert']));
    await user.click(await screen.findByRole('link', { name: 'Mitä tehtäväni antoivat' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Mitä tehtäväni antoivat' }),
    ).toBeInTheDocument();
    const list = await screen.findByTestId('report-back-list');
    expect(within(list).getByText(/14 kuulijaa vastasi\./)).toBeInTheDocument();
    await user.click(within(list).getByRole('link', { name: 'Juttupenkki' }));

    // the page is loaded lazily: on a cold machine its first load takes a while
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Juttupenkki' }, { timeout: 15_000 }),
    ).toBeInTheDocument();
    const unit = screen.getByTestId('report-back-unit');
    expect(within(unit).getByText('5 – Täysin samaa mieltä')).toBeInTheDocument();
    expect(within(unit).getByText('Käymme vastaukset läpi tunnilla.')).toBeInTheDocument();
    const audience = screen.getByTestId('report-back-participants');
    expect(within(audience).getByText('Keskiarvo 4,1 (14 vastausta)')).toBeInTheDocument();
    expect(within(audience).getByText('😄 Tosi hyvä: 6')).toBeInTheDocument();
    expect(screen.getByText('Oli hyvä kuulla, että toipuminen on mahdollista.')).toBeInTheDocument();
    // the expert does not write the coordinator's words
    expect(screen.queryByRole('button', { name: 'Tallenna terveiset' })).not.toBeInTheDocument();
  });

  it('shows fewer than five participants only as their number', async () => {
    mockApi({
      'GET /api/v1/report-backs/{id}': () => ({
        body: reportBack({
          participants: {
            answerCount: 3,
            suppressed: true,
            questionnaire: participantQuestions,
            items: [],
            comments: [],
          },
        }),
      }),
    });
    await renderApp(`/what-my-tasks-gave/${ID}`, me(['expert']));
    expect(await screen.findByText('3 kuulijaa vastasi.')).toBeInTheDocument();
    expect(screen.getByText(/näytämme vain heidän määränsä/)).toBeInTheDocument();
    expect(screen.queryByTestId('report-back-participants')).not.toBeInTheDocument();
  });

  it('says plainly when nobody in the audience answered', async () => {
    mockApi({
      'GET /api/v1/report-backs/{id}': () => ({
        body: reportBack({
          participants: { answerCount: 0, suppressed: true, questionnaire: null, items: [], comments: [] },
        }),
      }),
    });
    await renderApp(`/what-my-tasks-gave/${ID}`, me(['expert']));
    expect(await screen.findByText('Kuulijoilta ei tullut vastauksia.')).toBeInTheDocument();
    expect(screen.queryByText(/näytämme vain heidän määränsä/)).not.toBeInTheDocument();
  });

  it('lets a coordinator add her words, and shows what the API rejects', async () => {
    let current = reportBack();
    let reject = true;
    const api = mockApi({
      'GET /api/v1/report-backs/{id}': () => ({ body: current }),
      'PUT /api/v1/report-backs/{id}/note': ({ body }) => {
        if (reject) {
          reject = false;
          return problem(400, 'VALIDATION_FAILED', { errors: { note: ['must be shorter'] } });
        }
        current = reportBack({
          coordinatorNote: (body as { note: string }).note,
          notedByName: 'Kaisa Koordinaattori',
        });
        return { body: current };
      },
    });
    const { user } = await renderApp(`/what-my-tasks-gave/${ID}`, me(['coordinator']));
    expect(await screen.findByText('Liisa Virtanen')).toBeInTheDocument();
    const box = screen.getByLabelText(/^Terveiset/);
    await user.type(box, 'Kiitos, Liisa! Nuoret puhuivat sinusta vielä viikon päästä.');
    await user.click(screen.getByRole('button', { name: 'Tallenna terveiset' }));
    expect(await screen.findByText('Tarkista terveiset.')).toBeInTheDocument();
    await waitFor(() => expect(box).toHaveFocus());
    await user.click(screen.getByRole('button', { name: 'Tallenna terveiset' }));
    const status = await screen.findByText('Terveiset on tallennettu.');
    await waitFor(() => expect(status).toHaveFocus());
    const sent = api.calls.filter((c) => c.endpoint === 'PUT /api/v1/report-backs/{id}/note');
    expect(sent.at(-1)?.body).toEqual({
      note: 'Kiitos, Liisa! Nuoret puhuivat sinusta vielä viikon päästä.',
    });
    const note = await screen.findByRole('region', { name: 'Koordinaattorin terveiset' });
    expect(within(note).getByText('Kaisa Koordinaattori')).toBeInTheDocument();
  });

  it('says so when the report-back is not the expert’s', async () => {
    mockApi({ 'GET /api/v1/report-backs/{id}': () => problem(404, 'REPORT_BACK_NOT_FOUND') });
    await renderApp(`/what-my-tasks-gave/${ID}`, me(['expert']));
    expect(await screen.findByText(/Koostetta ei löytynyt/)).toBeInTheDocument();
  });

  it('is not for an orderer', async () => {
    mockApi({});
    await renderApp(`/what-my-tasks-gave/${ID}`, me(['orderer']));
    expect(await screen.findByRole('heading', { level: 1 })).not.toHaveTextContent('Juttupenkki');
  });
});

import type { QuestionnaireDto, ScreenAnswerDto, ScreeningItemDto } from '@kokemus/api-client';
import { screen, waitFor, within } from '@testing-library/react';
import { mockApi, problem } from '../../test/api-mock';
import { me } from '../../test/fixtures';
import { renderApp } from '../../test/render-app';

const FIRST = '00000000-0000-4000-a000-000000000901';
const SECOND = '00000000-0000-4000-a000-000000000902';
const NAMED = 'Tarina muistutti minua siskostani Annasta, joka sairastui viime vuonna.';
const PLAIN = 'Kiitos, opin paljon.';

function answer(overrides: Partial<ScreeningItemDto> = {}): ScreeningItemDto {
  return {
    id: FIRST,
    orderId: '00000000-0000-4000-a000-000000000401',
    title: 'Juttupenkki',
    startsAt: '2026-11-24T10:00:00.000Z',
    locale: 'selko',
    texts: [{ itemId: 'comments', text: NAMED }],
    screening: 'pending',
    answeredAt: '2026-11-24T12:05:00.000Z',
    ...overrides,
  };
}

const questionnaire: QuestionnaireDto = {
  id: '00000000-0000-4000-a000-000000000501',
  key: 'participant',
  version: 1,
  audience: 'participant',
  title: { fi: 'Osallistujat', sv: 'Deltagarna', en: 'Participants' },
  items: [
    {
      id: 'comments',
      kind: 'text',
      required: false,
      theme: null,
      text: { fi: 'Mitä muuta haluat sanoa?', sv: 'Vad mer vill du säga?', en: 'Anything else?' },
    },
  ],
  locked: false,
  source: null,
  current: true,
  createdAt: '2026-01-01T00:00:00.000Z',
};

/** A small screening API: the answers in their states, the decision moves one. */
function screeningApi(initial: ScreeningItemDto[]) {
  let answers = initial;
  const api = mockApi({
    'GET /api/v1/participant-feedback/screening': ({ url }) => {
      const status = url.searchParams.get('status') ?? 'pending';
      return { body: { items: answers.filter((a) => a.screening === status), nextCursor: null } };
    },
    'POST /api/v1/participant-feedback/answers/{id}/screening': ({ params, body }) => {
      const { decision } = body as ScreenAnswerDto;
      answers = answers.map((a) =>
        a.id === params.id ? { ...a, screening: decision === 'approve' ? 'approved' : 'rejected' } : a,
      );
      return { status: 204, body: null };
    },
    'GET /api/v1/questionnaires': () => ({ body: { items: [questionnaire], nextCursor: null } }),
  });
  return api;
}

describe('the coordinators’ screening of the participants’ text', () => {
  it('shows a pending text with its task, time, language and question; approving it sends approve, it leaves and the focus goes on', async () => {
    const api = screeningApi([
      answer(),
      answer({ id: SECOND, locale: 'fi', texts: [{ itemId: 'comments', text: PLAIN }] }),
    ]);
    const { user } = await renderApp('/participant-feedback/screening', me(['coordinator']));
    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: 'Osallistujien tekstien tarkistus' },
        { timeout: 15_000 },
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(/Etsi nimiä, terveystietoja/)).toBeInTheDocument();
    expect(screen.getByLabelText('Näytä')).toHaveValue('pending');

    const list = await screen.findByTestId('screening-list');
    const [first, second] = within(list).getAllByRole('listitem');
    expect(within(first).getByRole('heading', { level: 3, name: 'Juttupenkki' })).toBeInTheDocument();
    expect(first).toHaveTextContent(/Tehtävä 24\.11\.2026/);
    expect(first).toHaveTextContent('Vastauskieli: selkosuomi');
    const quote = within(first).getByText(NAMED);
    expect(quote.tagName).toBe('BLOCKQUOTE');
    expect(quote).toHaveAttribute('lang', 'fi');
    expect(await within(first).findByText('Kysymys: Mitä muuta haluat sanoa?')).toBeInTheDocument();
    expect(second).toHaveTextContent('Vastauskieli: suomi');
    const pendingCall = api.calls.find((c) => c.endpoint === 'GET /api/v1/participant-feedback/screening')!;
    expect(new URL(pendingCall.request.url).searchParams.get('status')).toBe('pending');

    await user.click(within(first).getByRole('button', { name: 'Hyväksy (saa näyttää)' }));
    await waitFor(() => expect(screen.queryByText(NAMED)).not.toBeInTheDocument());
    const decided = api.calls.find(
      (c) => c.endpoint === 'POST /api/v1/participant-feedback/answers/{id}/screening',
    )!;
    expect(new URL(decided.request.url).pathname).toBe(
      `/api/v1/participant-feedback/answers/${FIRST}/screening`,
    );
    expect(decided.body).toEqual({ decision: 'approve' });
    expect(screen.getByRole('status')).toHaveTextContent(/Hyväksyit tekstin: Juttupenkki/);
    const next = within(screen.getByTestId('screening-list')).getByRole('heading', { level: 3 });
    await waitFor(() => expect(next).toHaveFocus());
    expect(within(screen.getByTestId('screening-list')).getByText(PLAIN)).toBeInTheDocument();

    // The last one rejected: the list is empty and the focus is on its heading.
    await user.click(screen.getByRole('button', { name: 'Hylkää (ei näytetä koskaan)' }));
    expect(
      await screen.findByText('Tarkistettavia tekstejä ei ole. Kaikki osallistujien tekstit on luettu.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(/Hylkäsit tekstin: Juttupenkki/);
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 2, name: 'Tarkistamatta olevat tekstit' })).toHaveFocus(),
    );
    const last = api.calls.filter(
      (c) => c.endpoint === 'POST /api/v1/participant-feedback/answers/{id}/screening',
    )[1];
    expect(last.body).toEqual({ decision: 'reject' });

    // The approved ones by the filter: the decision can be changed there.
    await user.selectOptions(screen.getByLabelText('Näytä'), 'approved');
    const approved = await screen.findByTestId('screening-list');
    expect(approved).toHaveTextContent(NAMED);
    expect(approved).toHaveTextContent('Hyväksytty: saa näyttää');
    expect(within(approved).queryByRole('button', { name: 'Hyväksy (saa näyttää)' })).not.toBeInTheDocument();
    expect(within(approved).getByRole('button', { name: 'Hylkää (ei näytetä koskaan)' })).toBeInTheDocument();
  });

  it('says why a decision failed, on the answer, and keeps it in the list', async () => {
    mockApi({
      'GET /api/v1/participant-feedback/screening': () => ({ body: { items: [answer()], nextCursor: null } }),
      'POST /api/v1/participant-feedback/answers/{id}/screening': () =>
        problem(404, 'SCREENING_NOT_FOUND', { detail: 'No such participant text to screen' }),
      'GET /api/v1/questionnaires': () => problem(403, 'ROLE_REQUIRED'),
    });
    const { user } = await renderApp('/participant-feedback/screening', me(['coordinator']));
    const list = await screen.findByTestId('screening-list', {}, { timeout: 15_000 });
    await user.click(within(list).getByRole('button', { name: 'Hyväksy (saa näyttää)' }));
    const alert = await screen.findByTestId('problem-alert');
    expect(alert).toHaveTextContent('Tekstiä ei löytynyt.');
    await waitFor(() => expect(alert).toHaveFocus());
    expect(screen.getByText(NAMED)).toBeInTheDocument();
    // no question names without the questionnaire: the text is still shown
    expect(screen.queryByText(/Kysymys:/)).not.toBeInTheDocument();
  });

  it('says so when there is nothing to screen, and shows more by the cursor', async () => {
    const api = mockApi({
      'GET /api/v1/participant-feedback/screening': ({ url }) =>
        url.searchParams.get('status') === 'rejected'
          ? { body: { items: [], nextCursor: null } }
          : url.searchParams.get('cursor') === 'next-1'
            ? { body: { items: [answer({ id: SECOND, title: 'Osastotunti' })], nextCursor: null } }
            : { body: { items: [answer()], nextCursor: 'next-1' } },
      'GET /api/v1/questionnaires': () => ({ body: { items: [questionnaire], nextCursor: null } }),
    });
    const { user } = await renderApp('/participant-feedback/screening', me(['coordinator']));
    await screen.findByTestId('screening-list', {}, { timeout: 15_000 });
    await user.click(screen.getByRole('button', { name: 'Näytä lisää' }));
    const more = await screen.findByRole('heading', { level: 3, name: 'Osastotunti' });
    await waitFor(() => expect(more).toHaveFocus());
    expect(api.calls.some((c) => new URL(c.request.url).searchParams.get('cursor') === 'next-1')).toBe(true);
    expect(screen.queryByRole('button', { name: 'Näytä lisää' })).not.toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Näytä'), 'rejected');
    expect(await screen.findByText('Hylättyjä tekstejä ei ole.')).toBeInTheDocument();
  });

  it('is in a coordinator’s menu after the complaints', async () => {
    mockApi({});
    await renderApp('/', me(['coordinator']));
    const nav = await screen.findByRole('navigation', { name: 'Päävalikko' });
    const names = within(nav)
      .getAllByRole('link')
      .map((a) => a.textContent);
    expect(names.indexOf('Tekstien tarkistus')).toBe(names.indexOf('Muistutukset') + 1);
    expect(within(nav).getByRole('link', { name: 'Tekstien tarkistus' })).toHaveAttribute(
      'href',
      '/participant-feedback/screening',
    );
  });

  it('is for coordinators only: not in anyone else’s menu, and the page says no access', async () => {
    const api = mockApi({});
    await renderApp('/participant-feedback/screening', me(['orderer', 'expert', 'admin']));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Ei käyttöoikeutta' }, { timeout: 15_000 }),
    ).toBeInTheDocument();
    expect(api.calls.some((c) => c.endpoint.includes('screening'))).toBe(false);
    const nav = await screen.findByRole('navigation', { name: 'Päävalikko' });
    expect(within(nav).queryByRole('link', { name: 'Tekstien tarkistus' })).not.toBeInTheDocument();
  });
});

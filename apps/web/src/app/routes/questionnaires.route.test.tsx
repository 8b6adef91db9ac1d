import type { CreateQuestionnaireDto, QuestionnaireDto } from '@kokemus/api-client';
import { screen, waitFor, within } from '@testing-library/react';
import { mockApi, problem } from '../../test/api-mock';
import { me } from '../../test/fixtures';
import { renderApp } from '../../test/render-app';

const LAZY = { timeout: 15_000 };

function questionnaire(overrides: Partial<QuestionnaireDto> = {}): QuestionnaireDto {
  return {
    id: '00000000-0000-4000-a000-000000000902',
    key: 'orderer-after-task',
    version: 2,
    current: true,
    audience: 'orderer',
    title: { fi: 'Tilaajan palaute', sv: 'Beställarens respons', en: 'The orderer’s feedback' },
    items: [
      {
        id: 'prepared',
        kind: 'scale',
        theme: 'tieto',
        required: true,
        text: {
          fi: 'Saimme tarpeeksi tietoa etukäteen.',
          sv: 'Vi fick tillräckligt med information i förväg.',
          en: 'We got enough information in advance.',
          selko: null,
        },
      },
      {
        id: 'overall',
        kind: 'rating',
        theme: null,
        required: false,
        text: { fi: 'Kokonaisarvio', sv: 'Helhetsbedömning', en: 'Overall' },
      },
    ],
    locked: false,
    source: null,
    createdAt: '2026-11-02T10:00:00.000Z',
    ...overrides,
  };
}

const older = questionnaire({
  id: '00000000-0000-4000-a000-000000000901',
  version: 1,
  current: false,
  items: [questionnaire().items[0]],
  createdAt: '2026-01-02T10:00:00.000Z',
});

const indicator = questionnaire({
  id: '00000000-0000-4000-a000-000000000903',
  key: 'thl-osallisuus',
  version: 1,
  audience: 'indicator',
  title: { fi: 'Osallisuusindikaattori', sv: 'Delaktighetsindikatorn', en: 'Participation indicator' },
  items: [{ ...questionnaire().items[0], id: 'q1' }],
  locked: true,
  source: 'THL, käyttöehtojen mukaan',
});

describe('the admin’s questionnaires', () => {
  it('lists each instrument with its key, whom it asks, its version and whether it is locked', async () => {
    mockApi({
      'GET /api/v1/questionnaires': () => ({
        body: { items: [questionnaire(), indicator], nextCursor: null },
      }),
    });
    await renderApp('/questionnaires', me(['admin']));
    const list = await screen.findByTestId('questionnaire-list', {}, LAZY);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Kyselyt');
    const [first, second] = within(list).getAllByRole('listitem');
    expect(within(first).getByRole('link', { name: 'Tilaajan palaute' })).toHaveAttribute(
      'href',
      '/questionnaires/orderer-after-task',
    );
    expect(first).toHaveTextContent('Tunniste: orderer-after-task · Versio 2');
    expect(first).toHaveTextContent('Kenelle: Tilaaja tehtävän jälkeen');
    expect(first).not.toHaveTextContent('Lukittu');
    expect(second).toHaveTextContent('Lukittu');
    expect(second).toHaveTextContent('Mittari');
    expect(await screen.findByRole('navigation', { name: 'Päävalikko' })).toHaveTextContent('Kyselyt');
  });

  it('makes the next version from the newest: ids kept, items moved with buttons, and says it was saved', async () => {
    let versions = [questionnaire(), older];
    const api = mockApi({
      'GET /api/v1/questionnaires': ({ url }) => {
        expect(url.searchParams.get('key')).toBe('orderer-after-task');
        return { body: { items: versions, nextCursor: null } };
      },
      'POST /api/v1/questionnaires': ({ body }) => {
        const sent = body as CreateQuestionnaireDto;
        const saved = questionnaire({
          id: '00000000-0000-4000-a000-000000000904',
          version: 3,
          items: sent.items,
        });
        versions = [saved, ...versions.map((v) => ({ ...v, current: false }))];
        return { status: 201, body: saved };
      },
    });
    const { user } = await renderApp('/questionnaires/orderer-after-task', me(['admin']));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Tilaajan palaute' }, LAZY),
    ).toBeInTheDocument();
    expect(screen.getByTestId('questionnaire-versions')).toHaveTextContent(
      'Versio 2, tallennettu 2.11.2026 (uusin)',
    );
    const questions = screen.getByTestId('questionnaire-questions');
    expect(questions).toHaveTextContent('Saimme tarpeeksi tietoa etukäteen.');
    await user.selectOptions(screen.getByLabelText('Kieli'), 'sv');
    expect(questions).toHaveTextContent('Vi fick tillräckligt med information i förväg.');
    await user.selectOptions(screen.getByLabelText('Näytettävä versio'), older.id);
    expect(screen.getAllByRole('listitem').filter((li) => questions.contains(li))).toHaveLength(1);

    await user.click(screen.getByRole('link', { name: 'Tee uusi versio' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Uusi versio: Tilaajan palaute' }, LAZY),
    ).toBeInTheDocument();
    const ids = screen.getAllByRole('textbox', { name: 'Kysymyksen tunniste' });
    expect(ids[0]).toHaveValue('prepared');
    expect(ids[0]).toHaveAttribute('readonly');
    expect(screen.queryByRole('textbox', { name: /selkosuomeksi/ })).not.toBeInTheDocument();

    const fi = screen.getAllByRole('textbox', { name: 'Kysymys suomeksi' })[0];
    await user.clear(fi);
    await user.type(fi, 'Saimme etukäteen kaiken tarvitsemamme tiedon.');
    const down = screen.getByRole('button', { name: 'Siirrä alas (kysymys 1)' });
    await user.click(down);
    expect(
      screen
        .getAllByRole('textbox', { name: 'Kysymyksen tunniste' })
        .map((el) => (el as HTMLInputElement).value),
    ).toEqual(['overall', 'prepared']);
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Siirrä ylös (kysymys 2)' })).toHaveFocus(),
    );

    await user.click(screen.getByRole('button', { name: 'Tallenna versio' }));
    expect(
      await screen.findByText(
        'Versio 3 tallennettu. Vanhat vastaukset pysyvät omassa versiossaan.',
        {},
        LAZY,
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Tilaajan palaute' })).toBeInTheDocument();
    const post = api.calls.find((c) => c.endpoint === 'POST /api/v1/questionnaires')!;
    expect(post.body).toEqual({
      key: 'orderer-after-task',
      audience: 'orderer',
      title: { fi: 'Tilaajan palaute', sv: 'Beställarens respons', en: 'The orderer’s feedback' },
      items: [
        {
          id: 'overall',
          kind: 'rating',
          theme: null,
          required: false,
          text: { fi: 'Kokonaisarvio', sv: 'Helhetsbedömning', en: 'Overall' },
        },
        {
          id: 'prepared',
          kind: 'scale',
          theme: 'tieto',
          required: true,
          text: {
            fi: 'Saimme etukäteen kaiken tarvitsemamme tiedon.',
            sv: 'Vi fick tillräckligt med information i förväg.',
            en: 'We got enough information in advance.',
          },
        },
      ],
      locked: false,
      source: null,
    });
    expect(screen.getByTestId('questionnaire-versions')).toHaveTextContent('Versio 3');
  });

  it('starts a new instrument: what is missing takes the focus, the participants’ items ask for selkokieli', async () => {
    const api = mockApi({
      'POST /api/v1/questionnaires': ({ body }) => {
        const sent = body as CreateQuestionnaireDto;
        return { status: 201, body: questionnaire({ ...sent, version: 1, source: null, locked: false }) };
      },
      'GET /api/v1/questionnaires': ({ url }) => {
        const sent = api.calls.find((c) => c.endpoint === 'POST /api/v1/questionnaires')?.body as
          CreateQuestionnaireDto | undefined;
        expect(url.searchParams.get('key')).toBe('osallistujat-2027');
        return {
          body: {
            items: sent ? [questionnaire({ ...sent, version: 1, source: null })] : [],
            nextCursor: null,
          },
        };
      },
    });
    const { user } = await renderApp('/questionnaires/new', me(['admin']));
    await screen.findByRole('heading', { level: 1, name: 'Uusi kysely' }, LAZY);
    await user.click(screen.getByRole('button', { name: 'Tallenna versio' }));
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Tunniste' })).toHaveFocus());
    expect(api.calls).toHaveLength(0);

    await user.type(screen.getByRole('textbox', { name: 'Tunniste' }), 'osallistujat-2027');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Kenelle' }), 'participant');
    await user.type(screen.getByRole('textbox', { name: 'Otsikko suomeksi' }), 'Osallistujat');
    await user.type(screen.getByRole('textbox', { name: 'Otsikko ruotsiksi' }), 'Deltagarna');
    await user.type(screen.getByRole('textbox', { name: 'Otsikko englanniksi' }), 'Participants');
    await user.type(screen.getByRole('textbox', { name: 'Kysymyksen tunniste' }), 'hyva');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Vastaustapa' }), 'emoji');
    await user.type(screen.getByRole('textbox', { name: 'Kysymys suomeksi' }), 'Oliko tilaisuus hyvä?');
    await user.type(screen.getByRole('textbox', { name: 'Kysymys ruotsiksi' }), 'Var tillfället bra?');
    await user.type(screen.getByRole('textbox', { name: 'Kysymys englanniksi' }), 'Was it good?');
    await user.click(screen.getByRole('button', { name: 'Tallenna versio' }));
    const selko = screen.getByRole('textbox', { name: 'Kysymys selkosuomeksi' });
    await waitFor(() => expect(selko).toHaveFocus());
    await user.type(selko, 'Oliko hyvä?');
    await user.click(screen.getByRole('button', { name: 'Tallenna versio' }));
    expect(
      await screen.findByText(
        'Versio 1 tallennettu. Vanhat vastaukset pysyvät omassa versiossaan.',
        {},
        LAZY,
      ),
    ).toBeInTheDocument();
    expect(api.calls.find((c) => c.endpoint === 'POST /api/v1/questionnaires')!.body).toEqual({
      key: 'osallistujat-2027',
      audience: 'participant',
      title: { fi: 'Osallistujat', sv: 'Deltagarna', en: 'Participants' },
      items: [
        {
          id: 'hyva',
          kind: 'emoji',
          theme: null,
          required: false,
          text: {
            fi: 'Oliko tilaisuus hyvä?',
            sv: 'Var tillfället bra?',
            en: 'Was it good?',
            selko: 'Oliko hyvä?',
          },
        },
      ],
      locked: false,
      source: null,
    });
  });

  it('shows the API’s 400 beside the field it names and moves the focus there', async () => {
    mockApi({
      'GET /api/v1/questionnaires': () => ({ body: { items: [questionnaire()], nextCursor: null } }),
      'POST /api/v1/questionnaires': () =>
        problem(400, 'QUESTIONNAIRE_INVALID', { errors: { 'items.1.text.sv': ['missing'] } }),
    });
    const { user } = await renderApp('/questionnaires/orderer-after-task/new-version', me(['admin']));
    await screen.findByRole('heading', { level: 1, name: 'Uusi versio: Tilaajan palaute' }, LAZY);
    await user.click(screen.getByRole('button', { name: 'Tallenna versio' }));
    const field = screen.getAllByRole('textbox', { name: 'Kysymys ruotsiksi' })[1];
    await waitFor(() => expect(field).toHaveFocus());
    const item = screen.getAllByTestId('questionnaire-item')[1];
    expect(within(item).getByText('Kirjoita teksti.')).toBeInTheDocument();
    expect(screen.getByText('Tallennus ei onnistunut. Korjaa merkityt kentät.')).toBeInTheDocument();
  });

  it('tells on top, with the focus, when the instrument was locked meanwhile (409)', async () => {
    mockApi({
      'GET /api/v1/questionnaires': () => ({ body: { items: [questionnaire()], nextCursor: null } }),
      'POST /api/v1/questionnaires': () => problem(409, 'QUESTIONNAIRE_LOCKED'),
    });
    const { user } = await renderApp('/questionnaires/orderer-after-task/new-version', me(['admin']));
    await screen.findByRole('heading', { level: 1, name: 'Uusi versio: Tilaajan palaute' }, LAZY);
    await user.click(screen.getByRole('button', { name: 'Tallenna versio' }));
    const alert = await screen.findByText(/sanamuoto on lukittu: siitä ei voi tallentaa uutta versiota/);
    await waitFor(() => expect(document.getElementById('questionnaire-problem')).toHaveFocus());
    expect(alert).toBeInTheDocument();
  });

  it('offers no new version of a locked instrument and tells why', async () => {
    mockApi({ 'GET /api/v1/questionnaires': () => ({ body: { items: [indicator], nextCursor: null } }) });
    const { router } = await renderApp('/questionnaires/thl-osallisuus', me(['admin']));
    await screen.findByRole('heading', { level: 1, name: 'Osallisuusindikaattori' }, LAZY);
    expect(screen.getByText(/Tämä kysely on lukittu/)).toBeInTheDocument();
    expect(screen.getByText('THL, käyttöehtojen mukaan')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Tee uusi versio' })).not.toBeInTheDocument();

    await router.navigate({ to: '/questionnaires/$key/new-version', params: { key: 'thl-osallisuus' } });
    await screen.findByRole('heading', { level: 1, name: /Uusi versio/ }, LAZY);
    expect(screen.getByText(/Tämä kysely on lukittu/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Tallenna versio' })).not.toBeInTheDocument();
  });

  it('is not for anyone but the admins', async () => {
    const api = mockApi({});
    await renderApp('/questionnaires', me(['coordinator']));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Ei käyttöoikeutta' }, LAZY),
    ).toBeInTheDocument();
    expect(api.calls.some((c) => c.endpoint.includes('questionnaires'))).toBe(false);
    expect(screen.getByRole('navigation', { name: 'Päävalikko' })).not.toHaveTextContent('Kyselyt');
  });
});

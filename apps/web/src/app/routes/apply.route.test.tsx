import type {
  ApplicantCertificatesDto,
  ApplicationConfirmedDto,
  CertificateDto,
  GuardianRequestDto,
  InterviewInvitationDto,
  RecruitmentStatusDto,
  SubmissionReceivedDto,
  SubmitApplicationDto,
} from '@kokemus/api-client';
import { screen, waitFor, within } from '@testing-library/react';
import { vi } from 'vitest';
import { type Handlers, mockApi, problem } from '../../test/api-mock';
import { catalogHandlers } from '../../test/fixtures';
import { renderApp } from '../../test/render-app';

// The apply endpoints are public; the shared mock's contract map does not list them (yet), so their
// replies are typed here from the same generated types.
type ApplyReply<T> = { status?: number; body: T } | ReturnType<typeof problem>;
type ApplyHandlers = {
  'GET /api/v1/recruitment-rounds/status'?: () => ApplyReply<RecruitmentStatusDto>;
  'POST /api/v1/applications'?: () => ApplyReply<SubmissionReceivedDto>;
  'POST /api/v1/applications/confirm'?: () => ApplyReply<ApplicationConfirmedDto>;
  'GET /api/v1/applications/guardian-consent'?: () => ApplyReply<GuardianRequestDto>;
  'POST /api/v1/applications/guardian-consent'?: () => ApplyReply<GuardianRequestDto>;
  'GET /api/v1/applications/interview'?: () => ApplyReply<InterviewInvitationDto>;
  'POST /api/v1/applications/interview'?: () => ApplyReply<InterviewInvitationDto>;
  'GET /api/v1/applications/certificates'?: () => ApplyReply<ApplicantCertificatesDto>;
  'POST /api/v1/applications/certificates'?: () => ApplyReply<CertificateDto>;
  'DELETE /api/v1/applications/certificates/{certificateId}'?: () => ApplyReply<undefined>;
};
const mockApply = (handlers: ApplyHandlers & Handlers) => mockApi(handlers as Handlers);

function status(overrides: Partial<RecruitmentStatusDto> = {}): RecruitmentStatusDto {
  return {
    open: true,
    reason: null,
    roundName: null,
    closesOn: null,
    nextOpensOn: null,
    privacyNoticeVersion: '2026-1',
    ...overrides,
  };
}

describe('the public application form', () => {
  it('says when applications are not taken and when the next round opens, with no form', async () => {
    mockApply({
      'GET /api/v1/recruitment-rounds/status': () => ({
        body: status({ open: false, reason: 'between_rounds', nextOpensOn: '2027-01-15' }),
      }),
    });
    await renderApp('/apply');
    expect(document.title).toBe('Hae kokemusasiantuntijaksi – Kokemus');
    const closed = await screen.findByTestId('recruitment-closed');
    expect(closed).toHaveTextContent('Hakemuksia ei oteta vastaan juuri nyt');
    expect(closed).toHaveTextContent('Seuraava hakuaika alkaa 15. tammikuuta 2027.');
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Lähetä hakemus' })).not.toBeInTheDocument();
  });

  it('says so when the quota is full and the next round is not yet known', async () => {
    mockApply({
      'GET /api/v1/recruitment-rounds/status': () => ({
        body: status({ open: false, reason: 'quota_full' }),
      }),
    });
    await renderApp('/apply');
    const closed = await screen.findByTestId('recruitment-closed');
    expect(closed).toHaveTextContent('Tämän hakuajan paikat ovat jo täynnä.');
    expect(closed).toHaveTextContent('Seuraavan hakuajan alkamista ei ole vielä päätetty.');
  });

  it('lists every missing answer in a summary that takes the focus, in the applicant’s language', async () => {
    mockApply({
      ...catalogHandlers(),
      'GET /api/v1/recruitment-rounds/status': () => ({ body: status() }),
    });
    const { user } = await renderApp('/apply');
    await user.click(await screen.findByRole('button', { name: 'Lähetä hakemus' }));
    const heading = await screen.findByRole('heading', { name: /Lomakkeessa on 8 virhettä/ });
    await waitFor(() => expect(heading).toHaveFocus());
    const links = within(heading.closest('div')!.parentElement!).getAllByRole('link');
    expect(links.map((a) => a.textContent)).toEqual([
      'Etunimi: Tämä tieto puuttuu.',
      'Sukunimi: Tämä tieto puuttuu.',
      'Sähköpostiosoite: Tämä tieto puuttuu.',
      'Syntymäaika: Tämä tieto puuttuu.',
      'Kotikunta: Valitse kotikuntasi.',
      'Kielet, joilla voit toimia: Valitse vähintään yksi kieli.',
      'Kokemusalueesi: Valitse vähintään yksi kokemusalue.',
      'Olen lukenut tietosuojaselosteen: Lue tietosuojaseloste ja rastita ruutu.',
    ]);
    // Each error is read with its field or group.
    const select = screen.getByLabelText('Kotikunta');
    expect(select).toHaveAttribute('aria-invalid', 'true');
    expect(select.getAttribute('aria-describedby')).toContain('apply-municipality-error');
    const areas = screen.getByRole('group', { name: 'Kokemusalueesi' });
    expect(areas.getAttribute('aria-describedby')).toContain('apply-area-error');
    expect(document.getElementById('apply-area-error')).toHaveTextContent(
      'Valitse vähintään yksi kokemusalue.',
    );
    await user.click(links[4]);
    expect(select).toHaveFocus();
  });

  it('sends a filled form with the guardian of a minor, and then asks to confirm by e-mail', async () => {
    const api = mockApply({
      ...catalogHandlers(),
      'GET /api/v1/recruitment-rounds/status': () => ({
        body: status({ roundName: 'Kevät 2027', closesOn: '2027-01-31' }),
      }),
      'POST /api/v1/applications': () => ({
        status: 202,
        body: { status: 'confirmation_sent', confirmWithinHours: 48 },
      }),
    });
    const { user, router } = await renderApp('/apply');
    expect(
      await screen.findByText(/Haku on auki: Kevät 2027\. Hakuaika päättyy 31\. tammikuuta 2027\./),
    ).toBeInTheDocument();

    await user.type(await screen.findByLabelText('Etunimi'), 'Eetu');
    await user.type(screen.getByLabelText('Sukunimi'), 'Laine');
    await user.type(screen.getByLabelText('Sähköpostiosoite'), 'eetu.laine@example.fi');
    // Guardian fields appear only once the date says the applicant is under 18 (today is 26.11.2026).
    await user.type(screen.getByLabelText(/^Syntymäaika/), '12.4.1985');
    expect(screen.queryByTestId('guardian-fields')).not.toBeInTheDocument();
    await user.clear(screen.getByLabelText(/^Syntymäaika/));
    await user.type(screen.getByLabelText(/^Syntymäaika/), '1.6.2010');
    expect(await screen.findByTestId('guardian-fields')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Huoltajan nimi'), 'Outi Laine');
    await user.type(screen.getByLabelText('Huoltajan sähköpostiosoite'), 'outi.laine@example.fi');

    await user.selectOptions(await screen.findByLabelText('Kotikunta'), 'Jyväskylä');
    await user.click(await screen.findByRole('checkbox', { name: 'Mielenterveys' }));
    const visibility = screen.getByRole('group', { name: 'Kuka saa tietää alueesta Mielenterveys?' });
    expect(within(visibility).getByRole('radio', { name: /Vain koordinaattorit/ })).toBeChecked();
    await user.click(within(visibility).getByRole('radio', { name: /Myös tehtävien tilaajat/ }));
    await user.click(screen.getByRole('checkbox', { name: 'Omaishoito' }));
    await user.click(screen.getByRole('checkbox', { name: 'suomi' }));
    await user.click(screen.getByRole('checkbox', { name: 'Luento' }));

    // Two course rows added, the first removed: focus goes to the new row, then back to "add".
    await user.click(screen.getByRole('button', { name: 'Lisää koulutus' }));
    await waitFor(() => expect(screen.getByLabelText('Koulutuksen nimi')).toHaveFocus());
    await user.click(screen.getByRole('button', { name: 'Lisää koulutus' }));
    expect(screen.getAllByLabelText('Koulutuksen nimi')).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: 'Poista koulutus 1' }));
    expect(screen.getByRole('button', { name: 'Lisää koulutus' })).toHaveFocus();
    const row = screen.getByRole('group', { name: 'Koulutus 1' });
    await user.type(within(row).getByLabelText('Koulutuksen nimi'), 'Kokemusasiantuntijakoulutus');
    await user.type(within(row).getByLabelText('Järjestäjä'), 'Mieli ry');
    await user.type(within(row).getByLabelText('Laajuus tunteina'), '80');
    await user.type(within(row).getByLabelText('Vuosi'), '2025');

    // The privacy notice can be read in place, and the box is required.
    await user.click(screen.getByText('Lue tietosuojaseloste'));
    expect(screen.getByRole('heading', { name: 'Kokemusalueet ovat arkaluonteisia tietoja' })).toBeVisible();
    expect(screen.getByText('Tietosuojaselosteen versio 2026-1')).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Olen lukenut tietosuojaselosteen' }));

    // The honeypot is out of reach and stays empty.
    const honeypot = document.querySelector<HTMLInputElement>('input[name="website"]')!;
    expect(honeypot).toHaveAttribute('tabindex', '-1');
    expect(honeypot).toHaveAttribute('autocomplete', 'off');
    expect(honeypot.closest('[aria-hidden="true"]')).not.toBeNull();

    await user.click(screen.getByRole('button', { name: 'Lähetä hakemus' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Vahvista hakemus sähköpostista' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Avaa viestissä oleva linkki 48 tunnin kuluessa/)).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/apply/sent');
    const sent = api.calls.find((c) => c.endpoint === 'POST /api/v1/applications')!
      .body as SubmitApplicationDto;
    expect(sent).toEqual({
      firstName: 'Eetu',
      lastName: 'Laine',
      email: 'eetu.laine@example.fi',
      phone: null,
      birthDate: '2010-06-01',
      locale: 'fi',
      municipalityCode: '179',
      languages: ['fi'],
      areas: [
        { code: 'mental_health', visibleToOrderers: true },
        { code: 'relative_carer', visibleToOrderers: false },
      ],
      taskTypes: ['lecture'],
      priorTraining: [
        { course: 'Kokemusasiantuntijakoulutus', organiser: 'Mieli ry', hours: 80, year: 2025 },
      ],
      availability: null,
      heardFrom: null,
      message: null,
      privacyNoticeRead: true,
      privacyNoticeVersion: '2026-1',
      guardian: { name: 'Outi Laine', email: 'outi.laine@example.fi', phone: null },
      website: '',
    });
    expect(api.unhandled).toEqual([]);
  });

  it('puts the server’s field errors on the fields, and says when to try again after too many forms', async () => {
    let answer: ReturnType<typeof problem> = problem(400, 'APPLICATION_BIRTH_DATE_INVALID', {
      errors: { birthDate: ['Applicants must be at least 15 years old.'] },
    });
    mockApply({
      ...catalogHandlers(),
      'GET /api/v1/recruitment-rounds/status': () => ({ body: status() }),
      'POST /api/v1/applications': () => answer,
    });
    const mocked = globalThis.fetch;
    vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
      const response = await mocked(input, init);
      if (response.status !== 429) return response;
      const headers = new Headers(response.headers);
      headers.set('Retry-After', '3600');
      return new Response(await response.text(), { status: 429, headers });
    });
    const { user } = await renderApp('/apply');
    await user.type(await screen.findByLabelText('Etunimi'), 'Aino');
    await user.type(screen.getByLabelText('Sukunimi'), 'Virtanen');
    await user.type(screen.getByLabelText('Sähköpostiosoite'), 'aino@example.fi');
    await user.type(screen.getByLabelText(/^Syntymäaika/), '12.4.1985');
    await user.selectOptions(await screen.findByLabelText('Kotikunta'), 'Jämsä');
    await user.click(await screen.findByRole('checkbox', { name: 'Mielenterveys' }));
    await user.click(screen.getByRole('checkbox', { name: 'ruotsi' }));
    await user.click(screen.getByRole('checkbox', { name: 'Olen lukenut tietosuojaselosteen' }));
    await user.click(screen.getByRole('button', { name: 'Lähetä hakemus' }));

    const heading = await screen.findByRole('heading', { name: /Lomakkeessa on 1 virhe/ });
    expect(within(heading.closest('div')!.parentElement!).getByRole('link')).toHaveTextContent(
      'Syntymäaika: Tarkista syntymäaika. Hakijan pitää olla vähintään 15-vuotias.',
    );

    answer = problem(429, 'APPLICATION_TOO_MANY');
    await user.click(screen.getByRole('button', { name: 'Lähetä hakemus' }));
    const alert = await screen.findByTestId('problem-alert');
    expect(alert).toHaveTextContent('liian monta hakemusta');
    await waitFor(() => expect(alert).toHaveFocus());
    expect(screen.getByText('Voit yrittää uudelleen noin 1 tunnin kuluttua.')).toBeInTheDocument();
  });
});

describe('confirming an application from the e-mail', () => {
  it('confirms only when the button is pressed (a mail scanner opening the link confirms nothing)', async () => {
    const api = mockApply({
      'POST /api/v1/applications/confirm': () => ({
        body: { status: 'confirmed', awaitingGuardian: true, locale: 'fi', certificateToken: 'cert.tok' },
      }),
    });
    const { user } = await renderApp('/apply/confirm?token=abc.def');
    expect(document.title).toBe('Vahvista hakemuksesi – Kokemus');
    const button = await screen.findByRole('button', { name: 'Vahvista hakemus' });
    expect(api.calls).toEqual([]);
    await user.click(button);
    const result = await screen.findByTestId('confirm-result');
    expect(result).toHaveTextContent('Hakemuksesi on vastaanotettu');
    expect(result).toHaveTextContent('Lähetimme huoltajallesi sähköpostiviestin');
    await waitFor(() => expect(result).toHaveFocus());
    expect(api.calls.map((c) => c.body)).toEqual([{ token: 'abc.def' }]);
    // earlier training was listed: the page offers to add its certificate
    expect(within(result).getByRole('link', { name: 'Lisää todistus' })).toHaveAttribute(
      'href',
      '/apply/certificates?token=cert.tok',
    );
  });

  it('explains an expired link and offers the form again', async () => {
    mockApply({
      'POST /api/v1/applications/confirm': () => problem(410, 'APPLICATION_LINK_EXPIRED'),
    });
    const { user } = await renderApp('/apply/confirm?token=abc.def');
    await user.click(await screen.findByRole('button', { name: 'Vahvista hakemus' }));
    expect(await screen.findByText(/Linkki on vanhentunut\. Hakemusta ei tallennettu/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Täytä hakemus' })).toHaveAttribute('href', '/apply');
  });

  it('says a link without its token does not work', async () => {
    const api = mockApply({});
    await renderApp('/apply/confirm');
    expect(await screen.findByText(/Linkki ei toimi/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Vahvista hakemus' })).not.toBeInTheDocument();
    expect(api.calls).toEqual([]);
  });
});

describe('a guardian’s consent', () => {
  it('shows whose application it is and records the guardian’s answer', async () => {
    const request: GuardianRequestDto = {
      applicantFirstName: 'Eetu',
      guardianName: 'Outi Laine',
      locale: 'fi',
      answer: null,
    };
    const api = mockApply({
      'GET /api/v1/applications/guardian-consent': () => ({ body: request }),
      'POST /api/v1/applications/guardian-consent': () => ({ body: { ...request, answer: true } }),
    });
    const { user } = await renderApp('/apply/guardian?token=abc.def');
    expect(await screen.findByText(/Eetu on hakenut kokemusasiantuntijaksi/)).toBeInTheDocument();
    expect(screen.getByText('Hei Outi Laine!')).toBeInTheDocument();
    expect(new URL(api.calls[0].request.url).searchParams.get('token')).toBe('abc.def');
    await user.click(screen.getByRole('button', { name: 'Annan luvan' }));
    const result = await screen.findByTestId('guardian-result');
    expect(result).toHaveTextContent('Olet antanut luvan');
    await waitFor(() => expect(result).toHaveFocus());
    expect(api.calls[1].body).toEqual({ token: 'abc.def', consent: true });
    expect(screen.queryByRole('button', { name: 'En anna lupaa' })).not.toBeInTheDocument();
  });

  it('explains an invalid link', async () => {
    mockApply({
      'GET /api/v1/applications/guardian-consent': () => problem(400, 'APPLICATION_LINK_INVALID'),
    });
    await renderApp('/apply/guardian?token=wrong');
    expect(await screen.findByText(/Linkki ei toimi/)).toBeInTheDocument();
  });
});

describe('answering an interview invitation', () => {
  const invitation: InterviewInvitationDto = {
    firstName: 'Aino',
    interviewAt: '2026-12-10T11:00:00.000Z',
    interviewPlace: 'Hippos, Jyväskylä',
    locale: 'fi',
    answer: null,
  };

  it('shows the time and place, and says the time suits', async () => {
    const api = mockApply({
      'GET /api/v1/applications/interview': () => ({ body: invitation }),
      'POST /api/v1/applications/interview': () => ({ body: { ...invitation, answer: 'confirmed' } }),
    });
    const { user } = await renderApp('/apply/interview?token=abc.def');
    expect(await screen.findByText(/Hei Aino!/)).toBeInTheDocument();
    expect(screen.getByText('Hippos, Jyväskylä')).toBeInTheDocument();
    expect(screen.getByText(/10\.12\.2026 klo 13\.00/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Aika sopii' }));
    const result = await screen.findByTestId('interview-result');
    expect(result).toHaveTextContent('Kerroit, että aika sopii');
    await waitFor(() => expect(result).toHaveFocus());
    expect(api.calls.at(-1)!.body).toEqual({
      token: 'abc.def',
      interviewAt: invitation.interviewAt,
      answer: 'confirmed',
      message: null,
    });
  });

  it('asks for another time with a message', async () => {
    const api = mockApply({
      'GET /api/v1/applications/interview': () => ({ body: invitation }),
      'POST /api/v1/applications/interview': () => ({ body: { ...invitation, answer: 'other_time' } }),
    });
    const { user } = await renderApp('/apply/interview?token=abc.def');
    await user.click(await screen.findByRole('button', { name: 'Tarvitsen toisen ajan' }));
    await user.type(screen.getByLabelText(/Mitkä ajat sinulle sopisivat/), '  Torstaisin iltapäivällä ');
    await user.click(screen.getByRole('button', { name: 'Lähetä' }));
    expect(await screen.findByTestId('interview-result')).toHaveTextContent('tarvitset toisen ajan');
    expect(api.calls.at(-1)!.body).toMatchObject({
      answer: 'other_time',
      message: 'Torstaisin iltapäivällä',
    });
  });

  it('says when the time changed meanwhile and shows the new one', async () => {
    let current = invitation;
    mockApply({
      'GET /api/v1/applications/interview': () => ({ body: current }),
      'POST /api/v1/applications/interview': () => {
        current = { ...invitation, interviewAt: '2026-12-11T08:00:00.000Z' };
        return problem(409, 'APPLICATION_INTERVIEW_CHANGED');
      },
    });
    const { user } = await renderApp('/apply/interview?token=abc.def');
    await user.click(await screen.findByRole('button', { name: 'Aika sopii' }));
    expect(await screen.findByText(/Haastattelun aika on muuttunut/)).toBeInTheDocument();
    expect(await screen.findByText(/11\.12\.2026 klo 10\.00/)).toBeInTheDocument();
  });

  it('explains a link that is no longer needed', async () => {
    mockApply({ 'GET /api/v1/applications/interview': () => problem(410, 'APPLICATION_LINK_EXPIRED') });
    await renderApp('/apply/interview?token=old');
    expect(await screen.findByText(/Tähän kutsuun ei enää tarvitse vastata/)).toBeInTheDocument();
  });
});

it('links the sign-in page to the application form', async () => {
  mockApply({});
  await renderApp('/sign-in');
  expect(screen.getByRole('link', { name: 'Hae kokemusasiantuntijaksi' })).toHaveAttribute('href', '/apply');
});

describe('adding certificates of earlier training', () => {
  const page = (overrides: Partial<ApplicantCertificatesDto> = {}): ApplicantCertificatesDto => ({
    firstName: 'Aino',
    locale: 'fi',
    open: true,
    maxFiles: 5,
    maxBytes: 5 * 1024 * 1024,
    items: [],
    ...overrides,
  });
  const certificate = (fileName: string): CertificateDto => ({
    id: '00000000-0000-4000-8000-000000000701',
    fileName,
    contentType: 'application/pdf',
    sizeBytes: 2048,
    createdAt: '2026-12-01T10:00:00.000Z',
  });

  it('adds a PDF from the link, and takes one back', async () => {
    let items: CertificateDto[] = [];
    const api = mockApply({
      'GET /api/v1/applications/certificates': () => ({ body: page({ items }) }),
      'POST /api/v1/applications/certificates': () => {
        items = [certificate('peruskurssi.pdf')];
        return { status: 201, body: items[0] };
      },
      'DELETE /api/v1/applications/certificates/{certificateId}': () => {
        items = [];
        return { status: 204, body: undefined };
      },
    });
    const { user } = await renderApp('/apply/certificates?token=cert.tok');
    expect(document.title).toBe('Todistukset aiemmasta koulutuksesta – Kokemus');
    expect(await screen.findByText('Hei Aino!')).toBeInTheDocument();
    expect(screen.getByText('Et ole vielä lisännyt todistuksia.')).toBeInTheDocument();
    const file = new File([new Uint8Array(2048)], 'peruskurssi.pdf', { type: 'application/pdf' });
    await user.upload(screen.getByLabelText('Valitse tiedosto'), file);
    expect(await screen.findByText('Lisätty: peruskurssi.pdf')).toBeInTheDocument();
    const sent = api.calls.find((c) => c.endpoint === 'POST /api/v1/applications/certificates')!;
    expect(sent.request.headers.get('Content-Type')).toBe('application/pdf');
    const url = new URL(sent.request.url);
    expect([url.searchParams.get('token'), url.searchParams.get('fileName')]).toEqual([
      'cert.tok',
      'peruskurssi.pdf',
    ]);
    // the applicant cannot download from here: only remove
    expect(screen.queryByRole('button', { name: /Lataa/ })).not.toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Poista peruskurssi.pdf' }));
    expect(await screen.findByText('Poistettu: peruskurssi.pdf')).toBeInTheDocument();
  }, 30_000);

  it('explains a refused file in the applicant’s language', async () => {
    mockApply({
      'GET /api/v1/applications/certificates': () => ({ body: page() }),
      'POST /api/v1/applications/certificates': () => problem(415, 'APPLICATION_CERTIFICATE_TYPE'),
    });
    const { user } = await renderApp('/apply/certificates?token=cert.tok');
    const file = new File(['<html>'], 'todistus.pdf', { type: 'application/pdf' });
    await user.upload(await screen.findByLabelText('Valitse tiedosto'), file);
    expect(await screen.findByTestId('problem-alert')).toHaveTextContent(
      'Lisää todistus PDF-tiedostona tai kuvana (PNG tai JPEG).',
    );
  });

  it('says when the application has been handled, with nothing to add', async () => {
    mockApply({
      'GET /api/v1/applications/certificates': () => ({
        body: page({ open: false, items: [certificate('vanha.pdf')] }),
      }),
    });
    await renderApp('/apply/certificates?token=cert.tok');
    expect(await screen.findByText(/Hakemuksesi on jo käsitelty/)).toBeInTheDocument();
    expect(screen.getByText('vanha.pdf')).toBeInTheDocument();
    expect(screen.queryByLabelText('Valitse tiedosto')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Poista vanha.pdf' })).not.toBeInTheDocument();
  });

  it('explains a link that does not work', async () => {
    mockApply({
      'GET /api/v1/applications/certificates': () => problem(400, 'APPLICATION_LINK_INVALID'),
    });
    await renderApp('/apply/certificates?token=bad');
    expect(await screen.findByText(/Linkki ei toimi\. Avaa linkki suoraan/)).toBeInTheDocument();
  });
});

import { zodMessages } from '../../shared/i18n/zod-messages';
import {
  applicationFormSchema,
  type ApplicationFormValues,
  emptyApplication,
  toApplicationBody,
} from './application-form.schema';

const TODAY = '2027-03-15';

function filled(overrides: Partial<ApplicationFormValues> = {}): ApplicationFormValues {
  return {
    ...emptyApplication(),
    firstName: 'Aino',
    lastName: 'Virtanen',
    email: 'aino.virtanen@example.fi',
    birthDate: '12.4.1985',
    municipalityCode: '179',
    languages: ['fi'],
    areas: [{ code: 'mental_health', visibleToOrderers: false }],
    privacyNoticeRead: true,
    ...overrides,
  };
}

/** Each failing field with its message key, as the form would show them. */
function problems(values: ApplicationFormValues): string[] {
  const result = applicationFormSchema(TODAY).safeParse(values, { error: zodMessages() });
  if (result.success) return [];
  return result.error.issues.map((issue) => `${issue.path.join('.')}:${issue.message.replace(/^i18n:/, '')}`);
}

describe('the application form schema', () => {
  it('accepts a filled form', () => {
    expect(problems(filled())).toEqual([]);
  });

  it('names every missing answer of an empty form at once', () => {
    expect(problems(emptyApplication())).toEqual([
      'firstName:validation.required',
      'lastName:validation.required',
      'email:validation.required',
      'birthDate:validation.required',
      'municipalityCode:apply.validation.municipality',
      'languages:apply.validation.languages',
      'areas:apply.validation.areas',
      'privacyNoticeRead:apply.validation.privacy',
    ]);
  });

  it('explains a wrong e-mail address, phone number and date of birth', () => {
    expect(problems(filled({ email: 'aino@', phone: 'call me', birthDate: '12.13.1985' }))).toEqual([
      'email:validation.email',
      'phone:apply.validation.phone',
      'birthDate:apply.validation.birthDate',
    ]);
    expect(problems(filled({ birthDate: '1.1.2013' }))).toEqual(['birthDate:apply.validation.tooYoung']);
    expect(problems(filled({ birthDate: '1.1.2028' }))).toEqual([
      'birthDate:apply.validation.birthDateFuture',
    ]);
  });

  it('asks an applicant under 18 for the guardian’s name and own e-mail address', () => {
    const minor = filled({ birthDate: '1.6.2010' });
    expect(problems(minor)).toEqual([
      'guardian.name:validation.required',
      'guardian.email:validation.required',
    ]);
    expect(
      problems({
        ...minor,
        guardian: { name: 'Outi Virtanen', email: 'AINO.virtanen@example.fi', phone: '' },
      }),
    ).toEqual(['guardian.email:apply.validation.guardianOwnEmail']);
    expect(
      problems({ ...minor, guardian: { name: 'Outi Virtanen', email: 'outi@example.fi', phone: '040 1' } }),
    ).toEqual(['guardian.phone:apply.validation.phone']);
    expect(
      problems({ ...minor, guardian: { name: 'Outi Virtanen', email: 'outi@example.fi', phone: '' } }),
    ).toEqual([]);
  });

  it('does not ask an adult about a guardian', () => {
    expect(problems(filled({ birthDate: '15.3.2009' }))).toEqual([]);
  });

  it('checks each earlier course, up to this year', () => {
    const training = [
      { course: 'Kokemusasiantuntijakoulutus', organiser: 'Mieli ry', hours: '80', year: '2024' },
      { course: '', organiser: 'Kela', hours: '0', year: '2028' },
    ];
    expect(problems(filled({ priorTraining: training }))).toEqual([
      'priorTraining.1.course:validation.required',
      'priorTraining.1.hours:apply.validation.hours|{"max":2000}',
      'priorTraining.1.year:apply.validation.year|{"min":1970,"max":2027}',
    ]);
  });
});

describe('toApplicationBody', () => {
  const context = { locale: 'sv' as const, privacyNoticeVersion: '2026-1', today: TODAY };

  it('sends the date as ISO, numbers as numbers and empty answers as null', () => {
    const body = toApplicationBody(
      filled({
        firstName: ' Aino ',
        priorTraining: [{ course: 'Kurssi', organiser: 'Mieli ry', hours: '80', year: '2024' }],
        heardFrom: '  ',
      }),
      context,
    );
    expect(body).toEqual({
      firstName: 'Aino',
      lastName: 'Virtanen',
      email: 'aino.virtanen@example.fi',
      phone: null,
      birthDate: '1985-04-12',
      locale: 'sv',
      municipalityCode: '179',
      languages: ['fi'],
      areas: [{ code: 'mental_health', visibleToOrderers: false }],
      taskTypes: [],
      priorTraining: [{ course: 'Kurssi', organiser: 'Mieli ry', hours: 80, year: 2024 }],
      availability: null,
      heardFrom: null,
      message: null,
      privacyNoticeRead: true,
      privacyNoticeVersion: '2026-1',
      guardian: null,
      website: '',
    });
  });

  it('sends the guardian only for a minor', () => {
    const guardian = { name: 'Outi Virtanen', email: 'outi@example.fi', phone: '' };
    expect(toApplicationBody(filled({ birthDate: '1.6.2010', guardian }), context).guardian).toEqual({
      name: 'Outi Virtanen',
      email: 'outi@example.fi',
      phone: null,
    });
    expect(toApplicationBody(filled({ guardian }), context).guardian).toBeNull();
  });
});

import type {
  AccessTokenDto,
  EmailMessageDto,
  ExpertDto,
  ExpertSummaryDto,
  MeDto,
  NotificationDto,
  NotificationPreferenceStateDto,
  Role,
  UnitDto,
} from '@kokemus/api-client';

export function me(roles: Role[], overrides: Partial<MeDto> = {}): MeDto {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    email: `${roles[0]}@kokemus.test`,
    displayName: 'Testi Henkilö',
    locale: 'fi',
    roles,
    unitIds: [],
    ...overrides,
  };
}

export function token(user: MeDto, accessToken = 'token-1'): AccessTokenDto {
  return { accessToken, tokenType: 'Bearer', expiresIn: 900, user };
}

let n = 0;
export function unit(overrides: Partial<UnitDto> & Pick<UnitDto, 'name' | 'kind'>): UnitDto {
  n += 1;
  return {
    id: `00000000-0000-4000-8000-${String(100 + n).padStart(12, '0')}`,
    costCentre: `CC-${n}`,
    nameSv: null,
    parentId: null,
    active: true,
    version: 1,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
}

/** A small county: result area → service area → unit, plus an external orderer. */
export function county() {
  const family = unit({
    name: 'Perhe- ja sosiaalipalvelut',
    nameSv: 'Familje- och socialtjänster',
    kind: 'result_area',
    costCentre: 'JS-1000',
  });
  const children = unit({
    name: 'Lapsiperheiden palvelut',
    kind: 'service_area',
    parentId: family.id,
    costCentre: 'JS-1100',
  });
  const clinic = unit({
    name: 'Perheneuvola, Jämsä',
    kind: 'unit',
    parentId: children.id,
    costCentre: 'JS-1120',
  });
  const school = unit({ name: 'Kuokkalan koulu', kind: 'external', costCentre: 'EXT-110', active: false });
  return { family, children, clinic, school, all: [family, children, clinic, school] };
}

export function notification(
  overrides: Partial<NotificationDto> & Pick<NotificationDto, 'title'>,
): NotificationDto {
  n += 1;
  return {
    id: `00000000-0000-4000-9000-${String(100 + n).padStart(12, '0')}`,
    category: 'system',
    body: 'Viestin teksti.',
    link: null,
    readAt: null,
    createdAt: '2026-03-02T08:15:00.000Z',
    ...overrides,
  };
}

/** What a person's e-mail preferences look like: money and safety locked on. */
export function preferences(): NotificationPreferenceStateDto[] {
  return [
    { category: 'money', email: true, locked: true },
    { category: 'safety', email: true, locked: true },
    { category: 'offers', email: true, locked: false },
    { category: 'orders', email: false, locked: false },
    { category: 'reminders', email: true, locked: false },
    { category: 'registry', email: true, locked: false },
    { category: 'system', email: true, locked: false },
  ];
}

export function emailMessage(
  overrides: Partial<EmailMessageDto> & Pick<EmailMessageDto, 'subject'>,
): EmailMessageDto {
  n += 1;
  return {
    id: `00000000-0000-4000-a000-${String(100 + n).padStart(12, '0')}`,
    toAddress: 'admin@kokemus.test',
    template: 'system.test',
    status: 'sent',
    attempts: 1,
    locale: 'fi',
    createdAt: '2026-03-02T08:15:00.000Z',
    sentAt: '2026-03-02T08:15:03.000Z',
    textBody: 'Hei!\n\nTämä on testiviesti.',
    htmlBody: '<p>Hei!</p><p>Tämä on <strong>testiviesti</strong>.</p>',
    ...overrides,
  };
}

export const catalogs = {
  areas: [
    {
      code: 'mental_health',
      labelFi: 'Mielenterveys',
      labelSv: 'Psykisk hälsa',
      labelEn: 'Mental health',
      active: true,
    },
    {
      code: 'relative_carer',
      labelFi: 'Omaishoito',
      labelSv: 'Närståendevård',
      labelEn: 'Informal care',
      active: true,
    },
  ],
  languages: [
    { code: 'fi', labelFi: 'suomi', labelSv: 'finska', labelEn: 'Finnish', active: true },
    { code: 'sv', labelFi: 'ruotsi', labelSv: 'svenska', labelEn: 'Swedish', active: true },
  ],
  tiers: [
    {
      code: 'basic',
      labelFi: 'Peruskoulutettu',
      labelSv: 'Grundutbildad',
      labelEn: 'Basic training',
      active: true,
      minHours: 40,
      rank: 1,
      requiresMentorTraining: false,
    },
  ],
  taskTypes: [
    { code: 'lecture', labelFi: 'Luento', labelSv: 'Föreläsning', labelEn: 'Lecture', active: true },
    { code: 'panel', labelFi: 'Paneeli', labelSv: 'Panel', labelEn: 'Panel', active: true },
  ],
  municipalities: [
    {
      code: '179',
      nameFi: 'Jyväskylä',
      nameSv: 'Jyväskylä',
      mergedInto: null,
      latitude: 62.24,
      longitude: 25.75,
    },
    { code: '182', nameFi: 'Jämsä', nameSv: 'Jämsä', mergedInto: null, latitude: 61.86, longitude: 25.19 },
  ],
};

/** The catalogue endpoints every registry page reads for its choices and labels. */
export function catalogHandlers() {
  return {
    'GET /api/v1/catalogs/experience-areas': () => ({ body: { items: catalogs.areas } }),
    'GET /api/v1/catalogs/languages': () => ({ body: { items: catalogs.languages } }),
    'GET /api/v1/catalogs/training-tiers': () => ({ body: { items: catalogs.tiers } }),
    'GET /api/v1/catalogs/municipalities': () => ({ body: { items: catalogs.municipalities } }),
    'GET /api/v1/catalogs/task-types': () => ({ body: { items: catalogs.taskTypes } }),
  } as const;
}

export function expert(overrides: Partial<ExpertDto> = {}): ExpertDto {
  n += 1;
  return {
    id: `00000000-0000-4000-b000-${String(100 + n).padStart(12, '0')}`,
    firstName: 'Liisa',
    lastName: 'Virtanen',
    email: 'expert@kokemus.test',
    phone: '040 123 4567',
    municipality: { code: '179', nameFi: 'Jyväskylä', nameSv: 'Jyväskylä' },
    postalCode: '40100',
    areas: [
      { code: 'mental_health', visibleToOrderers: true },
      { code: 'relative_carer', visibleToOrderers: false },
    ],
    languages: ['fi'],
    taskTypes: [],
    kinds: ['trained_expert'],
    status: 'active',
    statusReason: null,
    pausedUntil: null,
    allowedNextStatuses: ['paused', 'left'],
    tier: 'basic',
    training: [],
    weeklyAvailability: [{ weekday: 1, startsAt: '09:00', endsAt: '15:00' }],
    absences: [],
    exclusions: [],
    consents: [],
    coordinatorNotes: null,
    personalIdentityCodeMasked: '010180-****',
    ibanMasked: 'FI** **** **** **12 34',
    birthDate: null,
    businessId: null,
    earningsCeilingCents: 150000,
    introduction: null,
    maxTasksPerMonth: 4,
    ngo: null,
    paymentMethod: 'payroll',
    taxCardYear: null,
    travelRadiusKm: 30,
    userId: null,
    videoUrl: null,
    worksInPerson: true,
    worksRemote: true,
    version: 3,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
}

export function summaryOf(e: ExpertDto): ExpertSummaryDto {
  return {
    id: e.id,
    firstName: e.firstName,
    lastName: e.lastName,
    email: e.email,
    phone: e.phone,
    municipality: e.municipality,
    areas: e.areas,
    languages: e.languages,
    kinds: e.kinds,
    status: e.status,
    pausedUntil: e.pausedUntil,
    tier: e.tier,
    maxTasksPerMonth: e.maxTasksPerMonth,
    worksInPerson: e.worksInPerson,
    worksRemote: e.worksRemote,
    updatedAt: e.updatedAt,
  };
}

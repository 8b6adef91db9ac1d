import type {
  AccessTokenDto,
  EmailMessageDto,
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

import { seedDemoExpertAccounts, seedDemoMentorships, seedDemoOrientationChecks } from './demo-accounts';
import { DataSource } from 'typeorm';
import { UserUnitEntity } from '../../auth/entities/user-unit.entity';
import { ApiClientEntity } from '../../auth/entities/api-client.entity';
import { UserEntity } from '../../auth/entities/user.entity';
import { hashPassword } from '../../auth/password';
import { Role, Scope } from '../../common/access/roles';
import type { AppConfig } from '../../config/config';
import { OrgUnitEntity, UnitKind } from '../../units/org-unit.entity';
import { seedDemoExperts } from './demo-experts';
import { seedDemoFees } from './demo-fees';
import { seedDemoBriefings } from './demo-briefings';
import { seedDemoFeedback } from './demo-feedback';
import { seedDemoIndicator } from './demo-indicator';
import { seedDemoAgreements, seedDemoCourses, seedDemoOnboarding } from './demo-onboarding';
import { seedDemoOrders } from './demo-orders';

export const DEMO_COUNTY = 'Järvi-Suomen hyvinvointialue';

interface UnitSeed {
  key: string;
  kind: UnitKind;
  name: string;
  nameSv?: string;
  costCentre: string;
  children?: UnitSeed[];
}

/** A fictional county on real Central Finland municipalities. */
const UNITS: UnitSeed[] = [
  {
    key: 'family-social',
    kind: UnitKind.ResultArea,
    name: 'Perhe- ja sosiaalipalvelut',
    nameSv: 'Familje- och socialtjänster',
    costCentre: 'JS-1000',
    children: [
      {
        key: 'families',
        kind: UnitKind.ServiceArea,
        name: 'Lapsiperheiden palvelut',
        nameSv: 'Tjänster för barnfamiljer',
        costCentre: 'JS-1100',
        children: [
          {
            key: 'child-welfare',
            kind: UnitKind.Unit,
            name: 'Lastensuojelun avohuolto, Jyväskylä',
            costCentre: 'JS-1110',
          },
          { key: 'family-clinic', kind: UnitKind.Unit, name: 'Perheneuvola, Jämsä', costCentre: 'JS-1120' },
        ],
      },
      {
        key: 'adults',
        kind: UnitKind.ServiceArea,
        name: 'Aikuisten sosiaalipalvelut',
        nameSv: 'Socialtjänster för vuxna',
        costCentre: 'JS-1200',
        children: [
          {
            key: 'adult-social',
            kind: UnitKind.Unit,
            name: 'Aikuissosiaalityö, Äänekoski',
            costCentre: 'JS-1210',
          },
          {
            key: 'addiction',
            kind: UnitKind.Unit,
            name: 'Päihde- ja riippuvuuspalvelut, Jyväskylä',
            costCentre: 'JS-1220',
          },
        ],
      },
    ],
  },
  {
    key: 'health',
    kind: UnitKind.ResultArea,
    name: 'Terveyden- ja sairaanhoidon palvelut',
    nameSv: 'Hälso- och sjukvårdstjänster',
    costCentre: 'JS-2000',
    children: [
      {
        key: 'psychiatry',
        kind: UnitKind.ServiceArea,
        name: 'Psykiatria ja mielenterveyspalvelut',
        nameSv: 'Psykiatri och mentalvårdstjänster',
        costCentre: 'JS-2100',
        children: [
          {
            key: 'ward-3',
            kind: UnitKind.Unit,
            name: 'Psykiatrian osasto 3, Jyväskylä',
            costCentre: 'JS-2110',
          },
          {
            key: 'mh-keuruu',
            kind: UnitKind.Unit,
            name: 'Mielenterveyskeskus, Keuruu',
            costCentre: 'JS-2120',
          },
        ],
      },
      {
        key: 'oncology',
        kind: UnitKind.ServiceArea,
        name: 'Syöpätaudit',
        nameSv: 'Cancersjukdomar',
        costCentre: 'JS-2200',
        children: [
          {
            key: 'onc-clinic',
            kind: UnitKind.Unit,
            name: 'Syöpätautien poliklinikka',
            costCentre: 'JS-2210',
          },
        ],
      },
      {
        key: 'health-centres',
        kind: UnitKind.ServiceArea,
        name: 'Terveysasemat',
        nameSv: 'Hälsostationer',
        costCentre: 'JS-2300',
        children: [
          {
            key: 'hc-saarijarvi',
            kind: UnitKind.Unit,
            name: 'Saarijärven terveysasema',
            costCentre: 'JS-2310',
          },
          { key: 'hc-laukaa', kind: UnitKind.Unit, name: 'Laukaan terveysasema', costCentre: 'JS-2320' },
          {
            key: 'hc-viitasaari',
            kind: UnitKind.Unit,
            name: 'Viitasaaren terveysasema',
            costCentre: 'JS-2330',
          },
        ],
      },
    ],
  },
  {
    key: 'elderly',
    kind: UnitKind.ResultArea,
    name: 'Ikäihmisten palvelut',
    nameSv: 'Tjänster för äldre',
    costCentre: 'JS-3000',
    children: [
      {
        key: 'home-care',
        kind: UnitKind.ServiceArea,
        name: 'Kotihoito',
        nameSv: 'Hemvård',
        costCentre: 'JS-3100',
        children: [
          {
            key: 'home-care-muurame',
            kind: UnitKind.Unit,
            name: 'Kotihoito, Muurame',
            costCentre: 'JS-3110',
          },
        ],
      },
    ],
  },
  {
    key: 'admin',
    kind: UnitKind.ResultArea,
    name: 'Hallinto ja kehittäminen',
    nameSv: 'Förvaltning och utveckling',
    costCentre: 'JS-9000',
    children: [
      {
        key: 'participation',
        kind: UnitKind.ServiceArea,
        name: 'Osallisuus ja asiakaskokemus',
        nameSv: 'Delaktighet och kundupplevelse',
        costCentre: 'JS-9100',
        children: [
          {
            key: 'centre',
            kind: UnitKind.Unit,
            name: 'Kokemustoimintakeskus',
            nameSv: 'Centret för erfarenhetsexperter',
            costCentre: 'JS-9110',
          },
        ],
      },
    ],
  },
  {
    key: 'jkl-education',
    kind: UnitKind.External,
    name: 'Jyväskylän kaupungin opetuspalvelut',
    costCentre: 'EXT-100',
    children: [{ key: 'school', kind: UnitKind.External, name: 'Kuokkalan koulu', costCentre: 'EXT-110' }],
  },
  {
    key: 'uas',
    kind: UnitKind.External,
    name: 'Ammattikorkeakoulu, sosiaali- ja terveysala',
    costCentre: 'EXT-200',
  },
  {
    key: 'ngo',
    kind: UnitKind.External,
    name: 'Järvi-Suomen mielenterveysyhdistys ry',
    costCentre: 'EXT-300',
  },
];

export const DEMO_USERS: Array<{ email: string; displayName: string; roles: Role[]; units: string[] }> = [
  { email: 'admin@kokemus.test', displayName: 'Pekka Järvinen', roles: [Role.Admin], units: ['centre'] },
  {
    email: 'coordinator@kokemus.test',
    displayName: 'Sanna Koskinen',
    roles: [Role.Coordinator],
    units: ['centre'],
  },
  { email: 'orderer@kokemus.test', displayName: 'Mikko Lehtonen', roles: [Role.Orderer], units: ['ward-3'] },
  {
    email: 'approver@kokemus.test',
    displayName: 'Heidi Mäkelä',
    roles: [Role.Approver],
    units: ['psychiatry'],
  },
  { email: 'expert@kokemus.test', displayName: 'Liisa Virtanen', roles: [Role.Expert], units: [] },
  {
    email: 'reporter@kokemus.test',
    displayName: 'Juha Nieminen',
    roles: [Role.Reporter],
    units: ['participation'],
  },
];

export const DEMO_PAYROLL_CLIENT = 'payroll-demo';

/** Seeds the demo county into an empty database; returns false when there was data already. */
/** Seeds the demo county around `now` (the real today at start-up; a fixed day in tests). */
export async function seedDemoIfEmpty(
  dataSource: DataSource,
  config: AppConfig,
  now = new Date(),
): Promise<boolean> {
  if (config.NODE_ENV === 'production') return false;
  const [{ n }] = await dataSource.query<Array<{ n: string }>>('SELECT count(*) AS n FROM user_account');
  if (Number(n) > 0) return false;
  const passwordHash = await hashPassword(config.DEMO_PASSWORD);
  const secretHash = await hashPassword(config.DEMO_PAYROLL_SECRET);
  await dataSource.transaction(async (manager) => {
    const ids = new Map<string, OrgUnitEntity>();
    const insert = async (seed: UnitSeed, parent: OrgUnitEntity | null) => {
      const unit = await manager.save(
        manager.create(OrgUnitEntity, {
          kind: seed.kind,
          name: seed.name,
          nameSv: seed.nameSv ?? null,
          costCentre: seed.costCentre,
          parentId: parent?.id ?? null,
        }),
      );
      ids.set(seed.key, unit);
      for (const child of seed.children ?? []) await insert(child, unit);
    };
    for (const root of UNITS) await insert(root, null);
    const users = new Map<string, string>();
    for (const u of DEMO_USERS) {
      const saved = await manager.save(
        manager.create(UserEntity, {
          email: u.email,
          displayName: u.displayName,
          passwordHash,
          roles: u.roles,
          locale: 'fi',
        } as Partial<UserEntity>),
      );
      users.set(u.email, (saved as UserEntity).id);
      for (const k of u.units)
        await manager.insert(UserUnitEntity, { userId: (saved as UserEntity).id, unitId: ids.get(k)!.id });
    }
    await seedDemoExperts(manager, users.get('expert@kokemus.test')!, now);
    const orderer = DEMO_USERS.find((u) => u.email === 'orderer@kokemus.test')!;
    await seedDemoOrders(
      manager,
      new Map([...ids].map(([key, u]) => [key, { id: u.id, costCentre: u.costCentre }])),
      {
        orderer: users.get(orderer.email)!,
        ordererName: orderer.displayName,
        ordererEmail: orderer.email,
        coordinator: users.get('coordinator@kokemus.test')!,
      },
      now,
    );
    await seedDemoFees(
      manager,
      config,
      new Map([...ids].map(([key, u]) => [key, { id: u.id, costCentre: u.costCentre }])),
      {
        coordinator: users.get('coordinator@kokemus.test')!,
        orderer: users.get(orderer.email)!,
        approver: users.get('approver@kokemus.test')!,
        expert: users.get('expert@kokemus.test')!,
      },
      now,
    );
    const coordinator = DEMO_USERS.find((u) => u.email === 'coordinator@kokemus.test')!;
    await seedDemoOnboarding(manager, { coordinator: users.get(coordinator.email)!, passwordHash }, now);
    await seedDemoAgreements(manager, { admin: users.get('admin@kokemus.test')! }, now);
    await seedDemoCourses(manager, { coordinator: users.get(coordinator.email)! }, now);
    await seedDemoExpertAccounts(manager, passwordHash);
    await seedDemoMentorships(manager, { coordinator: users.get(coordinator.email)! }, now);
    await seedDemoOrientationChecks(manager, { coordinator: users.get(coordinator.email)! }, now);
    await seedDemoFeedback(
      manager,
      config,
      { coordinator: users.get(coordinator.email)!, expert: users.get('expert@kokemus.test')! },
      now,
    );
    await seedDemoBriefings(
      manager,
      config,
      { expert: users.get('expert@kokemus.test')! },
      now,
    );
    await seedDemoIndicator(manager, { expert: users.get('expert@kokemus.test')! }, now);
    await manager.insert(ApiClientEntity, {
      clientId: DEMO_PAYROLL_CLIENT,
      name: 'Palkanlaskenta (demo)',
      secretHash,
      scopes: [Scope.PayrollRead, Scope.PayrollWrite],
    });
  });
  return true;
}

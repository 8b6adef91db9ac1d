import ExcelJS from 'exceljs';
import { login, makeUser, Role, startTestApp, TestApp } from './support/app';

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const binary = (res: any, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

describe('registry: export, duplicates and merge, access requests, erasure', () => {
  let t: TestApp;
  let token: string;
  const create = (body: Record<string, unknown>) => t.http().post('/api/v1/experts').set(bearer(token)).send(body).expect(201);

  beforeAll(async () => {
    t = await startTestApp();
    const user = await makeUser(t.dataSource, [Role.Coordinator]);
    token = (await login(t, user.email)).token;
  });
  afterAll(() => t.close());

  it('exports the filtered registry as XLSX and CSV with the import’s headers, without identity codes', async () => {
    await create({ firstName: 'Aino', lastName: 'Aalto', email: 'aino@example.fi', languages: ['fi', 'sv'], municipalityCode: 'jamsa', personalIdentityCode: '131052-308T', areas: [{ code: 'mental_health', visibleToOrderers: true }] });
    await create({ firstName: 'Eero', lastName: 'Eskola', email: 'eero@example.fi', languages: ['fi'] });
    const xlsx = await t.http().get('/api/v1/experts/export?format=xlsx&language=sv').set(bearer(token)).buffer(true).parse(binary).expect(200);
    expect(xlsx.headers['content-disposition']).toMatch(/attachment; filename="kokemusasiantuntijat-\d{4}-\d{2}-\d{2}\.xlsx"/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.body as ArrayBuffer);
    const rows = wb.worksheets[0].getSheetValues().filter(Boolean) as unknown[][];
    expect(rows).toHaveLength(2);
    expect(rows[0].slice(1, 4)).toEqual(['Etunimi', 'Sukunimi', 'Sähköposti']);
    expect(rows[1].slice(1, 9)).toEqual(['Aino', 'Aalto', 'aino@example.fi', undefined, 'Jämsä', undefined, 'suomi, ruotsi', 'Mielenterveys']);
    const csv = await t.http().get('/api/v1/experts/export?format=csv').set(bearer(token)).expect(200);
    expect(csv.text.startsWith('\uFEFFEtunimi;Sukunimi;Sähköposti')).toBe(true);
    expect(csv.text).toContain('Eero;Eskola;eero@example.fi');
    expect(csv.text).not.toContain('131052');
    const reads = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'expert.read' AND purpose = 'export'`);
    expect(reads[0].n).toBe(3); // one person in the XLSX, two in the CSV
  });

  it('finds likely duplicates and merges them, keeping the history', async () => {
    const kept = await create({ firstName: 'Mirja', lastName: 'Mäki', email: 'mirja@example.fi', phone: '040 111 2222', areas: [{ code: 'debt', visibleToOrderers: true }] });
    const dup = await create({ firstName: 'mirja', lastName: 'MÄKI', email: 'mirja.maki@työ.example.fi', phone: '+0401112222'.replace('+', ''), languages: ['en'], personalIdentityCode: '010594Y9021', areas: [{ code: 'gambling', visibleToOrderers: false }] });
    await t.http().post(`/api/v1/experts/${dup.body.id}/training-records`).set(bearer(token)).send({ course: 'Peruskurssi', hours: 70, completedOn: '2024-01-10' }).expect(201);
    const list = await t.http().get('/api/v1/experts/duplicates').set(bearer(token)).expect(200);
    const pair = list.body.items.find((p: { first: { id: string }; second: { id: string } }) => [p.first.id, p.second.id].sort().join() === [kept.body.id, dup.body.id].sort().join());
    expect(pair.reasons).toEqual(['name_and_phone']);

    const merged = await t.http().post(`/api/v1/experts/${kept.body.id}/merge`).set(bearer(token)).set('if-match', '"1"').send({ duplicateId: dup.body.id }).expect(200);
    expect(merged.body).toMatchObject({ languages: ['en'], tier: 'trained', personalIdentityCodeMasked: '010594*****', birthDate: '1994-05-01' });
    expect(merged.body.areas.map((a: { code: string }) => a.code).sort()).toEqual(['debt', 'gambling']);
    expect(merged.body.training).toHaveLength(1);
    const [old] = await t.dataSource.query('SELECT merged_into, status FROM expert WHERE id = $1', [dup.body.id]);
    expect(old).toEqual({ merged_into: kept.body.id, status: 'left' });
    const search = await t.http().get('/api/v1/experts?q=mirja').set(bearer(token)).expect(200);
    expect(search.body.items.map((e: { id: string }) => e.id)).toEqual([kept.body.id]);
    const again = await t.http().post(`/api/v1/experts/${kept.body.id}/merge`).set(bearer(token)).set('if-match', merged.headers.etag).send({ duplicateId: dup.body.id }).expect(409);
    expect(again.body.code).toBe('EXPERT_MERGE_INVALID');
  });

  it('answers an access request with everything held and when and why it was read', async () => {
    const user = await makeUser(t.dataSource, [Role.Expert]);
    const e = await create({ firstName: 'Kaisa', lastName: 'Kivi', email: user.email, iban: 'FI21 1234 5600 0007 85', coordinatorNotes: 'Toivoo pieniä ryhmiä' });
    await t.dataSource.query('UPDATE expert SET user_id = $1 WHERE id = $2', [user.id, e.body.id]);
    await t.http().get(`/api/v1/experts/${e.body.id}`).set(bearer(token)).expect(200);
    const dump = await t.http().get(`/api/v1/experts/${e.body.id}/data-export`).set(bearer(token)).expect(200);
    expect(dump.body.person).toMatchObject({ firstName: 'Kaisa', iban: 'FI2112345600000785', coordinatorNotes: 'Toivoo pieniä ryhmiä' });
    expect(dump.body.person.ibanEnc).toBeUndefined();
    const purposes = dump.body.accessLog.map((a: { purpose: string | null }) => a.purpose);
    expect(purposes).toEqual(expect.arrayContaining(['registry']));
    expect(dump.body.accessLog[0]).toEqual(expect.objectContaining({ occurred_at: expect.any(String), action: expect.any(String) }));
    const own = await login(t, user.email);
    const mine = await t.http().get('/api/v1/experts/me/data-export').set(bearer(own.token)).expect(200);
    expect(mine.body.person.id).toBe(e.body.id);
    await t.http().get(`/api/v1/experts/${e.body.id}/data-export`).set(bearer(own.token)).expect(403);
  });

  it('erases a person, keeping only an anonymous row', async () => {
    const user = await makeUser(t.dataSource, [Role.Expert]);
    const e = await create({ firstName: 'Pirkko', lastName: 'Poistuva', email: user.email, phone: '040 999 8888', personalIdentityCode: '020502E902X', areas: [{ code: 'youth', visibleToOrderers: true }], introduction: 'Hei!' });
    await t.dataSource.query('UPDATE expert SET user_id = $1 WHERE id = $2', [user.id, e.body.id]);
    const session = await login(t, user.email);
    await t.http().post(`/api/v1/experts/${e.body.id}/erase`).set(bearer(token)).expect(428);
    await t.http().post(`/api/v1/experts/${e.body.id}/erase`).set(bearer(token)).set('if-match', '"1"').expect(204);
    const [row] = await t.dataSource.query('SELECT * FROM expert WHERE id = $1', [e.body.id]);
    expect(row).toMatchObject({ first_name: 'Poistettu', phone: null, personal_id_enc: null, introduction: null, user_id: null, status: 'left' });
    expect(row.erased_at).not.toBeNull();
    expect(JSON.stringify(row)).not.toMatch(/Pirkko|Poistuva|040 999/);
    const [{ n }] = await t.dataSource.query('SELECT count(*)::int AS n FROM expert_experience_area WHERE expert_id = $1', [e.body.id]);
    expect(n).toBe(0);
    await t.http().get('/api/v1/auth/me').set(bearer(session.token)).expect(401);
    await t.http().post('/api/v1/auth/refresh').set('cookie', session.cookie).expect(401);
    const [{ k }] = await t.dataSource.query(`SELECT count(*)::int AS k FROM audit_event WHERE action = 'expert.erase' AND subject_id = $1`, [e.body.id]);
    expect(k).toBe(1);
  });

  it('erases a person who invoiced, keeping the business ID the invoices were paid to', async () => {
    const e = await create({ firstName: 'Ilona', lastName: 'Laskuttaja', email: 'ilona.laskuttaja@example.fi' });
    await t.dataSource.query(`UPDATE expert SET payment_method = 'invoice', business_id = '1572860-0' WHERE id = $1`, [e.body.id]);
    const [{ version }] = await t.dataSource.query('SELECT version FROM expert WHERE id = $1', [e.body.id]);
    await t.http().post(`/api/v1/experts/${e.body.id}/erase`).set(bearer(token)).set('if-match', `"${version}"`).expect(204);
    const [row] = await t.dataSource.query('SELECT first_name, email, business_id, payment_method FROM expert WHERE id = $1', [e.body.id]);
    expect(row).toMatchObject({ first_name: 'Poistettu', business_id: '1572860-0', payment_method: 'invoice' });
    expect(JSON.stringify(row)).not.toMatch(/Ilona|Laskuttaja/);
  });
});

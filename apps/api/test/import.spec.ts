import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { eventually, login, makeUser, Role, startTestApp, TestApp } from './support/app';

const fixture = (name: string) => readFileSync(join(__dirname, 'fixtures', 'import', name));
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe('registry import from spreadsheets', () => {
  let t: TestApp;
  let token: string;

  const upload = (bytes: Buffer, fileName: string, type = 'text/csv') =>
    t.http().post(`/api/v1/imports?fileName=${encodeURIComponent(fileName)}`).set(bearer(token)).set('content-type', type).send(bytes);

  beforeAll(async () => {
    t = await startTestApp({ JOBS_ENABLED: 'true' });
    const user = await makeUser(t.dataSource, [Role.Coordinator]);
    token = (await login(t, user.email)).token;
    await t.dataSource.query(
      `INSERT INTO expert (first_name, last_name, email, languages, kinds, task_types) VALUES ('Liisa', 'Virtanen', 'expert@kokemus.test', '{fi}', '{}', '{}')`,
    );
  });
  afterAll(() => t.close());

  it('dry-runs a semicolon UTF-8 file, then imports it in the background with progress', async () => {
    const dry = await upload(fixture('ok/semicolon-utf8.csv'), 'rekisteri.csv').expect(201);
    expect(dry.body).toMatchObject({ status: 'validated', format: 'csv', totalRows: 3, validRows: 3, problemCount: 0, progressPercent: 0 });
    const [{ n: before }] = await t.dataSource.query('SELECT count(*)::int AS n FROM expert');
    expect(before).toBe(1);
    await t.http().post(`/api/v1/imports/${dry.body.id}/run`).set(bearer(token)).expect(202);
    const done = await eventually(async () => {
      const res = await t.http().get(`/api/v1/imports/${dry.body.id}`).set(bearer(token));
      return res.body.status === 'completed' ? res.body : null;
    });
    expect(done).toMatchObject({ processedRows: 3, importedRows: 3, progressPercent: 100 });
    const [sirpa] = await t.dataSource.query(
      `SELECT e.municipality_code, e.languages, e.status, e.tier_code, e.birth_date::text, e.personal_id_enc, array_agg(a.area_code ORDER BY a.area_code) AS areas
         FROM expert e JOIN expert_experience_area a ON a.expert_id = e.id WHERE e.email = 'sirpa.makela@esimerkki.fi' GROUP BY e.id`,
    );
    expect(sirpa).toMatchObject({ municipality_code: 'jyvaskyla', languages: ['fi', 'en'], status: 'active', tier_code: 'trained', birth_date: '1952-10-13', areas: ['mental_health', 'substance_use'] });
    expect(sirpa.personal_id_enc).not.toContain('131052');
    const [jorgen] = await t.dataSource.query(`SELECT municipality_code, status FROM expert WHERE email = 'jorgen.aberg@esimerkki.fi'`);
    expect(jorgen).toEqual({ municipality_code: 'vaasa', status: 'applicant' });
    const [{ rows_enc }] = await t.dataSource.query('SELECT rows_enc FROM registry_import WHERE id = $1', [dry.body.id]);
    expect(rows_enc).toBeNull();
  });

  it('is idempotent: the same file again is the same import, and running it again adds nothing', async () => {
    const again = await upload(fixture('ok/semicolon-utf8.csv'), 'rekisteri (2).csv').expect(201);
    const [{ id }] = await t.dataSource.query(`SELECT id FROM registry_import WHERE file_name = 'rekisteri.csv'`);
    expect(again.body.id).toBe(id);
    expect(again.body.status).toBe('completed');
    await t.http().post(`/api/v1/imports/${id}/run`).set(bearer(token)).expect(202);
    const [{ n }] = await t.dataSource.query('SELECT count(*)::int AS n FROM expert');
    expect(n).toBe(4);
  });

  it('reads comma-separated UTF-8 with a BOM and Windows-1252 Finnish characters', async () => {
    const comma = await upload(fixture('ok/comma-utf8-bom.csv'), 'comma.csv').expect(201);
    expect(comma.body).toMatchObject({ validRows: 2, problemCount: 0 });
    const cp = await upload(fixture('ok/windows-1252.csv'), 'vanha-excel.csv').expect(201);
    expect(cp.body).toMatchObject({ validRows: 2, problemCount: 0 });
    await t.http().post(`/api/v1/imports/${cp.body.id}/run`).set(bearer(token)).expect(202);
    await eventually(async () => (await t.http().get(`/api/v1/imports/${cp.body.id}`).set(bearer(token))).body.status === 'completed');
    const names = await t.dataSource.query(`SELECT first_name, last_name, municipality_code FROM expert WHERE email IN ('vaino.rasanen@esimerkki.fi', 'asa.ohman@esimerkki.fi') ORDER BY email`);
    expect(names).toEqual([
      { first_name: 'Åsa', last_name: 'Öhman', municipality_code: 'narpio' },
      { first_name: 'Väinö', last_name: 'Räsänen', municipality_code: 'jamsa' },
    ]);
  });

  it('reads XLSX', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Rekisteri');
    ws.addRow(['Etunimi', 'Sukunimi', 'Sähköposti', 'Kotikunta', 'Koulutus', 'Koulutustunnit', 'Koulutus valmistunut']);
    ws.addRow(['Helmi', 'Harju', 'helmi.harju@esimerkki.fi', 'Laukaa', 'Kokemusasiantuntijakoulutus', 120, new Date('2025-06-01')]);
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    const res = await upload(bytes, 'rekisteri.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').expect(201);
    expect(res.body).toMatchObject({ format: 'xlsx', validRows: 1, problemCount: 0 });
  });

  it.each([
    ['not-ok/wrong-delimiter.tsv.csv', [{ row: 1, field: 'file', code: 'unreadable' }], 0],
    [
      'not-ok/bad-identity-codes.csv',
      [
        { row: 2, field: 'personalIdentityCode', code: 'invalid' },
        { row: 3, field: 'personalIdentityCode', code: 'invalid' },
      ],
      1,
    ],
    [
      'not-ok/duplicates.csv',
      [
        { row: 3, field: 'email', code: 'duplicate_in_file' },
        { row: 4, field: 'email', code: 'duplicate_existing' },
      ],
      1,
    ],
    [
      'not-ok/missing-and-unknown.csv',
      [
        { row: 2, field: 'firstName', code: 'missing' },
        { row: 2, field: 'municipality', code: 'unknown' },
        { row: 2, field: 'languages', code: 'unknown' },
        { row: 2, field: 'areas', code: 'unknown' },
        { row: 3, field: 'email', code: 'missing' },
        { row: 4, field: 'email', code: 'invalid' },
      ],
      0,
    ],
  ])('reports %s row by row, changing nothing', async (file, expected, valid) => {
    const [{ n: before }] = await t.dataSource.query('SELECT count(*)::int AS n FROM expert');
    const res = await upload(fixture(file), file).expect(201);
    expect(res.body.validRows).toBe(valid);
    expect(res.body.problems.map((p: { row: number; field: string; code: string }) => ({ row: p.row, field: p.field, code: p.code }))).toEqual(expected);
    if (valid === 0) {
      const run = await t.http().post(`/api/v1/imports/${res.body.id}/run`).set(bearer(token)).expect(409);
      expect(run.body.code).toBe('IMPORT_NOTHING_TO_IMPORT');
    }
    const csv = await t.http().get(`/api/v1/imports/${res.body.id}/problems.csv`).set(bearer(token)).expect(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.text.split('\n').filter(Boolean)).toHaveLength(expected.length + 1);
    const [{ n: after }] = await t.dataSource.query('SELECT count(*)::int AS n FROM expert');
    expect(after).toBe(before);
  });

  it('imports 5,000 rows', async () => {
    const lines = ['Etunimi;Sukunimi;Sähköposti;Kotikunta;Kielet;Kokemusalueet'];
    const towns = ['Jyväskylä', 'Jämsä', 'Keuruu', 'Äänekoski', 'Laukaa'];
    for (let i = 0; i < 5000; i++) lines.push(`Henkilö${i};Sukunimi${i % 97};henkilo${i}@iso.example.fi;${towns[i % 5]};fi;${i % 3 ? 'Mielenterveys' : 'Päihteet'}`);
    const started = Date.now();
    const dry = await upload(Buffer.from(lines.join('\n')), 'iso.csv').expect(201);
    expect(dry.body).toMatchObject({ totalRows: 5000, validRows: 5000, problemCount: 0 });
    await t.http().post(`/api/v1/imports/${dry.body.id}/run`).set(bearer(token)).expect(202);
    const done = await eventually(async () => {
      const res = await t.http().get(`/api/v1/imports/${dry.body.id}`).set(bearer(token));
      return res.body.status === 'completed' ? res.body : null;
    }, 60_000);
    expect(done.importedRows).toBe(5000);
    expect(Date.now() - started).toBeLessThan(60_000);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM expert WHERE email LIKE '%@iso.example.fi'`);
    expect(n).toBe(5000);
  }, 90_000);

  it('is for coordinators only, and rejects what is not a spreadsheet', async () => {
    const expert = await makeUser(t.dataSource, [Role.Expert]);
    const other = (await login(t, expert.email)).token;
    await t.http().post('/api/v1/imports').set(bearer(other)).set('content-type', 'text/csv').send('a;b').expect(403);
    const empty = await upload(Buffer.alloc(0), 'tyhja.csv').expect(400);
    expect(empty.body.code).toBe('IMPORT_UNREADABLE');
    const broken = await upload(Buffer.from('PK\u0003\u0004 not really a zip'), 'rikki.xlsx', 'application/octet-stream').expect(400);
    expect(broken.body.code).toBe('IMPORT_UNREADABLE');
  });
});

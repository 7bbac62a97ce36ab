import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../tests/support/app';
import { auditLog } from '../audit/audit.tables';
import { centers, departments } from './org.tables';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const centerId = async (region: string) => {
  const [row] = await t.database.db.select().from(centers).where(eq(centers.regionCode, region));
  if (!row) throw new Error('missing center');
  return row.id;
};
const departmentId = async (region: string, key: string) => {
  const [row] = await t.database.db
    .select()
    .from(departments)
    .where(and(eq(departments.regionCode, region), eq(departments.key, key)));
  if (!row) throw new Error('missing department');
  return row.id;
};

describe('the public organisation directory', () => {
  it('lists the demo city: 4 centers, regions by parent, departments paginated and searchable', async () => {
    const anon = t.anon();
    const list = await anon.get<{ name: string; level: string }[]>('/api/v1/centers');
    expect(list.body.map((c) => c.name)).toEqual(
      expect.arrayContaining(['金华市行政服务中心', '金东区行政服务中心', '婺城区行政服务中心']),
    );
    expect(list.body).toHaveLength(4);

    const counties = await anon.get<{ code: string; level: string }[]>('/api/v1/regions?parent=3307');
    expect(counties.body).toHaveLength(9);
    expect(counties.body.every((r) => r.level === 'county' && r.code.startsWith('3307'))).toBe(true);

    const depts = await anon.get<{ items: { name: string }[]; total: number }>(
      '/api/v1/departments?region=330703&pageSize=5',
    );
    expect(depts.body.total).toBe(15);
    expect(depts.body.items).toHaveLength(5);
    const search = await anon.get<{ items: { name: string }[] }>('/api/v1/departments?q=市场监督');
    expect(search.body.items.map((d) => d.name).sort()).toEqual(
      ['婺城区市场监督管理局', '金东区市场监督管理局', '金华市市场监督管理局'].sort(),
    );
  });

  it('treats LIKE wildcards in a search as plain text', async () => {
    const res = await t.anon().get<{ total: number }>('/api/v1/departments?q=%25');
    expect(res.body.total).toBe(0);
  });
});

describe('windows', () => {
  it('a center admin opens a window in their own center, and it is audited', async () => {
    const admin = await t.as('center_admin');
    const res = await admin.post<{ id: string; regionCode: string }>('/api/v1/windows', {
      centerId: await centerId('330703'),
      number: 'A09',
      name: '综合受理窗口 9',
      kind: 'general',
    });
    expect(res.status).toBe(201);
    expect(res.body.regionCode).toBe('330703');
    const rows = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'window.create'), eq(auditLog.entityId, res.body.id)));
    expect(rows).toHaveLength(1);
    expect(rows[0]?.actorId).toBe(admin.user?.id);
  });

  it("refuses a window in another county's center", async () => {
    const admin = await t.as('center_admin');
    const res = await admin.post('/api/v1/windows', {
      centerId: await centerId('330702'),
      number: 'A20',
      name: '综合受理窗口',
      kind: 'general',
    });
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('OUT_OF_SCOPE');
  });

  it('requires a department on a dedicated window and none on a general one', async () => {
    const admin = await t.as('admin');
    const center = await centerId('330703');
    const noDept = await admin.post('/api/v1/windows', {
      centerId: center,
      number: 'B09',
      name: '税务专窗',
      kind: 'dedicated',
    });
    expect(noDept.status).toBe(400);
    expect(noDept.body.details?.[0]).toMatchObject({ field: 'departmentId', code: 'WINDOW_DEPARTMENT' });
    const ok = await admin.post('/api/v1/windows', {
      centerId: center,
      number: 'B09',
      name: '税务专窗',
      kind: 'dedicated',
      departmentId: await departmentId('330703', 'tax'),
    });
    expect(ok.status).toBe(201);
    const otherCounty = await admin.post('/api/v1/windows', {
      centerId: center,
      number: 'B10',
      name: '专窗',
      kind: 'dedicated',
      departmentId: await departmentId('330702', 'tax'),
    });
    expect(otherCounty.body.details?.[0]).toMatchObject({ field: 'departmentId', code: 'DEPARTMENT_REGION' });
  });

  it('refuses a duplicate window number with 409 and writes nothing', async () => {
    const admin = await t.as('admin');
    const before = await t.database.db.select().from(auditLog);
    const res = await admin.post('/api/v1/windows', {
      centerId: await centerId('330703'),
      number: 'A01',
      name: '重复',
      kind: 'general',
    });
    expect(res.status).toBe(409);
    expect(res.body.details?.[0]).toMatchObject({ field: 'number', code: 'WINDOW_NUMBER_TAKEN' });
    expect((await t.database.db.select().from(auditLog)).length).toBe(before.length);
  });

  it('closes a window and records before and after', async () => {
    const admin = await t.as('center_admin');
    const windows = await admin.get<{ id: string; number: string }[]>(
      `/api/v1/windows?center=${await centerId('330703')}`,
    );
    const a02 = windows.body.find((w) => w.number === 'A02');
    const res = await admin.request('PATCH', `/api/v1/windows/${a02?.id}`, { body: { active: false } });
    expect(res.status).toBe(200);
    expect(res.body.active).toBe(false);
    const [row] = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'window.update'), eq(auditLog.entityId, a02?.id ?? '')));
    expect(row?.detail).toEqual({
      before: { name: '综合受理窗口 2', active: true },
      after: { active: false },
    });
  });
});

describe('departments', () => {
  it('a platform admin adds a department; a duplicate key in the region is a 409; a county admin cannot add one in another county', async () => {
    const admin = await t.as('admin');
    const body = { regionCode: '330703', name: '金东区数据局', shortName: '数据', key: 'data' };
    expect((await admin.post('/api/v1/departments', body)).status).toBe(201);
    expect((await admin.post('/api/v1/departments', body)).status).toBe(409);
    const centerAdmin = await t.as('center_admin');
    const res = await centerAdmin.post('/api/v1/departments', {
      ...body,
      regionCode: '330702',
      key: 'data2',
    });
    expect(res.body.code).toBe('OUT_OF_SCOPE');
  });
});

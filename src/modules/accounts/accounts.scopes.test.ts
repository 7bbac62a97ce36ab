import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from '../../shared/pagination';
import { createTestApp, type TestApp } from '../../../tests/support/app';
import { auditLog } from '../audit/audit.tables';
import { departments } from '../org/org.tables';
import type { AccountSummary } from './accounts.schemas';
import { accounts } from './accounts.tables';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const departmentId = async (region: string, key: string) => {
  const [row] = await t.database.db
    .select()
    .from(departments)
    .where(and(eq(departments.regionCode, region), eq(departments.key, key)));
  if (!row) throw new Error('missing department');
  return row.id;
};
const accountId = async (username: string) => {
  const [row] = await t.database.db.select().from(accounts).where(eq(accounts.username, username));
  if (!row) throw new Error('missing account');
  return row.id;
};

describe('scope: region and department', () => {
  it("a county reviewer reads their own department's staff but not another county's", async () => {
    const reviewer = await t.as('reviewer');
    const own = await reviewer.get<Page<AccountSummary>>(
      `/api/v1/departments/${await departmentId('330703', 'market')}/staff`,
    );
    expect(own.status).toBe(200);
    expect(own.body.items.map((a) => a.username).sort()).toEqual(['dept_admin', 'reviewer']);

    const other = await reviewer.get(`/api/v1/departments/${await departmentId('330702', 'market')}/staff`);
    expect(other.status).toBe(403);
    expect(other.body.code).toBe('OUT_OF_SCOPE');
  });

  it("a reviewer cannot read another department's staff in the same county", async () => {
    const reviewer = await t.as('reviewer');
    const res = await reviewer.get(`/api/v1/departments/${await departmentId('330703', 'tax')}/staff`);
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('OUT_OF_SCOPE');
  });

  it('a county reviewer cannot read a staff account of another county', async () => {
    const reviewer = await t.as('reviewer');
    const res = await reviewer.get(`/api/v1/accounts/${await accountId('reviewer_wucheng')}`);
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('OUT_OF_SCOPE');
  });

  it('a county center admin lists only accounts of their county; the city supervisor sees both counties', async () => {
    const centerAdmin = await t.as('center_admin');
    const county = await centerAdmin.get<Page<AccountSummary>>('/api/v1/accounts?pageSize=100');
    expect(county.status).toBe(200);
    expect(county.body.items.every((a) => a.regionCode?.startsWith('330703'))).toBe(true);
    expect(county.body.items.map((a) => a.username)).not.toContain('reviewer_wucheng');

    const supervisor = await t.as('supervisor');
    const city = await supervisor.get<Page<AccountSummary>>('/api/v1/accounts?pageSize=100');
    expect(city.body.items.map((a) => a.username)).toEqual(
      expect.arrayContaining(['reviewer', 'reviewer_wucheng', 'agent']),
    );
    expect(city.body.items.map((a) => a.username)).not.toContain('admin');
  });

  it('paginates and filters the account list', async () => {
    const admin = await t.as('admin');
    const page1 = await admin.get<Page<AccountSummary>>('/api/v1/accounts?pageSize=3&page=1');
    const page2 = await admin.get<Page<AccountSummary>>('/api/v1/accounts?pageSize=3&page=2');
    expect(page1.body.total).toBe(10);
    expect(page1.body.items).toHaveLength(3);
    expect(page2.body.items.map((a) => a.id)).not.toEqual(
      expect.arrayContaining(page1.body.items.map((a) => a.id)),
    );
    const reviewers = await admin.get<Page<AccountSummary>>('/api/v1/accounts?role=reviewer');
    expect(reviewers.body.items.map((a) => a.username).sort()).toEqual(['reviewer', 'reviewer_wucheng']);
  });
});

describe('roles', () => {
  it('refuses a role the route does not list, and anyone signed out', async () => {
    const citizen = await t.as('citizen');
    const res = await citizen.get('/api/v1/accounts');
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('FORBIDDEN_ROLE');
    expect((await t.anon().get('/api/v1/accounts')).body.code).toBe('AUTH_REQUIRED');
  });

  it('a center admin may create a clerk for their center but not a supervisor', async () => {
    const centerAdmin = await t.as('center_admin');
    const base = {
      password: 'Window2026a',
      displayName: '新窗口人员',
      regionCode: '330703',
      centerId: centerAdmin.user?.centerId,
    };
    const clerk = await centerAdmin.post('/api/v1/accounts', { ...base, username: 'clerk2', role: 'clerk' });
    expect(clerk.status).toBe(201);
    const boss = await centerAdmin.post('/api/v1/accounts', {
      ...base,
      username: 'boss2',
      role: 'supervisor',
    });
    expect(boss.status).toBe(403);
    expect(boss.body.code).toBe('FORBIDDEN_ROLE');
    const elsewhere = await centerAdmin.post('/api/v1/accounts', {
      ...base,
      username: 'clerk3',
      role: 'clerk',
      regionCode: '330702',
    });
    expect(elsewhere.status).toBe(403);
    expect(elsewhere.body.code).toBe('OUT_OF_SCOPE');
    expect((await t.anon().signIn('clerk2', 'Window2026a')).status).toBe(200);
  });

  it('a reviewer needs a department', async () => {
    const admin = await t.as('admin');
    const res = await admin.post('/api/v1/accounts', {
      username: 'rv9',
      password: 'Review2026a',
      displayName: '审批九',
      role: 'reviewer',
      regionCode: '330703',
    });
    expect(res.status).toBe(400);
    expect(res.body.details?.[0]).toMatchObject({ field: 'departmentId', code: 'DEPARTMENT_REQUIRED' });
  });
});

describe('personal data', () => {
  it('lists mask ID and phone numbers', async () => {
    const admin = await t.as('admin');
    const list = await admin.get<Page<AccountSummary>>('/api/v1/accounts?role=citizen');
    const citizen = list.body.items.find((a) => a.username === 'citizen');
    expect(citizen?.idNumberMasked).toMatch(/^3307\*{10}\d{3}[\dX]$/);
    expect(citizen?.phoneMasked).toBe('138****1234');
    expect(JSON.stringify(list.body)).not.toContain('13857901234');
  });

  it('a clerk reads a citizen whole, and the read is audited with who and why', async () => {
    const clerk = await t.as('clerk');
    const id = await accountId('citizen');
    const res = await clerk.get<{ idNumber: string; phone: string }>(`/api/v1/accounts/${id}/personal-data`);
    expect(res.status).toBe(200);
    expect(res.body.idNumber).toHaveLength(18);
    expect(res.body.phone).toBe('13857901234');
    const rows = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'account.personal_data.read'), eq(auditLog.entityId, id)));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actorId: clerk.user?.id, actorRole: 'clerk', regionCode: '330703' });
  });

  it("a citizen reads their own data but not another citizen's", async () => {
    const admin = await t.as('admin');
    const other = await t.anon().post<{ id: string }>('/api/v1/auth/register', {
      kind: 'citizen',
      username: 'neighbour',
      password: 'Neighbour1',
      displayName: '邻居',
      idNumber: '330703198001010017',
      phone: '13900001111',
    });
    expect(other.status, JSON.stringify(other.body)).toBe(201);
    const citizen = await t.as('citizen');
    expect((await citizen.get(`/api/v1/accounts/${citizen.user?.id}/personal-data`)).status).toBe(200);
    const res = await citizen.get(`/api/v1/accounts/${other.body.id}/personal-data`);
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('OUT_OF_SCOPE');
    expect((await admin.get(`/api/v1/accounts/${other.body.id}/personal-data`)).status).toBe(200);
  });
});

describe('disabling and unlocking', () => {
  it('a center admin disables a clerk of their center: the clerk’s session ends and sign-in is refused; re-enabling restores it', async () => {
    const clerk = await t.as('clerk');
    const centerAdmin = await t.as('center_admin');
    const id = await accountId('clerk');
    const off = await centerAdmin.request<AccountSummary>('PATCH', `/api/v1/accounts/${id}`, {
      body: { status: 'disabled' },
    });
    expect(off.status).toBe(200);
    expect(off.body.status).toBe('disabled');
    expect((await clerk.get('/api/v1/auth/me')).status).toBe(401);
    expect((await t.anon().signIn('clerk')).body.code).toBe('AUTH_DISABLED');
    expect(
      (await centerAdmin.request('PATCH', `/api/v1/accounts/${id}`, { body: { status: 'active' } })).status,
    ).toBe(200);
    expect((await t.anon().signIn('clerk')).status).toBe(200);
    const actions = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, id));
    expect(actions.map((a) => a.action)).toEqual(
      expect.arrayContaining(['account.disable', 'account.enable']),
    );
  });

  it('unlocks a locked account before its time', async () => {
    await t.database.db
      .update(accounts)
      .set({ lockedUntil: new Date(Date.now() + 600_000) })
      .where(eq(accounts.username, 'agent'));
    expect((await t.anon().signIn('agent')).status).toBe(423);
    const centerAdmin = await t.as('center_admin');
    expect(
      (
        await centerAdmin.request('PATCH', `/api/v1/accounts/${await accountId('agent')}`, {
          body: { unlock: true },
        })
      ).status,
    ).toBe(200);
    expect((await t.anon().signIn('agent')).status).toBe(200);
  });

  it('refuses a role above one’s own, another county’s staff, and oneself', async () => {
    const centerAdmin = await t.as('center_admin');
    expect(
      (
        await centerAdmin.request('PATCH', `/api/v1/accounts/${await accountId('dept_admin')}`, {
          body: { status: 'disabled' },
        })
      ).body.code,
    ).toBe('FORBIDDEN_ROLE');
    expect(
      (
        await centerAdmin.request('PATCH', `/api/v1/accounts/${await accountId('reviewer_wucheng')}`, {
          body: { status: 'disabled' },
        })
      ).body.code,
    ).toBe('OUT_OF_SCOPE');
    expect(
      (
        await centerAdmin.request('PATCH', `/api/v1/accounts/${centerAdmin.user?.id}`, {
          body: { status: 'disabled' },
        })
      ).status,
    ).toBe(409);
  });
});

import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../tests/support/app';
import { auditLog } from '../audit/audit.tables';
import { accounts, sessions } from './accounts.tables';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({
    LOGIN_MAX_FAILURES: '3',
    LOGIN_LOCK_MINUTES: '15',
    SESSION_IDLE_MINUTES: '30',
    SESSION_MAX_HOURS: '12',
  });
});
afterAll(() => t.close());

const auditActions = async (username: string) => {
  const [account] = await t.database.db.select().from(accounts).where(eq(accounts.username, username));
  const rows = await t.database.db
    .select()
    .from(auditLog)
    .where(eq(auditLog.entityId, account?.id ?? ''));
  return rows.map((r) => r.action);
};

describe('sign-in', () => {
  it('signs in with the right password, sets an httpOnly SameSite=Lax cookie and returns the account and a CSRF token', async () => {
    const client = t.anon();
    const res = await client.signIn('clerk');
    expect(res.status).toBe(200);
    expect(res.body.user).toMatchObject({
      username: 'clerk',
      role: 'clerk',
      regionCode: '330703',
      regionName: '金东区',
      centerName: '金东区行政服务中心',
    });
    expect(res.body.csrfToken.length).toBeGreaterThanOrEqual(20);
    const cookie = res.raw.cookies.find((c) => c.name === 'tb_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie?.secure).toBeFalsy();
    const me = await client.get('/api/v1/auth/me');
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ user: { username: 'clerk' }, csrfToken: res.body.csrfToken });
  });

  it('accepts the username in any letter case', async () => {
    expect((await t.anon().signIn('CLERK')).status).toBe(200);
  });

  it('refuses a wrong password and an unknown user with the same code', async () => {
    const wrong = await t.anon().signIn('supervisor', 'not-the-password1');
    const unknown = await t.anon().signIn('nobody-here', 'whatever1');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.code).toBe('AUTH_INVALID_CREDENTIALS');
    expect(unknown.body.code).toBe('AUTH_INVALID_CREDENTIALS');
    expect(wrong.body.message).toBe('用户名或密码错误');
  });

  it('answers in English when the browser prefers it', async () => {
    const client = t.anon();
    const res = await client.request('POST', '/api/v1/auth/sign-in', {
      body: { username: 'supervisor', password: 'wrong-password1' },
      headers: { 'accept-language': 'en-US,en;q=0.9,zh;q=0.5' },
    });
    expect(res.body.message).toBe('Wrong username or password');
  });

  it('locks the account after the configured number of failures, even against the right password, and unlocks when the time is up', async () => {
    for (let i = 1; i <= 2; i++) expect((await t.anon().signIn('agent', `wrong-${i}-pass`)).status).toBe(401);
    const third = await t.anon().signIn('agent', 'wrong-3-pass');
    expect(third.status).toBe(423);
    expect(third.body.code).toBe('AUTH_LOCKED');

    const [locked] = await t.database.db.select().from(accounts).where(eq(accounts.username, 'agent'));
    const lockMs = (locked?.lockedUntil?.getTime() ?? 0) - Date.now();
    expect(lockMs).toBeGreaterThan(14 * 60_000);
    expect(lockMs).toBeLessThanOrEqual(15 * 60_000);

    const rightButLocked = await t.anon().signIn('agent');
    expect(rightButLocked.status).toBe(423);

    // Time passes: the lock is in the past.
    await t.database.db
      .update(accounts)
      .set({ lockedUntil: new Date(Date.now() - 1000) })
      .where(eq(accounts.username, 'agent'));
    expect((await t.anon().signIn('agent')).status).toBe(200);
    const [after] = await t.database.db.select().from(accounts).where(eq(accounts.username, 'agent'));
    expect(after).toMatchObject({ failedAttempts: 0, lockedUntil: null });

    const actions = await auditActions('agent');
    expect(actions.filter((a) => a === 'auth.sign_in_failed')).toHaveLength(2);
    expect(actions).toContain('auth.locked');
    expect(actions).toContain('auth.sign_in_refused');
  });

  it('resets the failure count after a successful sign-in', async () => {
    await t.anon().signIn('dept_admin', 'wrong-pass-1');
    await t.anon().signIn('dept_admin', 'wrong-pass-2');
    expect((await t.anon().signIn('dept_admin')).status).toBe(200);
    await t.anon().signIn('dept_admin', 'wrong-pass-3');
    expect((await t.anon().signIn('dept_admin')).status).toBe(200);
  });

  it('refuses a disabled account once the password is right', async () => {
    await t.database.db
      .update(accounts)
      .set({ status: 'disabled' })
      .where(eq(accounts.username, 'reviewer_wucheng'));
    const res = await t.anon().signIn('reviewer_wucheng');
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('AUTH_DISABLED');
    await t.database.db
      .update(accounts)
      .set({ status: 'active' })
      .where(eq(accounts.username, 'reviewer_wucheng'));
  });
});

describe('sessions', () => {
  it('sign-out ends the session: the same cookie no longer works', async () => {
    const client = await t.as('center_admin');
    const cookie = client.cookie;
    const out = await client.post('/api/v1/auth/sign-out');
    expect(out.status).toBe(204);
    client.cookie = cookie;
    const me = await client.get('/api/v1/auth/me');
    expect(me.status).toBe(401);
    expect(me.body.code).toBe('AUTH_REQUIRED');
  });

  it('expires a session idle longer than the idle limit', async () => {
    const client = await t.as('supervisor');
    await t.database.db
      .update(sessions)
      .set({ lastSeenAt: new Date(Date.now() - 31 * 60_000) })
      .where(sql`${sessions.accountId} = (select id from accounts where username = 'supervisor')`);
    const me = await client.get('/api/v1/auth/me');
    expect(me.status).toBe(401);
    expect(me.body.code).toBe('AUTH_SESSION_EXPIRED');
  });

  it('keeps a session active within the idle limit', async () => {
    const client = await t.as('citizen');
    await t.database.db
      .update(sessions)
      .set({ lastSeenAt: new Date(Date.now() - 29 * 60_000) })
      .where(sql`${sessions.accountId} = (select id from accounts where username = 'citizen')`);
    expect((await client.get('/api/v1/auth/me')).status).toBe(200);
  });

  it('expires a session past its absolute lifetime however active it is', async () => {
    const client = await t.as('enterprise');
    await t.database.db
      .update(sessions)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(sql`${sessions.accountId} = (select id from accounts where username = 'enterprise')`);
    expect((await client.get('/api/v1/auth/me')).body.code).toBe('AUTH_SESSION_EXPIRED');
  });

  it('sets the absolute expiry to SESSION_MAX_HOURS from sign-in', async () => {
    const before = Date.now();
    const client = await t.as('reviewer');
    const [row] = await t.database.db
      .select()
      .from(sessions)
      .where(eq(sessions.accountId, client.user?.id ?? ''));
    const hours = ((row?.expiresAt.getTime() ?? 0) - before) / 3_600_000;
    expect(hours).toBeGreaterThanOrEqual(12 - 0.01);
    expect(hours).toBeLessThanOrEqual(12 + 0.01);
  });

  it('stores only a hash of the session token', async () => {
    const client = await t.as('clerk');
    const rows = await t.database.db.select().from(sessions);
    expect(rows.some((r) => r.tokenHash === client.cookie)).toBe(false);
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.tokenHash))).toBe(true);
  });
});

describe('CSRF', () => {
  it('refuses a cookie-authenticated write without the CSRF header, or with a wrong one', async () => {
    const client = await t.as('clerk');
    const missing = await client.request('POST', '/api/v1/auth/sign-out', { csrf: false });
    expect(missing.status).toBe(403);
    expect(missing.body.code).toBe('CSRF_INVALID');
    const wrong = await client.request('POST', '/api/v1/auth/sign-out', {
      csrf: false,
      headers: { 'x-csrf-token': 'forged-token-value' },
    });
    expect(wrong.status).toBe(403);
    expect((await client.get('/api/v1/auth/me')).status).toBe(200);
    expect((await client.post('/api/v1/auth/sign-out')).status).toBe(204);
  });

  it('refuses a plain-text body, which a cross-site form could send', async () => {
    const res = await t.anon().request('POST', '/api/v1/auth/sign-in', {
      payload: 'username=clerk&password=x',
      headers: { 'content-type': 'text/plain' },
    });
    expect(res.status).toBe(415);
    expect(res.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });
});

describe('API tokens', () => {
  it('lets an integration act with a bearer token, without CSRF, until it is revoked', async () => {
    const admin = await t.as('admin');
    const [supervisor] = await t.database.db
      .select()
      .from(accounts)
      .where(eq(accounts.username, 'supervisor'));
    const created = await admin.post<{ id: string; token: string; prefix: string }>('/api/v1/api-tokens', {
      accountId: supervisor?.id,
      name: '省平台数据对接',
    });
    expect(created.status).toBe(201);
    expect(created.body.token).toMatch(/^tb_/);
    expect(created.body.token.startsWith(created.body.prefix)).toBe(true);

    const integration = t.anon();
    const auth = { authorization: `Bearer ${created.body.token}` };
    const list = await integration.get('/api/v1/accounts?pageSize=5', auth);
    expect(list.status).toBe(200);
    const listed = await admin.get<{ prefix: string; lastUsedAt: string | null }[]>('/api/v1/api-tokens');
    expect(listed.body.find((x) => x.prefix === created.body.prefix)?.lastUsedAt).not.toBeNull();

    expect((await admin.request('DELETE', `/api/v1/api-tokens/${created.body.id}`)).status).toBe(204);
    const after = await integration.get('/api/v1/accounts', auth);
    expect(after.status).toBe(401);
    expect(after.body.code).toBe('AUTH_TOKEN_INVALID');
  });

  it('refuses a made-up token', async () => {
    const res = await t.anon().get('/api/v1/auth/me', { authorization: 'Bearer tb_madeup' });
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('AUTH_TOKEN_INVALID');
  });
});

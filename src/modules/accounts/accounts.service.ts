import { and, asc, count, eq, ilike, isNull, like, or, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { Me } from '../../shared/auth.contract';
import { maskCode, maskIdNumber, maskPhone } from '../../shared/mask';
import type { Page, PageQuery } from '../../shared/pagination';
import type { Role } from '../../shared/roles';
import type { Actor, Ctx, SignedInCtx } from '../../server/auth/actor';
import { burnVerifyTime, hashPassword, verifyPassword } from '../../server/auth/password';
import { assertInScope, inScope } from '../../server/auth/scope';
import { newToken, tokenHash } from '../../server/auth/tokens';
import type { Config } from '../../server/config';
import type { Db } from '../../server/db/client';
import { prepared } from '../../server/db/prepared';
import { containsPattern, uniqueViolation } from '../../server/db/sql';
import { AppError, fieldError } from '../../server/http/errors';
import { appendAudit } from '../audit/audit.service';
import { describeScope, getCenter, getDepartment, getRegion } from '../org/org.service';
import { accounts, apiTokens, sessions } from './accounts.tables';
import type {
  AccountSummary,
  CreateStaffInput,
  RegisterInput,
  createApiTokenSchema,
} from './accounts.schemas';

type Account = typeof accounts.$inferSelect;

const MINUTE = 60_000;
/** last_seen_at is written at most this often, not on every request. */
const TOUCH_INTERVAL_MS = MINUTE;

function actorOf(account: Account, via: Actor['via'], sessionId: string | null): Actor {
  return {
    accountId: account.id,
    role: account.role,
    regionCode: account.role === 'platform_admin' ? null : account.regionCode,
    departmentId: account.departmentId,
    centerId: account.centerId,
    via,
    sessionId,
  };
}

export async function describeAccount(db: Db, account: Account): Promise<Me> {
  const names = await describeScope(db, account);
  return {
    id: account.id,
    username: account.username,
    displayName: account.displayName,
    role: account.role,
    regionCode: account.regionCode,
    departmentId: account.departmentId,
    centerId: account.centerId,
    ...names,
  };
}

export type SignInResult = { token: string; csrfToken: string; me: Me; expiresAt: Date };

type Attempt =
  | { kind: 'ok'; account: Account }
  | { kind: 'wrong' }
  | { kind: 'locked'; until: Date }
  | { kind: 'disabled' };

/**
 * Checks the password and counts failures. The failure count must be committed even though the
 * caller answers with an error, so the transaction returns the outcome and the throw comes after.
 */
export async function signIn(
  ctx: Ctx,
  input: { username: string; password: string },
  client: { ip: string | null; userAgent: string | null },
): Promise<SignInResult> {
  const { config } = ctx;
  const attempt = await ctx.db.transaction(async (tx): Promise<Attempt> => {
    const [account] = await tx
      .select()
      .from(accounts)
      .where(eq(sql`lower(${accounts.username})`, input.username.toLowerCase()))
      .for('update');
    if (!account) {
      await burnVerifyTime(input.password);
      await appendAudit(tx, ctx, {
        action: 'auth.sign_in_failed',
        entityType: 'account',
        change: { username: input.username, reason: 'unknown_user' },
      });
      return { kind: 'wrong' };
    }
    const audit = (action: string, change: Record<string, unknown>) =>
      appendAudit(
        tx,
        { ...ctx, actor: actorOf(account, 'session', null) },
        { action, entityType: 'account', entityId: account.id, regionCode: account.regionCode, change },
      );
    const now = new Date();
    if (account.lockedUntil && account.lockedUntil > now) {
      await audit('auth.sign_in_refused', { reason: 'locked', lockedUntil: account.lockedUntil });
      return { kind: 'locked', until: account.lockedUntil };
    }
    if (!(await verifyPassword(account.passwordHash, input.password))) {
      const failures = account.failedAttempts + 1;
      const lock = failures >= config.login.maxFailures;
      const lockedUntil = lock ? new Date(now.getTime() + config.login.lockMinutes * MINUTE) : null;
      await tx
        .update(accounts)
        .set({ failedAttempts: lock ? 0 : failures, lockedUntil })
        .where(eq(accounts.id, account.id));
      await audit(lock ? 'auth.locked' : 'auth.sign_in_failed', { reason: 'wrong_password', failures });
      return lockedUntil ? { kind: 'locked', until: lockedUntil } : { kind: 'wrong' };
    }
    if (account.status !== 'active') return { kind: 'disabled' };
    if (account.failedAttempts > 0 || account.lockedUntil) {
      await tx
        .update(accounts)
        .set({ failedAttempts: 0, lockedUntil: null })
        .where(eq(accounts.id, account.id));
    }
    return { kind: 'ok', account };
  });

  switch (attempt.kind) {
    case 'wrong':
      throw new AppError('AUTH_INVALID_CREDENTIALS');
    case 'locked':
      throw new AppError('AUTH_LOCKED', [
        {
          code: 'LOCKED_UNTIL',
          lockedUntil: attempt.until.toISOString(),
          message: {
            zh: `锁定至 ${attempt.until.toISOString()}`,
            en: `Locked until ${attempt.until.toISOString()}`,
          },
        },
      ]);
    case 'disabled':
      throw new AppError('AUTH_DISABLED');
    case 'ok':
      return openSession(ctx, attempt.account, client);
  }
}

async function openSession(
  ctx: Ctx,
  account: Account,
  client: { ip: string | null; userAgent: string | null },
): Promise<SignInResult> {
  const token = newToken();
  const csrfToken = newToken(24);
  const expiresAt = new Date(Date.now() + ctx.config.session.maxHours * 60 * MINUTE);
  const session = await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(sessions)
      .values({
        tokenHash: tokenHash(token),
        accountId: account.id,
        csrfToken,
        expiresAt,
        ip: client.ip,
        userAgent: client.userAgent?.slice(0, 300) ?? null,
      })
      .returning();
    if (!row) throw new Error('session insert returned nothing');
    await appendAudit(
      tx,
      { ...ctx, actor: actorOf(account, 'session', row.id) },
      {
        action: 'auth.sign_in',
        entityType: 'session',
        entityId: row.id,
        regionCode: account.regionCode,
        change: { ip: client.ip },
      },
    );
    return row;
  });
  return { token, csrfToken: session.csrfToken, me: await describeAccount(ctx.db, account), expiresAt };
}

export type ResolvedSession = { actor: Actor; csrfToken: string; account: Account };

/** Every request reads its session: prepared once. */
const sessionByToken = prepared(
  (db) =>
    db
      .select({ session: sessions, account: accounts })
      .from(sessions)
      .innerJoin(accounts, eq(accounts.id, sessions.accountId))
      .where(eq(sessions.tokenHash, sql.placeholder('tokenHash'))),
  { session: sessions, account: accounts },
);

/** The session behind a cookie token, or why there is none. */
export async function resolveSession(
  db: Db,
  config: Config,
  token: string,
): Promise<ResolvedSession | 'expired' | null> {
  const [row] = await sessionByToken(db, { tokenHash: tokenHash(token) });
  if (!row || row.session.endedAt) return null;
  const now = Date.now();
  const idleLimit = row.session.lastSeenAt.getTime() + config.session.idleMinutes * MINUTE;
  if (row.session.expiresAt.getTime() <= now || idleLimit <= now) return 'expired';
  if (row.account.status !== 'active') return null;
  if (now - row.session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await db
      .update(sessions)
      .set({ lastSeenAt: new Date(now) })
      .where(eq(sessions.id, row.session.id));
  }
  return {
    actor: actorOf(row.account, 'session', row.session.id),
    csrfToken: row.session.csrfToken,
    account: row.account,
  };
}

export async function resolveApiToken(db: Db, token: string): Promise<Actor | null> {
  const [row] = await db
    .select({ token: apiTokens, account: accounts })
    .from(apiTokens)
    .innerJoin(accounts, eq(accounts.id, apiTokens.accountId))
    .where(and(eq(apiTokens.tokenHash, tokenHash(token)), isNull(apiTokens.revokedAt)));
  if (!row || row.account.status !== 'active') return null;
  const now = new Date();
  if (row.token.expiresAt && row.token.expiresAt <= now) return null;
  if (!row.token.lastUsedAt || now.getTime() - row.token.lastUsedAt.getTime() > TOUCH_INTERVAL_MS) {
    await db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, row.token.id));
  }
  return actorOf(row.account, 'token', null);
}

export async function signOut(ctx: SignedInCtx): Promise<void> {
  const sessionId = ctx.actor.sessionId;
  if (!sessionId) return;
  await ctx.db.transaction(async (tx) => {
    await tx.update(sessions).set({ endedAt: new Date() }).where(eq(sessions.id, sessionId));
    await appendAudit(tx, ctx, {
      action: 'auth.sign_out',
      entityType: 'session',
      entityId: sessionId,
      regionCode: ctx.actor.regionCode,
    });
  });
}

export async function getAccountRow(db: Db, id: string): Promise<Account> {
  const [row] = await db.select().from(accounts).where(eq(accounts.id, id));
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

export async function me(ctx: SignedInCtx): Promise<Me> {
  return describeAccount(ctx.db, await getAccountRow(ctx.db, ctx.actor.accountId));
}

function summarize(a: Account): AccountSummary {
  return {
    id: a.id,
    username: a.username,
    displayName: a.displayName,
    role: a.role,
    regionCode: a.regionCode,
    departmentId: a.departmentId,
    centerId: a.centerId,
    idNumberMasked: a.idNumber ? maskIdNumber(a.idNumber) : null,
    creditCodeMasked: a.creditCode ? maskCode(a.creditCode) : null,
    phoneMasked: a.phone ? maskPhone(a.phone) : null,
    status: a.status,
    lockedUntil: a.lockedUntil,
    createdAt: a.createdAt,
  };
}

const TAKEN: Record<string, { field: string; code: string; zh: string; en: string }> = {
  accounts_username_uq: {
    field: 'username',
    code: 'USERNAME_TAKEN',
    zh: '用户名已被使用',
    en: 'This username is taken',
  },
  accounts_id_number_uq: {
    field: 'idNumber',
    code: 'ID_NUMBER_REGISTERED',
    zh: '该身份证号码已注册',
    en: 'This ID number is already registered',
  },
  accounts_credit_code_uq: {
    field: 'creditCode',
    code: 'CREDIT_CODE_REGISTERED',
    zh: '该统一社会信用代码已注册',
    en: 'This credit code is already registered',
  },
};

async function insertAccount(
  ctx: Ctx,
  values: typeof accounts.$inferInsert,
  action: string,
): Promise<Account> {
  try {
    return await ctx.db.transaction(async (tx) => {
      const [row] = await tx.insert(accounts).values(values).returning();
      if (!row) throw new Error('account insert returned nothing');
      const { passwordHash: _omit, ...change } = values;
      await appendAudit(tx, ctx.actor ? ctx : { ...ctx, actor: actorOf(row, 'session', null) }, {
        action,
        entityType: 'account',
        entityId: row.id,
        regionCode: row.regionCode,
        change,
      });
      return row;
    });
  } catch (err) {
    const constraint = uniqueViolation(err);
    const taken = constraint ? TAKEN[constraint] : undefined;
    if (taken)
      throw new AppError('CONFLICT', [
        { field: taken.field, code: taken.code, message: { zh: taken.zh, en: taken.en } },
      ]);
    throw err;
  }
}

/** Citizens register with their ID number, firms with their credit code; both must pass their check digit. */
export async function register(ctx: Ctx, input: RegisterInput): Promise<Me> {
  const passwordHash = await hashPassword(input.password);
  const base = { username: input.username, passwordHash, displayName: input.displayName, phone: input.phone };
  const values: typeof accounts.$inferInsert =
    input.kind === 'citizen'
      ? {
          ...base,
          role: 'citizen',
          idNumber: input.idNumber,
          regionCode: await knownRegionOrNull(ctx.db, input.idNumber.slice(0, 6)),
        }
      : {
          ...base,
          role: 'enterprise',
          creditCode: input.creditCode,
          regionCode: await knownRegionOrNull(ctx.db, input.creditCode.slice(2, 8)),
        };
  const row = await insertAccount(ctx, values, 'account.register');
  return describeAccount(ctx.db, row);
}

async function knownRegionOrNull(db: Db, code: string): Promise<string | null> {
  return (await getRegion(db, code)) ? code : null;
}

/** Who may create which staff roles: never a role above one's own. */
const CAN_CREATE: Record<Role, readonly Role[]> = {
  platform_admin: [
    'clerk',
    'reviewer',
    'agent',
    'center_admin',
    'dept_admin',
    'supervisor',
    'platform_admin',
  ],
  center_admin: ['clerk', 'agent'],
  dept_admin: ['reviewer'],
  supervisor: [],
  clerk: [],
  reviewer: [],
  agent: [],
  citizen: [],
  enterprise: [],
};

export async function createStaff(ctx: SignedInCtx, input: CreateStaffInput): Promise<AccountSummary> {
  if (!CAN_CREATE[ctx.actor.role].includes(input.role)) throw new AppError('FORBIDDEN_ROLE');
  assertInScope(ctx.actor, { regionCode: input.regionCode, departmentId: input.departmentId });
  if (!(await getRegion(ctx.db, input.regionCode))) {
    throw fieldError('regionCode', 'REGION_UNKNOWN', { zh: '行政区划代码不存在', en: 'Unknown region code' });
  }
  if ((input.role === 'reviewer' || input.role === 'dept_admin') && !input.departmentId) {
    throw fieldError('departmentId', 'DEPARTMENT_REQUIRED', {
      zh: '审批人员和部门管理员必须指定部门',
      en: 'Reviewers and department admins need a department',
    });
  }
  if (input.departmentId) {
    const department = await getDepartment(ctx.db, input.departmentId).catch(() => {
      throw fieldError('departmentId', 'DEPARTMENT_UNKNOWN', { zh: '部门不存在', en: 'Unknown department' });
    });
    if (!input.regionCode.startsWith(department.regionCode)) {
      throw fieldError('departmentId', 'DEPARTMENT_REGION', {
        zh: '部门不在该区划内',
        en: 'The department is not in this region',
      });
    }
    if (ctx.actor.role === 'dept_admin' && department.id !== ctx.actor.departmentId)
      throw new AppError('OUT_OF_SCOPE');
  }
  if (input.centerId) {
    const center = await getCenter(ctx.db, input.centerId).catch(() => {
      throw fieldError('centerId', 'CENTER_UNKNOWN', { zh: '服务中心不存在', en: 'Unknown service center' });
    });
    if (ctx.actor.role === 'center_admin' && center.id !== ctx.actor.centerId)
      throw new AppError('OUT_OF_SCOPE');
  }
  const { password, ...rest } = input;
  const row = await insertAccount(
    ctx,
    { ...rest, passwordHash: await hashPassword(password) },
    'account.create',
  );
  return summarize(row);
}

export async function listAccounts(
  ctx: SignedInCtx,
  query: PageQuery & { role?: Role; q?: string; department?: string },
): Promise<Page<AccountSummary>> {
  const conditions: SQL[] = [];
  if (ctx.actor.regionCode) conditions.push(like(accounts.regionCode, `${ctx.actor.regionCode}%`));
  if (ctx.actor.role === 'reviewer' || ctx.actor.role === 'dept_admin') {
    conditions.push(eq(accounts.departmentId, ctx.actor.departmentId ?? ''));
  }
  if (query.role) conditions.push(eq(accounts.role, query.role));
  if (query.department) conditions.push(eq(accounts.departmentId, query.department));
  if (query.q) {
    const pattern = containsPattern(query.q);
    const match = or(ilike(accounts.username, pattern), ilike(accounts.displayName, pattern));
    if (match) conditions.push(match);
  }
  const where = and(...conditions);
  const [rows, [total]] = await Promise.all([
    ctx.db
      .select()
      .from(accounts)
      .where(where)
      .orderBy(asc(accounts.role), asc(accounts.username))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    ctx.db.select({ n: count() }).from(accounts).where(where),
  ]);
  return { items: rows.map(summarize), total: total?.n ?? 0, page: query.page, pageSize: query.pageSize };
}

function assertMayRead(ctx: SignedInCtx, account: Account): void {
  if (ctx.actor.accountId === account.id) return;
  const applicant = ctx.actor.role === 'citizen' || ctx.actor.role === 'enterprise';
  if (applicant || !inScope(ctx.actor, account)) throw new AppError('OUT_OF_SCOPE');
}

export async function getAccount(ctx: SignedInCtx, id: string): Promise<AccountSummary> {
  const account = await getAccountRow(ctx.db, id);
  assertMayRead(ctx, account);
  return summarize(account);
}

/** The whole ID and phone numbers: only for a need, and every read is audited. */
export async function readPersonalData(ctx: SignedInCtx, id: string) {
  const account = await getAccountRow(ctx.db, id);
  assertMayRead(ctx, account);
  if (ctx.actor.accountId !== account.id) {
    await appendAudit(ctx.db, ctx, {
      action: 'account.personal_data.read',
      entityType: 'account',
      entityId: account.id,
      regionCode: account.regionCode,
      change: { fields: ['idNumber', 'creditCode', 'phone'] },
    });
  }
  return {
    id: account.id,
    displayName: account.displayName,
    idNumber: account.idNumber,
    creditCode: account.creditCode,
    phone: account.phone,
  };
}

export async function createApiToken(ctx: SignedInCtx, input: z.infer<typeof createApiTokenSchema>) {
  const account = await getAccountRow(ctx.db, input.accountId).catch(() => {
    throw fieldError('accountId', 'ACCOUNT_UNKNOWN', { zh: '账号不存在', en: 'Unknown account' });
  });
  const token = `tb_${newToken()}`;
  const expiresAt = input.expiresInDays
    ? new Date(Date.now() + input.expiresInDays * 24 * 60 * MINUTE)
    : null;
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(apiTokens)
      .values({
        accountId: account.id,
        name: input.name,
        tokenHash: tokenHash(token),
        prefix: token.slice(0, 10),
        createdBy: ctx.actor.accountId,
        expiresAt,
      })
      .returning();
    if (!row) throw new Error('token insert returned nothing');
    await appendAudit(tx, ctx, {
      action: 'api_token.create',
      entityType: 'api_token',
      entityId: row.id,
      regionCode: account.regionCode,
      change: { accountId: account.id, name: input.name, expiresAt },
    });
    const { tokenHash: _hash, createdBy: _by, ...shown } = row;
    return { ...shown, token };
  });
}

export async function listApiTokens(ctx: SignedInCtx) {
  const rows = await ctx.db.select().from(apiTokens).orderBy(asc(apiTokens.createdAt));
  return rows.map(({ tokenHash: _hash, createdBy: _by, ...shown }) => shown);
}

export async function revokeApiToken(ctx: SignedInCtx, id: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(apiTokens)
      .set({ revokedAt: new Date() })
      .where(and(eq(apiTokens.id, id), isNull(apiTokens.revokedAt)))
      .returning();
    if (!row) throw new AppError('NOT_FOUND');
    await appendAudit(tx, ctx, { action: 'api_token.revoke', entityType: 'api_token', entityId: id });
  });
}

/** Disable, re-enable or unlock an account in one's scope; disabling ends its sessions at once. */
export async function updateAccount(
  ctx: SignedInCtx,
  id: string,
  input: { status?: 'active' | 'disabled'; unlock?: true },
): Promise<AccountSummary> {
  if (id === ctx.actor.accountId) {
    throw new AppError('CONFLICT', [
      {
        code: 'ACCOUNT_SELF',
        message: { zh: '不能停用或解锁自己的账号', en: 'You cannot disable or unlock your own account' },
      },
    ]);
  }
  return ctx.db.transaction(async (tx) => {
    const [current] = await tx.select().from(accounts).where(eq(accounts.id, id)).for('update');
    if (!current) throw new AppError('NOT_FOUND');
    if (
      ctx.actor.role !== 'platform_admin' &&
      (current.role === 'citizen' || current.role === 'enterprise' || !inScope(ctx.actor, current))
    ) {
      throw new AppError('OUT_OF_SCOPE');
    }
    if (!CAN_CREATE[ctx.actor.role].includes(current.role)) throw new AppError('FORBIDDEN_ROLE');
    const [row] = await tx
      .update(accounts)
      .set({
        ...(input.status ? { status: input.status } : {}),
        ...(input.unlock ? { lockedUntil: null, failedAttempts: 0 } : {}),
      })
      .where(eq(accounts.id, id))
      .returning();
    if (!row) throw new AppError('NOT_FOUND');
    if (input.status === 'disabled') {
      await tx
        .update(sessions)
        .set({ endedAt: new Date() })
        .where(and(eq(sessions.accountId, id), isNull(sessions.endedAt)));
    }
    await appendAudit(tx, ctx, {
      action:
        input.status === 'disabled'
          ? 'account.disable'
          : input.status === 'active'
            ? 'account.enable'
            : 'account.unlock',
      entityType: 'account',
      entityId: id,
      regionCode: row.regionCode,
      change: { before: { status: current.status, lockedUntil: current.lockedUntil }, after: input },
    });
    return summarize(row);
  });
}

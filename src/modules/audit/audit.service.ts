import { and, asc, count, desc, eq, gt, like, sql, type SQL } from 'drizzle-orm';
import { maskSensitiveText } from '../../shared/mask';
import type { Page } from '../../shared/pagination';
import type { Ctx, SignedInCtx } from '../../server/auth/actor';
import type { Db } from '../../server/db/client';
import { held } from '../../server/db/tail';
import { auditLog } from './audit.tables';
import { canonicalJson, chainBody, findBreak, GENESIS_HASH, sm3 } from './audit.chain';
import type { AuditQuery, AuditVerifyResult } from './audit.schemas';

export type AuditEntry = {
  action: string;
  entityType: string;
  entityId?: string | null;
  regionCode?: string | null;
  /** What changed or what was read; digested whole, stored with personal data masked. */
  change?: Record<string, unknown>;
};

function maskDeep(value: unknown): unknown {
  if (typeof value === 'string') return maskSensitiveText(value);
  if (Array.isArray(value)) return value.map(maskDeep);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskDeep(v)]));
  }
  return value;
}

/**
 * One statement: the lock, the last hash, the next seq, the hash and the insert all happen in the
 * database (0008). Held to the end of a transaction with a tail, where the transaction's other held
 * writes ride along with it.
 */
const appendStatement = held(
  sql`select audit_append(${sql.placeholder('at')}::timestamptz, ${sql.placeholder('actorId')}::uuid,
      ${sql.placeholder('actorRole')}, ${sql.placeholder('action')}, ${sql.placeholder('entityType')},
      ${sql.placeholder('entityId')}, ${sql.placeholder('regionCode')}, ${sql.placeholder('requestId')},
      ${sql.placeholder('digest')}, ${sql.placeholder('detail')}::jsonb, ${sql.placeholder('body')})`,
);

/**
 * Appends one row to the chain. Call it inside the transaction that makes the change, last: the
 * chain's lock is then held from this statement to the commit. On its own the one statement is its
 * own transaction, and the lock is held just while it runs.
 */
export async function appendAudit(
  db: Db,
  ctx: Pick<Ctx, 'actor' | 'requestId'>,
  entry: AuditEntry,
): Promise<void> {
  const change = entry.change ?? {};
  const row = {
    at: new Date(),
    actorId: ctx.actor?.accountId ?? null,
    actorRole: ctx.actor?.role ?? null,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    regionCode: entry.regionCode ?? null,
    requestId: ctx.requestId,
    digest: sm3(canonicalJson(change)),
    detail: maskDeep(change) as Record<string, unknown>,
  };
  const values = {
    ...row,
    at: row.at.toISOString(),
    detail: JSON.stringify(row.detail),
    body: chainBody(row),
  };
  await appendStatement(db, values);
}

const VERIFY_BATCH = 2000;

/** Walks the whole chain in seq order and names the first row that does not match. */
export async function verifyAuditChain(db: Db): Promise<AuditVerifyResult> {
  let afterSeq = 0;
  let prevHash = GENESIS_HASH;
  let rowsChecked = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(auditLog)
      .where(gt(auditLog.seq, afterSeq))
      .orderBy(asc(auditLog.seq))
      .limit(VERIFY_BATCH);
    if (rows.length === 0) return { ok: true, rowsChecked, firstBroken: null };
    const result = findBreak(rows, prevHash);
    if (result.break) {
      return {
        ok: false,
        rowsChecked: rowsChecked + rows.findIndex((r) => r.seq === result.break?.seq),
        firstBroken: result.break,
      };
    }
    rowsChecked += rows.length;
    prevHash = result.lastHash;
    afterSeq = rows[rows.length - 1]?.seq ?? afterSeq;
  }
}

export async function listAudit(
  ctx: SignedInCtx,
  query: AuditQuery,
): Promise<Page<typeof auditLog.$inferSelect>> {
  const conditions: SQL[] = [];
  if (ctx.actor.regionCode) conditions.push(like(auditLog.regionCode, `${ctx.actor.regionCode}%`));
  if (query.action) conditions.push(eq(auditLog.action, query.action));
  if (query.entityType) conditions.push(eq(auditLog.entityType, query.entityType));
  if (query.entityId) conditions.push(eq(auditLog.entityId, query.entityId));
  if (query.actorId) conditions.push(eq(auditLog.actorId, query.actorId));
  const where = conditions.length ? and(...conditions) : undefined;
  const [items, [totalRow]] = await Promise.all([
    ctx.db
      .select()
      .from(auditLog)
      .where(where)
      .orderBy(desc(auditLog.seq))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    ctx.db.select({ n: count() }).from(auditLog).where(where),
  ]);
  return { items, total: totalRow?.n ?? 0, page: query.page, pageSize: query.pageSize };
}

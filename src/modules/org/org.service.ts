import { and, asc, count, eq, ilike, inArray, like, or, type SQL } from 'drizzle-orm';
import type { Page, PageQuery } from '../../shared/pagination';
import type { Ctx, SignedInCtx } from '../../server/auth/actor';
import { assertInScope, DEPARTMENT_BOUND_ROLES } from '../../server/auth/scope';
import type { Db } from '../../server/db/client';
import { containsPattern } from '../../server/db/sql';
import { AppError, fieldError } from '../../server/http/errors';
import { appendAudit } from '../audit/audit.service';
import type { z } from 'zod';
import { centers, departments, regions, windows } from './org.tables';
import type { createDepartmentSchema, createWindowSchema, updateWindowSchema } from './org.schemas';

export type Region = typeof regions.$inferSelect;
export type Department = typeof departments.$inferSelect & { regionName: string };
export type Center = typeof centers.$inferSelect & { regionName: string };
export type Window = typeof windows.$inferSelect;

export async function listRegions(ctx: Ctx, parent: string | undefined): Promise<Region[]> {
  const q = ctx.db.select().from(regions);
  const rows = parent
    ? await q.where(eq(regions.parentCode, parent))
    : await q.where(inArray(regions.level, ['province', 'city', 'county']));
  return rows.sort((a, b) => a.code.localeCompare(b.code));
}

export async function getRegion(db: Db, code: string): Promise<Region | undefined> {
  const [row] = await db.select().from(regions).where(eq(regions.code, code));
  return row;
}

/** Names for a scope, for showing who a staff member is and where they work. */
export async function describeScope(
  db: Db,
  scope: { regionCode: string | null; departmentId: string | null; centerId: string | null },
): Promise<{ regionName: string | null; departmentName: string | null; centerName: string | null }> {
  const [region, department, center] = await Promise.all([
    scope.regionCode ? getRegion(db, scope.regionCode) : undefined,
    scope.departmentId
      ? db
          .select({ name: departments.name })
          .from(departments)
          .where(eq(departments.id, scope.departmentId))
          .then((r) => r[0])
      : undefined,
    scope.centerId
      ? db
          .select({ name: centers.name })
          .from(centers)
          .where(eq(centers.id, scope.centerId))
          .then((r) => r[0])
      : undefined,
  ]);
  return {
    regionName: region?.name ?? null,
    departmentName: department?.name ?? null,
    centerName: center?.name ?? null,
  };
}

export async function listCenters(ctx: Ctx): Promise<Center[]> {
  const rows = await ctx.db
    .select({ center: centers, regionName: regions.name })
    .from(centers)
    .innerJoin(regions, eq(regions.code, centers.regionCode))
    .orderBy(asc(centers.regionCode), asc(centers.name));
  return rows.map((r) => ({ ...r.center, regionName: r.regionName }));
}

export async function getCenter(db: Db, id: string): Promise<Center> {
  const [row] = await db
    .select({ center: centers, regionName: regions.name })
    .from(centers)
    .innerJoin(regions, eq(regions.code, centers.regionCode))
    .where(eq(centers.id, id));
  if (!row) throw new AppError('NOT_FOUND');
  return { ...row.center, regionName: row.regionName };
}

export async function listDepartments(
  ctx: Ctx,
  query: PageQuery & { region?: string; q?: string },
): Promise<Page<Department>> {
  const conditions: SQL[] = [];
  if (query.region) conditions.push(like(departments.regionCode, `${query.region}%`));
  if (query.q) {
    const pattern = containsPattern(query.q);
    const match = or(ilike(departments.name, pattern), ilike(departments.shortName, pattern));
    if (match) conditions.push(match);
  }
  const where = conditions.length ? and(...conditions) : undefined;
  const [rows, [total]] = await Promise.all([
    ctx.db
      .select({ department: departments, regionName: regions.name })
      .from(departments)
      .innerJoin(regions, eq(regions.code, departments.regionCode))
      .where(where)
      .orderBy(asc(departments.regionCode), asc(departments.key))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    ctx.db.select({ n: count() }).from(departments).where(where),
  ]);
  return {
    items: rows.map((r) => ({ ...r.department, regionName: r.regionName })),
    total: total?.n ?? 0,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export async function getDepartment(db: Db, id: string): Promise<Department> {
  const [row] = await db
    .select({ department: departments, regionName: regions.name })
    .from(departments)
    .innerJoin(regions, eq(regions.code, departments.regionCode))
    .where(eq(departments.id, id));
  if (!row) throw new AppError('NOT_FOUND');
  return { ...row.department, regionName: row.regionName };
}

export async function createDepartment(
  ctx: SignedInCtx,
  input: z.infer<typeof createDepartmentSchema>,
): Promise<Department> {
  assertInScope(ctx.actor, { regionCode: input.regionCode });
  const region = await getRegion(ctx.db, input.regionCode);
  if (!region)
    throw fieldError('regionCode', 'REGION_UNKNOWN', { zh: '行政区划代码不存在', en: 'Unknown region code' });
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx.insert(departments).values(input).onConflictDoNothing().returning();
    if (!row) {
      throw new AppError('CONFLICT', [
        {
          field: 'key',
          code: 'DEPARTMENT_KEY_TAKEN',
          message: {
            zh: '该区划下已有同一标识的部门',
            en: 'A department with this key exists in the region',
          },
        },
      ]);
    }
    await appendAudit(tx, ctx, {
      action: 'department.create',
      entityType: 'department',
      entityId: row.id,
      regionCode: row.regionCode,
      change: input,
    });
    return { ...row, regionName: region.name };
  });
}

export async function listWindows(ctx: Ctx, centerId: string | undefined): Promise<Window[]> {
  const q = ctx.db.select().from(windows);
  return (centerId ? q.where(eq(windows.centerId, centerId)) : q).orderBy(
    asc(windows.centerId),
    asc(windows.number),
  );
}

export async function createWindow(
  ctx: SignedInCtx,
  input: z.infer<typeof createWindowSchema>,
): Promise<Window> {
  const center = await getCenter(ctx.db, input.centerId).catch(() => {
    throw fieldError('centerId', 'CENTER_UNKNOWN', { zh: '服务中心不存在', en: 'Unknown service center' });
  });
  assertInScope(ctx.actor, { regionCode: center.regionCode });
  if (ctx.actor.role === 'center_admin' && ctx.actor.centerId !== center.id)
    throw new AppError('OUT_OF_SCOPE');
  if ((input.kind === 'dedicated') !== (input.departmentId !== null)) {
    throw fieldError('departmentId', 'WINDOW_DEPARTMENT', {
      zh: '专窗必须指定部门，综合窗口不能指定部门',
      en: 'A dedicated window needs a department; a general window has none',
    });
  }
  if (input.departmentId) {
    const department = await getDepartment(ctx.db, input.departmentId).catch(() => {
      throw fieldError('departmentId', 'DEPARTMENT_UNKNOWN', { zh: '部门不存在', en: 'Unknown department' });
    });
    if (!center.regionCode.startsWith(department.regionCode)) {
      throw fieldError('departmentId', 'DEPARTMENT_REGION', {
        zh: '部门不属于该中心所在区划',
        en: "The department is not in the center's region",
      });
    }
  }
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(windows)
      .values({ ...input, regionCode: center.regionCode })
      .onConflictDoNothing()
      .returning();
    if (!row) {
      throw new AppError('CONFLICT', [
        {
          field: 'number',
          code: 'WINDOW_NUMBER_TAKEN',
          message: { zh: '该中心已有此窗口号', en: 'This window number is taken in the center' },
        },
      ]);
    }
    await appendAudit(tx, ctx, {
      action: 'window.create',
      entityType: 'window',
      entityId: row.id,
      regionCode: row.regionCode,
      change: input,
    });
    return row;
  });
}

export async function updateWindow(
  ctx: SignedInCtx,
  id: string,
  input: z.infer<typeof updateWindowSchema>,
): Promise<Window> {
  return ctx.db.transaction(async (tx) => {
    const [current] = await tx.select().from(windows).where(eq(windows.id, id)).for('update');
    if (!current) throw new AppError('NOT_FOUND');
    assertInScope(ctx.actor, current);
    if (ctx.actor.role === 'center_admin' && ctx.actor.centerId !== current.centerId)
      throw new AppError('OUT_OF_SCOPE');
    const [row] = await tx.update(windows).set(input).where(eq(windows.id, id)).returning();
    if (!row) throw new AppError('NOT_FOUND');
    await appendAudit(tx, ctx, {
      action: 'window.update',
      entityType: 'window',
      entityId: id,
      regionCode: row.regionCode,
      change: { before: { name: current.name, active: current.active }, after: input },
    });
    return row;
  });
}

/** Department-bound staff see their own department; others see every department in their region. */
export function departmentVisibleTo(ctx: SignedInCtx, department: { id: string; regionCode: string }): void {
  assertInScope(ctx.actor, { regionCode: department.regionCode, departmentId: department.id });
  if (DEPARTMENT_BOUND_ROLES.includes(ctx.actor.role) && ctx.actor.departmentId !== department.id) {
    throw new AppError('OUT_OF_SCOPE');
  }
}

export async function findDepartmentByKey(
  db: Db,
  regionCode: string,
  key: string,
): Promise<Department | undefined> {
  const [row] = await db
    .select({ department: departments, regionName: regions.name })
    .from(departments)
    .innerJoin(regions, eq(regions.code, departments.regionCode))
    .where(and(eq(departments.regionCode, regionCode), eq(departments.key, key)));
  return row ? { ...row.department, regionName: row.regionName } : undefined;
}

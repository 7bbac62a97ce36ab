/**
 * Bundle applications (一件事): one parent case and one child case per member item, each routed to
 * its own department with its own clock. The merged form and the shared materials are entered once
 * and attached to every child that needs them.
 */
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { BundleApplicationBody, BundleCase } from '../../shared/cases.contract';
import type { SignedInCtx } from '../../server/auth/actor';
import { DEPARTMENT_BOUND_ROLES, regionCovers } from '../../server/auth/scope';
import { AppError, fieldError, type ErrorDetail } from '../../server/http/errors';
import { checklistForBundle, memberAnswers } from '../catalog/catalog.service';
import { catalogBundles } from '../catalog/catalog.tables';
import { departments } from '../org/org.tables';
import { bundleChildren } from './cases.queries';
import {
  assertOwnFiles,
  caseBasics,
  checklistOf,
  claimKey,
  environment,
  inTransaction,
  insertCase,
  insertMaterials,
  invalid,
  nextCaseNo,
  onlineApplicant,
  publishedForCase,
  replayedCase,
  requestHash,
  submitDraft,
  type MaterialInsert,
  type Written,
} from './cases.service';
import { caseBundles } from './cases.tables';

type Member = {
  published: Awaited<ReturnType<typeof publishedForCase>>;
  answers: Record<string, string>;
  rows: Omit<MaterialInsert, 'caseId' | 'regionCode'>[];
};

/** POST /api/v1/cases/bundles: the parent and every child, submitted together; idempotent by key. */
export async function submitBundle(
  ctx: SignedInCtx,
  body: BundleApplicationBody,
  key?: string,
): Promise<Written> {
  const hash = requestHash('POST /cases/bundles', body);
  const replay = await replayedCase(ctx, key, hash);
  if (replay) return { caseId: replay, replayed: true };
  const env = await environment(ctx);
  const { detail, items, checklist } = await checklistForBundle(ctx, body.bundleCode, body.answers).catch(
    (err: unknown) => {
      if (err instanceof AppError && err.code === 'NOT_FOUND')
        throw fieldError('bundleCode', 'BUNDLE_UNKNOWN', { zh: '一件事不存在', en: 'No such bundle' });
      throw err;
    },
  );
  if (checklist.unanswered.length)
    throw invalid(
      checklist.unanswered.map((q) => ({
        field: `answers.${q}`,
        code: 'ANSWER_REQUIRED',
        message: { zh: '请回答此问题', en: 'Answer this question' },
      })),
    );
  const [bundle] = await ctx.db
    .select({ regionCode: catalogBundles.regionCode, leadDepartmentId: catalogBundles.leadDepartmentId })
    .from(catalogBundles)
    .where(eq(catalogBundles.code, body.bundleCode));
  if (!bundle) throw fieldError('bundleCode', 'BUNDLE_UNKNOWN', { zh: '一件事不存在', en: 'No such bundle' });

  const details: ErrorDetail[] = [];
  body.materials.forEach((e, i) => {
    const item = items.find((x) => x.implCode === e.implCode);
    if (!item?.materials.some((m) => m.key === e.key))
      details.push({
        field: `materials.${i}`,
        code: 'MATERIAL_NOT_IN_CHECKLIST',
        message: { zh: '该材料不属于本一件事的事项', en: 'Not a material of this bundle’s items' },
      });
  });
  if (details.length) throw invalid(details);
  await assertOwnFiles(
    ctx.db,
    ctx.actor,
    body.materials.flatMap((e) => e.fileIds),
    'materials',
  );
  // A shared material (same sharedKey) uploaded under any member serves every member.
  const shared = new Map<string, string[]>();
  for (const e of body.materials) {
    const sharedKey = items
      .find((x) => x.implCode === e.implCode)
      ?.materials.find((m) => m.key === e.key)?.sharedKey;
    if (sharedKey) shared.set(sharedKey, e.fileIds);
  }

  const members: Member[] = [];
  const missing: ErrorDetail[] = [];
  for (const item of items) {
    const answers = memberAnswers(item, detail.questions, body.answers);
    const rows = checklistOf(item, answers).materials.map((m) => {
      const own = body.materials.find((e) => e.implCode === item.implCode && e.key === m.key)?.fileIds;
      const fileIds = own ?? (m.sharedKey ? shared.get(m.sharedKey) : undefined) ?? [];
      if (fileIds.length === 0)
        missing.push({
          field: 'materials',
          code: 'MATERIAL_MISSING',
          implCode: item.implCode,
          key: m.key,
          message: { zh: `尚未上传材料：${m.name}`, en: `Material not uploaded: ${m.name}` },
        });
      return {
        materialKey: m.key,
        name: m.name,
        requirement: m.requirement,
        status: fileIds.length ? ('received' as const) : ('missing' as const),
        promiseText: null,
        promiseDue: null,
        fileIds,
      };
    });
    members.push({ published: await publishedForCase(ctx, item.implCode), answers, rows });
  }
  if (missing.length) throw invalid(missing);

  const applicant = await onlineApplicant(ctx);
  // Numbers are taken before the transaction, once nothing is left to refuse (see nextCaseNo).
  const numbered: (Member & { caseNo: string })[] = [];
  for (const m of members)
    numbered.push({ ...m, caseNo: await nextCaseNo(ctx.db, m.published.item.implCode, env.today) });
  const parentId = randomUUID();
  return inTransaction(env, async (tx) => {
    const existing = await claimKey(tx, ctx.actor, key, hash, parentId, bundle.regionCode);
    if (existing) return { caseId: existing, replayed: true };
    await tx.insert(caseBundles).values({
      id: parentId,
      regionCode: bundle.regionCode,
      bundleCode: detail.code,
      bundleName: detail.name,
      leadDepartmentId: bundle.leadDepartmentId,
      promisedDays: detail.promisedDays,
      applicantAccountId: ctx.actor.accountId,
      applicantName: applicant.applicantName,
      answers: body.answers,
      createdAt: env.now,
    });
    for (const member of numbered) {
      const child = await insertCase(tx, env, {
        ...caseBasics(member.published),
        ...applicant,
        parentId,
        bundleCode: detail.code,
        leadDepartmentId: bundle.leadDepartmentId,
        channel: 'online',
        status: 'draft',
        answers: member.answers,
        form: body.form,
        createdBy: ctx.actor.accountId,
      });
      await insertMaterials(tx, child, member.rows);
      await submitDraft(tx, env, child, member.rows, member.caseNo);
    }
    env.audits.push({
      action: 'case.bundle_submit',
      entityType: 'case_bundle',
      entityId: parentId,
      regionCode: bundle.regionCode,
      change: { bundleCode: detail.code, members: members.map((m) => m.published.item.implCode) },
    });
    return { caseId: parentId, replayed: false };
  });
}

/**
 * GET /api/v1/cases/bundles/:id: the citizen's one progress view, and the lead department's whole
 * picture. Others reach each child through its own department.
 */
export async function getBundleCase(ctx: SignedInCtx, id: string): Promise<BundleCase> {
  const [row] = await ctx.db
    .select({ parent: caseBundles, leadDepartmentName: departments.name })
    .from(caseBundles)
    .innerJoin(departments, eq(departments.id, caseBundles.leadDepartmentId))
    .where(eq(caseBundles.id, id));
  if (!row) throw new AppError('NOT_FOUND');
  const { parent } = row;
  const actor = ctx.actor;
  const staff = actor.role !== 'citizen' && actor.role !== 'enterprise' && actor.role !== 'agent';
  const visible =
    parent.applicantAccountId === actor.accountId ||
    (staff &&
      regionCovers(actor.regionCode, parent.regionCode) &&
      (!DEPARTMENT_BOUND_ROLES.includes(actor.role) || actor.departmentId === parent.leadDepartmentId));
  if (!visible) throw new AppError('NOT_FOUND');
  return {
    id: parent.id,
    bundleCode: parent.bundleCode,
    bundleName: parent.bundleName,
    status: parent.status,
    leadDepartmentId: parent.leadDepartmentId,
    leadDepartmentName: row.leadDepartmentName,
    applicantName: parent.applicantName,
    promisedDays: parent.promisedDays,
    createdAt: parent.createdAt.toISOString(),
    completedAt: parent.completedAt?.toISOString() ?? null,
    children: await bundleChildren(ctx, id),
  };
}

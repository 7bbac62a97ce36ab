import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BundleCase } from '../../shared/cases.contract';
import { createTestApp, type Client, type TestApp } from '../../../tests/support/app';
import {
  actOk,
  at,
  departmentId,
  detail,
  HOT_SELF,
  promisedItem,
  publish,
  signInAll,
  staff,
  uploadPdf,
} from '../../../tests/fixtures/cases';
import { caseOutbox } from './cases.tables';

let t: TestApp;
let admin: Client;
let citizen: Client;
let reviewer: Client;
let health: Client;
let food: string;
let hygiene: string;
const CODE = 'TEST-OPEN-SHOP';

beforeAll(async () => {
  t = await createTestApp();
  [admin, citizen, reviewer] = await signInAll(t, 'admin', 'citizen', 'reviewer');
  health = await staff(t, admin, {
    username: 'health_reviewer',
    role: 'reviewer',
    regionCode: '330703',
    departmentId: await departmentId(t, '330703', 'health'),
  });
  food = await publish(admin, promisedItem('901'));
  // A health item with the same questions and the same shared business licence.
  hygiene = await publish(
    admin,
    promisedItem('902', { name: '公共场所卫生许可（测试）', departmentKey: 'health', promisedDays: 8 }),
  );
  const saved = await admin.request('PUT', `/api/v1/catalog/bundles/${CODE}`, {
    body: {
      code: CODE,
      name: '开餐馆一件事（测试）',
      regionCode: '330703',
      lifeCycle: 'business',
      lifeEvent: '开店',
      description: '食品经营许可与公共场所卫生许可一次申请',
      leadDepartmentKey: 'market',
      memberImplCodes: [food, hygiene],
      promisedDays: 10,
      keywords: [],
    },
  });
  expect(saved.status, JSON.stringify(saved.body)).toBe(200);
});
afterAll(() => t.close());

async function apply(key?: string) {
  const license = await uploadPdf(t, citizen, '营业执照.pdf');
  const body = {
    bundleCode: CODE,
    answers: HOT_SELF,
    materials: [
      {
        implCode: food,
        key: 'application',
        fileIds: [await uploadPdf(t, citizen, '食品经营许可申请书.pdf')],
      },
      { implCode: food, key: 'business_license', fileIds: [license] },
      { implCode: hygiene, key: 'application', fileIds: [await uploadPdf(t, citizen, '卫生许可申请书.pdf')] },
    ],
  };
  return {
    body,
    license,
    res: await citizen.post<BundleCase>(
      '/api/v1/cases/bundles',
      body,
      key ? { 'idempotency-key': key } : undefined,
    ),
  };
}

describe('bundle applications (一件事)', () => {
  it('one application makes a parent and a child per member, each in its department, the shared licence attached to both', async () => {
    at(t, '2025-09-22');
    const { res, license } = await apply();
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({
      bundleCode: CODE,
      status: 'open',
      leadDepartmentName: '金东区市场监督管理局',
      applicantName: '张晓梅',
    });
    expect(res.body.children.map((c) => [c.implCode, c.status, c.departmentName, c.caseNo])).toEqual([
      [food, 'submitted', '金东区市场监督管理局', `${food}202509220001`],
      [hygiene, 'submitted', '金东区卫生健康局', `${hygiene}202509220001`],
    ]);
    const [foodCase, hygieneCase] = res.body.children;
    const hygieneDetail = await detail(citizen, hygieneCase?.id ?? '');
    // A child, in lists and in detail, leads back to the one progress view.
    expect(res.body.children.map((c) => c.bundleCaseId)).toEqual([res.body.id, res.body.id]);
    expect(hygieneDetail.bundleCaseId).toBe(res.body.id);
    expect(hygieneDetail.materials.map((m) => [m.key, m.status])).toEqual([
      ['application', 'received'],
      ['business_license', 'received'],
    ]);
    expect(hygieneDetail.materials[1]?.fileIds).toEqual([license]);
    expect((await detail(citizen, foodCase?.id ?? '')).materials[1]?.fileIds).toEqual([license]);

    // The lead department sees the whole; the other department only its own child.
    expect((await reviewer.get(`/api/v1/cases/bundles/${res.body.id}`)).status).toBe(200);
    expect((await reviewer.get(`/api/v1/cases/${hygieneCase?.id}`)).status).toBe(200);
    expect((await health.get(`/api/v1/cases/bundles/${res.body.id}`)).status).toBe(404);
    expect((await health.get(`/api/v1/cases/${foodCase?.id}`)).status).toBe(404);
    const stranger = await t.as('enterprise');
    expect((await stranger.get(`/api/v1/cases/bundles/${res.body.id}`)).status).toBe(404);
  });

  it('each child runs its own clock; the parent completes when every child has its result', async () => {
    at(t, '2025-09-22');
    const { res } = await apply();
    const [foodCase, hygieneCase] = res.body.children;
    if (!foodCase || !hygieneCase) throw new Error('two children expected');

    at(t, '2025-09-23');
    let f = await actOk(reviewer, foodCase.id, { action: 'accept', version: foodCase.version });
    const h = await actOk(health, hygieneCase.id, { action: 'accept', version: hygieneCase.version });
    // Accepted 09-23. Food: promised 10 → 2025-10-13 (24, 25, 26, 28, 29, 30 Sep, 9, 10, 11, 13 Oct).
    // Hygiene: promised 8 → 2025-10-10 (24, 25, 26, 28, 29, 30 Sep, 9, 10 Oct).
    expect([f.promisedDue, h.promisedDue]).toEqual(['2025-10-13', '2025-10-10']);

    f = await actOk(reviewer, foodCase.id, { action: 'complete_step', version: f.version });
    await actOk(reviewer, foodCase.id, { action: 'approve', version: f.version, opinion: '准予许可' });
    let view = await citizen.get<BundleCase>(`/api/v1/cases/bundles/${res.body.id}`);
    expect(view.body.status).toBe('open');
    expect(view.body.children.map((c) => c.status)).toEqual(['approved', 'accepted']);

    const v = await actOk(health, hygieneCase.id, { action: 'complete_step', version: h.version });
    await actOk(health, hygieneCase.id, {
      action: 'deny',
      version: v.version,
      opinion: '卫生条件不符合要求',
    });
    view = await citizen.get<BundleCase>(`/api/v1/cases/bundles/${res.body.id}`);
    expect(view.body).toMatchObject({ status: 'completed' });
    expect(view.body.completedAt).not.toBeNull();
    const events = await t.database.db.select().from(caseOutbox).where(eq(caseOutbox.caseId, res.body.id));
    expect(events.map((e) => e.eventType)).toEqual(['bundle.completed']);
  });

  it('completes when the last two children are decided at the same moment', async () => {
    at(t, '2025-09-25');
    const { res } = await apply();
    const ready = await Promise.all(
      res.body.children.map(async (c) => {
        const who = c.implCode === food ? reviewer : health;
        const accepted = await actOk(who, c.id, { action: 'accept', version: c.version });
        return { who, c: await actOk(who, c.id, { action: 'complete_step', version: accepted.version }) };
      }),
    );
    await Promise.all(ready.map(({ who, c }) => actOk(who, c.id, { action: 'approve', version: c.version })));
    const view = await citizen.get<BundleCase>(`/api/v1/cases/bundles/${res.body.id}`);
    expect(view.body.status).toBe('completed');
    expect(view.body.children.map((c) => c.status)).toEqual(['approved', 'approved']);
  });

  it('is idempotent by key, and refuses a missing material naming its item', async () => {
    at(t, '2025-09-24');
    const first = await apply('bundle-key-0001');
    const second = await citizen.post<BundleCase>('/api/v1/cases/bundles', first.body, {
      'idempotency-key': 'bundle-key-0001',
    });
    expect(second.status).toBe(200);
    expect(second.body.id).toBe(first.res.body.id);

    const incomplete = await citizen.post('/api/v1/cases/bundles', {
      bundleCode: CODE,
      answers: HOT_SELF,
      materials: first.body.materials.slice(0, 2),
    });
    expect(incomplete.status).toBe(400);
    expect(incomplete.body.details?.map((d) => [d.code, d.implCode, d.key])).toEqual([
      ['MATERIAL_MISSING', hygiene, 'application'],
    ]);
    const unknown = await citizen.post('/api/v1/cases/bundles', { bundleCode: 'NO-SUCH', answers: HOT_SELF });
    expect(unknown.body.details?.[0]).toMatchObject({ field: 'bundleCode', code: 'BUNDLE_UNKNOWN' });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody } from '../../shared/auth.contract';
import type { ItemInputRaw } from '../../shared/catalog.contract';
import { makeCreditCode, makeOrgCode } from '../../shared/identity';
import { createTestApp, type Client, type TestApp } from '../../../tests/support/app';
import { foodLicenceItem } from '../../../tests/fixtures/catalog';

let t: TestApp;
let admin: Client;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.as('admin');
});
afterAll(() => t.close());

type Created = { id: string; implCode: string; publishedVersion: number | null; draftVersion: number | null };

async function createPublished(item: ItemInputRaw): Promise<Created> {
  const created = await admin.post<Created>('/api/v1/catalog/items', item);
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const published = await admin.post<Created>(`/api/v1/catalog/items/${created.body.id}/publish`);
  expect(published.status, JSON.stringify(published.body)).toBe(200);
  return published.body;
}

describe('creating items: each consistency rule is refused with its code at its field', () => {
  it.each([
    ['promised > statutory', { promisedDays: 25 }, 'promisedDays', 'PROMISED_EXCEEDS_STATUTORY'],
    [
      '即办件 with a promise',
      { caseType: 1 as const, promisedDays: 2 },
      'promisedDays',
      'INSTANT_NEEDS_ZERO_PROMISE',
    ],
    ['level Ⅳ with a visit', { visits: 1 as const }, 'visits', 'FULL_ONLINE_NEEDS_ZERO_VISITS'],
    [
      '0 visits, window only',
      { onlineDepth: 'III' as const, handlingForms: [1 as const] },
      'handlingForms',
      'ZERO_VISITS_NEEDS_REMOTE_FORM',
    ],
    ['a malformed implementation code', { implCode: 'X'.repeat(33) }, 'implCode', 'IMPL_CODE_STRUCTURE'],
  ])('%s', async (_label, overrides, field, code) => {
    const res = await admin.post('/api/v1/catalog/items', foodLicenceItem(overrides));
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.details).toEqual([expect.objectContaining({ field, code })]);
  });

  it('refuses a rule that names an unknown material when saved', async () => {
    const item = foodLicenceItem();
    item.situations = {
      questions: item.situations?.questions ?? [],
      rules: [
        ...(item.situations?.rules ?? []),
        { when: { question: 'category', option: 'hot' }, addMaterials: ['ghost'] },
      ],
    };
    const res = await admin.post('/api/v1/catalog/items', item);
    expect(res.body.details).toEqual([
      expect.objectContaining({ field: 'situations.rules.2.addMaterials.0', code: 'RULE_UNKNOWN_MATERIAL' }),
    ]);
  });

  it('refuses a department the region does not have, and an implementation code that exists', async () => {
    const res = await admin.post('/api/v1/catalog/items', foodLicenceItem({ departmentKey: 'nasa' }));
    expect(res.body.details).toEqual([
      expect.objectContaining({ field: 'departmentKey', code: 'DEPARTMENT_UNKNOWN' }),
    ]);
    const item = foodLicenceItem({
      implCode: `${foodLicenceItem().implementingBody.creditCode}010105001000009`,
    });
    expect((await admin.post('/api/v1/catalog/items', item)).status).toBe(201);
    const again = await admin.post('/api/v1/catalog/items', item);
    expect(again.status).toBe(409);
    expect(again.body.details?.[0]).toMatchObject({ field: 'implCode', code: 'IMPL_CODE_TAKEN' });
  });

  it('keeps editors to their scope: a 金东 department admin cannot create a 婺城 item, nor one of another department', async () => {
    const deptAdmin = await t.as('dept_admin');
    const body = makeCreditCode(`11330702${makeOrgCode('00241009')}`);
    const wucheng = foodLicenceItem({
      regionCode: '330702',
      implementingBody: { name: '婺城区市场监督管理局', creditCode: body, nature: 'statutory' },
      implCode: `${body}010105001000001`,
    });
    expect((await deptAdmin.post('/api/v1/catalog/items', wucheng)).body.code).toBe('OUT_OF_SCOPE');
    const tax = foodLicenceItem({
      departmentKey: 'tax',
      implCode: `${foodLicenceItem().implementingBody.creditCode}010105001000003`,
    });
    expect((await deptAdmin.post('/api/v1/catalog/items', tax)).body.code).toBe('OUT_OF_SCOPE');
    const own = foodLicenceItem({
      implCode: `${foodLicenceItem().implementingBody.creditCode}010105001000004`,
    });
    expect((await deptAdmin.post('/api/v1/catalog/items', own)).status).toBe(201);
  });
});

describe('versions', () => {
  it('publishing an edit makes a new version and leaves the earlier one readable and unchanged', async () => {
    const item = await createPublished(foodLicenceItem());
    expect(item).toMatchObject({ publishedVersion: 1, draftVersion: null });

    const edited = foodLicenceItem({ promisedDays: 3, name: '食品经营许可（新办，承诺 3 日）' });
    const draft = await admin.request<Created>('PUT', `/api/v1/catalog/items/${item.id}/draft`, {
      body: edited,
    });
    expect(draft.body).toMatchObject({ publishedVersion: 1, draftVersion: 2 });

    // The public still sees version 1 until the draft is published.
    const before = await t
      .anon()
      .get<{ version: number; item: { promisedDays: number } }>(`/api/v1/items/${item.implCode}`);
    expect(before.body).toMatchObject({ version: 1, item: { promisedDays: 5 } });

    const published = await admin.post<Created>(`/api/v1/catalog/items/${item.id}/publish`);
    expect(published.body).toMatchObject({ publishedVersion: 2, draftVersion: null });
    const after = await t
      .anon()
      .get<{ version: number; item: { promisedDays: number; name: string } }>(
        `/api/v1/items/${item.implCode}`,
      );
    expect(after.body).toMatchObject({ version: 2, item: { promisedDays: 3 } });

    const versions = await admin.get<{ version: number; status: string }[]>(
      `/api/v1/catalog/items/${item.id}/versions`,
    );
    expect(versions.body.map((v) => [v.version, v.status])).toEqual([
      [2, 'published'],
      [1, 'superseded'],
    ]);
    const v1 = await admin.get<{ data: { promisedDays: number; name: string } }>(
      `/api/v1/catalog/items/${item.id}/versions/1`,
    );
    expect(v1.body.data).toMatchObject({ promisedDays: 5, name: '食品经营许可（新办）' });
  });

  it('refuses to publish when there is no draft, and refuses a changed implementation code', async () => {
    const item = await createPublished(
      foodLicenceItem({ implCode: `${foodLicenceItem().implementingBody.creditCode}010105001000002` }),
    );
    const res = await admin.post(`/api/v1/catalog/items/${item.id}/publish`);
    expect(res.status).toBe(409);
    expect(res.body.details?.[0]).toMatchObject({ code: 'NO_DRAFT' });
    const moved = await admin.request('PUT', `/api/v1/catalog/items/${item.id}/draft`, {
      body: foodLicenceItem(),
    });
    expect(moved.body.details?.[0]).toMatchObject({ field: 'implCode', code: 'IMPL_CODE_IMMUTABLE' });
  });
});

describe('the public guide and the checklist', () => {
  it('answers the exact checklist for an applicant’s situation', async () => {
    const { implCode } = (
      await t.anon().get<{ items: { implCode: string; name: string }[] }>('/api/v1/items?q=食品经营许可')
    ).body.items.find((i) => i.name === '食品经营许可（新办，承诺 3 日）') ?? { implCode: '' };
    const res = await t
      .anon()
      .post<{ materials: { key: string }[]; conditions: string[]; unanswered: string[] }>(
        `/api/v1/items/${implCode}/checklist`,
        { answers: { category: 'cold', applicant: 'agent' } },
      );
    expect(res.status).toBe(200);
    expect(res.body.materials.map((m) => m.key)).toEqual([
      'application',
      'business_license',
      'cold_room_plan',
      'power_of_attorney',
      'agent_id',
    ]);
    expect(res.body.unanswered).toEqual([]);
    const bad = await t
      .anon()
      .post(`/api/v1/items/${implCode}/checklist`, { answers: { category: 'frozen' } });
    expect(bad.status).toBe(400);
    expect(bad.body.details).toEqual([
      expect.objectContaining({ field: 'answers.category', code: 'ANSWER_UNKNOWN' }),
    ]);
  });

  it('does not show unpublished items, and 404s an unknown code', async () => {
    const draftOnly = foodLicenceItem({
      implCode: `${foodLicenceItem().implementingBody.creditCode}010105001000005`,
      name: '草稿中的测试事项',
    });
    expect((await admin.post('/api/v1/catalog/items', draftOnly)).status).toBe(201);
    expect((await t.anon().get(`/api/v1/items/${draftOnly.implCode}`)).status).toBe(404);
    const search = await t.anon().get<{ total: number }>('/api/v1/items?q=草稿中的测试');
    expect(search.body.total).toBe(0);
  });
});

describe('the search cache', () => {
  it('serves a publish at once: a cached empty answer does not outlive the change', async () => {
    const item = foodLicenceItem({
      implCode: `${foodLicenceItem().implementingBody.creditCode}010105001000006`,
      name: '缓存验证专用事项',
    });
    expect((await t.anon().get<{ total: number }>('/api/v1/items?q=缓存验证专用')).body.total).toBe(0);
    const created = await admin.post<Created>('/api/v1/catalog/items', item);
    expect((await t.anon().get<{ total: number }>('/api/v1/items?q=缓存验证专用')).body.total).toBe(0);
    await admin.post(`/api/v1/catalog/items/${created.body.id}/publish`);
    expect((await t.anon().get<{ total: number }>('/api/v1/items?q=缓存验证专用')).body.total).toBe(1);
  });
});

describe('adoption (认领)', () => {
  const cityBody = makeCreditCode(`11330700${makeOrgCode('00242001')}`);
  const countyBody = makeCreditCode(`11330703${makeOrgCode('00242002')}`);
  const cityItem = (): ItemInputRaw => ({
    ...foodLicenceItem(),
    baseCode: '010120002000',
    implCode: `${cityBody}010120002000001`,
    name: '建设工程消防设计审查',
    regionCode: '3307',
    level: 3,
    departmentKey: 'housing',
    implementingBody: { name: '金华市住房和城乡建设局', creditCode: cityBody, nature: 'statutory' },
    promisedDays: 10,
    fee: { free: false, amountYuan: 100, basis: '示例收费依据' },
  });
  const adopt = (id: string, overrides: Record<string, unknown>) =>
    admin.post<Partial<Created & { templateItemId: string } & ErrorBody>>(
      `/api/v1/catalog/items/${id}/adopt`,
      {
        regionCode: '330703',
        implementingBody: {
          name: '金华市金东区住房和城乡建设局',
          creditCode: countyBody,
          nature: 'statutory',
        },
        serial: '001',
        ...overrides,
      },
    );

  it('lets a county adopt a city item with a shorter promise and a lower fee, and refuses a longer promise or a higher fee', async () => {
    const template = await createPublished(cityItem());
    const longer = await adopt(template.id, { promisedDays: 11 });
    expect(longer.body.details?.[0]).toMatchObject({ field: 'promisedDays', code: 'ADOPT_PROMISE_LONGER' });
    const dearer = await adopt(template.id, { fee: { free: false, amountYuan: 150, basis: '本地' } });
    expect(dearer.body.details?.[0]).toMatchObject({ field: 'fee', code: 'ADOPT_FEE' });
    const ok = await adopt(template.id, {
      promisedDays: 7,
      fee: { free: false, amountYuan: 80, basis: '本地减免' },
      places: ['金东区行政服务中心 B03'],
    });
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
    expect(ok.body).toMatchObject({
      implCode: `${countyBody}010120002000001`,
      templateItemId: template.id,
      draftVersion: 1,
    });
    const v1 = await admin.get<{
      data: { promisedDays: number; regionCode: string; level: number; places: string[] };
    }>(`/api/v1/catalog/items/${ok.body.id}/versions/1`);
    expect(v1.body.data).toMatchObject({
      promisedDays: 7,
      regionCode: '330703',
      level: 4,
      places: ['金东区行政服务中心 B03'],
    });
  });

  it('refuses adoption by a region that is not below the item’s own', async () => {
    const template = await createPublished({ ...cityItem(), implCode: `${cityBody}010120002000002` });
    const res = await adopt(template.id, { regionCode: '330100', serial: '002' });
    expect(res.body.details?.[0]).toMatchObject({ field: 'regionCode', code: 'ADOPT_REGION' });
  });
});

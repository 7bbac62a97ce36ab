import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BundleInputRaw } from '../../shared/catalog.contract';
import { createTestApp, type Client, type TestApp } from '../../../tests/support/app';
import { businessLicenceItem, foodLicenceItem, parsedFoodLicence } from '../../../tests/fixtures/catalog';
import { itemInputSchema } from '../../shared/catalog.contract';
import type { BundleDetail } from './catalog.schemas';
import { mergeBundle } from './catalog.service';

const food = parsedFoodLicence();
const business = itemInputSchema.parse(businessLicenceItem());

describe('merging a bundle (pure)', () => {
  // food: 2 always-materials (application, business_license), 3 conditional; visits 0, promised 5.
  // business: 3 always-materials (application, id_card, lease); visits 0, promised 0.
  it('asks a shared question once and keeps materials without a shared key apart', () => {
    const merged = mergeBundle([food, business], 5);
    expect(merged.questions.map((q) => [q.text, q.askedBy.length])).toEqual([
      ['经营类别', 1],
      ['由谁办理', 2],
    ]);
    expect(merged.questions[1]?.options.map((o) => o.label)).toEqual(['本人', '委托代理人']);
    expect(merged.materials.filter((m) => m.requirement === 'always').map((m) => m.name)).toEqual([
      '食品经营许可申请书',
      '营业执照',
      '市场主体登记申请书',
      '居民身份证',
      '经营场所租赁合同',
    ]);
  });

  it('counts what the bundle saves: 5 materials either way here, 5 days, 0 visits', () => {
    expect(mergeBundle([food, business], 5).savings).toEqual({
      separately: { visits: 0, materials: 5, days: 5 },
      bundled: { visits: 0, materials: 5, days: 5 },
    });
  });

  it('dedupes a material two items share by key, and takes the most visits any member needs', () => {
    const withId = itemInputSchema.parse(
      foodLicenceItem({
        visits: 1,
        onlineDepth: 'III',
        promisedDays: 10,
        materials: [
          ...(foodLicenceItem().materials ?? []),
          {
            key: 'owner_id',
            name: '负责人身份证',
            requirement: 'always',
            form: 'copy',
            count: 1,
            issuer: '公安机关',
            trustLevel: 'B',
            sharedKey: 'id_card',
          },
        ],
      }),
    );
    // separately: food 3 always + business 3 always = 6; bundled: the id card once → 5.
    // visits 1 + 0 = 1 separately, max(1, 0) = 1 bundled; days 10 + 0 separately vs the bundle's 8.
    expect(mergeBundle([withId, business], 8).savings).toEqual({
      separately: { visits: 1, materials: 6, days: 10 },
      bundled: { visits: 1, materials: 5, days: 8 },
    });
  });
});

let t: TestApp;
let admin: Client;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.as('admin');
});
afterAll(() => t.close());

describe('bundles over HTTP', () => {
  it('saves a bundle of published items and shows its guide; search finds it', async () => {
    for (const item of [foodLicenceItem(), businessLicenceItem()]) {
      const created = await admin.post<{ id: string }>('/api/v1/catalog/items', item);
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      expect((await admin.post(`/api/v1/catalog/items/${created.body.id}/publish`)).status).toBe(200);
    }
    const bundle: BundleInputRaw = {
      code: 'YJS-TEST-KCG',
      name: '开餐馆一件事（测试）',
      regionCode: '330703',
      lifeCycle: 'business',
      lifeEvent: '开办',
      description: '营业执照与食品经营许可一次办。',
      leadDepartmentKey: 'market',
      memberImplCodes: [businessLicenceItem().implCode, foodLicenceItem().implCode],
      promisedDays: 5,
      keywords: ['开饭店'],
    };
    const saved = await admin.request<BundleDetail>('PUT', '/api/v1/catalog/bundles/YJS-TEST-KCG', {
      body: bundle,
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body.members.map((m) => m.name)).toEqual(['营业执照（设立登记）', '食品经营许可（新办）']);
    expect(saved.body.leadDepartmentName).toBe('金东区市场监督管理局');

    const guide = await t.anon().get<BundleDetail>('/api/v1/bundles/YJS-TEST-KCG');
    expect(guide.body.savings).toEqual({
      separately: { visits: 0, materials: 5, days: 5 },
      bundled: { visits: 0, materials: 5, days: 5 },
    });

    const search = await t.anon().get<{ bundles: { code: string }[] }>('/api/v1/items?q=开饭店');
    expect(search.body.bundles.map((b) => b.code)).toContain('YJS-TEST-KCG');
  });

  it('refuses a bundle whose member does not exist', async () => {
    const res = await admin.request('PUT', '/api/v1/catalog/bundles/YJS-BAD', {
      body: {
        code: 'YJS-BAD',
        name: '坏的',
        regionCode: '330703',
        lifeCycle: 'business',
        lifeEvent: '开办',
        description: 'x',
        leadDepartmentKey: 'market',
        memberImplCodes: [foodLicenceItem().implCode, 'Z'.repeat(33)],
        promisedDays: 1,
      },
    });
    expect(res.status).toBe(400);
    expect(res.body.details).toEqual([
      expect.objectContaining({ field: 'memberImplCodes.1', code: 'MEMBER_UNKNOWN' }),
    ]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BundleInputRaw } from '../../shared/catalog.contract';
import { createTestApp, type Client, type TestApp } from '../../../tests/support/app';
import {
  businessLicenceItem,
  foodLicenceItem,
  MARKET_BODY_CODE,
  parsedFoodLicence,
} from '../../../tests/fixtures/catalog';
import { itemInputSchema } from '../../shared/catalog.contract';
import { DEMO_BUNDLES, DEMO_ITEMS } from '../../server/seed/catalog';
import { makeCreditCode, makeOrgCode } from '../../shared/identity';
import { checkBundle, memberRegions } from './catalog.bundle-rules';
import { importCatalog } from './catalog.import';
import type { BundleDetail } from './catalog.schemas';
import { bundleChecklist, memberAnswers, mergeBundle } from './catalog.service';

const food = parsedFoodLicence();
const demoItems = new Map(
  DEMO_ITEMS.map((raw) => {
    const item = itemInputSchema.parse(raw);
    return [item.implCode, item] as const;
  }),
);
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

  it('gives two different questions that share a key, and two options that share one, keys of their own', () => {
    // clash asks 是否连锁经营 under food's key for 经营类别, and adds 小吃类 to 经营类别 under the key
    // food uses for 含冷食类; each item's rules must still get its own answers back.
    const clash = itemInputSchema.parse(
      businessLicenceItem({
        situations: {
          questions: [
            {
              key: 'category',
              text: '是否连锁经营',
              options: [
                { key: 'yes', label: '是' },
                { key: 'no', label: '否' },
              ],
            },
            {
              key: 'kind',
              text: '经营类别',
              options: [
                { key: 'hot', label: '热食类' },
                { key: 'cold', label: '小吃类' },
              ],
            },
          ],
          rules: [],
        },
      }),
    );
    const merged = mergeBundle([food, clash], 5);
    expect(merged.questions.map((q) => [q.key, q.text, q.options.map((o) => `${o.key}:${o.label}`)])).toEqual(
      [
        ['category', '经营类别', ['hot:热食类', 'cold:含冷食类', 'cold_2:小吃类']],
        ['applicant', '由谁办理', ['self:本人', 'agent:委托代理人']],
        ['category_2', '是否连锁经营', ['yes:是', 'no:否']],
      ],
    );
    const answers = { category: 'cold_2', applicant: 'agent', category_2: 'yes' };
    expect(memberAnswers(clash, merged.questions, answers)).toEqual({ category: 'yes', kind: 'cold' });
    expect(memberAnswers(food, merged.questions, answers)).toEqual({ applicant: 'agent' });
    expect(bundleChecklist([food, clash], merged.questions, answers).unanswered).toEqual([]);
  });

  it('keys every demo bundle’s merged questions and their options uniquely', () => {
    const clashes = DEMO_BUNDLES.flatMap((b) => {
      const members = b.memberImplCodes.map((code) => demoItems.get(code)).filter((i) => i !== undefined);
      const { questions } = mergeBundle(members, b.promisedDays);
      const keys = questions.map((q) => q.key);
      const dupQuestions = keys.filter((k, i) => keys.indexOf(k) !== i);
      const dupOptions = questions.flatMap((q) => {
        const o = q.options.map((x) => x.key);
        return o.filter((k, i) => o.indexOf(k) !== i).map((k) => `${q.key}.${k}`);
      });
      return [...dupQuestions, ...dupOptions].map((k) => `${b.code}: ${k}`);
    });
    expect(clashes).toEqual([]);
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

// ---- the rules a center needs (brief A): scope, members' region, lead department, promised limit ----

describe('bundle rules (pure)', () => {
  const fact = (implCode: string, regionCode: string, departmentKey: string, promisedDays: number) =>
    [implCode, { implCode, regionCode, departmentKey, promisedDays }] as const;
  const facts = new Map([
    fact('A', '330703', 'market', 0),
    fact('B', '330703', 'health', 7),
    fact('C', '3307', 'water', 4),
    fact('D', '330702', 'market', 9),
  ]);
  const base = { regionCode: '330703', leadDepartmentKey: 'market', promisedDays: 7 };

  it('lets a bundle take members of its own region and of the regions above it up to the city', () => {
    expect(memberRegions('3307')).toEqual(['3307']);
    expect(memberRegions('330703')).toEqual(['3307', '330703']);
    expect(memberRegions('330703101')).toEqual(['3307', '330703', '330703101']);
  });

  it('accepts a promise equal to the slowest member’s (7 days) and refuses 8', () => {
    expect(checkBundle({ ...base, memberImplCodes: ['A', 'B', 'C'] }, facts)).toEqual([]);
    const problems = checkBundle({ ...base, memberImplCodes: ['A', 'B', 'C'], promisedDays: 8 }, facts);
    expect(problems.map((p) => [p.field, p.code])).toEqual([['promisedDays', 'BUNDLE_PROMISE_TOO_LONG']]);
    expect(problems[0]?.message.zh).toContain('最慢成员事项的 7 个工作日');
  });

  it('names another county’s member and a repeated member at their index', () => {
    const problems = checkBundle({ ...base, memberImplCodes: ['A', 'D', 'A'], promisedDays: 0 }, facts);
    expect(problems.map((p) => [p.field, p.code])).toEqual([
      ['memberImplCodes.1', 'MEMBER_OUT_OF_REGION'],
      ['memberImplCodes.2', 'MEMBER_DUPLICATE'],
    ]);
  });

  it('needs the lead department to handle a member of the bundle’s own region', () => {
    // The city's water company is not the county's: a lead of another region never matches.
    const problems = checkBundle(
      { ...base, leadDepartmentKey: 'water', memberImplCodes: ['A', 'C'], promisedDays: 0 },
      facts,
    );
    expect(problems.map((p) => [p.field, p.code])).toEqual([['leadDepartmentKey', 'LEAD_HANDLES_NO_MEMBER']]);
  });

  it('waits with the rules over all members while one is unknown', () => {
    const problems = checkBundle(
      { ...base, leadDepartmentKey: 'tax', memberImplCodes: ['A', 'X'], promisedDays: 99 },
      facts,
    );
    expect(problems).toEqual([]);
  });
});

const URBAN_BODY = makeCreditCode(`11330703${makeOrgCode('00249901')}`);
const WATER_BODY = makeCreditCode(`11330700${makeOrgCode('00249902')}`);
const WUCHENG_BODY = makeCreditCode(`11330702${makeOrgCode('00249903')}`);
const code = (body: string, baseCode: string) => `${body}${baseCode}001`;

/** Five published items and one draft, named 联办测试 so that searches can count them exactly. */
const J = {
  // 市场监管, 0 days, 3 always-materials (application, id_card, lease), asks 由谁办理.
  business: businessLicenceItem({
    baseCode: '990102001000',
    implCode: code(MARKET_BODY_CODE, '990102001000'),
    name: '营业执照（联办测试）',
  }),
  // 市场监管, 5 days, 2 always-materials (application, business_license), asks 经营类别 and 由谁办理.
  food: foodLicenceItem({
    baseCode: '990105001000',
    implCode: code(MARKET_BODY_CODE, '990105001000'),
    name: '食品经营许可（联办测试）',
  }),
  // 综合行政执法, 3 days, 1 visit, 3 always-materials (application, id_card shared, drawing).
  signboard: foodLicenceItem({
    baseCode: '990201001000',
    implCode: code(URBAN_BODY, '990201001000'),
    name: '户外招牌设置（联办测试）',
    implementingBody: { name: '金华市金东区综合行政执法局', creditCode: URBAN_BODY, nature: 'statutory' },
    departmentKey: 'urban_management',
    keywords: [],
    aliases: [],
    statutoryDays: 10,
    promisedDays: 3,
    visits: 1,
    onlineDepth: 'III',
    handlingForms: [1, 2],
    result: { kind: 'decision', name: '招牌设置回执', licenseType: null },
    materials: [
      {
        key: 'application',
        name: '户外招牌设置申请表',
        requirement: 'always',
        form: 'original',
        count: 1,
        issuer: '申请人',
        trustLevel: 'D',
      },
      {
        key: 'id_card',
        name: '居民身份证',
        requirement: 'always',
        form: 'electronic',
        count: 1,
        issuer: '公安机关',
        trustLevel: 'A',
        sharedKey: 'id_card',
      },
      {
        key: 'drawing',
        name: '招牌设计效果图',
        requirement: 'always',
        form: 'original',
        count: 1,
        issuer: '申请人',
        trustLevel: 'D',
      },
    ],
    situations: {
      questions: [
        {
          key: 'by',
          text: '由谁办理',
          options: [
            { key: 'self', label: '本人' },
            { key: 'agent', label: '委托代理人' },
          ],
        },
      ],
      rules: [],
    },
  }),
  // The city's water company (region 3307), 4 days.
  water: foodLicenceItem({
    baseCode: '990301001000',
    implCode: code(WATER_BODY, '990301001000'),
    name: '用水过户（联办测试）',
    regionCode: '3307',
    level: 3,
    implementingBody: { name: '金华市水务集团（测试）', creditCode: WATER_BODY, nature: 'authorized' },
    departmentKey: 'water',
    keywords: [],
    aliases: [],
    statutoryDays: 10,
    promisedDays: 4,
    materials: [
      {
        key: 'application',
        name: '用水过户申请表',
        requirement: 'always',
        form: 'original',
        count: 1,
        issuer: '申请人',
        trustLevel: 'D',
      },
    ],
    situations: { questions: [], rules: [] },
  }),
  // Another county's (婺城区) market item.
  wucheng: foodLicenceItem({
    baseCode: '990105001000',
    implCode: code(WUCHENG_BODY, '990105001000'),
    name: '食品经营许可（婺城，联办测试）',
    regionCode: '330702',
    implementingBody: { name: '金华市婺城区市场监督管理局', creditCode: WUCHENG_BODY, nature: 'statutory' },
    promisedDays: 2,
  }),
  draft: foodLicenceItem({
    baseCode: '990106001000',
    implCode: code(MARKET_BODY_CODE, '990106001000'),
    name: '未发布事项（联办测试）',
  }),
};

function bundleOf(overrides: Partial<BundleInputRaw> = {}): BundleInputRaw {
  return {
    code: 'YJS-LB-KD',
    name: '开店一件事（联办测试）',
    regionCode: '330703',
    lifeCycle: 'business',
    lifeEvent: '开办小店',
    description: '营业执照、食品经营许可和店招一次办。',
    leadDepartmentKey: 'market',
    memberImplCodes: [J.business.implCode, J.food.implCode, J.signboard.implCode],
    promisedDays: 5,
    keywords: [],
    ...overrides,
  };
}

type Problem = { field?: string; code?: string; message: string };
const located = (details: Problem[] | undefined) => (details ?? []).map((d) => [d.field, d.code]);

let centerAdmin: Client;
describe('saving a bundle through the console API', () => {
  beforeAll(async () => {
    centerAdmin = await t.as('center_admin');
    for (const [key, item] of Object.entries(J)) {
      const created = await admin.post<{ id: string }>('/api/v1/catalog/items', item);
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      if (key !== 'draft')
        expect((await admin.post(`/api/v1/catalog/items/${created.body.id}/publish`)).status).toBe(200);
    }
  });

  it('creates a bundle of three departments’ items: co-handling departments, merged form and savings', async () => {
    const res = await admin.post<BundleDetail>('/api/v1/catalog/bundles', bundleOf());
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.leadDepartmentName).toBe('金东区市场监督管理局');
    expect(res.body.coDepartmentNames).toEqual(['金东区综合行政执法局']);
    expect(res.body.members.map((m) => [m.departmentName, m.promisedDays])).toEqual([
      ['金东区市场监督管理局', 0],
      ['金东区市场监督管理局', 5],
      ['金东区综合行政执法局', 3],
    ]);
    // 由谁办理 is asked by all three, once; 经营类别 by the food licence only.
    expect(res.body.questions.map((q) => [q.text, q.askedBy.length])).toEqual([
      ['由谁办理', 3],
      ['经营类别', 1],
    ]);
    // Separately: visits 0+0+1, always-materials 3+2+3, days 0+5+3. Bundled: the most visits (1), the
    // ID card once (8-1 = 7), and the bundle's own 5 days.
    expect(res.body.savings).toEqual({
      separately: { visits: 1, materials: 8, days: 8 },
      bundled: { visits: 1, materials: 7, days: 5 },
    });
    const idCard = res.body.materials.find((m) => m.sharedKey === 'id_card');
    expect(idCard?.neededBy).toEqual([J.business.implCode, J.signboard.implCode]);

    const again = await admin.post('/api/v1/catalog/bundles', bundleOf());
    expect(again.status).toBe(409);
    expect(located(again.body.details)).toEqual([['code', 'BUNDLE_CODE_TAKEN']]);
  });

  it('refuses a promise longer than the slowest member’s 5 days, at promisedDays', async () => {
    const res = await admin.request('PUT', '/api/v1/catalog/bundles/YJS-LB-KD', {
      body: bundleOf({ promisedDays: 6 }),
    });
    expect(res.status).toBe(400);
    expect(located(res.body.details)).toEqual([['promisedDays', 'BUNDLE_PROMISE_TOO_LONG']]);
    expect(res.body.details?.[0]?.message).toBe('一件事并联办理，承诺时限不能超过最慢成员事项的 5 个工作日');
    // Nothing changed.
    expect((await t.anon().get<BundleDetail>('/api/v1/bundles/YJS-LB-KD')).body.promisedDays).toBe(5);
  });

  it('refuses a lead department that handles none of the members, and an unknown one once', async () => {
    const health = await admin.post(
      '/api/v1/catalog/bundles',
      bundleOf({ code: 'YJS-LB-X', leadDepartmentKey: 'health' }),
    );
    expect(health.status).toBe(400);
    expect(located(health.body.details)).toEqual([['leadDepartmentKey', 'LEAD_HANDLES_NO_MEMBER']]);
    const unknown = await admin.post(
      '/api/v1/catalog/bundles',
      bundleOf({ code: 'YJS-LB-X', leadDepartmentKey: 'nasa' }),
    );
    expect(located(unknown.body.details)).toEqual([['leadDepartmentKey', 'DEPARTMENT_UNKNOWN']]);
  });

  it('takes the city’s items but not another county’s, a draft or a member twice', async () => {
    const withCity = await admin.post<BundleDetail>(
      '/api/v1/catalog/bundles',
      bundleOf({
        code: 'YJS-LB-GH',
        memberImplCodes: [J.business.implCode, J.water.implCode],
        promisedDays: 4,
      }),
    );
    expect(withCity.status, JSON.stringify(withCity.body)).toBe(201);
    expect(withCity.body.coDepartmentNames).toEqual(['金华市水务集团']);

    const res = await admin.post('/api/v1/catalog/bundles', {
      ...bundleOf({ code: 'YJS-LB-X' }),
      memberImplCodes: [J.business.implCode, J.wucheng.implCode, J.draft.implCode, J.business.implCode],
    });
    expect(res.status).toBe(400);
    expect(located(res.body.details)).toEqual([
      ['memberImplCodes.2', 'MEMBER_UNKNOWN'],
      ['memberImplCodes.1', 'MEMBER_OUT_OF_REGION'],
      ['memberImplCodes.3', 'MEMBER_DUPLICATE'],
    ]);
  });

  it('keeps a center admin to bundles of their own region, with a code', async () => {
    // 婺城区's bundle, made by the platform admin: its own market item and the city's water item.
    const wucheng = bundleOf({
      code: 'YJS-LB-WC',
      regionCode: '330702',
      memberImplCodes: [J.wucheng.implCode, J.water.implCode],
      promisedDays: 4,
    });
    expect((await admin.post('/api/v1/catalog/bundles', wucheng)).status).toBe(201);

    const other = await centerAdmin.post('/api/v1/catalog/bundles', { ...wucheng, code: 'YJS-LB-WC2' });
    expect(other.status).toBe(403);
    expect(other.body.code).toBe('OUT_OF_SCOPE');
    expect(located(other.body.details)).toEqual([['regionCode', 'BUNDLE_OUT_OF_SCOPE']]);
    // Nor may it take that bundle over by writing its own region into it.
    const takeover = await centerAdmin.request('PUT', '/api/v1/catalog/bundles/YJS-LB-WC', {
      body: { ...bundleOf(), code: 'YJS-LB-WC' },
    });
    expect(takeover.status).toBe(403);
    expect(located(takeover.body.details)).toEqual([['regionCode', 'BUNDLE_OUT_OF_SCOPE']]);
    expect((await centerAdmin.get('/api/v1/catalog/bundles/YJS-LB-WC')).status).toBe(403);

    // Its own region's bundle it replaces; a department admin may not touch bundles at all.
    const own = await centerAdmin.request<BundleDetail>('PUT', '/api/v1/catalog/bundles/YJS-LB-KD', {
      body: bundleOf({ promisedDays: 3 }),
    });
    expect(own.status, JSON.stringify(own.body)).toBe(200);
    expect(own.body.savings.bundled.days).toBe(3);
    const dept = await t.as('dept_admin');
    expect(
      (await dept.request('PUT', '/api/v1/catalog/bundles/YJS-LB-KD', { body: bundleOf() })).status,
    ).toBe(403);
  });

  it('keeps a bundle’s region and code fixed', async () => {
    const moved = await admin.request('PUT', '/api/v1/catalog/bundles/YJS-LB-KD', {
      body: bundleOf({ regionCode: '330702', memberImplCodes: [J.wucheng.implCode, J.water.implCode] }),
    });
    expect(moved.status).toBe(400);
    expect(located(moved.body.details)).toEqual([['regionCode', 'BUNDLE_REGION_IMMUTABLE']]);
    const renamed = await admin.request('PUT', '/api/v1/catalog/bundles/YJS-LB-KD', {
      body: bundleOf({ code: 'YJS-LB-OTHER' }),
    });
    expect(renamed.status).toBe(400);
    expect(located(renamed.body.details)).toEqual([['code', 'BUNDLE_CODE_MISMATCH']]);
  });

  it('answers 400, never 500, for a malformed body', async () => {
    const res = await admin.post('/api/v1/catalog/bundles', { ...bundleOf(), promisedDays: -1, extra: 1 });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
  });
});

describe('the bundle console’s reads', () => {
  it('lists the bundles in my region, filtered and paged, with lead, member count and promise', async () => {
    type Page = {
      items: {
        code: string;
        leadDepartmentName: string;
        memberCount: number;
        promisedDays: number;
        regionCode: string;
      }[];
      total: number;
    };
    const mine = await centerAdmin.get<Page>('/api/v1/catalog/bundles?q=联办测试&pageSize=100');
    expect(mine.status).toBe(200);
    // YJS-LB-KD (replaced last, so first) and YJS-LB-GH; 婺城区's YJS-LB-WC is not in 金东区.
    expect(mine.body.items.map((b) => [b.code, b.leadDepartmentName, b.memberCount, b.promisedDays])).toEqual(
      [
        ['YJS-LB-KD', '金东区市场监督管理局', 3, 3],
        ['YJS-LB-GH', '金东区市场监督管理局', 2, 4],
      ],
    );
    const all = await admin.get<Page>('/api/v1/catalog/bundles?q=联办测试&pageSize=1&page=2');
    expect(all.body.total).toBe(3);
    expect(all.body.items.map((b) => b.code)).toEqual(['YJS-LB-WC']);
    const personal = await admin.get<Page>('/api/v1/catalog/bundles?q=联办测试&lifeCycle=personal');
    expect(personal.body.total).toBe(0);
    const byCode = await admin.get<Page>('/api/v1/catalog/bundles?q=lb-gh');
    expect(byCode.body.items.map((b) => b.code)).toEqual(['YJS-LB-GH']);
    // Every demo bundle is 金东区's; with YJS-TEST-KCG and our two, the center admin sees them all,
    // and not 婺城区's YJS-LB-WC.
    const everything = await centerAdmin.get<Page>('/api/v1/catalog/bundles?pageSize=100');
    expect(everything.body.total).toBe(DEMO_BUNDLES.length + 3);
    expect(everything.body.items.some((b) => b.regionCode !== '330703')).toBe(false);
  });

  it('reads a bundle back as it was written, for its editor', async () => {
    const res = await centerAdmin.get<{ bundle: BundleInputRaw }>('/api/v1/catalog/bundles/YJS-LB-KD');
    expect(res.status).toBe(200);
    expect(res.body.bundle).toEqual({ ...bundleOf({ promisedDays: 3 }) });
  });

  it('finds member candidates of the region and the city above it only, published only', async () => {
    type Page = {
      items: { implCode: string; departmentName: string; promisedDays: number }[];
      total: number;
    };
    const res = await centerAdmin.get<Page>('/api/v1/catalog/bundles/candidates?region=330703&q=联办测试');
    expect(res.status).toBe(200);
    expect(new Set(res.body.items.map((i) => i.implCode))).toEqual(
      new Set([J.business.implCode, J.food.implCode, J.signboard.implCode, J.water.implCode]),
    );
    expect(res.body.total).toBe(4);
    const byCode = await centerAdmin.get<Page>(
      `/api/v1/catalog/bundles/candidates?region=330703&q=${J.signboard.implCode.slice(0, 24)}`,
    );
    expect(byCode.body.items.map((i) => [i.implCode, i.departmentName, i.promisedDays])).toEqual([
      [J.signboard.implCode, '金东区综合行政执法局', 3],
    ]);
  });

  it('previews an unsaved bundle with the server’s merge and every problem a save would meet', async () => {
    type Preview = {
      members: { implCode: string }[];
      leadDepartmentName: string | null;
      coDepartmentNames: string[];
      slowestMemberDays: number | null;
      savings: BundleDetail['savings'];
      problems: Problem[];
    };
    const body = {
      regionCode: '330703',
      leadDepartmentKey: 'market',
      memberImplCodes: [J.business.implCode, J.food.implCode, J.signboard.implCode],
      promisedDays: 9,
    };
    const res = await centerAdmin.post<Preview>('/api/v1/catalog/bundles/preview', body);
    expect(res.status).toBe(200);
    expect(res.body.slowestMemberDays).toBe(5);
    expect(res.body.coDepartmentNames).toEqual(['金东区综合行政执法局']);
    expect(res.body.savings.bundled).toEqual({ visits: 1, materials: 7, days: 9 });
    expect(located(res.body.problems)).toEqual([['promisedDays', 'BUNDLE_PROMISE_TOO_LONG']]);

    // Without a promise yet, the slowest member's is assumed; without a lead nothing is said of it.
    const partial = await centerAdmin.request<Preview>('POST', '/api/v1/catalog/bundles/preview', {
      body: {
        regionCode: '330703',
        memberImplCodes: [J.signboard.implCode, J.wucheng.implCode, 'Q'.repeat(33)],
      },
      headers: { 'accept-language': 'en' },
    });
    expect(partial.body.members.map((m) => m.implCode)).toEqual([J.signboard.implCode, J.wucheng.implCode]);
    expect(partial.body.leadDepartmentName).toBeNull();
    expect(partial.body.savings.bundled.days).toBe(3);
    expect(partial.body.problems).toEqual([
      {
        field: 'memberImplCodes.2',
        code: 'MEMBER_UNKNOWN',
        message: `Item ${'Q'.repeat(33)} does not exist or is unpublished`,
      },
      {
        field: 'memberImplCodes.1',
        code: 'MEMBER_OUT_OF_REGION',
        message: `Item ${J.wucheng.implCode} belongs neither to the bundle's region nor to the city above it`,
      },
    ]);
    const away = await centerAdmin.post('/api/v1/catalog/bundles/preview', { ...body, regionCode: '330702' });
    expect(away.status).toBe(403);
  });
});

describe('importing bundles applies the same rules', () => {
  it('reports a bundle’s rule problems by sheet and row, and writes nothing', async () => {
    const items = [J.business, J.food, J.signboard, J.wucheng].map((i) => ({ ...i, name: `${i.name}导入` }));
    const result = await importCatalog(
      { db: t.database.db, actor: null, requestId: 'bundle-import' },
      {
        items,
        bundles: [
          bundleOf({ code: 'YJS-LB-IMP', promisedDays: 6 }),
          bundleOf({
            code: 'YJS-LB-IMP2',
            leadDepartmentKey: 'health',
            memberImplCodes: [J.business.implCode, J.wucheng.implCode],
            promisedDays: 0,
          }),
        ],
      },
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.sheet, p.row, p.field, p.code])).toEqual([
      ['bundles', 0, 'promisedDays', 'BUNDLE_PROMISE_TOO_LONG'],
      ['bundles', 1, 'memberImplCodes.1', 'MEMBER_OUT_OF_REGION'],
      ['bundles', 1, 'leadDepartmentKey', 'LEAD_HANDLES_NO_MEMBER'],
    ]);
    const names = await admin.get<{ items: { name: string }[] }>(`/api/v1/items/${J.business.implCode}`);
    expect(names.body).toMatchObject({ item: { name: '营业执照（联办测试）' } });
  });
});

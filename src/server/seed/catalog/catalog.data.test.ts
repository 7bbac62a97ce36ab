import { describe, expect, it } from 'vitest';
import type { BundleInput, ItemInput } from '../../../shared/catalog.contract';
import { bundleInputSchema, itemInputSchema } from '../../../shared/catalog.contract';
import { validateCreditCode } from '../../../shared/identity';
import { BODIES, DEPARTMENT_KEYS, UTILITY_KEYS, findBody } from './bodies';
import { mergeBundle } from '../../../modules/catalog/catalog.service';
import { DEMO_BUNDLES, DEMO_ITEMS } from './index';

/** Parse everything once; a failure names the item so the data can be fixed. */
function parseAll<T>(
  rows: { name: string }[],
  parse: (
    row: unknown,
  ) =>
    | { success: true; data: T }
    | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } },
) {
  const parsed: T[] = [];
  const failures: string[] = [];
  for (const row of rows) {
    const result = parse(row);
    if (result.success) parsed.push(result.data);
    else
      failures.push(
        `${row.name}: ${result.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`,
      );
  }
  return { parsed, failures };
}

const itemResult = parseAll<ItemInput>(DEMO_ITEMS, (row) => itemInputSchema.safeParse(row));
const bundleResult = parseAll<BundleInput>(DEMO_BUNDLES, (row) => bundleInputSchema.safeParse(row));
const items = itemResult.parsed;
const bundles = bundleResult.parsed;
const byImplCode = new Map(items.map((i) => [i.implCode, i]));

/** Lists the names of items breaking a rule: an empty list is a pass, and a failure says which. */
const offenders = (predicate: (item: ItemInput) => boolean) => items.filter(predicate).map((i) => i.name);

const NAMED_BUNDLES = [
  '企业开办',
  '企业注销',
  '开餐馆',
  '开药店',
  '开民宿',
  '出生',
  '入学',
  '就业',
  '婚育',
  '退休',
  '身后',
  '退役军人',
  '二手房交易',
  '新建住宅交付',
  '开办洗车店',
];

describe('demo catalog: schema', () => {
  it('every item parses with itemInputSchema', () => {
    expect(itemResult.failures).toEqual([]);
    expect(items).toHaveLength(DEMO_ITEMS.length);
  });

  it('every bundle parses with bundleInputSchema', () => {
    expect(bundleResult.failures).toEqual([]);
    expect(bundles).toHaveLength(DEMO_BUNDLES.length);
  });
});

describe('demo catalog: size and coverage', () => {
  it('has at least 200 handling items', () => {
    expect(items.length).toBeGreaterThanOrEqual(200);
  });

  it('covers every department of the demo city, utilities included', () => {
    const keys = new Set(items.map((i) => i.departmentKey));
    expect(keys.size).toBeGreaterThanOrEqual(15);
    expect([...DEPARTMENT_KEYS].filter((k) => !keys.has(k))).toEqual([]);
    for (const key of DEPARTMENT_KEYS) {
      expect(items.filter((i) => i.departmentKey === key).length, key).toBeGreaterThanOrEqual(3);
    }
  });

  it('has situations on at least 30 items, beyond the standard 委托代办 question', () => {
    expect(items.filter((i) => i.situations.questions.length > 0).length).toBeGreaterThanOrEqual(30);
    const rich = items.filter((i) => i.situations.questions.some((q) => q.key !== 'applicant'));
    expect(rich.length).toBeGreaterThanOrEqual(30);
  });

  it('has FAQs on a good share of items, each with two or more answers where present on key items', () => {
    expect(items.filter((i) => i.faq.length > 0).length).toBeGreaterThanOrEqual(60);
    for (const name of [
      '食品经营许可（新办）',
      '居民身份证换领',
      '出生登记（新生儿落户）',
      '有限责任公司设立登记',
    ]) {
      const item = items.find((i) => i.name === name && i.regionCode === '330703');
      expect(item?.faq.length ?? 0, name).toBeGreaterThanOrEqual(2);
    }
  });

  it('has items at city level and in a second county', () => {
    const cityGovernment = items.filter(
      (i) => i.regionCode === '3307' && !UTILITY_KEYS.includes(i.departmentKey as never),
    );
    expect(cityGovernment.length).toBeGreaterThanOrEqual(10);
    expect(items.some((i) => i.regionCode === '330702')).toBe(true);
  });

  it('answers the phrases citizens type in keywords or aliases', () => {
    const words = new Set([
      ...items.flatMap((i) => [...i.keywords, ...i.aliases]),
      ...bundles.flatMap((b) => b.keywords),
    ]);
    for (const phrase of ['办身份证', '换身份证', '生孩子', '开饭店', '落户', '社保转移', '过户', '开餐馆']) {
      expect(words.has(phrase), phrase).toBe(true);
    }
  });

  it('cites a named law or document on every item and prices every charge', () => {
    expect(offenders((i) => !i.legalBasis.every((b) => /《.+》/.test(b.law) && b.text.length > 0))).toEqual(
      [],
    );
    const charged = items.filter((i) => !i.fee.free);
    expect(charged.length).toBeGreaterThanOrEqual(5);
    const realEstate = items.find((i) => i.name === '国有建设用地使用权及房屋所有权转移登记（存量房买卖）');
    expect(realEstate?.fee).toMatchObject({ free: false, amountYuan: 80 });
  });
});

describe('demo catalog: codes and bodies', () => {
  it('gives every handling item a unique implementation code', () => {
    const seen = new Map<string, string>();
    const duplicates: string[] = [];
    for (const i of items) {
      const other = seen.get(i.implCode);
      if (other) duplicates.push(`${i.name} / ${other}`);
      seen.set(i.implCode, i.name);
    }
    expect(duplicates).toEqual([]);
  });

  it('builds implCode as credit code + basic code + 3-digit serial', () => {
    expect(
      offenders(
        (i) =>
          i.implCode.length !== 33 ||
          i.implCode.slice(0, 18) !== i.implementingBody.creditCode ||
          i.implCode.slice(18, 30) !== i.baseCode ||
          !/^\d{3}$/.test(i.implCode.slice(30)),
      ),
    ).toEqual([]);
  });

  it('keeps basic codes in the hierarchy: type, then main item, then sub-item', () => {
    expect(offenders((i) => !i.baseCode.startsWith(i.type))).toEqual([]);
    expect(offenders((i) => !i.baseCode.startsWith(i.mainItem.code))).toEqual([]);
    expect(offenders((i) => i.subItem !== null && !i.baseCode.startsWith(i.subItem.code))).toEqual([]);
    // One main item code means one main item name.
    const mainNames = new Map<string, Set<string>>();
    for (const i of items)
      mainNames.set(i.mainItem.code, (mainNames.get(i.mainItem.code) ?? new Set()).add(i.mainItem.name));
    expect([...mainNames].filter(([, names]) => names.size > 1)).toEqual([]);
  });

  it('has valid, region-matching credit codes for every implementing body', () => {
    expect(offenders((i) => !validateCreditCode(i.implementingBody.creditCode).ok)).toEqual([]);
    expect(
      offenders((i) => i.implementingBody.creditCode.slice(2, 8) !== i.regionCode.padEnd(6, '0')),
    ).toEqual([]);
    for (const body of BODIES) expect(validateCreditCode(body.creditCode).ok, body.name).toBe(true);
    expect(new Set(BODIES.map((b) => b.creditCode)).size).toBe(BODIES.length);
  });

  it('uses government codes (11/12) for authorities and enterprise codes (91) for utilities', () => {
    expect(
      offenders((i) => {
        const utility = UTILITY_KEYS.includes(i.departmentKey as never);
        const category = i.implementingBody.creditCode.slice(0, 2);
        return utility ? category !== '91' : category !== '11' && category !== '12';
      }),
    ).toEqual([]);
  });

  it('takes each body from the bodies table of its region and department', () => {
    const bodyNames = new Set(
      BODIES.map((b) => `${b.regionCode}|${b.departmentKey}|${b.name}|${b.creditCode}`),
    );
    expect(
      offenders(
        (i) =>
          !bodyNames.has(
            `${i.regionCode}|${i.departmentKey}|${i.implementingBody.name}|${i.implementingBody.creditCode}`,
          ),
      ),
    ).toEqual([]);
    expect(findBody('330703', 'market').name).toBe('金华市金东区市场监督管理局');
    expect(() => findBody('330703', 'water')).toThrow();
  });

  it('puts utilities only in the city, and everything else in the demo regions with a matching level', () => {
    expect(
      offenders((i) => UTILITY_KEYS.includes(i.departmentKey as never) && i.regionCode !== '3307'),
    ).toEqual([]);
    expect(offenders((i) => !['3307', '330702', '330703'].includes(i.regionCode))).toEqual([]);
    expect(offenders((i) => i.level !== (i.regionCode === '3307' ? 3 : 4))).toEqual([]);
  });

  it('names each handling item once per implementing body', () => {
    const seen = new Set<string>();
    expect(
      offenders((i) => {
        const key = `${i.implementingBody.creditCode}|${i.name}`;
        if (seen.has(key)) return true;
        seen.add(key);
        return false;
      }),
    ).toEqual([]);
  });
});

describe('demo catalog: consistency rules', () => {
  it('never promises more than the statutory limit', () => {
    expect(offenders((i) => i.promisedDays > i.statutoryDays)).toEqual([]);
  });

  it('gives instant items (即办件) a promise of 0 days, and promised items more', () => {
    expect(offenders((i) => i.caseType === 1 && i.promisedDays !== 0)).toEqual([]);
    expect(offenders((i) => i.caseType === 2 && i.promisedDays === 0)).toEqual([]);
    expect(items.some((i) => i.caseType === 1) && items.some((i) => i.caseType === 2)).toBe(true);
  });

  it('requires 0 visits for fully online (Ⅳ) items', () => {
    expect(offenders((i) => i.onlineDepth === 'IV' && i.visits !== 0)).toEqual([]);
  });

  it('lets 0-visit items be submitted online or by post', () => {
    expect(
      offenders((i) => i.visits === 0 && !i.handlingForms.some((f) => f === 2 || f === 3 || f === 4)),
    ).toEqual([]);
    expect(offenders((i) => new Set(i.handlingForms).size !== i.handlingForms.length)).toEqual([]);
  });
});

describe('demo catalog: materials and situations', () => {
  it('keeps material keys, question keys and option keys unique', () => {
    expect(offenders((i) => new Set(i.materials.map((m) => m.key)).size !== i.materials.length)).toEqual([]);
    expect(
      offenders(
        (i) => new Set(i.situations.questions.map((q) => q.key)).size !== i.situations.questions.length,
      ),
    ).toEqual([]);
    expect(
      offenders((i) =>
        i.situations.questions.some((q) => new Set(q.options.map((o) => o.key)).size !== q.options.length),
      ),
    ).toEqual([]);
  });

  it('asks every item for at least one material, and never shares the application form', () => {
    expect(offenders((i) => i.materials.length === 0)).toEqual([]);
    expect(
      offenders((i) => i.materials.some((m) => m.key === 'application_form' && m.sharedKey !== null)),
    ).toEqual([]);
    expect(
      offenders((i) => i.materials.some((m) => m.key === 'application_form' && m.trustLevel !== 'D')),
    ).toEqual([]);
  });

  it('uses each shared material with one licence type', () => {
    const types = new Map<string, Set<string | null>>();
    for (const m of items.flatMap((i) => i.materials)) {
      if (m.sharedKey) types.set(m.sharedKey, (types.get(m.sharedKey) ?? new Set()).add(m.licenseType));
    }
    expect([...types].filter(([, set]) => set.size > 1).map(([key]) => key)).toEqual([]);
    for (const key of ['id_card', 'business_license', 'lease_contract', 'property_cert', 'marriage_cert']) {
      expect(types.has(key), key).toBe(true);
    }
    expect(items.some((i) => i.materials.some((m) => m.proofItem !== null))).toBe(true);
  });

  it('points every rule at an existing question and option', () => {
    expect(
      offenders((i) =>
        i.situations.rules.some((r) => {
          const q = i.situations.questions.find((x) => x.key === r.when.question);
          return !q || !q.options.some((o) => o.key === r.when.option);
        }),
      ),
    ).toEqual([]);
  });

  it('adds only conditional materials of the same item', () => {
    expect(
      offenders((i) =>
        i.situations.rules.some((r) =>
          r.addMaterials.some((key) => i.materials.find((m) => m.key === key)?.requirement !== 'conditional'),
        ),
      ),
    ).toEqual([]);
  });

  it('can reach every conditional material from some rule', () => {
    expect(
      offenders((i) => {
        const reachable = new Set(i.situations.rules.flatMap((r) => r.addMaterials));
        return i.materials.some((m) => m.requirement === 'conditional' && !reachable.has(m.key));
      }),
    ).toEqual([]);
  });

  it('gives every rule an effect and every question a rule', () => {
    expect(
      offenders((i) =>
        i.situations.rules.some((r) => r.addMaterials.length === 0 && r.addConditions.length === 0),
      ),
    ).toEqual([]);
    expect(
      offenders((i) =>
        i.situations.questions.some((q) => !i.situations.rules.some((r) => r.when.question === q.key)),
      ),
    ).toEqual([]);
  });

  it('adds the 冷食类 layout to the new food licence only when the applicant sells cold food', () => {
    const food = items.find((i) => i.name === '食品经营许可（新办）' && i.regionCode === '330703');
    expect(food).toBeDefined();
    const added = (question: string, option: string) =>
      food!.situations.rules
        .filter((r) => r.when.question === question && r.when.option === option)
        .flatMap((r) => r.addMaterials);
    expect(added('category', 'cold')).toContain('cold_food_layout');
    expect(added('category', 'hot_only')).not.toContain('cold_food_layout');
    expect(added('online', 'yes')).toContain('online_statement');
    expect(added('applicant', 'agent')).toEqual(expect.arrayContaining(['agent_auth', 'agent_id']));
  });
});

describe('demo catalog: bundles (一件事)', () => {
  it('has at least 15 bundles, including every named life event', () => {
    expect(bundles.length).toBeGreaterThanOrEqual(15);
    const names = new Set(bundles.map((b) => b.name));
    expect(NAMED_BUNDLES.filter((n) => !names.has(`${n}一件事`))).toEqual([]);
  });

  it('has unique bundle codes and names', () => {
    expect(new Set(bundles.map((b) => b.code)).size).toBe(bundles.length);
    expect(new Set(bundles.map((b) => b.name)).size).toBe(bundles.length);
  });

  it('lists only existing items, each once', () => {
    for (const b of bundles) {
      expect(
        b.memberImplCodes.filter((c) => !byImplCode.has(c)),
        b.name,
      ).toEqual([]);
      expect(new Set(b.memberImplCodes).size, b.name).toBe(b.memberImplCodes.length);
    }
  });

  it('spans two or more departments, with a member item of the lead department', () => {
    for (const b of bundles) {
      const members = b.memberImplCodes.map((c) => byImplCode.get(c)!);
      expect(new Set(members.map((m) => m.departmentKey)).size, b.name).toBeGreaterThanOrEqual(2);
      expect(
        members.some((m) => m.departmentKey === b.leadDepartmentKey),
        b.name,
      ).toBe(true);
    }
  });

  it('promises no less than its slowest member and no more than the members one after another', () => {
    for (const b of bundles) {
      const days = b.memberImplCodes.map((c) => byImplCode.get(c)!.promisedDays);
      expect(b.promisedDays, b.name).toBeGreaterThanOrEqual(Math.max(...days));
      expect(b.promisedDays, b.name).toBeLessThanOrEqual(days.reduce((a, d) => a + d, 0));
    }
    const sums = bundles.map((b) =>
      b.memberImplCodes.reduce((a, c) => a + byImplCode.get(c)!.promisedDays, 0),
    );
    expect(bundles.filter((b, i) => b.promisedDays < sums[i]!).length).toBeGreaterThanOrEqual(10);
  });

  it('builds 开餐馆 from licence, food, signboard, fire and drainage items', () => {
    const restaurant = bundles.find((b) => b.code === 'YJS-KCG');
    const memberNames = restaurant?.memberImplCodes.map((c) => byImplCode.get(c)!.name) ?? [];
    expect(memberNames).toEqual(
      expect.arrayContaining([
        '个体工商户设立登记',
        '食品经营许可（新办）',
        '户外招牌设置备案（店招店牌）',
        '城镇污水排入排水管网许可证核发',
      ]),
    );
    expect(restaurant?.keywords).toEqual(expect.arrayContaining(['餐馆', '饭店', '开饭店']));
  });

  it('asks for each material once in every bundle’s merged list', () => {
    const byCode = new Map(items.map((i) => [i.implCode, i]));
    const repeated = bundles.flatMap((b) => {
      const members = b.memberImplCodes.flatMap((c) => byCode.get(c) ?? []);
      const names = mergeBundle(members, b.promisedDays).materials.map((m) => m.name);
      return names.filter((n, k) => names.indexOf(n) !== k).map((n) => `${b.code}: ${n}`);
    });
    expect(repeated).toEqual([]);
  });
});

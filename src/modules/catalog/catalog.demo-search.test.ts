import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../tests/support/app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

type Result = {
  items: {
    name: string;
    implCode: string;
    departmentName: string;
    segments: { text: string; hit: boolean }[];
  }[];
  total: number;
  facets: {
    departments: { value: string; label: string; count: number }[];
    levels: { value: string; count: number }[];
  };
  bundles: { code: string; name: string }[];
};
const search = async (query: string) => (await t.anon().get<Result>(`/api/v1/items?${query}`)).body;
const names = (r: Result) => r.items.map((i) => i.name);

// The demo catalog (242 items, 19 bundles) and its synonyms are in every test database.
describe('search over the demo catalog: a fixed set of citizens’ queries', () => {
  it('开餐馆 finds the food business licence and the 开餐馆 bundle first', async () => {
    const r = await search(`q=${encodeURIComponent('开餐馆')}`);
    expect(r.bundles[0]?.code).toBe('YJS-KCG');
    expect(names(r)).toContain('食品经营许可（新办）');
  });

  it('办身份证 finds the ID card items, with 身份证 highlighted', async () => {
    const r = await search(`q=${encodeURIComponent('办身份证')}`);
    expect(
      names(r)
        .slice(0, 4)
        .every((n) => n.includes('身份证')),
    ).toBe(true);
    expect(names(r)).toEqual(
      expect.arrayContaining(['居民身份证首次申领', '居民身份证换领', '居民身份证补领']),
    );
    const first = r.items[0];
    expect(
      first?.segments
        .filter((s) => s.hit)
        .map((s) => s.text)
        .join(''),
    ).toContain('身份证');
  });

  it('生孩子 finds the birth bundle and the birth certificate', async () => {
    const r = await search(`q=${encodeURIComponent('生孩子')}`);
    expect(r.bundles.map((b) => b.code)).toContain('YJS-CS');
    expect(names(r)).toEqual(expect.arrayContaining(['出生医学证明首次签发', '出生登记（新生儿落户）']));
  });

  it('ranks a name match above a keyword match: 营业执照 puts items named so first', async () => {
    const r = await search(`q=${encodeURIComponent('营业执照')}`);
    expect(r.items[0]?.name).toContain('营业执照');
  });

  it('counts facets over the matches and filters by them', async () => {
    const all = await search(`q=${encodeURIComponent('食品经营许可')}&pageSize=50`);
    expect(all.total).toBe(6);
    const byDepartment = all.facets.departments.map((d) => [d.label, d.count]);
    expect(byDepartment).toEqual(
      expect.arrayContaining([
        ['金东区市场监督管理局', 4],
        ['婺城区市场监督管理局', 2],
      ]),
    );
    const jindong = all.facets.departments.find((d) => d.label === '金东区市场监督管理局');
    const filtered = await search(`q=${encodeURIComponent('食品经营许可')}&department=${jindong?.value}`);
    expect(filtered.total).toBe(4);
    // The department facet still lists both, so the user can switch.
    expect(filtered.facets.departments).toHaveLength(2);
  });

  it('limits to a region by code prefix', async () => {
    const r = await search(`q=${encodeURIComponent('食品经营许可')}&region=330702`);
    expect(r.total).toBe(2);
  });

  it('pages through the whole catalog without a query', async () => {
    const page1 = await search('pageSize=100&page=1');
    const page3 = await search('pageSize=100&page=3');
    expect(page1.total).toBe(242);
    expect(page1.items).toHaveLength(100);
    expect(page3.items).toHaveLength(42);
  });

  it('answers an empty result, not an error, for a query of punctuation or nonsense', async () => {
    expect((await search(`q=${encodeURIComponent('！？')}`)).total).toBe(0);
    expect((await search(`q=${encodeURIComponent('量子引力许可')}`)).total).toBe(0);
  });
});

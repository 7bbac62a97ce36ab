import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { foodLicenceItem } from '../../../tests/fixtures/catalog';
import { createTestApp, type TestApp } from '../../../tests/support/app';
import { queryRows } from '../../server/db/sql';
import { searchItems } from './catalog.service';
import { bestMatches, byCodePoint, SearchIndex, type Alternative } from './catalog.search';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** Each case: the tsvector as the catalog writes it, the query's alternatives, and ts_rank worked out by hand. */
const CASES: { label: string; vector: string; alternatives: Alternative[]; byHand: number }[] = [
  {
    // (w + Σw/i² − w) / (π²/6) = 1 / 1.64493406685
    label: 'one term once, in the name (weight A)',
    vector: `setweight(to_tsvector('simple', '许可'), 'A')`,
    alternatives: [['许可']],
    byHand: 0.6079271,
  },
  {
    // positions 1A and 3B: (1 + (1 + 0.4/4) − 1) / 1.64493406685
    label: 'one term in the name and among the keywords',
    vector: `setweight(to_tsvector('simple', '许可 食品'), 'A') || setweight(to_tsvector('simple', '许可'), 'B')`,
    alternatives: [['许可']],
    byHand: 0.6687198,
  },
  {
    // 食品 at 1, 经营 at 3: sqrt(1 · 1 · 1/(1.005 + 0.05·e^(2/1.5 − 2))) = sqrt(0.9702418)
    label: 'two terms of one alternative, two positions apart',
    vector: `setweight(to_tsvector('simple', '食品 品经 经营 营许 许可'), 'A')`,
    alternatives: [['食品', '经营']],
    byHand: 0.9850085,
  },
  {
    // Three operands, only 餐饮 present, at weight C: ((0.2 + 0.2 − 0.2) / 1.64493406685) / 3
    label: 'several alternatives, one matching at weight C',
    vector: `setweight(to_tsvector('simple', '小吃'), 'A') || setweight(to_tsvector('simple', '餐饮'), 'C')`,
    alternatives: [['开餐', '餐馆'], ['餐饮']],
    byHand: 0.0405285,
  },
  {
    label: 'a Latin word among bigrams, both alternatives matching',
    vector: `setweight(to_tsvector('simple', 'icp 备案 案许'), 'A') || setweight(to_tsvector('simple', '备案 网站'), 'B')`,
    alternatives: [['icp', '备案'], ['网站']],
    byHand: 0.5066059,
  },
];

describe('the in-process search index ranks as PostgreSQL’s ts_rank does', () => {
  it.each(CASES)('$label', async ({ vector, alternatives, byHand }) => {
    const tsquery = alternatives.map((a) => `(${a.map((term) => `'${term}'`).join(' & ')})`).join(' | ');
    const [row] = await queryRows<{ v: string; rank: string }>(
      t.database.db,
      sql`select (${sql.raw(vector)})::text as v,
        ts_rank(${sql.raw(vector)}, to_tsquery('simple', ${tsquery}))::text as rank`,
    );
    const index = new SearchIndex([{ doc: 'doc', vector: row!.v }]);
    const { docs, ranks } = index.search(alternatives, () => true);
    expect([...docs]).toEqual([0]);
    expect(ranks[0]).toBe(Math.fround(Number(row!.rank)));
    expect(ranks[0]).toBeCloseTo(byHand, 6);
  });

  it('matches a document only when it has every term of some alternative, and keeps document order on ties', () => {
    const index = new SearchIndex([
      { doc: 'a', vector: `'食品':1A '经营':2A` },
      { doc: 'b', vector: `'食品':1A` },
      { doc: 'c', vector: `'食品':1A '经营':2A` },
      { doc: 'd', vector: `'经营':1A 'icp':2B` },
    ]);
    const found = (alternatives: Alternative[], keep: (d: string) => boolean = () => true) =>
      [...index.search(alternatives, keep).docs].map((d) => index.docs[d]);
    expect(found([['食品', '经营']])).toEqual(['a', 'c']);
    expect(found([['食品', '经营'], ['icp']])).toEqual(['a', 'c', 'd']);
    expect(found([['食品']], (d) => d !== 'a')).toEqual(['b', 'c']);
    expect(found([['无关']])).toEqual([]);
  });

  it('pages the best matches by rank, equal ranks in document order, counting what the filter lets through', () => {
    const matches = {
      docs: Int32Array.from([0, 1, 2, 3, 4, 5]),
      ranks: Float64Array.from([0.2, 0.9, 0.5, 0.9, 0.1, 0.5]),
    };
    expect(bestMatches(matches, 4, () => true)).toEqual({ best: [1, 3, 2, 5], accepted: 6 });
    expect(bestMatches(matches, 2, (d) => d !== 1)).toEqual({ best: [3, 2], accepted: 5 });
    expect(bestMatches(matches, 10, (d) => d >= 4)).toEqual({ best: [5, 4], accepted: 2 });
  });

  it('orders names by code point, as the database’s collation (C.UTF-8) does', async () => {
    const names = ['许可（新办）', '许可', '许可𠀀', 'Z', 'a', '许可\uff08'];
    const rows = await queryRows<{ n: string }>(
      t.database.db,
      sql`select n from jsonb_array_elements_text(${JSON.stringify(names)}::jsonb) as n order by n`,
    );
    expect([...names].sort(byCodePoint)).toEqual(rows.map((r) => r.n));
  });
});

describe('freshness of the index', () => {
  it('shows an item another process published once this process checks again (every 5 s)', async () => {
    const admin = await t.as('admin');
    const here = t.database.anotherHandle();
    const ctx = { db: here, config: { ...t.config, searchCacheSeconds: 0 }, requestId: null };
    const query = { q: '饕餮许可', page: 1, pageSize: 20 };
    expect((await searchItems(ctx, query)).total).toBe(0);

    const item = foodLicenceItem({
      implCode: foodLicenceItem().implCode.slice(0, -3) + '777',
      name: '饕餮许可（测试）',
    });
    const created = await admin.post<{ id: string }>('/api/v1/catalog/items', item);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect((await admin.post(`/api/v1/catalog/items/${created.body.id}/publish`)).status).toBe(200);
    // The publishing process sees it at once; this one has not looked yet.
    expect(
      (await t.anon().get<{ total: number }>(`/api/v1/items?q=${encodeURIComponent('饕餮许可')}`)).body.total,
    ).toBe(1);
    expect((await searchItems(ctx, query)).total).toBe(0);

    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 6000 });
    try {
      await expect
        .poll(async () => (await searchItems(ctx, query)).items.map((i) => i.name))
        .toEqual(['饕餮许可（测试）']);
    } finally {
      vi.useRealTimers();
    }
  });
});

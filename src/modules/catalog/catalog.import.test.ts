import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../tests/support/app';
import { businessLicenceItem, foodLicenceItem } from '../../../tests/fixtures/catalog';
import { auditLog } from '../audit/audit.tables';
import { importCatalog } from './catalog.import';
import { catalogItems, catalogItemVersions } from './catalog.tables';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const ctx = () => ({ db: t.database.db, config: t.config, actor: null, requestId: 'import-test', ip: null });
const bundle = {
  code: 'YJS-IMPORT',
  name: '导入测试一件事',
  regionCode: '330703',
  lifeCycle: 'business',
  lifeEvent: '开办',
  description: '测试',
  leadDepartmentKey: 'market',
  memberImplCodes: [businessLicenceItem().implCode, foodLicenceItem().implCode],
  promisedDays: 5,
};

describe('catalog import', () => {
  it('reports every problem with its sheet, row and field, and writes nothing', async () => {
    const before = await t.database.db.select().from(catalogItems);
    const result = await importCatalog(ctx(), {
      items: [
        foodLicenceItem(),
        foodLicenceItem({ promisedDays: 30 }),
        { ...businessLicenceItem(), departmentKey: 'nasa' },
        { name: 'only a name' },
        {
          ...businessLicenceItem(),
          implCode: `${businessLicenceItem().implCode.slice(0, 30)}002`,
          departmentKey: 'nasa',
        },
      ],
      bundles: [{ ...bundle, memberImplCodes: ['Q'.repeat(33), foodLicenceItem().implCode] }],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const located = result.problems.map((p) => [p.sheet, p.row, p.field, p.code]);
    expect(located).toContainEqual(['items', 1, 'promisedDays', 'PROMISED_EXCEEDS_STATUTORY']);
    expect(located).toContainEqual(['items', 1, 'implCode', 'IMPL_CODE_DUPLICATE']);
    expect(located).toContainEqual(['items', 2, 'departmentKey', 'DEPARTMENT_UNKNOWN']);
    expect(located).toContainEqual(['items', 3, 'baseCode', 'INVALID']);
    // Row 3 fails to parse; the unknown department at row 4 keeps its own row number.
    expect(located).toContainEqual(['items', 4, 'departmentKey', 'DEPARTMENT_UNKNOWN']);
    expect(located).toContainEqual(['bundles', 0, 'memberImplCodes.0', 'MEMBER_UNKNOWN']);
    expect(await t.database.db.select().from(catalogItems)).toEqual(before);
  });

  it('imports items published and a bundle; a second import of the same data changes nothing', async () => {
    const data = { items: [foodLicenceItem(), businessLicenceItem()], bundles: [bundle] };
    expect(await importCatalog(ctx(), data)).toEqual({
      ok: true,
      created: 2,
      updated: 0,
      unchanged: 0,
      bundles: 1,
    });
    const auditBefore = (await t.database.db.select().from(auditLog)).length;
    const versionsBefore = await t.database.db.select().from(catalogItemVersions);

    expect(await importCatalog(ctx(), data)).toEqual({
      ok: true,
      created: 0,
      updated: 0,
      unchanged: 2,
      bundles: 1,
    });
    expect(await t.database.db.select().from(catalogItemVersions)).toEqual(versionsBefore);
    expect((await t.database.db.select().from(auditLog)).length).toBe(auditBefore);
    const found = await t.anon().get<{ total: number }>('/api/v1/items?q=营业执照');
    expect(found.body.total).toBeGreaterThanOrEqual(1);
  });

  it('a changed row becomes a new published version', async () => {
    const result = await importCatalog(ctx(), {
      items: [foodLicenceItem({ promisedDays: 2 }), businessLicenceItem()],
      bundles: [],
    });
    expect(result).toEqual({ ok: true, created: 0, updated: 1, unchanged: 1, bundles: 0 });
    const versions = await t.database.db.select().from(catalogItemVersions);
    expect(
      versions
        .filter((v) => v.data.implCode === foodLicenceItem().implCode)
        .map((v) => [v.version, v.status])
        .sort(),
    ).toEqual([
      [1, 'superseded'],
      [2, 'published'],
    ]);
  });

  it('an item stored before a field was added (its materials without file ids) is unchanged by the same row', async () => {
    await t.database.superSql(`update catalog_item_versions set data = jsonb_set(data, '{materials}',
      (select jsonb_agg(m - 'blankFormFileId' - 'sampleFileId') from jsonb_array_elements(data->'materials') m))`);
    const versionsBefore = await t.database.db.select().from(catalogItemVersions);
    expect(versionsBefore.some((v) => 'blankFormFileId' in (v.data.materials[0] ?? {}))).toBe(false);
    const result = await importCatalog(ctx(), {
      items: [foodLicenceItem({ promisedDays: 2 }), businessLicenceItem()],
      bundles: [],
    });
    expect(result).toEqual({ ok: true, created: 0, updated: 0, unchanged: 2, bundles: 0 });
    expect(await t.database.db.select().from(catalogItemVersions)).toEqual(versionsBefore);
  });
});

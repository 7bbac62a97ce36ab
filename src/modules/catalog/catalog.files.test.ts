import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../../tests/support/app';
import { foodLicenceItem, MARKET_BODY_CODE } from '../../../tests/fixtures/catalog';
import { pdfBytes, pngBytes, uploadFile } from '../../../tests/support/files';
import { CSRF_HEADER } from '../../shared/auth.contract';
import { makeCreditCode, makeOrgCode } from '../../shared/identity';
import { itemInputSchema, type ItemInputRaw } from '../../shared/catalog.contract';
import { pruneUnreferencedFiles } from '../files/files.prune';
import { storedFiles } from '../files/files.tables';
import { catalogToWorkbook, XLSX_CONTENT_TYPE } from './catalog.excel';
import { catalogItems, catalogItemVersions, publishedVersionOf } from './catalog.tables';

let t: TestApp;
let admin: Client;
let deptAdmin: Client;
let citizen: Client;
beforeAll(async () => {
  t = await createTestApp();
  [admin, deptAdmin, citizen] = await Promise.all([t.as('admin'), t.as('dept_admin'), t.as('citizen')]);
});
afterAll(() => t.close());

const implCode = (serial: string) => `${MARKET_BODY_CODE}010105001000${serial}`;
const BLANK_NAME = '空白表格.pdf';
const BLANK_BYTES = pdfBytes(900);
const SAMPLE_BYTES = pngBytes();

async function upload(client: Client, data: Buffer, filename: string, type: string): Promise<string> {
  const res = await uploadFile(t, client, { data, filename, type });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return String(res.body.id);
}
const uploadPdf = (client: Client, name = 'form.pdf') => upload(client, pdfBytes(), name, 'application/pdf');

/** The food licence under its own code, with files on its first material (申请书). */
function itemWithFiles(
  serial: string,
  files: { blankFormFileId?: string | null; sampleFileId?: string | null },
): ItemInputRaw {
  const item = foodLicenceItem({ implCode: implCode(serial) });
  const [first, ...rest] = item.materials;
  return { ...item, materials: [{ ...first!, ...files }, ...rest] };
}

type Item = { id: string; implCode: string };
async function create(client: Client, item: ItemInputRaw): Promise<Item> {
  const res = await client.post<Item>('/api/v1/catalog/items', item);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}
async function publish(client: Client, id: string): Promise<void> {
  const res = await client.post(`/api/v1/catalog/items/${id}/publish`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
}
const saveDraft = (client: Client, id: string, item: ItemInputRaw) =>
  client.request('PUT', `/api/v1/catalog/items/${id}/draft`, { body: item });
const fileUrl = (code: string, key: string, kind: string) => `/api/v1/items/${code}/materials/${key}/${kind}`;

describe('saving a material that refers to files', () => {
  it("refuses a file the account did not upload, and an unknown one, at each material's field", async () => {
    const foreign = await uploadPdf(citizen);
    const res = await admin.post(
      '/api/v1/catalog/items',
      itemWithFiles('081', { blankFormFileId: foreign, sampleFileId: randomUUID() }),
    );
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.details).toEqual([
      expect.objectContaining({ field: 'materials.0.blankFormFileId', code: 'FILE_UNKNOWN' }),
      expect.objectContaining({ field: 'materials.0.sampleFileId', code: 'FILE_UNKNOWN' }),
    ]);
    const [row] = await t.database.db
      .select({ id: catalogItems.id })
      .from(catalogItems)
      .where(eq(catalogItems.implCode, implCode('081')));
    expect(row).toBeUndefined();
  });

  it('refuses a malformed file id as the schema does', async () => {
    const res = await admin.post('/api/v1/catalog/items', itemWithFiles('082', { blankFormFileId: 'nope' }));
    expect(res.status).toBe(400);
    expect(res.body.details).toEqual([expect.objectContaining({ field: 'materials.0.blankFormFileId' })]);
  });

  it("lets another editor keep the item's files, but not add someone else's", async () => {
    const kept = await uploadPdf(admin);
    const item = await create(admin, itemWithFiles('083', { blankFormFileId: kept }));
    // dept_admin did not upload `kept`, but the item's earlier version refers to it.
    const same = await saveDraft(deptAdmin, item.id, itemWithFiles('083', { blankFormFileId: kept }));
    expect(same.status, JSON.stringify(same.body)).toBe(200);
    const adminsOther = await uploadPdf(admin);
    const other = await saveDraft(deptAdmin, item.id, itemWithFiles('083', { sampleFileId: adminsOther }));
    expect(other.status).toBe(400);
    expect(other.body.details).toEqual([
      expect.objectContaining({ field: 'materials.0.sampleFileId', code: 'FILE_UNKNOWN' }),
    ]);
    const own = await uploadPdf(deptAdmin);
    const withOwn = await saveDraft(deptAdmin, item.id, itemWithFiles('083', { sampleFileId: own }));
    expect(withOwn.status, JSON.stringify(withOwn.body)).toBe(200);
  });
});

describe('adoption (认领) of an item with files', () => {
  it("lets a county's center admin adopt a city item's published forms, which it did not upload", async () => {
    const cityBody = makeCreditCode(`11330700${makeOrgCode('00242001')}`);
    const countyBody = makeCreditCode(`11330703${makeOrgCode('00242002')}`);
    const blank = await uploadPdf(admin);
    const city = await create(admin, {
      ...itemWithFiles('089', { blankFormFileId: blank }),
      baseCode: '010120002000',
      implCode: `${cityBody}010120002000089`,
      regionCode: '3307',
      level: 3,
      departmentKey: 'housing',
      implementingBody: { name: '金华市住房和城乡建设局', creditCode: cityBody, nature: 'statutory' },
    });
    await publish(admin, city.id);
    const centerAdmin = await t.as('center_admin');
    const res = await centerAdmin.post<Item>(`/api/v1/catalog/items/${city.id}/adopt`, {
      regionCode: '330703',
      implementingBody: { name: '金华市金东区住房和城乡建设局', creditCode: countyBody, nature: 'statutory' },
      serial: '001',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const v1 = await centerAdmin.get<{ data: { materials: { blankFormFileId: string | null }[] } }>(
      `/api/v1/catalog/items/${res.body.id}/versions/1`,
    );
    expect(v1.body.data.materials[0]?.blankFormFileId).toBe(blank);
  });
});

describe('the public download of a material file', () => {
  let item: Item;
  let blank: string;
  beforeAll(async () => {
    blank = await upload(admin, BLANK_BYTES, BLANK_NAME, 'application/pdf');
    const sample = await upload(admin, SAMPLE_BYTES, 'sample.png', 'image/png');
    item = await create(admin, itemWithFiles('084', { blankFormFileId: blank, sampleFileId: sample }));
  });

  it('is 404 while the files are only in a draft', async () => {
    const res = await t.anon().get(fileUrl(item.implCode, 'application', 'blank-form'));
    expect(res.status).toBe(404);
  });

  it('serves the exact bytes of the published version, as an attachment, without signing in', async () => {
    await publish(admin, item.id);
    const blankRes = await t.anon().get(fileUrl(item.implCode, 'application', 'blank-form'));
    expect(blankRes.status).toBe(200);
    expect(blankRes.raw.rawPayload.equals(BLANK_BYTES)).toBe(true);
    expect(blankRes.headers['content-type']).toBe('application/pdf');
    expect(blankRes.headers['content-disposition']).toBe(
      `attachment; filename="____.pdf"; filename*=UTF-8''%E7%A9%BA%E7%99%BD%E8%A1%A8%E6%A0%BC.pdf`,
    );
    const sampleRes = await t.anon().get(fileUrl(item.implCode, 'application', 'sample'));
    expect(sampleRes.status).toBe(200);
    expect(sampleRes.raw.rawPayload.equals(SAMPLE_BYTES)).toBe(true);
    expect(sampleRes.headers['content-type']).toBe('image/png');
    expect(sampleRes.headers['content-disposition']).toMatch(/^attachment; filename="sample\.png"/);
  });

  it('keeps serving the published file while a new draft has another, until that is published', async () => {
    const next = await upload(admin, pdfBytes(1200), 'v2.pdf', 'application/pdf');
    const saved = await saveDraft(admin, item.id, itemWithFiles('084', { blankFormFileId: next }));
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    const before = await t.anon().get(fileUrl(item.implCode, 'application', 'blank-form'));
    expect(before.raw.rawPayload.equals(BLANK_BYTES)).toBe(true);
    await publish(admin, item.id);
    const after = await t.anon().get(fileUrl(item.implCode, 'application', 'blank-form'));
    expect(after.status).toBe(200);
    expect(after.raw.rawPayload.length).toBe(1200);
    // The new version has no sample: it is gone from the guide too.
    expect((await t.anon().get(fileUrl(item.implCode, 'application', 'sample'))).status).toBe(404);
  });

  it('is 404 for a material without a file, an unknown material and an unknown item; 400 for another kind', async () => {
    const anon = t.anon();
    expect((await anon.get(fileUrl(item.implCode, 'business_license', 'blank-form'))).status).toBe(404);
    expect((await anon.get(fileUrl(item.implCode, 'ghost', 'blank-form'))).status).toBe(404);
    expect((await anon.get(fileUrl(implCode('099'), 'application', 'blank-form'))).status).toBe(404);
    expect((await anon.get(fileUrl(item.implCode, 'application', 'other'))).status).toBe(400);
  });

  it('reads versions stored before the fields existed: the guide still loads, with no files', async () => {
    const old = await create(admin, itemWithFiles('085', {}));
    await publish(admin, old.id);
    await t.database.superSql(
      `update catalog_item_versions set data = jsonb_set(data, '{materials}',
         (select jsonb_agg(m - 'blankFormFileId' - 'sampleFileId') from jsonb_array_elements(data->'materials') m))
       where item_id = '${old.id}'`,
    );
    const guide = await t
      .anon()
      .get<{ item: { materials: Record<string, unknown>[] } }>(`/api/v1/items/${old.implCode}`);
    expect(guide.status, JSON.stringify(guide.body)).toBe(200);
    expect(guide.body.item.materials[0]).not.toHaveProperty('blankFormFileId');
    expect(itemInputSchema.parse(guide.body.item).materials[0]?.blankFormFileId).toBeNull();
    const checklist = await t.anon().post(`/api/v1/items/${old.implCode}/checklist`, { answers: {} });
    expect(checklist.status).toBe(200);
    expect((await t.anon().get(fileUrl(old.implCode, 'application', 'blank-form'))).status).toBe(404);
  });
});

describe('the sweep of unreferenced uploads', () => {
  it('keeps an old file that only a catalog material refers to, even in a superseded version', async () => {
    const inSuperseded = await uploadPdf(admin);
    const inDraft = await uploadPdf(admin);
    const orphan = await uploadPdf(admin);
    const item = await create(admin, itemWithFiles('086', { blankFormFileId: inSuperseded }));
    await publish(admin, item.id);
    expect((await saveDraft(admin, item.id, itemWithFiles('086', { sampleFileId: inDraft }))).status).toBe(
      200,
    );
    await publish(admin, item.id);
    const ids = [inSuperseded, inDraft, orphan];
    const now = new Date();
    await t.database.db
      .update(storedFiles)
      .set({ createdAt: new Date(now.getTime() - 100 * 3600 * 1000) })
      .where(inArray(storedFiles.id, ids));

    const result = await t.database.db.transaction((tx) =>
      pruneUnreferencedFiles(tx, { now, orphanHours: 48 }),
    );
    expect(result.fileIds).toContain(orphan);
    const left = await t.database.db
      .select({ id: storedFiles.id })
      .from(storedFiles)
      .where(inArray(storedFiles.id, ids));
    expect(left.map((r) => r.id).sort()).toEqual([inSuperseded, inDraft].sort());
    const [superseded] = await t.database.db
      .select({ status: catalogItemVersions.status })
      .from(catalogItemVersions)
      .where(and(eq(catalogItemVersions.itemId, item.id), eq(catalogItemVersions.version, 1)));
    expect(superseded?.status).toBe('superseded');
  });
});

describe('the Excel material sheet', () => {
  async function importXlsx(client: Client, file: Buffer) {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/catalog/import',
      headers: {
        'content-type': XLSX_CONTENT_TYPE,
        cookie: `tb_session=${client.cookie}`,
        [CSRF_HEADER]: client.csrf ?? '',
      },
      payload: file,
    });
    return { status: res.statusCode, body: res.json<Record<string, unknown>>() };
  }
  /** The 申请材料 sheet and the letter of a column, by its key in row 2. */
  async function materialSheet(file: Buffer) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet('申请材料');
    if (!ws) throw new Error('no 申请材料 sheet');
    const column = (key: string) => {
      const row = ws.getRow(2);
      for (let i = 1; i <= row.cellCount; i++) if (row.getCell(i).value === key) return i;
      throw new Error(`no column ${key}`);
    };
    return { wb, ws, column, save: async () => Buffer.from(await wb.xlsx.writeBuffer()) };
  }

  it('writes the file ids and refuses, at the cell, one the importer may not use', async () => {
    const foreign = await uploadPdf(citizen);
    const item = itemInputSchema.parse(itemWithFiles('087', { sampleFileId: foreign }));
    const { ws, column } = await materialSheet(await catalogToWorkbook([item], [], []));
    expect(ws.getCell(3, column('sampleFileId')).value).toBe(foreign);
    expect(ws.getCell(3, column('blankFormFileId')).value).toBeNull();

    const res = await importXlsx(admin, await catalogToWorkbook([item], [], []));
    expect(res.status).toBe(400);
    const letter = ws.getColumn(column('sampleFileId')).letter;
    expect(res.body.details).toEqual([
      expect.objectContaining({
        sheet: '申请材料',
        row: 3,
        column: letter,
        header: '示例样表文件编号',
        field: 'sampleFileId',
        code: 'FILE_UNKNOWN',
      }),
    ]);
  });

  it("imports an uploader's own file, and keeps stored files when the columns are left out", async () => {
    const own = await uploadPdf(admin);
    const item = itemInputSchema.parse(itemWithFiles('088', { blankFormFileId: own }));
    const first = await importXlsx(admin, await catalogToWorkbook([item], [], []));
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body).toMatchObject({ created: 1 });

    // An older template: no file columns at all. The note changes, the file stays.
    const older = await materialSheet(
      await catalogToWorkbook(
        [{ ...item, materials: item.materials.map((m, i) => (i === 0 ? { ...m, note: '新备注' } : m)) }],
        [],
        [],
      ),
    );
    older.ws.spliceColumns(older.column('blankFormFileId'), 2);
    const second = await importXlsx(admin, await older.save());
    expect(second.status, JSON.stringify(second.body)).toBe(200);
    expect(second.body).toMatchObject({ updated: 1 });
    const [row] = await t.database.db
      .select({ data: catalogItemVersions.data })
      .from(catalogItems)
      .innerJoin(catalogItemVersions, publishedVersionOf)
      .where(eq(catalogItems.implCode, implCode('088')));
    expect(row?.data.materials[0]).toMatchObject({
      note: '新备注',
      blankFormFileId: own,
      sampleFileId: null,
    });
    const download = await t.anon().get(fileUrl(implCode('088'), 'application', 'blank-form'));
    expect(download.status).toBe(200);
  });
});

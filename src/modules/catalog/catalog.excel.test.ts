import ExcelJS from 'exceljs';
import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../../tests/support/app';
import {
  businessLicenceItem,
  foodLicenceItem,
  MARKET_BODY_CODE,
  parsedFoodLicence,
} from '../../../tests/fixtures/catalog';
import {
  bundleInputSchema,
  ITEM_TYPES,
  itemInputSchema,
  ONLINE_DEPTHS,
  type BundleInput,
  type ItemInput,
  type ItemInputRaw,
} from '../../shared/catalog.contract';
import { CSRF_HEADER } from '../../shared/auth.contract';
import { auditLog } from '../audit/audit.tables';
import { catalogToWorkbook, workbookToCatalog, XLSX_CONTENT_TYPE } from './catalog.excel';
import { importCatalog } from './catalog.import';
import { catalogItems, catalogItemVersions, publishedVersionOf } from './catalog.tables';

let t: TestApp;
let admin: Client;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.as('admin');
});
afterAll(() => t.close());

/** A system caller (no actor), as the seed imports. */
const systemCtx = () => {
  const ctx = { db: t.database.db, config: t.config, actor: null, requestId: 'excel-test', ip: null };
  return ctx;
};

type Detail = {
  sheet: string;
  row: number | null;
  column: string | null;
  header: string | null;
  field: string;
  code: string;
  message: string;
};
type Reply = { status: number; body: Record<string, unknown> & { code?: string; details?: Detail[] } };

/** POSTs raw bytes the way the console's upload does: session cookie, CSRF header, the xlsx type. */
async function upload(
  app: TestApp,
  client: Client | null,
  payload: Buffer | string,
  headers: Record<string, string> = {},
): Promise<Reply> {
  const res = await app.app.inject({
    method: 'POST',
    url: '/api/v1/catalog/import',
    headers: {
      'content-type': XLSX_CONTENT_TYPE,
      ...(client?.cookie ? { cookie: `tb_session=${client.cookie}` } : {}),
      ...(client?.csrf ? { [CSRF_HEADER]: client.csrf } : {}),
      ...headers,
    },
    payload,
  });
  return { status: res.statusCode, body: res.json() };
}

async function download(app: TestApp, client: Client, url: string) {
  const res = await app.app.inject({
    method: 'GET',
    url,
    headers: { cookie: `tb_session=${client.cookie}` },
  });
  return { status: res.statusCode, headers: res.headers, file: res.rawPayload };
}

/** Every published item's content, by implementation code. */
async function published(app: TestApp) {
  const rows = await app.database.db
    .select({ implCode: catalogItems.implCode, data: catalogItemVersions.data })
    .from(catalogItems)
    .innerJoin(catalogItemVersions, publishedVersionOf);
  return new Map(rows.map((r) => [r.implCode, r.data]));
}

async function itemCount(app: TestApp) {
  const [row] = await app.database.db.select({ n: count() }).from(catalogItems);
  return row?.n ?? 0;
}

const codeWithSerial = (serial: string) => `${MARKET_BODY_CODE}010105001000${serial}`;

/** Two steps, the second in another department, and two special procedures. */
const FULL_PROCESS = {
  steps: [
    { key: 'check', name: '审查', role: 'reviewer' as const, limitDays: 2 },
    {
      key: 'health_review',
      name: '卫健会审',
      role: 'reviewer' as const,
      departmentKey: 'health',
      limitDays: 1,
    },
  ],
  specialProcedures: ['hearing' as const, 'expert' as const],
};

/** An item with every optional part filled in, and entries that tempt a naive reader. */
function fullItem(): ItemInputRaw {
  return foodLicenceItem({
    implCode: codeWithSerial('009'),
    name: '食品经营许可（变更）',
    aliases: ['食品经营许可证变更', '变更食品经营许可'],
    keywords: ['餐饮', '变更'],
    type: '01',
    level: 5,
    subItem: { code: '01010502', name: '食品经营许可变更' },
    implementingBody: {
      name: '金华市金东区市场监督管理局',
      creditCode: MARKET_BODY_CODE,
      nature: 'authorized',
    },
    serviceObjects: [1, 2, 3, 4, 5, 6],
    themes: ['餐饮', '食品'],
    legalBasis: [
      {
        law: '《中华人民共和国食品安全法》',
        article: '第三十五条',
        text: '国家对食品生产经营实行许可制度。',
      },
      { law: '《食品经营许可和备案管理办法》', article: '', text: '' },
      {
        law: '《浙江省食品小作坊小餐饮店小食杂店和食品摊贩管理规定》',
        article: '12',
        text: '第一款；第二款、第三款',
      },
    ],
    acceptanceConditions: ['已取得食品经营许可证', '变更事项、内容真实；材料齐全'],
    statutoryDays: 20,
    promisedDays: 3,
    caseType: 2,
    visits: 1,
    onlineDepth: 'III',
    handlingForms: [1, 4],
    fee: { free: false, amountYuan: 12.5, basis: '《行政事业性收费标准》（浙价费〔2020〕1号）' },
    places: ['金东区行政服务中心 3 号窗口', '=A1 不是公式'],
    booking: false,
    onlinePayment: true,
    postalDelivery: false,
    crossRegion: 'national',
    result: { kind: 'decision', name: '准予变更决定书', licenseType: null },
    faq: [
      { q: '变更地址需要重新办证吗？', a: '经营场所改变的，应当重新申请许可。' },
      { q: '多久办结？', a: '3 个工作日。\n材料齐全的当场受理。' },
    ],
    materials: [
      {
        key: 'application',
        name: '变更申请书',
        requirement: 'always',
        form: 'original',
        count: 2,
        issuer: '',
        trustLevel: 'D',
        note: '加盖公章',
        licenseType: null,
        proofItem: '经营场所证明',
        sharedKey: 'food_change_form',
      },
      {
        key: 'old_licence',
        name: '原食品经营许可证',
        requirement: 'conditional',
        form: 'electronic',
        count: 1,
        issuer: '市场监督管理部门',
        trustLevel: 'A',
        licenseType: '食品经营许可证',
      },
    ],
    situations: {
      questions: [
        {
          key: 'paper',
          text: '是否持有纸质证书',
          options: [
            { key: 'yes', label: '是' },
            { key: 'no', label: '否：仅有电子证照' },
            { key: 'lost', label: '已遗失' },
          ],
        },
      ],
      rules: [
        { when: { question: 'paper', option: 'yes' }, addMaterials: ['old_licence'], addConditions: [] },
        {
          when: { question: 'paper', option: 'lost' },
          addMaterials: [],
          addConditions: ['已登报声明作废', '承诺原证不再使用'],
        },
      ],
    },
    process: FULL_PROCESS,
  });
}

const bundle = (): BundleInput =>
  bundleInputSchema.parse({
    code: 'YJS-EXCEL',
    name: '开餐馆一件事',
    regionCode: '330703',
    lifeCycle: 'business',
    lifeEvent: '开办',
    description: '营业执照和食品经营许可一次办',
    leadDepartmentKey: 'market',
    memberImplCodes: [itemInputSchema.parse(businessLicenceItem()).implCode, parsedFoodLicence().implCode],
    promisedDays: 5,
    keywords: ['开饭店'],
  });

/** A workbook as Excel would show it, for tests that act as the clerk. */
async function open(file: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(file as unknown as ExcelJS.Buffer);
  const sheet = (name: string) => {
    const ws = wb.getWorksheet(name);
    if (!ws) throw new Error(`no sheet ${name}`);
    return ws;
  };
  /** The letter of the column whose key (row 2) is `key`. */
  const letter = (name: string, key: string): string => {
    const row = sheet(name).getRow(2);
    for (let i = 1; i <= row.cellCount; i++) {
      const cell = row.getCell(i);
      if (cell.value === key) return cell.address.replace(/\d+$/, '');
    }
    throw new Error(`no column ${key} in ${name}`);
  };
  /** The row whose `key` column holds `value` (and, for child sheets, whose 实施编码 is `implCode`). */
  const rowOf = (name: string, key: string, value: string, implCode?: string) => {
    const ws = sheet(name);
    for (let r = 3; r <= ws.rowCount; r++) {
      if (ws.getCell(`${letter(name, key)}${r}`).value !== value) continue;
      if (implCode && ws.getCell(`${letter(name, 'implCode')}${r}`).value !== implCode) continue;
      return r;
    }
    throw new Error(`no row with ${key}=${value} in ${name}`);
  };
  const save = async () => Buffer.from(await wb.xlsx.writeBuffer());
  return { wb, sheet, letter, rowOf, save };
}

describe('Excel workbook layout', () => {
  it('round-trips items with every optional part, bundles and synonyms exactly', async () => {
    const items: ItemInput[] = [
      parsedFoodLicence(),
      itemInputSchema.parse(businessLicenceItem()),
      itemInputSchema.parse(fullItem()),
    ];
    const synonyms = [
      { phrase: '开餐馆', expansions: ['餐饮', '食品经营'] },
      { phrase: '办证', expansions: ['许可'] },
    ];
    const book = await workbookToCatalog(await catalogToWorkbook(items, [bundle()], synonyms));
    expect(book.problems).toEqual([]);
    expect(book.items.map((i) => itemInputSchema.parse(i))).toEqual(items);
    expect(book.bundles.map((b) => bundleInputSchema.parse(b))).toEqual([bundle()]);
    expect(book.synonyms).toEqual(synonyms);
  });

  it('round-trips every value of every enum column', async () => {
    const pick = <T>(values: readonly T[], i: number): T => values[i % values.length] as T;
    const items = (Object.keys(ITEM_TYPES) as (keyof typeof ITEM_TYPES)[]).map((type, i) =>
      parsedFoodLicence({
        implCode: codeWithSerial(String(500 + i)),
        type,
        level: pick([1, 2, 3, 4, 5, 6], i),
        onlineDepth: pick(ONLINE_DEPTHS, i),
        visits: pick([0, 1, 2] as const, i),
        caseType: pick([1, 2], i),
        crossRegion: pick(['none', 'national', 'province', 'city', 'county'] as const, i),
        implementingBody: {
          ...parsedFoodLicence().implementingBody,
          nature: pick(['statutory', 'authorized', 'entrusted'] as const, i),
        },
        result: { kind: pick(['license', 'decision', 'certificate', 'other'] as const, i), name: '结果' },
        materials: parsedFoodLicence().materials.map((m, j) => ({
          ...m,
          form: pick(['original', 'copy', 'electronic'] as const, i + j),
          trustLevel: pick(['A', 'B', 'C', 'D'] as const, i + j),
        })),
      }),
    );
    const book = await workbookToCatalog(await catalogToWorkbook(items, [], []));
    expect(book.problems).toEqual([]);
    expect(book.items.map((i) => itemInputSchema.parse(i))).toEqual(items);
  });

  it('has one sheet per entity, a Chinese and a key header row, and dropdowns for enums', async () => {
    const res = await download(t, admin, '/api/v1/catalog/template.xlsx');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe(XLSX_CONTENT_TYPE);
    expect(res.headers['content-disposition']).toBe('attachment; filename="tongban-catalog-template.xlsx"');
    const { wb, sheet, letter } = await open(res.file);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      '说明',
      '事项',
      '法律依据',
      '申请材料',
      '情形问题',
      '情形规则',
      '常见问题',
      '办理流程',
      '一件事',
      '同义词',
    ]);
    const items = sheet('事项');
    expect(items.getCell('A1').value).toBe('实施编码');
    expect(items.getCell('A2').value).toBe('implCode');
    expect(items.getCell('A3').value).toMatch(/^[0-9A-Z]{33}$/);
    const trust = sheet('申请材料').getCell(`${letter('申请材料', 'trustLevel')}3`);
    expect(trust.dataValidation).toMatchObject({ type: 'list', formulae: ['"A,B,C,D"'] });
    const booking = items.getCell(`${letter('事项', 'booking')}3`);
    expect(booking.value).toBe('是');
    expect(booking.dataValidation).toMatchObject({ type: 'list', formulae: ['"是,否"'] });
    // The example's process: one row per step, in order, with the step's own columns.
    const steps = sheet('办理流程');
    const column = (key: string) => (r: number) => steps.getCell(`${letter('办理流程', key)}${r}`).value;
    expect([3, 4, 5, 6].map((r) => [column('order')(r), column('key')(r), column('limitDays')(r)])).toEqual([
      [1, 'review', 2],
      [2, 'site_check', 2],
      [3, 'decide', 1],
      [null, null, null],
    ]);
  });
});

describe('Excel import and export over HTTP', () => {
  it('the template imports cleanly, and a second import of it changes nothing', async () => {
    const template = (await download(t, admin, '/api/v1/catalog/template.xlsx')).file;
    const first = await upload(t, admin, template);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ ok: true, bundles: 1 });
    expect(Number(first.body.created) + Number(first.body.updated) + Number(first.body.unchanged)).toBe(2);

    const audits = (await t.database.db.select().from(auditLog)).length;
    const again = await upload(t, admin, template);
    expect(again).toEqual({
      status: 200,
      body: { ok: true, created: 0, updated: 0, unchanged: 2, bundles: 1 },
    });
    expect((await t.database.db.select().from(auditLog)).length).toBe(audits);
  });

  it('keeps stored processes for a file without 办理流程, and takes them from the sheet when it is there', async () => {
    // A database of its own: this test changes an item's process, and the round trip below compares
    // whole catalogs.
    const own = await createTestApp();
    try {
      const ownAdmin = await own.as('admin');
      const implCode = codeWithSerial('731');
      const process = {
        steps: [
          { key: 'check', name: '审查', role: 'reviewer' as const, limitDays: 3 },
          { key: 'sign', name: '签发', role: 'reviewer' as const, limitDays: 2 },
        ],
        specialProcedures: ['expert' as const],
      };
      const seeded = await importCatalog(
        { db: own.database.db, actor: null, requestId: 'excel-test' },
        { items: [foodLicenceItem({ implCode, process })], bundles: [] },
      );
      expect(seeded.ok).toBe(true);
      const before = (await published(own)).get(implCode);
      expect(before).toMatchObject({ process });
      const exported = (await download(own, ownAdmin, '/api/v1/catalog/export.xlsx')).file;

      // An older template has no 办理流程 sheet: the stored process stays.
      const older = await open(exported);
      older.wb.removeWorksheet(older.sheet('办理流程').id);
      const kept = await upload(own, ownAdmin, await older.save());
      expect(kept.status, JSON.stringify(kept.body)).toBe(200);
      expect(kept.body).toMatchObject({ ok: true, created: 0, updated: 0 });
      expect((await published(own)).get(implCode)).toEqual(before);

      // The sheet is there but has no rows for the item: it goes back to the default process.
      const emptied = await open(exported);
      const steps = emptied.sheet('办理流程');
      for (const key of ['check', 'sign']) steps.spliceRows(emptied.rowOf('办理流程', 'key', key), 1);
      const cleared = await upload(own, ownAdmin, await emptied.save());
      expect(cleared.body).toMatchObject({ ok: true, created: 0, updated: 1 });
      const after = (await published(own)).get(implCode);
      expect(after).not.toHaveProperty('process');
      expect(after).toEqual({ ...before, process: undefined });
    } finally {
      await own.close();
    }
  });

  it('export → import into a fresh database reproduces the published catalog', async () => {
    const seeded = await importCatalog(systemCtx(), {
      items: [foodLicenceItem(), businessLicenceItem(), fullItem()],
      bundles: [bundle()],
    });
    expect(seeded.ok).toBe(true);

    const exported = await download(t, admin, '/api/v1/catalog/export.xlsx');
    expect(exported.status).toBe(200);
    expect(exported.headers['content-type']).toBe(XLSX_CONTENT_TYPE);
    expect(exported.headers['content-disposition']).toMatch(
      /^attachment; filename="tongban-catalog-\d{8}\.xlsx"$/,
    );
    const book = await workbookToCatalog(exported.file);
    const codes = book.items.map((i) => itemInputSchema.parse(i).implCode);
    expect(codes).toEqual(expect.arrayContaining([codeWithSerial('001'), codeWithSerial('009')]));

    // Exported unchanged, imported back unchanged.
    const back = await upload(t, admin, exported.file);
    expect(back.body).toMatchObject({ ok: true, created: 0, updated: 0, unchanged: codes.length });

    const fresh = await createTestApp();
    try {
      const freshAdmin = await fresh.as('admin');
      const imported = await upload(fresh, freshAdmin, exported.file);
      expect(imported.status).toBe(200);
      expect(Number(imported.body.created) + Number(imported.body.unchanged)).toBe(codes.length);
      expect(await published(fresh)).toEqual(await published(t));
      // The process went through the 办理流程 sheet, step by step.
      expect((await published(fresh)).get(codeWithSerial('009'))?.process).toEqual({
        steps: [
          { key: 'check', name: '审查', role: 'reviewer', limitDays: 2 },
          { key: 'health_review', name: '卫健会审', role: 'reviewer', departmentKey: 'health', limitDays: 1 },
        ],
        specialProcedures: ['hearing', 'expert'],
      });
      const guide = `/api/v1/items/${codeWithSerial('009')}`;
      expect((await freshAdmin.get(guide)).body).toMatchObject({ item: (await admin.get(guide)).body.item });
      const [a, b] = await Promise.all([
        admin.get('/api/v1/bundles/YJS-EXCEL'),
        freshAdmin.get('/api/v1/bundles/YJS-EXCEL'),
      ]);
      expect(b.status).toBe(200);
      expect(b.body).toEqual(a.body);
      const again = await upload(fresh, freshAdmin, exported.file);
      expect(again.body).toMatchObject({ ok: true, created: 0, updated: 0 });
    } finally {
      await fresh.close();
    }
  });

  it('lists every problem at its sheet, row and column, and writes nothing', async () => {
    const file = await catalogToWorkbook(
      [
        parsedFoodLicence({ implCode: codeWithSerial('101'), promisedDays: 30 }),
        parsedFoodLicence({ implCode: codeWithSerial('102'), departmentKey: 'nasa' }),
        parsedFoodLicence({ implCode: codeWithSerial('103') }),
        parsedFoodLicence({
          implCode: codeWithSerial('104'),
          situations: {
            questions: foodLicenceItem().situations?.questions ?? [],
            rules: [
              {
                when: { question: 'category', option: 'cold' },
                addMaterials: ['cold_room_plan', 'freezer'],
                addConditions: [],
              },
              {
                when: { question: 'applicant', option: 'agent' },
                addMaterials: ['power_of_attorney', 'agent_id'],
                addConditions: [],
              },
            ],
          },
        }),
      ],
      [],
      [],
    );
    // The clerk types an E into a trust level, as in Excel.
    const clerk = await open(file);
    const trustRow = clerk.rowOf('申请材料', 'key', 'agent_id', codeWithSerial('103'));
    clerk.sheet('申请材料').getCell(`${clerk.letter('申请材料', 'trustLevel')}${trustRow}`).value = 'E';
    const edited = await clerk.save();

    const before = await itemCount(t);
    const audits = (await t.database.db.select().from(auditLog)).length;
    const res = await upload(t, admin, edited);
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.message).toMatch(/未导入任何内容/);
    const found = (res.body.details ?? []).map((d) => [d.sheet, d.row, d.column, d.code]);

    const at = (sheet: string, key: string, row: number) => {
      const column = clerk.letter(sheet, key);
      return { column, value: clerk.sheet(sheet).getCell(`${column}${row}`).value };
    };
    const promised = at('事项', 'promisedDays', clerk.rowOf('事项', 'implCode', codeWithSerial('101')));
    const department = at('事项', 'departmentKey', clerk.rowOf('事项', 'implCode', codeWithSerial('102')));
    const trust = at('申请材料', 'trustLevel', trustRow);
    const ruleRow = clerk.rowOf('情形规则', 'question', 'category', codeWithSerial('104'));
    const rule = at('情形规则', 'addMaterials', ruleRow);
    // Each location holds exactly what is wrong there.
    expect([promised.value, department.value, trust.value, rule.value]).toEqual([
      30,
      'nasa',
      'E',
      'cold_room_plan、freezer',
    ]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['事项', 3, promised.column, 'PROMISED_EXCEEDS_STATUTORY'],
        ['事项', 4, department.column, 'DEPARTMENT_UNKNOWN'],
        ['申请材料', trustRow, trust.column, 'NOT_AN_OPTION'],
        ['情形规则', ruleRow, rule.column, 'RULE_UNKNOWN_MATERIAL'],
      ]),
    );
    expect(found).toHaveLength(4);
    const trustDetail = res.body.details?.find((d) => d.code === 'NOT_AN_OPTION');
    expect(trustDetail).toMatchObject({ header: '可信等级', field: 'trustLevel' });
    expect(trustDetail?.message).toMatch(/“E”不是可选值/);

    expect(await itemCount(t)).toBe(before);
    expect((await t.database.db.select().from(auditLog)).length).toBe(audits);

    const english = await upload(t, admin, edited, { 'accept-language': 'en' });
    expect(english.body.details?.find((d) => d.code === 'NOT_AN_OPTION')?.message).toMatch(
      /"E" is not an option/,
    );
  });

  it('checks every 办理流程 row and names each problem at its cell', async () => {
    const twoSteps = (serial: string) =>
      parsedFoodLicence({
        implCode: codeWithSerial(serial),
        process: {
          steps: [
            { key: 'check', name: '审查', role: 'reviewer', limitDays: 2 },
            { key: 'decide', name: '决定', role: 'reviewer', limitDays: 1 },
          ],
          specialProcedures: [],
        },
      });
    const serials = ['601', '602', '603', '604', '605', '606', '607', '608', '609', '610'];
    const clerk = await open(await catalogToWorkbook(serials.map(twoSteps), [], []));
    const steps = clerk.sheet('办理流程');
    const rowOf = (serial: string, key: string) =>
      clerk.rowOf('办理流程', 'key', key, codeWithSerial(serial));
    const cell = (serial: string, step: string, column: string) => {
      const row = rowOf(serial, step);
      const letter = clerk.letter('办理流程', column);
      return {
        row,
        letter,
        set: (value: ExcelJS.CellValue) => (steps.getCell(`${letter}${row}`).value = value),
      };
    };
    // What a clerk gets wrong, one item each (a row that fails to parse hides the item's later checks).
    const duplicateKey = cell('601', 'decide', 'key');
    const notANumber = cell('602', 'check', 'limitDays');
    const tooLong = cell('603', 'decide', 'limitDays');
    const overPromise = cell('604', 'check', 'limitDays');
    const unknownProcedure = cell('605', 'check', 'specialProcedures');
    const unknownDepartment = cell('606', 'decide', 'departmentKey');
    const duplicateOrder = cell('607', 'decide', 'order');
    const repeated = cell('608', 'decide', 'specialProcedures');
    const noOrder = cell('609', 'check', 'order');
    const zeroOrder = cell('610', 'check', 'order');
    duplicateKey.set('check');
    notANumber.set('两天');
    tooLong.set(400);
    overPromise.set(5); // 5 + 1 against 5 promised days
    unknownProcedure.set('听证、公示');
    unknownDepartment.set('water'); // the city's water company: not a department of the county
    duplicateOrder.set(1);
    cell('608', 'check', 'specialProcedures').set('听证');
    repeated.set('检验');
    noOrder.set(null);
    zeroOrder.set(0);
    // A row for an item that is not in the file.
    const strayRow = steps.rowCount + 1;
    const stray = ['implCode', 'order', 'key', 'name', 'limitDays'].map((k) => clerk.letter('办理流程', k));
    [codeWithSerial('699'), 1, 'check', '审查', 1].forEach((v, i) => {
      steps.getCell(`${stray[i]}${strayRow}`).value = v;
    });

    const before = await itemCount(t);
    const res = await upload(t, admin, await clerk.save());
    expect(res.status).toBe(400);
    expect(res.body.details?.map((d) => [d.sheet, d.row, d.column, d.code])).toEqual([
      ['办理流程', duplicateKey.row, duplicateKey.letter, 'PROCESS_STEP_KEY_DUPLICATE'],
      ['办理流程', notANumber.row, notANumber.letter, 'NOT_A_NUMBER'],
      ['办理流程', tooLong.row, tooLong.letter, 'too_big'],
      ['办理流程', overPromise.row, overPromise.letter, 'PROCESS_STEPS_EXCEED_PROMISE'],
      ['办理流程', unknownProcedure.row, unknownProcedure.letter, 'NOT_AN_OPTION'],
      ['办理流程', unknownDepartment.row, unknownDepartment.letter, 'DEPARTMENT_UNKNOWN'],
      ['办理流程', duplicateOrder.row, duplicateOrder.letter, 'STEP_ORDER_DUPLICATE'],
      ['办理流程', repeated.row, repeated.letter, 'SPECIAL_PROCEDURES_REPEATED'],
      ['办理流程', noOrder.row, noOrder.letter, 'required'],
      ['办理流程', zeroOrder.row, zeroOrder.letter, 'STEP_ORDER_INVALID'],
      ['办理流程', strayRow, stray[0], 'ITEM_NOT_IN_FILE'],
    ]);
    const message = (code: string) => res.body.details?.find((d) => d.code === code)?.message;
    expect(message('NOT_AN_OPTION')).toMatch(/^“公示”不是可选值/);
    expect(message('STEP_ORDER_DUPLICATE')).toBe(`与第 ${duplicateOrder.row - 1} 行的环节顺序重复`);
    expect(message('SPECIAL_PROCEDURES_REPEATED')).toMatch(`已在第 ${repeated.row - 1} 行填写`);
    expect(message('PROCESS_STEPS_EXCEED_PROMISE')).toMatch(/各环节时限之和（6）不能超过承诺时限（5）/);
    expect(await itemCount(t)).toBe(before);
  });

  it('names the rows of a duplicate code as Excel numbers them', async () => {
    const item = parsedFoodLicence({ implCode: codeWithSerial('201') });
    const res = await upload(t, admin, await catalogToWorkbook([item, item], [], []));
    expect(res.status).toBe(400);
    const duplicate = res.body.details?.find((d) => d.code === 'IMPL_CODE_DUPLICATE');
    expect(duplicate).toMatchObject({
      sheet: '事项',
      row: 4,
      column: 'A',
      message: '与第 3 行的实施编码重复',
    });
  });

  it('reports a missing sheet, a missing column and an unknown column key before reading rows', async () => {
    const clerk = await open(await catalogToWorkbook([parsedFoodLicence()], [], []));
    clerk.wb.removeWorksheet(clerk.sheet('常见问题').id);
    clerk.sheet('事项').getCell(`${clerk.letter('事项', 'booking')}2`).value = 'bookable';
    const res = await upload(t, admin, await clerk.save());
    expect(res.status).toBe(400);
    expect(res.body.details?.map((d) => [d.sheet, d.row, d.column, d.field, d.code])).toEqual([
      ['事项', 2, 'AD', 'bookable', 'COLUMN_UNKNOWN'],
      ['事项', 2, null, 'booking', 'COLUMN_MISSING'],
      ['常见问题', null, null, 'faq', 'SHEET_MISSING'],
    ]);
  });

  it('reads cells a clerk typed: codes as labels, numbers as text, 是/否 only', async () => {
    const clerk = await open(
      await catalogToWorkbook([parsedFoodLicence({ implCode: codeWithSerial('301') })], [], []),
    );
    const items = clerk.sheet('事项');
    const cell = (key: string) => items.getCell(`${clerk.letter('事项', key)}3`);
    cell('type').value = '01';
    cell('level').value = 4;
    cell('statutoryDays').value = '20';
    cell('onlineDepth').value = 'Ⅳ';
    cell('postalDelivery').value = '对';
    cell('promisedDays').value = '五';
    const res = await upload(t, admin, await clerk.save());
    expect(res.body.details?.map((d) => [d.row, d.field, d.code])).toEqual([
      [3, 'promisedDays', 'NOT_A_NUMBER'],
      [3, 'postalDelivery', 'NOT_YES_NO'],
    ]);
  });

  it('refuses a body that is not an .xlsx', async () => {
    const text = await upload(t, admin, 'name,implCode\n食品经营许可,123');
    expect(text.status).toBe(400);
    expect(text.body.details).toMatchObject([{ code: 'IMPORT_NOT_XLSX' }]);
    const json = await upload(t, admin, JSON.stringify({ items: [] }), {
      'content-type': 'application/json',
    });
    expect(json.status).toBe(400);
    expect(json.body.details).toMatchObject([{ code: 'IMPORT_NOT_XLSX' }]);
    const other = await upload(t, admin, 'x', { 'content-type': 'application/octet-stream' });
    expect(other.status).toBe(415);
  });

  it('refuses a body over 20 MB with 413', async () => {
    const res = await upload(t, admin, Buffer.alloc(21 * 1024 * 1024));
    expect(res.status).toBe(413);
    expect(res.body.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('is for catalog editors only', async () => {
    const template = (await download(t, admin, '/api/v1/catalog/template.xlsx')).file;
    const anonymous = await upload(t, null, template);
    expect([anonymous.status, anonymous.body.code]).toEqual([401, 'AUTH_REQUIRED']);
    const citizen = await t.as('citizen');
    const refused = await upload(t, citizen, template);
    expect([refused.status, refused.body.code]).toEqual([403, 'FORBIDDEN_ROLE']);
    for (const url of ['/api/v1/catalog/export.xlsx', '/api/v1/catalog/template.xlsx']) {
      expect((await t.anon().get(url)).status).toBe(401);
      expect((await citizen.get(url)).status).toBe(403);
    }
  });

  it('keeps a department admin to their own items and synonyms to the platform admin', async () => {
    await importCatalog(systemCtx(), { items: [foodLicenceItem()], bundles: [] });
    const deptAdmin = await t.as('dept_admin');
    const exported = await download(t, deptAdmin, '/api/v1/catalog/export.xlsx');
    const book = await workbookToCatalog(exported.file);
    expect(book.items.length).toBeGreaterThan(0);
    expect(book.items.every((i) => itemInputSchema.parse(i).departmentKey === 'market')).toBe(true);
    expect(book.bundles).toEqual([]);
    expect((await upload(t, deptAdmin, exported.file)).body).toMatchObject({
      ok: true,
      created: 0,
      updated: 0,
    });

    const foreign = await catalogToWorkbook(
      [parsedFoodLicence({ implCode: codeWithSerial('401'), departmentKey: 'health' })],
      [],
      [{ phrase: '开餐馆', expansions: ['随便什么'] }],
    );
    const refused = await upload(t, deptAdmin, foreign);
    expect(refused.status).toBe(400);
    expect(refused.body.details?.map((d) => [d.sheet, d.row, d.field, d.code])).toEqual([
      ['事项', 3, 'departmentKey', 'OUT_OF_SCOPE'],
      ['同义词', 3, 'expansions', 'FORBIDDEN_ROLE'],
    ]);

    const centerAdmin = await t.as('center_admin');
    const otherCounty = await upload(
      t,
      centerAdmin,
      await catalogToWorkbook(
        [parsedFoodLicence({ implCode: codeWithSerial('402'), regionCode: '330702' })],
        [],
        [],
      ),
    );
    expect(otherCounty.body.details?.map((d) => [d.sheet, d.row, d.field, d.code])).toContainEqual([
      '事项',
      3,
      'regionCode',
      'OUT_OF_SCOPE',
    ]);
  });
});

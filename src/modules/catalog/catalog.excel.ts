/**
 * The catalog as an Excel workbook (.xlsx) that clerks edit in Excel or WPS: one sheet per entity.
 *
 * Layout. Every data sheet has two header rows. Row 1 holds the Chinese label a clerk reads (it may
 * be reworded); row 2 holds the column's machine key (grey), which is what the importer goes by.
 * Data starts on row 3, and problems name rows as Excel numbers them. Columns are found by their
 * key, so they may be reordered. A column with nothing in row 2 is ignored (a clerk's own notes).
 * An unknown key is an error, and so is a missing one: a dropped column must not silently empty a
 * field. Sheets are found by their Chinese name or their key (事项 or items). The child sheets
 * (法律依据, 申请材料, 情形问题, 情形规则, 常见问题, 办理流程) name their item by 实施编码 and keep their
 * row order within it. Their 事项名称（参考） column is only for reading and is ignored on import.
 *
 * 办理流程 has one row per step, ordered by its 环节顺序 column rather than by rows, so sorting the sheet
 * cannot reorder a process. The special procedures belong to the whole process, not a step: they are
 * filled in on one row of the item (export uses the first), which keeps a process on one sheet and
 * cannot express procedures without steps (the contract has none). The sheet is the only optional
 * one: a file without it (an older template) leaves every item's stored process as it is; a file with
 * it gives an item with no rows the default process. Likewise the two file columns of 申请材料 (the ids
 * of a material's blank form and filled sample, uploaded in the console) are the only optional
 * columns: without them a material keeps the files its published version has.
 *
 * Cells. Enums are written as their Chinese label, with a dropdown, and are also read as their code.
 * Booleans are 是/否. Short lists are separated by 、 (；, ; or a line break are also read). Long
 * text lists (受理条件, 办理地点, 增加的受理条件) have one entry per line. Question options are written
 * `key:label;key:label`. An entry that itself contains its separator cannot survive a round trip.
 *
 * Reading is defensive, because a workbook is a zip of XML that the caller controls. The zip is
 * inflated first with a cap on the total size. Workbook-wide named ranges are bounded. exceljs is
 * told to skip every worksheet part except the cells, because it expands ranges
 * (data validations, merges, column runs) cell by cell.
 */
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import ExcelJS from 'exceljs';
import type { CellValue, DataValidation, Worksheet } from 'exceljs';
import { and, eq, inArray, isNotNull, like, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import {
  BODY_NATURES,
  bundleInputSchema,
  CASE_TYPES,
  CROSS_REGION_SCOPES,
  HANDLING_FORMS,
  ITEM_LEVELS,
  ITEM_TYPES,
  itemInputSchema,
  LIFE_CYCLES,
  MATERIAL_FORMS,
  ONLINE_DEPTHS,
  processSchema,
  RESULT_KINDS,
  SERVICE_OBJECTS,
  SPECIAL_PROCEDURES,
  TRUST_LEVELS,
  type BundleInput,
  type ItemInput,
} from '../../shared/catalog.contract';
import { makeCreditCode, makeOrgCode } from '../../shared/identity';
import type { SignedInCtx } from '../../server/auth/actor';
import { regionCovers } from '../../server/auth/scope';
import type { Localized } from '../../server/http/lang';
import { issuesToDetails } from '../../server/http/validation';
import { canonicalJson } from '../audit/audit.chain';
import { departments } from '../org/org.tables';
import { materialFileProblems } from './catalog.files';
import { publishedDataByImplCode } from './catalog.service';
import { importCatalog, type ImportProblem, type ImportResult } from './catalog.import';
import {
  catalogBundles,
  catalogItems,
  catalogItemVersions,
  catalogSynonyms,
  publishedVersionOf,
} from './catalog.tables';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export type Synonym = { phrase: string; expansions: string[] };

/** A problem located the way a clerk finds it in Excel. */
export type SheetProblem = {
  /** The tab's name as the file has it, e.g. 申请材料. */
  sheet: string;
  /** The row number Excel shows (header rows counted, so data starts at 3); null for a whole sheet. */
  row: number | null;
  /** The column letter, e.g. "F"; null for a whole row or sheet, or a missing column. */
  column: string | null;
  /** The column's Chinese header. */
  header: string | null;
  /** The column's machine key (row 2), or the sheet's key for a sheet-level problem. */
  field: string;
  code: string;
  message: Localized;
};

/** The bytes are not a usable .xlsx (not a zip, not a workbook, or too large once unpacked). */
export class ExcelFormatError extends Error {
  constructor(
    readonly code: 'IMPORT_NOT_XLSX' | 'IMPORT_TOO_LARGE',
    readonly localized: Localized,
  ) {
    super(localized.en);
    this.name = 'ExcelFormatError';
  }
}

// ---- column kinds ----

type EnumOption = { value: string | number; label: string; also?: string[] };

type Kind =
  /** An empty cell is 'required': left out (the schema decides), 'blank': '', 'null': null. */
  | { t: 'text'; empty: 'required' | 'blank' | 'null' }
  | { t: 'int' }
  | { t: 'decimal' }
  | { t: 'bool' }
  | { t: 'enum'; options: EnumOption[] }
  | { t: 'enumList'; options: EnumOption[] }
  | { t: 'list'; join: '、' | '\n'; split: RegExp }
  | { t: 'options' }
  /** Written for the reader's benefit, never read. */
  | { t: 'ref' };

type Column = {
  key: string;
  label: string;
  path: string;
  kind: Kind;
  width: number;
  /** Newer than the first templates: a file without it keeps the stored value (see the top). */
  optional?: true;
};

const SHORT_SPLIT = /[、;；\r\n]/;
const LINE_SPLIT = /\r?\n/;
const CODE_SPLIT = /[、,，;；\s]/;

const required: Kind = { t: 'text', empty: 'required' };
const blank: Kind = { t: 'text', empty: 'blank' };
const nullable: Kind = { t: 'text', empty: 'null' };
const int: Kind = { t: 'int' };
const bool: Kind = { t: 'bool' };
const shortList: Kind = { t: 'list', join: '、', split: SHORT_SPLIT };
const lines: Kind = { t: 'list', join: '\n', split: LINE_SPLIT };

const labelled = (o: Record<string, string>, numeric = false): EnumOption[] =>
  Object.entries(o).map(([value, label]) => ({ value: numeric ? Number(value) : value, label }));
const enumOf = (options: EnumOption[]): Kind => ({ t: 'enum', options });

const ROMAN: Record<string, string> = { I: 'Ⅰ', II: 'Ⅱ', III: 'Ⅲ', IV: 'Ⅳ' };
const TYPE_OPTIONS = labelled(ITEM_TYPES).map((o) => ({ ...o, also: [String(Number(o.value))] }));
const LEVEL_OPTIONS = labelled(ITEM_LEVELS, true);
const OBJECT_OPTIONS = labelled(SERVICE_OBJECTS, true);
const FORM_OPTIONS = labelled(HANDLING_FORMS, true);
const DEPTH_OPTIONS: EnumOption[] = ONLINE_DEPTHS.map((d) => ({
  value: d,
  label: d,
  also: [ROMAN[d] ?? d, `${ROMAN[d] ?? d}级`, `${d}级`],
}));
const VISIT_OPTIONS: EnumOption[] = [0, 1, 2].map((v) => ({ value: v, label: String(v) }));
const TRUST_OPTIONS: EnumOption[] = TRUST_LEVELS.map((t) => ({ value: t, label: t }));
/** The contract has no labels for these. */
const REQUIREMENTS = { always: '必交', conditional: '按情形' } as const;

const c = (key: string, label: string, kind: Kind, width = 16, path = key): Column => ({
  key,
  label,
  path,
  kind,
  width,
});
const IMPL_CODE = c('implCode', '实施编码', required, 36);
const ITEM_NAME = c('itemName', '事项名称（参考）', { t: 'ref' }, 24);

const SHEET_SPECS = [
  {
    key: 'items',
    name: '事项',
    columns: [
      IMPL_CODE,
      c('baseCode', '基本编码', required, 16),
      c('name', '事项名称', required, 30),
      c('aliases', '别名', shortList, 20),
      c('keywords', '关键词', shortList, 20),
      c('type', '事项类型', enumOf(TYPE_OPTIONS), 14),
      c('level', '行使层级', enumOf(LEVEL_OPTIONS), 14),
      c('mainItem.code', '主项编码', required, 14),
      c('mainItem.name', '主项名称', required, 20),
      c('subItem.code', '子项编码', required, 14),
      c('subItem.name', '子项名称', required, 20),
      c('implementingBody.name', '实施机构', required, 26),
      c('implementingBody.creditCode', '实施机构统一社会信用代码', required, 22),
      c('implementingBody.nature', '实施主体性质', enumOf(labelled(BODY_NATURES)), 18),
      c('regionCode', '行政区划代码', required, 14),
      c('departmentKey', '部门标识', required, 14),
      c('serviceObjects', '服务对象', { t: 'enumList', options: OBJECT_OPTIONS }, 18),
      c('themes', '主题', shortList, 14),
      c('acceptanceConditions', '受理条件（每行一条）', lines, 40),
      c('statutoryDays', '法定办结时限（工作日）', int, 12),
      c('promisedDays', '承诺办结时限（工作日）', int, 12),
      c('caseType', '办件类型', enumOf(labelled(CASE_TYPES, true)), 10),
      c('visits', '到办事现场次数', enumOf(VISIT_OPTIONS), 10),
      c('onlineDepth', '网上办理深度', enumOf(DEPTH_OPTIONS), 10),
      c('handlingForms', '办理形式', { t: 'enumList', options: FORM_OPTIONS }, 24),
      c('fee.free', '是否免费', bool, 10),
      c('fee.amountYuan', '收费金额（元）', { t: 'decimal' }, 12),
      c('fee.basis', '收费依据', required, 24),
      c('places', '办理地点（每行一个）', lines, 30),
      c('booking', '支持预约', bool, 10),
      c('onlinePayment', '支持网上支付', bool, 10),
      c('postalDelivery', '支持快递送达', bool, 10),
      c('crossRegion', '通办范围', enumOf(labelled(CROSS_REGION_SCOPES)), 12),
      c('result.kind', '办理结果类型', enumOf(labelled(RESULT_KINDS)), 12),
      c('result.name', '办理结果名称', required, 20),
      c('result.licenseType', '结果证照类型', nullable, 18),
    ],
  },
  {
    key: 'legal_basis',
    name: '法律依据',
    columns: [
      IMPL_CODE,
      ITEM_NAME,
      c('law', '法律法规名称', required, 36),
      c('article', '条款', blank, 14),
      c('text', '条款内容', blank, 60),
    ],
  },
  {
    key: 'materials',
    name: '申请材料',
    columns: [
      IMPL_CODE,
      ITEM_NAME,
      c('key', '材料标识', required, 18),
      c('name', '材料名称', required, 28),
      c('requirement', '提交要求', enumOf(labelled(REQUIREMENTS)), 10),
      c('form', '材料形式', enumOf(labelled(MATERIAL_FORMS)), 10),
      c('count', '份数', int, 8),
      c('issuer', '出具单位', blank, 18),
      c('trustLevel', '可信等级', enumOf(TRUST_OPTIONS), 10),
      c('essential', '关键材料（不可容缺）', bool, 12),
      c('note', '备注', blank, 24),
      c('licenseType', '可替代的电子证照', nullable, 18),
      c('proofItem', '对应证明事项', nullable, 18),
      c('sharedKey', '共享材料标识', nullable, 18),
      { ...c('blankFormFileId', '空白表格文件编号', nullable, 38), optional: true },
      { ...c('sampleFileId', '示例样表文件编号', nullable, 38), optional: true },
    ],
  },
  {
    key: 'questions',
    name: '情形问题',
    columns: [
      IMPL_CODE,
      ITEM_NAME,
      c('key', '问题标识', required, 16),
      c('text', '问题', required, 28),
      c('options', '选项（标识:名称;标识:名称）', { t: 'options' }, 40),
    ],
  },
  {
    key: 'rules',
    name: '情形规则',
    columns: [
      IMPL_CODE,
      ITEM_NAME,
      c('question', '问题标识', required, 16, 'when.question'),
      c('option', '选项标识', required, 16, 'when.option'),
      c('addMaterials', '增加的材料（材料标识，以、分隔）', shortList, 30),
      c('addConditions', '增加的受理条件（每行一条）', lines, 36),
    ],
  },
  {
    key: 'faq',
    name: '常见问题',
    columns: [IMPL_CODE, ITEM_NAME, c('q', '问题', required, 36), c('a', '解答', required, 60)],
  },
  {
    // Optional, unlike the others: a workbook without it (an older template) keeps stored processes.
    key: 'process',
    name: '办理流程',
    columns: [
      IMPL_CODE,
      ITEM_NAME,
      c('order', '环节顺序', int, 10),
      c('key', '环节标识', required, 16),
      c('name', '环节名称', required, 16),
      c('departmentKey', '办理部门标识（留空为事项所属部门）', required, 18),
      c('limitDays', '环节时限（工作日）', int, 12),
      c(
        'specialProcedures',
        '特别程序（每个事项只在一行填写）',
        { t: 'enumList', options: labelled(SPECIAL_PROCEDURES) },
        24,
      ),
    ],
  },
  {
    key: 'bundles',
    name: '一件事',
    columns: [
      c('code', '一件事编码', required, 18),
      c('name', '名称', required, 24),
      c('regionCode', '行政区划代码', required, 14),
      c('lifeCycle', '生命周期', enumOf(labelled(LIFE_CYCLES)), 14),
      c('lifeEvent', '事件', required, 12),
      c('description', '说明', required, 36),
      c('leadDepartmentKey', '牵头部门标识', required, 14),
      c('memberImplCodes', '成员事项实施编码（每行一个）', { t: 'list', join: '\n', split: CODE_SPLIT }, 38),
      c('promisedDays', '承诺办结时限（工作日）', int, 12),
      c('keywords', '关键词', shortList, 20),
    ],
  },
  {
    key: 'synonyms',
    name: '同义词',
    columns: [c('phrase', '群众说法', required, 18), c('expansions', '对应的目录用语', shortList, 40)],
  },
] as const satisfies readonly { key: string; name: string; columns: readonly Column[] }[];

type SheetSpec = (typeof SHEET_SPECS)[number];
type SheetKey = SheetSpec['key'];
type ChildKey = Exclude<SheetKey, 'items' | 'bundles' | 'synonyms'>;
const CHILD_KEYS: readonly ChildKey[] = ['legal_basis', 'materials', 'questions', 'rules', 'faq', 'process'];
const SPEC = Object.fromEntries(SHEET_SPECS.map((s) => [s.key, s])) as { [K in SheetKey]: SheetSpec };
const HEADER_ROWS = 2;

// ---- small helpers ----

function getPath(obj: unknown, path: string): unknown {
  let cur = obj;
  for (const part of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

function setPath(obj: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let cur = obj;
  parts.slice(0, -1).forEach((part) => {
    const next = cur[part];
    cur = (next !== null && typeof next === 'object' ? next : (cur[part] = {})) as Record<string, unknown>;
  });
  cur[parts[parts.length - 1] ?? path] = value;
}

function columnLetter(n: number): string {
  let s = '';
  for (let i = n; i > 0; i = Math.floor((i - 1) / 26)) s = String.fromCharCode(65 + ((i - 1) % 26)) + s;
  return s;
}

const zh = (zhText: string, en: string): Localized => ({ zh: zhText, en });

// ---- writing ----

function optionLabel(options: EnumOption[], value: unknown): string {
  return options.find((o) => o.value === value)?.label ?? String(value);
}

function encode(column: Column, value: unknown): string | number | null {
  const kind = column.kind;
  if (value === undefined || value === null) return null;
  switch (kind.t) {
    case 'text':
    case 'ref':
      return typeof value === 'string' ? value : JSON.stringify(value);
    case 'int':
    case 'decimal':
      return value as number;
    case 'bool':
      return value ? '是' : '否';
    case 'enum':
      return optionLabel(kind.options, value);
    case 'enumList':
      return (value as unknown[]).map((v) => optionLabel(kind.options, v)).join('、');
    case 'list':
      return (value as string[]).join(kind.join);
    case 'options':
      return (value as { key: string; label: string }[]).map((o) => `${o.key}:${o.label}`).join(';');
  }
}

/** What each sheet's rows are made of: for child sheets, the child with its item's code and name. */
function sheetEntities(
  key: SheetKey,
  items: ItemInput[],
  bundles: BundleInput[],
  synonyms: Synonym[],
): unknown[] {
  const children = (pick: (i: ItemInput) => object[]) =>
    items.flatMap((item) =>
      pick(item).map((child) => ({ implCode: item.implCode, itemName: item.name, ...child })),
    );
  switch (key) {
    case 'items':
      return items;
    case 'legal_basis':
      return children((i) => i.legalBasis);
    case 'materials':
      return children((i) => i.materials);
    case 'questions':
      return children((i) => i.situations.questions);
    case 'rules':
      return children((i) => i.situations.rules);
    case 'faq':
      return children((i) => i.faq);
    case 'process':
      // The special procedures go on the item's first step only: they belong to the whole process.
      return children((i) =>
        (i.process?.steps ?? []).map((step, n) => ({
          order: n + 1,
          ...step,
          specialProcedures: n === 0 ? i.process?.specialProcedures : [],
        })),
      );
    case 'bundles':
      return bundles;
    case 'synonyms':
      return synonyms;
  }
}

function listFormula(options: string[]): string | null {
  const formula = `"${options.join(',')}"`;
  // Excel refuses inline lists longer than 255 characters.
  return formula.length <= 255 && !options.some((o) => o.includes(',')) ? formula : null;
}

function addValidation(ws: Worksheet, column: Column, index: number, lastRow: number): void {
  const kind = column.kind;
  const options =
    kind.t === 'enum' ? kind.options.map((o) => o.label) : kind.t === 'bool' ? ['是', '否'] : null;
  const formula = options && listFormula(options);
  if (!formula) return;
  const letter = columnLetter(index);
  const validation: DataValidation = {
    type: 'list',
    allowBlank: true,
    formulae: [formula],
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: column.label,
    error: `请从下拉列表中选择：${options.join('、')}`,
  };
  // Worksheet#dataValidations takes a range; the typings only know the per-cell form.
  (ws as unknown as { dataValidations: { add(range: string, v: DataValidation): void } }).dataValidations.add(
    `${letter}${HEADER_ROWS + 1}:${letter}${lastRow}`,
    validation,
  );
}

const README = [
  '通办 · 事项目录导入导出模板',
  '',
  '1. 每张表的第 1 行是中文列名，第 2 行（灰色）是系统识别用的列标识，请勿修改或删除第 2 行；数据从第 3 行开始。',
  '2. 列的顺序可以调整；第 2 行为空的列会被忽略，可用于自己的备注。',
  '3. 法律依据、申请材料、情形问题、情形规则、常见问题、办理流程各表用“实施编码”关联到“事项”表，同一事项的多行按表中顺序导入（办理流程按“环节顺序”）；“事项名称（参考）”列仅供查看，导入时忽略。',
  '4. 带下拉框的列请从下拉框中选择；“是/否”列填写“是”或“否”。',
  '5. 别名、关键词、主题、服务对象、办理形式、增加的材料、同义词用“、”分隔；受理条件、办理地点、增加的受理条件、成员事项每行一条（单元格内换行：Alt+Enter）。',
  '6. 情形问题的选项写作“标识:名称;标识:名称”，例如 hot:热食类;cold:含冷食类。标识只能用小写字母、数字和下划线，以字母开头。',
  '7. 免费事项“是否免费”填“是”，收费金额和收费依据留空；收费事项填“否”并填写金额和依据。没有子项时子项编码和名称都留空。',
  '8. 办理流程表每行一个受理后的环节；没有任何行的事项按默认流程（审查 → 决定）办理。办理部门标识留空即由事项所属部门办理；各环节时限之和不能超过承诺时限。特别程序（听证、专家评审等，不计入时限）每个事项只在一行填写，以“、”分隔。不含办理流程表的旧模板导入时，事项已有的流程保持不变。',
  '9. 导入时先检查全部行：只要有一处问题，就不会导入任何内容，并逐条列出问题所在的表、行和列。重复导入同一文件不会产生任何变化。',
];

/** The workbook of a catalog: a sheet of instructions, then one sheet per entity. */
export async function catalogToWorkbook(
  items: ItemInput[],
  bundles: BundleInput[],
  synonyms: Synonym[],
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Tongban 通办';
  const readme = wb.addWorksheet('说明');
  readme.getColumn(1).width = 140;
  README.forEach((line, i) => {
    const cell = readme.getCell(i + 1, 1);
    cell.value = line;
    if (i === 0) cell.font = { bold: true, size: 14 };
  });

  for (const spec of SHEET_SPECS) {
    const ws = wb.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: HEADER_ROWS }] });
    const columns: readonly Column[] = spec.columns;
    columns.forEach((column, i) => {
      const col = ws.getColumn(i + 1);
      col.width = column.width;
      if (column.kind.t !== 'int' && column.kind.t !== 'decimal') col.numFmt = '@';
      if (column.kind.t === 'list' || column.kind.t === 'options' || column.width >= 36)
        col.alignment = { wrapText: true, vertical: 'top' };
    });
    const labels = ws.addRow(columns.map((col) => col.label));
    labels.font = { bold: true };
    labels.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
    labels.alignment = { wrapText: true, vertical: 'middle' };
    const keys = ws.addRow(columns.map((col) => col.key));
    keys.font = { color: { argb: 'FF808080' }, size: 9 };

    const entities = sheetEntities(spec.key, items, bundles, synonyms);
    for (const entity of entities) ws.addRow(columns.map((col) => encode(col, getPath(entity, col.path))));
    const lastRow = Math.max(HEADER_ROWS + entities.length + 500, 1000);
    columns.forEach((column, i) => addValidation(ws, column, i + 1, lastRow));
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

// ---- the template's example ----

const EXAMPLE_BODY_CODE = makeCreditCode(`11330703${makeOrgCode('00241001')}`);

function exampleItems(): ItemInput[] {
  const food = itemInputSchema.parse({
    baseCode: '010105001000',
    implCode: `${EXAMPLE_BODY_CODE}010105001000001`,
    name: '食品经营许可（新办）',
    aliases: ['办食品经营许可证'],
    keywords: ['餐饮', '开饭店', '开餐馆'],
    type: '01',
    level: 4,
    mainItem: { code: '010105', name: '食品经营许可' },
    subItem: null,
    implementingBody: {
      name: '金华市金东区市场监督管理局',
      creditCode: EXAMPLE_BODY_CODE,
      nature: 'statutory',
    },
    regionCode: '330703',
    departmentKey: 'market',
    serviceObjects: [1, 2],
    themes: ['餐饮'],
    legalBasis: [
      {
        law: '《中华人民共和国食品安全法》',
        article: '第三十五条',
        text: '国家对食品生产经营实行许可制度。',
      },
    ],
    acceptanceConditions: ['有与经营的食品品种、数量相适应的经营场所'],
    statutoryDays: 20,
    promisedDays: 5,
    process: {
      steps: [
        { key: 'review', name: '审查', role: 'reviewer', limitDays: 2 },
        { key: 'site_check', name: '现场核查', role: 'reviewer', limitDays: 2 },
        { key: 'decide', name: '决定', role: 'reviewer', limitDays: 1 },
      ],
    },
    caseType: 2,
    visits: 0,
    onlineDepth: 'IV',
    handlingForms: [1, 2, 3],
    fee: { free: true },
    places: ['金东区行政服务中心 综合受理窗口'],
    booking: true,
    onlinePayment: false,
    postalDelivery: true,
    crossRegion: 'none',
    result: { kind: 'license', name: '食品经营许可证', licenseType: '食品经营许可证' },
    faq: [{ q: '只卖预包装食品也要办许可吗？', a: '仅销售预包装食品的，办理备案即可，无需许可。' }],
    materials: [
      {
        key: 'application',
        name: '食品经营许可申请书',
        requirement: 'always',
        form: 'original',
        count: 1,
        issuer: '申请人',
        trustLevel: 'D',
      },
      {
        key: 'business_license',
        name: '营业执照',
        requirement: 'always',
        form: 'electronic',
        count: 1,
        issuer: '市场监督管理部门',
        trustLevel: 'A',
        licenseType: '营业执照',
        sharedKey: 'business_license',
      },
      {
        key: 'cold_room_plan',
        name: '冷食类食品加工专间布局图',
        requirement: 'conditional',
        form: 'original',
        count: 1,
        issuer: '申请人',
        trustLevel: 'D',
      },
    ],
    situations: {
      questions: [
        {
          key: 'category',
          text: '经营类别',
          options: [
            { key: 'hot', label: '热食类' },
            { key: 'cold', label: '含冷食类' },
          ],
        },
      ],
      rules: [
        {
          when: { question: 'category', option: 'cold' },
          addMaterials: ['cold_room_plan'],
          addConditions: ['设有冷食类食品加工专间'],
        },
      ],
    },
  });
  const business = itemInputSchema.parse({
    ...food,
    // 即办件: the default process; the food item's steps would not fit its zero days.
    process: undefined,
    baseCode: '070102001000',
    implCode: `${EXAMPLE_BODY_CODE}070102001000001`,
    name: '营业执照（设立登记）',
    aliases: [],
    keywords: ['开公司', '开店'],
    type: '07',
    mainItem: { code: '070102', name: '市场主体登记' },
    themes: ['企业开办'],
    legalBasis: [
      {
        law: '《中华人民共和国市场主体登记管理条例》',
        article: '第三条',
        text: '市场主体应当依照本条例办理登记。',
      },
    ],
    acceptanceConditions: [],
    statutoryDays: 3,
    promisedDays: 0,
    caseType: 1,
    result: { kind: 'license', name: '营业执照', licenseType: '营业执照' },
    faq: [],
    materials: [
      {
        key: 'application',
        name: '市场主体登记申请书',
        requirement: 'always',
        form: 'original',
        count: 1,
        issuer: '申请人',
        trustLevel: 'D',
      },
    ],
    situations: { questions: [], rules: [] },
  });
  return [food, business];
}

/** An empty catalog's workbook with a realistic example: what the console offers for download. */
export async function catalogTemplate(): Promise<Buffer> {
  const [food, business] = exampleItems();
  if (!food || !business) throw new Error('template example missing');
  const bundle = bundleInputSchema.parse({
    // Not the demo city's YJS-KCG: importing the template as it is must not replace a real bundle.
    code: 'YJS-EXAMPLE-KCG',
    name: '开餐馆一件事（示例）',
    regionCode: '330703',
    lifeCycle: 'business',
    lifeEvent: '开办',
    description: '营业执照和食品经营许可一次申请、一套材料、一窗受理。',
    leadDepartmentKey: 'market',
    memberImplCodes: [business.implCode, food.implCode],
    promisedDays: 5,
    keywords: ['开饭店', '开餐馆'],
  });
  return catalogToWorkbook(
    [food, business],
    [bundle],
    [{ phrase: '开餐馆', expansions: ['餐饮', '食品经营', '开餐馆'] }],
  );
}

// ---- reading ----

type Plain = string | number | boolean | null | { error: string };

function plain(value: CellValue): Plain {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('error' in value) return { error: String(value.error) };
  if ('result' in value) return plain(value.result ?? null);
  if ('formula' in value || 'sharedFormula' in value) return null;
  if ('text' in value) return typeof value.text === 'string' ? value.text : plain(value.text);
  return null;
}

type Decoded = { ok: true; value: unknown } | { ok: false; code: string; message: Localized };
const bad = (code: string, message: Localized): Decoded => ({ ok: false, code, message });

function matchOption(options: EnumOption[], text: string): EnumOption | undefined {
  const s = text.trim();
  const lower = s.toLowerCase();
  // Exact forms only: with a prefix match, "II" would read as "I".
  return options.find(
    (o) =>
      o.label === s ||
      String(o.value).toLowerCase() === lower ||
      o.also?.includes(s) ||
      `${o.value} ${o.label}` === s,
  );
}

function choices(options: EnumOption[]): string {
  return options.map((o) => o.label).join('、');
}

function decode(kind: Kind, cell: Plain): Decoded {
  if (cell !== null && typeof cell === 'object')
    return bad('CELL_ERROR', zh(`单元格是错误值 ${cell.error}`, `The cell holds the error ${cell.error}`));
  const text = cell === null ? '' : typeof cell === 'string' ? cell.trim() : String(cell);
  const empty = text === '';
  switch (kind.t) {
    case 'ref':
      return { ok: true, value: undefined };
    case 'text':
      if (!empty) return { ok: true, value: text };
      return { ok: true, value: kind.empty === 'blank' ? '' : kind.empty === 'null' ? null : undefined };
    case 'int':
    case 'decimal': {
      if (empty) return { ok: true, value: undefined };
      if (typeof cell === 'number') return { ok: true, value: cell };
      if (!/^[+-]?\d+(\.\d+)?$/.test(text))
        return bad('NOT_A_NUMBER', zh(`“${text}”不是数字`, `"${text}" is not a number`));
      return { ok: true, value: Number(text) };
    }
    case 'bool':
      if (empty) return { ok: true, value: undefined };
      if (typeof cell === 'boolean') return { ok: true, value: cell };
      if (text === '是' || /^true$/i.test(text)) return { ok: true, value: true };
      if (text === '否' || /^false$/i.test(text)) return { ok: true, value: false };
      return bad('NOT_YES_NO', zh(`应填写“是”或“否”，而不是“${text}”`, `Must be 是 or 否, not "${text}"`));
    case 'enum': {
      if (empty) return { ok: true, value: undefined };
      const option = matchOption(kind.options, text);
      if (option) return { ok: true, value: option.value };
      return bad(
        'NOT_AN_OPTION',
        zh(
          `“${text}”不是可选值，可选：${choices(kind.options)}`,
          `"${text}" is not an option; choose one of: ${choices(kind.options)}`,
        ),
      );
    }
    case 'enumList': {
      const parts = text
        .split(SHORT_SPLIT)
        .map((p) => p.trim())
        .filter(Boolean);
      const unknown = parts.filter((p) => !matchOption(kind.options, p));
      if (unknown.length)
        return bad(
          'NOT_AN_OPTION',
          zh(
            `“${unknown.join('、')}”不是可选值，可选：${choices(kind.options)}（以、分隔）`,
            `"${unknown.join(', ')}" is not an option; choose from: ${choices(kind.options)} (separated by 、)`,
          ),
        );
      return { ok: true, value: parts.map((p) => matchOption(kind.options, p)?.value) };
    }
    case 'list':
      return {
        ok: true,
        value: text
          .split(kind.split)
          .map((p) => p.trim())
          .filter(Boolean),
      };
    case 'options': {
      const parts = text
        .split(text.includes('\n') ? LINE_SPLIT : /[;；]/)
        .map((p) => p.trim())
        .filter(Boolean);
      const options: { key: string; label: string }[] = [];
      for (const part of parts) {
        const m = /^([^:：]*)[:：](.*)$/s.exec(part);
        if (!m)
          return bad(
            'BAD_OPTIONS',
            zh(
              `选项“${part}”应写作“标识:名称”，多个选项以;分隔`,
              `Option "${part}" must be written "key:label", options separated by ;`,
            ),
          );
        options.push({ key: (m[1] ?? '').trim(), label: (m[2] ?? '').trim() });
      }
      return { ok: true, value: options };
    }
  }
}

/** Where the rows of each item, bundle and synonym are in the file, and where each column is. */
type Layout = {
  sheetNames: Record<SheetKey, string>;
  /** Per sheet: column key → 1-based column index in the file. */
  columns: Record<SheetKey, Map<string, number>>;
  /**
   * The Excel rows of each item and of its children, in order (process rows in step order), and the
   * row that holds the item's special procedures.
   */
  items: ({ row: number; specialRow: number | null } & Record<ChildKey, number[]>)[];
  bundles: number[];
  /** Aligned with the synonyms returned (valid, distinct rows only). */
  synonyms: number[];
};

export type WorkbookCatalog = {
  /** False when a sheet or column is missing or unknown: then only those problems are listed. */
  readable: boolean;
  /** The file has the 办理流程 sheet: each item's process is what it says (no rows: the default). */
  processSheet: boolean;
  items: unknown[];
  bundles: unknown[];
  synonyms: Synonym[];
  /** Problems of the file itself: missing sheets or columns, unreadable cells. */
  problems: SheetProblem[];
  /**
   * Places a problem in the file. Its row indexes `items`, `bundles` or `synonyms` (as importCatalog's
   * problems do) and its field is a path within that entity, e.g. `materials.2.key`.
   */
  locate(
    problem: Omit<ImportProblem, 'sheet'> & { sheet: ImportProblem['sheet'] | 'synonyms' },
  ): SheetProblem;
};

const MAX_UNPACKED_BYTES = 100 * 1024 * 1024;
const MAX_NAMED_CELLS = 2_000_000;
const MAX_ROWS = 100_000;

const NOT_XLSX = zh(
  '上传的文件不是 Excel 工作簿（.xlsx）；.xls 或 WPS 格式请先“另存为”.xlsx',
  'The file is not an Excel workbook (.xlsx); save .xls or WPS files as .xlsx first',
);
const TOO_LARGE = zh(
  '工作簿解压后过大或行数过多，请拆分后分批导入',
  'The workbook is too large once unpacked or has too many rows; split it into several imports',
);

const inflateRaw = promisify(
  (buf: Buffer, options: zlib.ZlibOptions, cb: (err: Error | null, result: Buffer) => void) =>
    zlib.inflateRaw(buf, options, cb),
);

/**
 * Unpacks the zip once with a cap on the total, before exceljs holds it all in memory, and
 * returns xl/workbook.xml. A zip bomb fails here instead of exhausting the process.
 */
async function inspectZip(buf: Buffer): Promise<string> {
  const notXlsx = () => new ExcelFormatError('IMPORT_NOT_XLSX', NOT_XLSX);
  const tooLarge = () => new ExcelFormatError('IMPORT_TOO_LARGE', TOO_LARGE);
  if (buf.length < 22 || buf.readUInt32LE(0) !== 0x04034b50) throw notXlsx();
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw notXlsx();
  const entries = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  let total = 0;
  let workbookXml: string | null = null;
  let contentTypes = false;
  for (let n = 0; n < entries; n++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) throw notXlsx();
    const flags = buf.readUInt16LE(p + 8);
    const method = buf.readUInt16LE(p + 10);
    const compressed = buf.readUInt32LE(p + 20);
    const nameLength = buf.readUInt16LE(p + 28);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLength);
    p += 46 + nameLength + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
    if (flags & 1) throw notXlsx();
    if (local + 30 > buf.length || buf.readUInt32LE(local) !== 0x04034b50) throw notXlsx();
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    if (start + compressed > buf.length) throw notXlsx();
    const data = buf.subarray(start, start + compressed);
    let content: Buffer;
    if (method === 0) content = data;
    else if (method === 8) {
      try {
        content = await inflateRaw(data, { maxOutputLength: MAX_UNPACKED_BYTES - total + 1 });
      } catch (err) {
        if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge();
        throw notXlsx();
      }
    } else throw notXlsx();
    total += content.length;
    if (total > MAX_UNPACKED_BYTES) throw tooLarge();
    if (name === 'xl/workbook.xml') workbookXml = content.toString('utf8');
    if (name === '[Content_Types].xml') contentTypes = true;
  }
  if (!workbookXml || !contentTypes) throw notXlsx();
  return workbookXml;
}

/** exceljs expands a named range into one object per cell; a whole-sheet name would never finish. */
function checkNamedRanges(workbookXml: string): void {
  let cells = 0;
  for (const m of workbookXml.matchAll(/<definedName\b[^>]*>([^<]*)<\/definedName>/g)) {
    for (const r of (m[1] ?? '').matchAll(/\$?([A-Z]{1,3})\$?(\d+):\$?([A-Z]{1,3})\$?(\d+)/g)) {
      const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
      const width = Math.abs(col(r[3] ?? 'A') - col(r[1] ?? 'A')) + 1;
      const height = Math.abs(Number(r[4]) - Number(r[2])) + 1;
      cells += width * height;
    }
  }
  if (cells > MAX_NAMED_CELLS)
    throw new ExcelFormatError(
      'IMPORT_TOO_LARGE',
      zh(
        '工作簿中定义的名称（公式 › 名称管理器）覆盖的区域过大，请删除这些名称后再导入',
        'Names defined in the workbook (Formulas › Name Manager) cover too large a range; delete them and import again',
      ),
    );
}

/** Every worksheet part but the cells: exceljs would expand their ranges cell by cell. */
const IGNORED_SHEET_PARTS = [
  'sheetPr',
  'dimension',
  'sheetViews',
  'sheetFormatPr',
  'cols',
  'autoFilter',
  'mergeCells',
  'rowBreaks',
  'hyperlinks',
  'pageMargins',
  'dataValidations',
  'pageSetup',
  'headerFooter',
  'printOptions',
  'picture',
  'drawing',
  'sheetProtection',
  'tableParts',
  'conditionalFormatting',
  'extLst',
];

async function loadWorkbook(buffer: Buffer): Promise<ExcelJS.Workbook> {
  checkNamedRanges(await inspectZip(buffer));
  const wb = new ExcelJS.Workbook();
  // maxRows is honoured by exceljs but missing from its typings.
  const options = { ignoreNodes: IGNORED_SHEET_PARTS, maxRows: MAX_ROWS, maxCols: 200 };
  try {
    await wb.xlsx.load(buffer as unknown as ExcelJS.Buffer, options);
  } catch (err) {
    if (err instanceof Error && /^Max .* (count|exceeded)/.test(err.message))
      throw new ExcelFormatError('IMPORT_TOO_LARGE', TOO_LARGE);
    throw new ExcelFormatError('IMPORT_NOT_XLSX', NOT_XLSX);
  }
  return wb;
}

type ReadRow = { row: number; record: Record<string, unknown> };

/** Reads a workbook into catalog inputs, reporting structural problems per cell. */
export async function workbookToCatalog(buffer: Buffer): Promise<WorkbookCatalog> {
  const wb = await loadWorkbook(buffer);
  const problems: SheetProblem[] = [];
  const layout: Layout = {
    sheetNames: Object.fromEntries(SHEET_SPECS.map((s) => [s.key, s.name])) as Record<SheetKey, string>,
    columns: Object.fromEntries(SHEET_SPECS.map((s) => [s.key, new Map<string, number>()])) as Record<
      SheetKey,
      Map<string, number>
    >,
    items: [],
    bundles: [],
    synonyms: [],
  };
  const problemAt = (
    key: SheetKey,
    row: number | null,
    column: Column | null,
    code: string,
    message: Localized,
  ): SheetProblem => {
    const index = column ? layout.columns[key].get(column.key) : undefined;
    return {
      sheet: layout.sheetNames[key],
      row,
      column: index ? columnLetter(index) : null,
      header: column?.label ?? null,
      field: column?.key ?? key,
      code,
      message,
    };
  };

  // Headers first: with a sheet or column missing, the rows cannot be read reliably.
  const sheets = new Map<SheetKey, Worksheet>();
  for (const spec of SHEET_SPECS) {
    const ws = wb.worksheets.find((w) => w.name.trim() === spec.name || w.name.trim() === spec.key);
    if (!ws && spec.key === 'process') continue;
    if (!ws) {
      problems.push(
        problemAt(
          spec.key,
          null,
          null,
          'SHEET_MISSING',
          zh(`缺少工作表“${spec.name}”`, `The sheet "${spec.name}" (${spec.key}) is missing`),
        ),
      );
      continue;
    }
    layout.sheetNames[spec.key] = ws.name;
    sheets.set(spec.key, ws);
    const columns: readonly Column[] = spec.columns;
    const found = layout.columns[spec.key];
    const keyRow = ws.getRow(HEADER_ROWS);
    for (let i = 1; i <= keyRow.cellCount; i++) {
      const v = plain(keyRow.getCell(i).value);
      const key = typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '';
      if (!key) continue;
      const spot = { sheet: ws.name, row: HEADER_ROWS, column: columnLetter(i), field: key };
      if (!columns.some((col) => col.key === key)) {
        problems.push({
          ...spot,
          header: null,
          code: 'COLUMN_UNKNOWN',
          message: zh(
            `第 ${HEADER_ROWS} 行的列标识“${key}”无法识别；自己加的列请把第 ${HEADER_ROWS} 行留空`,
            `Unknown column key "${key}" in row ${HEADER_ROWS}; leave row ${HEADER_ROWS} empty for columns of your own`,
          ),
        });
      } else if (found.has(key)) {
        problems.push({
          ...spot,
          header: columns.find((col) => col.key === key)?.label ?? null,
          code: 'COLUMN_DUPLICATE',
          message: zh(`列标识“${key}”出现了两次`, `The column key "${key}" appears twice`),
        });
      } else found.set(key, i);
    }
    for (const column of columns) {
      if (column.kind.t === 'ref' || column.optional || found.has(column.key)) continue;
      problems.push(
        problemAt(
          spec.key,
          HEADER_ROWS,
          column,
          'COLUMN_MISSING',
          zh(
            `缺少列“${column.label}”（第 ${HEADER_ROWS} 行标识 ${column.key}）`,
            `The column "${column.label}" (key ${column.key} in row ${HEADER_ROWS}) is missing`,
          ),
        ),
      );
    }
  }
  if (problems.length) {
    const locate = (): SheetProblem => {
      throw new Error('the workbook could not be read; there is nothing to locate');
    };
    return { readable: false, processSheet: false, items: [], bundles: [], synonyms: [], problems, locate };
  }

  /** Cells that did not decode, as `sheet key|row|column key`: each already has its problem. */
  const undecoded = new Set<string>();
  const read = (key: SheetKey): ReadRow[] => {
    const ws = sheets.get(key);
    if (!ws) return [];
    const columns: readonly Column[] = SPEC[key].columns;
    const rows: ReadRow[] = [];
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      if (rowNumber <= HEADER_ROWS) return;
      const record: Record<string, unknown> = {};
      let filled = false;
      for (const column of columns) {
        if (column.kind.t === 'ref') continue;
        const index = layout.columns[key].get(column.key);
        // Left out, not emptied: the import fills it from what is stored.
        if (!index && column.optional) continue;
        const cell = index ? plain(row.getCell(index).value) : null;
        if (cell !== null && !(typeof cell === 'string' && cell.trim() === '')) filled = true;
        const decoded = decode(column.kind, cell);
        if (decoded.ok) setPath(record, column.path, decoded.value);
        else {
          problems.push(problemAt(key, rowNumber, column, decoded.code, decoded.message));
          undecoded.add(`${key}|${rowNumber}|${column.key}`);
        }
      }
      if (filled) rows.push({ row: rowNumber, record });
    });
    return rows;
  };
  const column = (key: SheetKey, columnKey: string): Column | null =>
    (SPEC[key].columns as readonly Column[]).find((col) => col.key === columnKey) ?? null;

  const items: Record<string, unknown>[] = [];
  const byCode = new Map<string, number>();
  for (const { row, record } of read('items')) {
    const sub = record.subItem as { code?: unknown; name?: unknown } | undefined;
    if (sub && sub.code === undefined && sub.name === undefined) record.subItem = null;
    const fee = record.fee as { free?: unknown; amountYuan?: unknown; basis?: unknown } | undefined;
    if (fee?.free === true) {
      for (const k of ['amountYuan', 'basis'] as const) {
        if (fee[k] !== undefined)
          problems.push(
            problemAt(
              'items',
              row,
              column('items', `fee.${k}`),
              'FEE_ON_FREE_ITEM',
              zh('免费事项不填收费金额和收费依据', 'A free item has no fee amount or basis'),
            ),
          );
      }
      record.fee = { free: true };
    } else if (fee?.free === undefined) delete record.fee;
    Object.assign(record, {
      legalBasis: [],
      materials: [],
      faq: [],
      situations: { questions: [], rules: [] },
    });
    if (typeof record.implCode === 'string') {
      const first = byCode.get(record.implCode);
      // Child rows go to the first row with the code; a second one could not be told apart.
      if (first === undefined) byCode.set(record.implCode, items.length);
      else {
        const firstRow = layout.items[first]?.row;
        problems.push(
          problemAt(
            'items',
            row,
            column('items', 'implCode'),
            'IMPL_CODE_DUPLICATE',
            zh(`与第 ${firstRow} 行的实施编码重复`, `Same implementation code as row ${firstRow}`),
          ),
        );
      }
    }
    items.push(record);
    layout.items.push({
      row,
      specialRow: null,
      legal_basis: [],
      materials: [],
      questions: [],
      rules: [],
      faq: [],
      process: [],
    });
  }

  const attach: Record<
    Exclude<ChildKey, 'process'>,
    (item: Record<string, unknown>, child: Record<string, unknown>) => void
  > = {
    legal_basis: (item, child) => (item.legalBasis as unknown[]).push(child),
    materials: (item, child) => (item.materials as unknown[]).push(child),
    questions: (item, child) => (item.situations as { questions: unknown[] }).questions.push(child),
    rules: (item, child) => (item.situations as { rules: unknown[] }).rules.push(child),
    faq: (item, child) => (item.faq as unknown[]).push(child),
  };
  /** One item's process: its steps by 环节顺序, its special procedures from the one row that has them. */
  const assembleProcess = (entries: ReadRow[], rows: Layout['items'][number]) => {
    const at = (row: number, key: string, code: string, message: Localized) =>
      problems.push(problemAt('process', row, column('process', key), code, message));
    const orderRows = new Map<number, number>();
    const ordered: { order: number; row: number; step: Record<string, unknown> }[] = [];
    let specialProcedures: unknown = [];
    for (const { row, record } of entries) {
      const { order, specialProcedures: special, departmentKey, ...step } = record;
      if (Array.isArray(special) && special.length) {
        if (rows.specialRow === null) {
          rows.specialRow = row;
          specialProcedures = special;
        } else
          at(
            row,
            'specialProcedures',
            'SPECIAL_PROCEDURES_REPEATED',
            zh(
              `该事项的特别程序已在第 ${rows.specialRow} 行填写，每个事项只填一行`,
              `This item's special procedures are already on row ${rows.specialRow}; fill them in on one row only`,
            ),
          );
      }
      const valid = typeof order === 'number' && Number.isInteger(order) && order >= 1;
      if (valid) {
        const first = orderRows.get(order);
        if (first !== undefined)
          at(
            row,
            'order',
            'STEP_ORDER_DUPLICATE',
            zh(`与第 ${first} 行的环节顺序重复`, `Same step order as row ${first}`),
          );
        else orderRows.set(order, row);
      } else if (order !== undefined)
        at(
          row,
          'order',
          'STEP_ORDER_INVALID',
          zh('环节顺序应为 1、2、3 这样的正整数', 'The step order must be a whole number from 1'),
        );
      // An undecodable cell is already reported; an empty one is not.
      else if (!undecoded.has(`process|${row}|order`))
        at(row, 'order', 'required', zh('请填写环节顺序', 'The step order is required'));
      ordered.push({
        order: valid ? order : Infinity,
        row,
        step: { ...step, role: 'reviewer', ...(departmentKey === undefined ? {} : { departmentKey }) },
      });
    }
    ordered.sort((a, b) => a.order - b.order);
    rows.process = ordered.map((o) => o.row);
    return { steps: ordered.map((o) => o.step), specialProcedures };
  };
  const steps = new Map<Record<string, unknown>, { rows: Layout['items'][number]; entries: ReadRow[] }>();
  for (const key of CHILD_KEYS) {
    for (const { row, record } of read(key)) {
      const { implCode, ...child } = record;
      const index = typeof implCode === 'string' ? byCode.get(implCode) : undefined;
      const item = index === undefined ? undefined : items[index];
      const rows = index === undefined ? undefined : layout.items[index];
      if (!item || !rows) {
        // A code the row could not be decoded from already has its problem.
        if (implCode === undefined || typeof implCode === 'string')
          problems.push(
            problemAt(
              key,
              row,
              column(key, 'implCode'),
              implCode === undefined ? 'required' : 'ITEM_NOT_IN_FILE',
              implCode === undefined
                ? zh('请填写实施编码', 'The implementation code is required')
                : zh(
                    `“${SPEC.items.name}”表中没有实施编码为 ${implCode} 的事项`,
                    `No item with implementation code ${implCode} in the sheet "${SPEC.items.name}"`,
                  ),
            ),
          );
        continue;
      }
      if (key === 'process') {
        const found = steps.get(item) ?? { rows, entries: [] };
        found.entries.push({ row, record: child });
        steps.set(item, found);
      } else {
        attach[key](item, child);
        rows[key].push(row);
      }
    }
  }
  // Sorted by 环节顺序 once all of an item's rows are in. An item without rows keeps no process.
  for (const [item, { rows, entries }] of steps) item.process = assembleProcess(entries, rows);

  const bundles: unknown[] = [];
  for (const { row, record } of read('bundles')) {
    bundles.push(record);
    layout.bundles.push(row);
  }

  const synonyms: Synonym[] = [];
  const phrases = new Map<string, number>();
  for (const { row, record } of read('synonyms')) {
    const parsed = synonymSchema.safeParse(record);
    if (!parsed.success) {
      for (const d of issuesToDetails(parsed.error.issues))
        problems.push(
          problemAt(
            'synonyms',
            row,
            column('synonyms', (d.field ?? '').split('.')[0] ?? ''),
            d.code ?? 'invalid',
            typeof d.message === 'string' ? zh(d.message, d.message) : d.message,
          ),
        );
      continue;
    }
    const first = phrases.get(parsed.data.phrase);
    if (first !== undefined) {
      problems.push(
        problemAt(
          'synonyms',
          row,
          column('synonyms', 'phrase'),
          'SYNONYM_DUPLICATE',
          zh(`与第 ${first} 行的说法重复`, `Same phrase as row ${first}`),
        ),
      );
      continue;
    }
    phrases.set(parsed.data.phrase, row);
    synonyms.push(parsed.data);
    layout.synonyms.push(row);
  }

  const locate: WorkbookCatalog['locate'] = (p) => {
    const path = p.field.split('.').filter(Boolean);
    const spot =
      p.sheet === 'items'
        ? itemSpot(layout, p.row, path)
        : {
            key: p.sheet,
            row: (p.sheet === 'bundles' ? layout.bundles : layout.synonyms)[p.row] ?? null,
            rest: path,
          };
    return problemAt(spot.key, spot.row, columnFor(spot.key, spot.rest), p.code, p.message);
  };
  return { readable: true, processSheet: sheets.has('process'), items, bundles, synonyms, problems, locate };
}

const synonymSchema = z.strictObject({
  phrase: z.string().trim().min(1).max(50),
  expansions: z.array(z.string().trim().min(1).max(50)).min(1).max(20),
});

/** The sheet and row of a field of the item at `index`, and the path left for the column. */
function itemSpot(
  layout: Layout,
  index: number,
  path: string[],
): { key: SheetKey; row: number | null; rest: string[] } {
  const rows = layout.items[index];
  const itemRow = { key: 'items' as const, row: rows?.row ?? null, rest: path };
  const child = (key: ChildKey, at: number) => {
    const n = Number(path[at]);
    const row = Number.isInteger(n) ? rows?.[key][n] : undefined;
    // A whole list (e.g. too few legal bases) has no row of its own: point at the item.
    return row === undefined ? { ...itemRow, rest: ['implCode'] } : { key, row, rest: path.slice(at + 1) };
  };
  switch (path[0] ?? '') {
    case 'legalBasis':
      return child('legal_basis', 1);
    case 'materials':
      return child('materials', 1);
    case 'faq':
      return child('faq', 1);
    case 'process': {
      if (path[1] === 'steps' && path[2] !== undefined) return child('process', 2);
      // The whole process (e.g. too many steps) is on its first row; so are its special procedures.
      const special = path[1] === 'specialProcedures';
      const row = (special ? rows?.specialRow : null) ?? rows?.process[0];
      return row === undefined
        ? { ...itemRow, rest: ['implCode'] }
        : { key: 'process', row, rest: special ? ['specialProcedures'] : [] };
    }
    case 'situations':
      if (path[1] === 'questions') return child('questions', 2);
      if (path[1] === 'rules') return child('rules', 2);
      return { ...itemRow, rest: ['implCode'] };
    default:
      return itemRow;
  }
}

/** The column a field path lands in: the longest matching column path, else the sheet's first column. */
function columnFor(key: SheetKey, rest: string[]): Column | null {
  const columns = (SPEC[key].columns as readonly Column[]).filter((col) => col.kind.t !== 'ref');
  for (let n = rest.length; n > 0; n--) {
    const path = rest.slice(0, n).join('.');
    const hit = columns.find((col) => col.path === path);
    if (hit) return hit;
  }
  const head = rest[0];
  return (head && columns.find((col) => col.path.startsWith(`${head}.`))) || columns[0] || null;
}

// ---- import and export ----

export type WorkbookImportResult =
  Extract<ImportResult, { ok: true }> | { ok: false; problems: SheetProblem[] };

type Input = { items: ItemInput[]; bundles: BundleInput[]; synonyms: Synonym[] };

class Rehearsal extends Error {
  constructor(readonly result: ImportResult) {
    super('rehearsal');
  }
}

/** importCatalog inside a transaction that is always rolled back: all its findings, no writes. */
async function rehearse(ctx: SignedInCtx, input: Input): Promise<ImportResult> {
  try {
    await ctx.db.transaction(async (tx) => {
      throw new Rehearsal(await importCatalog({ ...ctx, db: tx }, input));
    });
  } catch (err) {
    if (err instanceof Rehearsal) return err.result;
    throw err;
  }
  throw new Error('the rehearsal did not roll back');
}

function zodProblems(
  book: WorkbookCatalog,
  sheet: 'items' | 'bundles',
  row: number,
  issues: z.core.$ZodIssue[],
): SheetProblem[] {
  return issuesToDetails(issues).map((d) => {
    const field = d.field ?? '';
    const message = typeof d.message === 'string' ? zh(d.message, d.message) : d.message;
    if (sheet === 'items' && field === 'legalBasis' && d.code === 'too_small') {
      return book.locate({
        sheet,
        row,
        field,
        code: 'LEGAL_BASIS_MISSING',
        message: zh(
          `缺少法律依据：请在“${SPEC.legal_basis.name}”表中为该事项至少填写一行`,
          `No legal basis: add at least one row for this item in the sheet "${SPEC.legal_basis.name}"`,
        ),
      });
    }
    return book.locate({ sheet, row, field, code: d.code ?? 'invalid', message });
  });
}

/**
 * Role limits importCatalog leaves to the editors' routes: a department admin edits only their own
 * department's items and no bundles; synonyms are platform-wide, so only a platform admin changes
 * them. Rows identical to what is stored pass, so any role can re-import its own export.
 */
async function roleProblems(
  ctx: SignedInCtx,
  book: WorkbookCatalog,
  items: { index: number; item: ItemInput }[],
  bundles: { index: number; bundle: BundleInput }[],
): Promise<SheetProblem[]> {
  const { actor } = ctx;
  const problems: SheetProblem[] = [];
  if (actor.role === 'dept_admin') {
    const [own] = actor.departmentId
      ? await ctx.db
          .select({ key: departments.key, regionCode: departments.regionCode })
          .from(departments)
          .where(eq(departments.id, actor.departmentId))
      : [];
    for (const { index, item } of items) {
      if (own && item.departmentKey === own.key && item.regionCode === own.regionCode) continue;
      problems.push(
        book.locate({
          sheet: 'items',
          row: index,
          field: 'departmentKey',
          code: 'OUT_OF_SCOPE',
          message: zh('部门管理员只能导入本部门的事项', 'A department admin may import only their own items'),
        }),
      );
    }
  }
  if (bundles.length) {
    const saved = await ctx.db
      .select({ code: catalogBundles.code, data: catalogBundles.data })
      .from(catalogBundles)
      .where(
        inArray(
          catalogBundles.code,
          bundles.map((b) => b.bundle.code),
        ),
      );
    for (const { index, bundle } of bundles) {
      const same = saved.find((s) => s.code === bundle.code);
      if (same && canonicalJson(same.data) === canonicalJson(bundle)) continue;
      if (actor.role === 'dept_admin')
        problems.push(
          book.locate({
            sheet: 'bundles',
            row: index,
            field: 'code',
            code: 'FORBIDDEN_ROLE',
            message: zh('部门管理员不能新增或修改一件事', 'A department admin may not add or change bundles'),
          }),
        );
      else if (!regionCovers(actor.regionCode, bundle.regionCode))
        problems.push(
          book.locate({
            sheet: 'bundles',
            row: index,
            field: 'regionCode',
            code: 'OUT_OF_SCOPE',
            message: zh('该一件事不在您的管辖区划内', 'This bundle is outside your region'),
          }),
        );
    }
  }
  if (actor.role !== 'platform_admin' && book.synonyms.length) {
    const stored = new Map(
      (await ctx.db.select().from(catalogSynonyms)).map((s) => [s.phrase, JSON.stringify(s.expansions)]),
    );
    book.synonyms.forEach((s, index) => {
      if (stored.get(s.phrase) === JSON.stringify(s.expansions)) return;
      problems.push(
        book.locate({
          sheet: 'synonyms',
          row: index,
          field: 'expansions',
          code: 'FORBIDDEN_ROLE',
          message: zh(
            '同义词全平台共用，只有平台管理员可以新增或修改',
            'Synonyms are platform-wide; only a platform admin may add or change them',
          ),
        }),
      );
    });
  }
  return problems;
}

/** importCatalog checks an item's own department; a step's department is checked here, in the same region. */
async function stepDepartmentProblems(
  ctx: SignedInCtx,
  book: WorkbookCatalog,
  items: { index: number; item: ItemInput }[],
): Promise<SheetProblem[]> {
  const steps = items.flatMap(({ index, item }) =>
    (item.process?.steps ?? []).flatMap((step, n) =>
      step.departmentKey ? [{ index, n, regionCode: item.regionCode, key: step.departmentKey }] : [],
    ),
  );
  if (!steps.length) return [];
  const known = new Set(
    (
      await ctx.db
        .select({ regionCode: departments.regionCode, key: departments.key })
        .from(departments)
        .where(inArray(departments.key, [...new Set(steps.map((s) => s.key))]))
    ).map((d) => `${d.regionCode}|${d.key}`),
  );
  return steps
    .filter((s) => !known.has(`${s.regionCode}|${s.key}`))
    .map((s) =>
      book.locate({
        sheet: 'items',
        row: s.index,
        field: `process.steps.${s.n}.departmentKey`,
        code: 'DEPARTMENT_UNKNOWN',
        message: zh('该区划下没有这个部门', 'No such department in this region'),
      }),
    );
}

const cellKey = (p: SheetProblem) => `${p.sheet}|${p.row ?? ''}|${p.column ?? p.field}`;

/** Structural problems come first; a cell that has one needs no second opinion on the same cell. */
function tidy(structural: SheetProblem[], others: SheetProblem[]): SheetProblem[] {
  const taken = new Set(structural.map(cellKey));
  const seen = new Set<string>();
  const order = new Map<string, number>(
    SHEET_SPECS.flatMap((s, i) => [[s.name, i] as const, [s.key, i] as const]),
  );
  // A whole-row or missing-column problem comes after the row's cells.
  const letters = (c: string | null) => (c === null ? '~' : c.padStart(3, ' '));
  return [...structural, ...others.filter((p) => !taken.has(cellKey(p)))]
    .filter((p) => {
      const key = `${cellKey(p)}|${p.code}|${p.message.en}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map((p, i) => ({ p, i }))
    .sort(
      (a, b) =>
        (order.get(a.p.sheet) ?? 99) - (order.get(b.p.sheet) ?? 99) ||
        (a.p.row ?? 0) - (b.p.row ?? 0) ||
        letters(a.p.column).localeCompare(letters(b.p.column)) ||
        a.i - b.i,
    )
    .map(({ p }) => p);
}

const MATERIAL_FILE_FIELDS = ['blankFormFileId', 'sampleFileId'] as const;

/** A raw material row read from a workbook without the file columns of 申请材料 (made before they existed). */
const lacksFileColumns = (m: unknown): m is Record<string, unknown> =>
  m !== null && typeof m === 'object' && MATERIAL_FILE_FIELDS.some((f) => !(f in m));

/**
 * An older workbook lacks parts an item has since gained: a material without the file columns keeps
 * the files of the same material (by key) in its item's published version.
 */
function keepStoredMaterialFiles(rawItems: unknown[], stored: Map<string, ItemInput>): void {
  for (const raw of rawItems) {
    const { implCode, materials } = raw as { implCode?: unknown; materials?: unknown };
    if (typeof implCode !== 'string' || !Array.isArray(materials)) continue;
    for (const m of materials.filter(lacksFileColumns)) {
      const files = stored.get(implCode)?.materials.find((s) => s.key === String(m.key));
      for (const f of MATERIAL_FILE_FIELDS) if (!(f in m)) m[f] = files?.[f] ?? null;
    }
  }
}

/**
 * Imports a workbook: every row is checked first (the file's structure, each item and bundle, the
 * caller's role and region, then importCatalog's own checks), and on any problem nothing is written.
 * Throws ExcelFormatError when the bytes are not a usable .xlsx.
 */
export async function importWorkbook(ctx: SignedInCtx, buffer: Buffer): Promise<WorkbookImportResult> {
  const book = await workbookToCatalog(buffer);
  const structural = book.problems;
  if (!book.readable) return { ok: false, problems: tidy(structural, []) };

  const problems: SheetProblem[] = [];
  // What an older workbook lacks (the 办理流程 sheet, the material file columns) stays as published.
  const rawMaterials = book.items.flatMap((raw) => {
    const { materials } = raw as { materials?: unknown };
    return Array.isArray(materials) ? (materials as unknown[]) : [];
  });
  const stored =
    !book.processSheet || rawMaterials.some(lacksFileColumns)
      ? await publishedDataByImplCode(
          ctx.db,
          book.items.flatMap((raw) => {
            const { implCode } = raw as { implCode?: unknown };
            return typeof implCode === 'string' ? [implCode] : [];
          }),
        )
      : new Map<string, ItemInput>();
  keepStoredMaterialFiles(book.items, stored);
  const items: { index: number; item: ItemInput }[] = [];
  book.items.forEach((raw, index) => {
    const parsed = itemInputSchema.safeParse(raw);
    if (parsed.success) items.push({ index, item: parsed.data });
    else problems.push(...zodProblems(book, 'items', index, parsed.error.issues));
  });
  const bundles: { index: number; bundle: BundleInput }[] = [];
  book.bundles.forEach((raw, index) => {
    const parsed = bundleInputSchema.safeParse(raw);
    if (parsed.success) bundles.push({ index, bundle: parsed.data });
    else problems.push(...zodProblems(book, 'bundles', index, parsed.error.issues));
  });
  problems.push(...(await roleProblems(ctx, book, items, bundles)));
  problems.push(...(await stepDepartmentProblems(ctx, book, items)));
  for (const { index, item } of items) {
    const fileProblems = await materialFileProblems(ctx.db, ctx.actor.accountId, item, {
      implCode: item.implCode,
    });
    problems.push(...fileProblems.map((p) => book.locate({ ...p, sheet: 'items', row: index })));
  }

  // Only rows that parsed go on to importCatalog; its row numbers index what it was given.
  // A workbook without the 办理流程 sheet (made before it existed) keeps each item's published
  // process instead of silently losing it.
  const storedProcess = (implCode: string) => {
    const process = book.processSheet ? undefined : stored.get(implCode)?.process;
    return process && processSchema.parse(process);
  };
  const input: Input = {
    items: items.map(({ item }) => {
      const process = item.process ?? storedProcess(item.implCode);
      return process ? { ...item, process } : item;
    }),
    bundles: bundles.map((b) => b.bundle),
    synonyms: book.synonyms,
  };
  const rehearsal = structural.length > 0 || problems.length > 0;
  const result = rehearsal ? await rehearse(ctx, input) : await importCatalog(ctx, input);
  if (result.ok && !rehearsal) return result;

  const rawCodes = new Set(book.items.map((i) => (i as { implCode?: unknown }).implCode));
  for (const p of result.ok ? [] : result.problems) {
    if (p.sheet === 'items') {
      // (A duplicate code never gets here: the reader reports it, and its row gets no children.)
      const entry = items[p.row];
      // The limits to change are on the 办理流程 sheet; its first step stands for them all.
      const field = p.code === 'PROCESS_STEPS_EXCEED_PROMISE' ? 'process.steps.0.limitDays' : p.field;
      if (entry) problems.push(book.locate({ ...p, field, row: entry.index }));
    } else {
      const entry = bundles[p.row];
      if (!entry) continue;
      // A member whose own row failed to parse was left out of the import: its row says why.
      const member = /^memberImplCodes\.(\d+)$/.exec(p.field);
      if (
        p.code === 'MEMBER_UNKNOWN' &&
        member &&
        rawCodes.has(entry.bundle.memberImplCodes[Number(member[1])])
      )
        continue;
      problems.push(book.locate({ ...p, row: entry.index }));
    }
  }
  return { ok: false, problems: tidy(structural, problems) };
}

/**
 * The published catalog in the caller's scope: their region's items (a department admin's: their
 * department's), the bundles all of whose members are among them, and every synonym. So the file
 * imports back cleanly, and unchanged, for the same caller.
 */
export async function exportWorkbook(ctx: SignedInCtx): Promise<Buffer> {
  const { actor } = ctx;
  const where: SQL[] = [isNotNull(catalogItems.publishedVersion)];
  if (actor.regionCode) where.push(like(catalogItems.regionCode, `${actor.regionCode}%`));
  if (actor.role === 'dept_admin')
    where.push(actor.departmentId ? eq(catalogItems.departmentId, actor.departmentId) : sql`false`);
  const rows = await ctx.db
    .select({ data: catalogItemVersions.data })
    .from(catalogItems)
    .innerJoin(catalogItemVersions, publishedVersionOf)
    .where(and(...where))
    .orderBy(catalogItems.implCode);
  const items = rows.map((r) => itemInputSchema.parse(r.data));
  const codes = new Set(items.map((i) => i.implCode));

  const bundleRows =
    actor.role === 'dept_admin'
      ? []
      : await ctx.db
          .select({ data: catalogBundles.data })
          .from(catalogBundles)
          .where(actor.regionCode ? like(catalogBundles.regionCode, `${actor.regionCode}%`) : undefined)
          .orderBy(catalogBundles.code);
  const bundles = bundleRows
    .map((b) => bundleInputSchema.parse(b.data))
    .filter((b) => b.memberImplCodes.every((code) => codes.has(code)));

  const synonyms = await ctx.db
    .select({ phrase: catalogSynonyms.phrase, expansions: catalogSynonyms.expansions })
    .from(catalogSynonyms)
    .orderBy(catalogSynonyms.phrase);
  return catalogToWorkbook(items, bundles, synonyms);
}

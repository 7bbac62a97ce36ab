import { z } from 'zod';

/** GB/T 39046—2020 code sets, with their Chinese labels. */
export const ITEM_TYPES = {
  '01': '行政许可',
  '02': '行政处罚',
  '03': '行政强制',
  '04': '行政征收',
  '05': '行政给付',
  '06': '行政检查',
  '07': '行政确认',
  '08': '行政奖励',
  '09': '行政裁决',
  '10': '其他行政权力',
  '20': '公共服务',
} as const;
export type ItemType = keyof typeof ITEM_TYPES;
const itemTypeCodes = Object.keys(ITEM_TYPES) as [ItemType, ...ItemType[]];

export const ITEM_LEVELS = {
  1: '国家级',
  2: '省级',
  3: '市级',
  4: '县级',
  5: '乡镇（街道）级',
  6: '村（社区）级',
} as const;
export const SERVICE_OBJECTS = {
  1: '自然人',
  2: '企业法人',
  3: '事业法人',
  4: '社会组织法人',
  5: '行政机关',
  6: '其他组织',
} as const;
export const HANDLING_FORMS = { 1: '窗口办理', 2: '电脑端', 3: '移动端', 4: '快递' } as const;
export const CASE_TYPES = { 1: '即办件', 2: '承诺件' } as const;
/** 网上办理深度: Ⅰ information only … Ⅳ fully online (全程网办). */
export const ONLINE_DEPTHS = ['I', 'II', 'III', 'IV'] as const;
export const CROSS_REGION_SCOPES = {
  none: '不支持',
  national: '全国通办',
  province: '跨省通办',
  city: '跨市通办',
  county: '跨县通办',
} as const;
/** 国办函〔2016〕108号: A issued by the implementing body, B checked by the window, C uploaded (original checked), D made by the applicant. */
export const TRUST_LEVELS = ['A', 'B', 'C', 'D'] as const;
export const MATERIAL_FORMS = { original: '原件', copy: '复印件', electronic: '电子件' } as const;
export const BODY_NATURES = {
  statutory: '法定机关',
  authorized: '法律法规授权组织',
  entrusted: '受委托组织',
} as const;
export const RESULT_KINDS = {
  license: '证照',
  decision: '决定书',
  certificate: '证明',
  other: '其他',
} as const;

const keyOf = <T extends Record<string, unknown>>(o: T) =>
  Object.keys(o) as [Extract<keyof T, string>, ...Extract<keyof T, string>[]];
const numKey = <T extends Record<number, unknown>>(o: T) =>
  z.union(
    Object.keys(o).map((k) => z.literal(Number(k))) as unknown as [
      z.ZodLiteral<number>,
      z.ZodLiteral<number>,
    ],
  );

/** A short key, unique within its item: lets rules and bundles name materials and questions. */
const localKey = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, 'lower-case key');
const text = (max: number) => z.string().trim().min(1).max(max);

export const materialSchema = z.strictObject({
  key: localKey,
  name: text(200),
  /** always: every applicant; conditional: only when a situation rule adds it. */
  requirement: z.enum(['always', 'conditional']),
  form: z.enum(keyOf(MATERIAL_FORMS)),
  count: z.number().int().min(1).max(99),
  issuer: z.string().trim().max(100),
  trustLevel: z.enum(TRUST_LEVELS),
  /** 关键材料: without it the application cannot be judged, so it is never accepted as tolerated (容缺). */
  essential: z.boolean().default(false),
  note: z.string().trim().max(500).default(''),
  /** 一证通办: the licence type that replaces this material when the applicant holds one. */
  licenseType: z.string().trim().max(100).nullable().default(null),
  /** 无证明: the proof this material stands for. */
  proofItem: z.string().trim().max(100).nullable().default(null),
  /** A material shared across items (e.g. 营业执照): bundles ask for it once. */
  sharedKey: z
    .string()
    .regex(/^[a-z][a-z0-9_]{0,39}$/)
    .nullable()
    .default(null),
  /**
   * 空白表格 and 示例样表: uploads (stored file ids) the guide offers for download. Optional before the
   * default because responses encode stored versions as they are, and versions saved before these
   * fields existed lack them; parsing still gives null.
   */
  blankFormFileId: z.uuid().nullable().optional().default(null),
  sampleFileId: z.uuid().nullable().optional().default(null),
});
export type Material = z.infer<typeof materialSchema>;

export const situationsSchema = z.strictObject({
  questions: z
    .array(
      z.strictObject({
        key: localKey,
        text: text(200),
        options: z
          .array(z.strictObject({ key: localKey, label: text(100) }))
          .min(2)
          .max(20),
      }),
    )
    .max(20),
  rules: z
    .array(
      z.strictObject({
        when: z.strictObject({ question: localKey, option: localKey }),
        addMaterials: z.array(localKey).default([]),
        addConditions: z.array(text(500)).default([]),
      }),
    )
    .max(100),
});
export type Situations = z.infer<typeof situationsSchema>;

export const feeSchema = z.discriminatedUnion('free', [
  z.strictObject({ free: z.literal(true) }),
  z.strictObject({
    free: z.literal(false),
    amountYuan: z.number().positive().max(10_000_000),
    basis: text(500),
  }),
]);

/** 行政许可法 Art. 45: procedures whose time does not count towards the limit. */
export const SPECIAL_PROCEDURES = {
  hearing: '听证',
  tender: '招标',
  auction: '拍卖',
  inspection: '检验',
  testing: '检测',
  quarantine: '检疫',
  appraisal: '鉴定',
  expert: '专家评审',
} as const;
export type SpecialProcedure = keyof typeof SPECIAL_PROCEDURES;

/** The steps of a case after acceptance; items without one follow the default (审查 → 决定). */
export const processSchema = z.strictObject({
  steps: z
    .array(
      z.strictObject({
        key: localKey,
        name: text(50),
        role: z.literal('reviewer'),
        /** Another department of the item's region acts at this step; by default the item's own. */
        departmentKey: z
          .string()
          .regex(/^[a-z][a-z0-9_]{1,31}$/)
          .optional(),
        limitDays: z.number().int().min(0).max(365),
      }),
    )
    .min(1)
    .max(20),
  specialProcedures: z.array(z.enum(keyOf(SPECIAL_PROCEDURES))).default([]),
});
export type ProcessDefinition = z.infer<typeof processSchema>;

/** One handling item (业务办理项) as an editor or an import writes it. */
export const itemInputSchema = z.strictObject({
  baseCode: z.string().regex(/^[0-9A-Z]{12}$/, '12-character basic code'),
  implCode: z.string().regex(/^[0-9A-Z]{33}$/, 'credit code (18) + basic code (12) + handling serial (3)'),
  name: text(200),
  aliases: z.array(text(100)).max(20).default([]),
  keywords: z.array(text(50)).max(30).default([]),
  type: z.enum(itemTypeCodes),
  level: numKey(ITEM_LEVELS),
  mainItem: z.strictObject({ code: z.string().regex(/^[0-9A-Z]{6,12}$/), name: text(200) }),
  subItem: z
    .strictObject({ code: z.string().regex(/^[0-9A-Z]{6,12}$/), name: text(200) })
    .nullable()
    .default(null),
  implementingBody: z.strictObject({
    name: text(100),
    creditCode: z.string().length(18),
    nature: z.enum(keyOf(BODY_NATURES)),
  }),
  regionCode: z.string().regex(/^\d{2,12}$/),
  departmentKey: z.string().regex(/^[a-z][a-z0-9_]{1,31}$/),
  serviceObjects: z.array(numKey(SERVICE_OBJECTS)).min(1),
  themes: z.array(text(30)).max(10).default([]),
  legalBasis: z
    .array(
      z.strictObject({
        law: text(200),
        article: z.string().trim().max(100),
        text: z.string().trim().max(2000),
      }),
    )
    .min(1),
  acceptanceConditions: z.array(text(500)).default([]),
  statutoryDays: z.number().int().min(0).max(365),
  promisedDays: z.number().int().min(0).max(365),
  caseType: numKey(CASE_TYPES),
  visits: z.union([z.literal(0), z.literal(1), z.literal(2)]),
  onlineDepth: z.enum(ONLINE_DEPTHS),
  handlingForms: z.array(numKey(HANDLING_FORMS)).min(1),
  fee: feeSchema,
  places: z.array(text(200)).default([]),
  booking: z.boolean(),
  onlinePayment: z.boolean(),
  postalDelivery: z.boolean(),
  crossRegion: z.enum(keyOf(CROSS_REGION_SCOPES)),
  result: z.strictObject({
    kind: z.enum(keyOf(RESULT_KINDS)),
    name: text(100),
    licenseType: z.string().trim().max(100).nullable().default(null),
  }),
  faq: z
    .array(z.strictObject({ q: text(300), a: text(2000) }))
    .max(50)
    .default([]),
  materials: z.array(materialSchema).max(100),
  situations: situationsSchema.default({ questions: [], rules: [] }),
  process: processSchema.optional(),
});
export type ItemInput = z.infer<typeof itemInputSchema>;
export type ItemInputRaw = z.input<typeof itemInputSchema>;

export const LIFE_CYCLES = { personal: '个人生命周期', business: '企业生命周期' } as const;

/** 一件事: several items handled as one life event, with a lead department. */
export const bundleInputSchema = z.strictObject({
  code: z.string().regex(/^[A-Z0-9-]{3,40}$/),
  name: text(100),
  regionCode: z.string().regex(/^\d{2,12}$/),
  lifeCycle: z.enum(keyOf(LIFE_CYCLES)),
  lifeEvent: text(50),
  description: text(1000),
  leadDepartmentKey: z.string().regex(/^[a-z][a-z0-9_]{1,31}$/),
  memberImplCodes: z
    .array(z.string().regex(/^[0-9A-Z]{33}$/))
    .min(2)
    .max(30),
  promisedDays: z.number().int().min(0).max(365),
  keywords: z.array(text(50)).max(30).default([]),
});
export type BundleInput = z.infer<typeof bundleInputSchema>;
export type BundleInputRaw = z.input<typeof bundleInputSchema>;

/**
 * The case (办件) contract shared by the server and the browser: statuses, actions, request bodies.
 * Dates travel as ISO strings ('YYYY-MM-DD' for days, full ISO for instants), never as Date.
 */
import { z } from 'zod';
import { SPECIAL_PROCEDURES, type SpecialProcedure } from './catalog.contract';
import { creditCodeSchema, idNumberSchema } from './identity';

export { SPECIAL_PROCEDURES, type SpecialProcedure };

export const CASE_STATUSES = [
  'draft',
  'submitted',
  'supplement_requested',
  'accepted',
  'in_review',
  'special_procedure',
  'approved',
  'denied',
  'delivered',
  'withdrawn',
  'refused',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const CASE_STATUS_LABELS = {
  draft: { zh: '草稿', en: 'Draft' },
  submitted: { zh: '已提交，待预审', en: 'Submitted, awaiting pre-review' },
  supplement_requested: { zh: '待补正', en: 'Supplement requested' },
  accepted: { zh: '已受理', en: 'Accepted' },
  in_review: { zh: '审查中', en: 'In review' },
  special_procedure: { zh: '特别程序中', en: 'Special procedure' },
  approved: { zh: '准予办理', en: 'Approved' },
  denied: { zh: '不予办理', en: 'Denied' },
  delivered: { zh: '已送达', en: 'Delivered' },
  withdrawn: { zh: '已撤回', en: 'Withdrawn' },
  refused: { zh: '不予受理', en: 'Refused' },
} as const satisfies Record<CaseStatus, { zh: string; en: string }>;

/** Statuses in which the case's clocks run or are paused: accepted and not yet decided. */
export const CLOCKED_STATUSES = [
  'accepted',
  'in_review',
  'special_procedure',
  'supplement_requested',
] as const satisfies readonly CaseStatus[];

/** Statuses of a case still being handled: submitted and not yet decided, withdrawn or refused. */
export const OPEN_STATUSES = [
  'submitted',
  'supplement_requested',
  ...CLOCKED_STATUSES,
] as const satisfies readonly CaseStatus[];

export const CASE_ACTIONS = [
  'submit',
  'accept',
  'refuse',
  'request_supplement',
  'supplement',
  'hand_in',
  'complete_step',
  'return_to_step',
  'transfer',
  'start_special',
  'end_special',
  'extend',
  'approve',
  'deny',
  'deliver',
  'withdraw',
] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];

export const CASE_ACTION_LABELS = {
  submit: { zh: '提交申请', en: 'Submit' },
  accept: { zh: '受理', en: 'Accept' },
  refuse: { zh: '不予受理', en: 'Refuse' },
  request_supplement: { zh: '补正告知', en: 'Request supplement' },
  supplement: { zh: '补正材料', en: 'Supplement' },
  hand_in: { zh: '补交容缺材料', en: 'Hand in tolerated material' },
  complete_step: { zh: '办理完成，转下一环节', en: 'Complete step' },
  return_to_step: { zh: '退回', en: 'Return to step' },
  transfer: { zh: '转办', en: 'Transfer' },
  start_special: { zh: '启动特别程序', en: 'Start special procedure' },
  end_special: { zh: '结束特别程序', en: 'End special procedure' },
  extend: { zh: '延长期限', en: 'Extend' },
  approve: { zh: '准予', en: 'Approve' },
  deny: { zh: '不予', en: 'Deny' },
  deliver: { zh: '送达', en: 'Deliver' },
  withdraw: { zh: '撤回申请', en: 'Withdraw' },
} as const satisfies Record<CaseAction, { zh: string; en: string }>;

export const CHANNELS = ['online', 'window', 'agent'] as const;
export type Channel = (typeof CHANNELS)[number];
export const DELIVERY_METHODS = ['window', 'post', 'electronic'] as const;
export type DeliveryMethod = (typeof DELIVERY_METHODS)[number];
/** received: in hand; tolerated: missing but accepted on a written promise (容缺); missing: not yet given. */
export const MATERIAL_STATES = ['received', 'tolerated', 'missing'] as const;
export type MaterialState = (typeof MATERIAL_STATES)[number];
export const LIGHTS = ['green', 'yellow', 'red'] as const;
export type Light = (typeof LIGHTS)[number];

const specialKinds = Object.keys(SPECIAL_PROCEDURES) as [SpecialProcedure, ...SpecialProcedure[]];

export const isoDaySchema = z.iso.date();
const text = (max: number) => z.string().trim().min(1).max(max);
const key = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, 'lower-case key');
const fileIds = z.array(z.uuid()).max(20);
const phone = z
  .string()
  .trim()
  .regex(/^[0-9+\- ]{5,20}$/, 'phone number');

/** The applicant of a window or agent intake, identified by ID number or credit code. */
export const applicantInputSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('person'),
    name: text(50),
    idNumber: idNumberSchema,
    phone: phone.optional(),
  }),
  z.strictObject({
    kind: z.literal('org'),
    name: text(100),
    creditCode: creditCodeSchema,
    phone: phone.optional(),
  }),
]);
export type ApplicantInput = z.infer<typeof applicantInputSchema>;

export const answersSchema = z.record(key, key);
/** The application form's fields; the item defines no form schema yet, so values stay scalar. */
export const formSchema = z
  .record(z.string().min(1).max(60), z.union([z.string().max(2000), z.number(), z.boolean(), z.null()]))
  .refine((f) => Object.keys(f).length <= 100, 'at most 100 fields');

export const materialEntrySchema = z
  .strictObject({
    key,
    status: z.enum(MATERIAL_STATES),
    fileIds: fileIds.default([]),
    /** 容缺: the applicant's written promise and the day they will hand the material in. */
    promise: z.strictObject({ text: text(500), due: isoDaySchema }).optional(),
  })
  .refine((m) => (m.status === 'tolerated') === (m.promise !== undefined), {
    message: 'a tolerated material needs a promise, and only a tolerated one',
    path: ['promise'],
  });
export type MaterialEntry = z.infer<typeof materialEntrySchema>;

/** An online draft: the item, the questionnaire answers, the form, the uploads per material. */
export const draftBodySchema = z.strictObject({
  implCode: z.string().regex(/^[0-9A-Z]{33}$/),
  answers: answersSchema.default({}),
  form: formSchema.default({}),
  materials: z.array(materialEntrySchema).max(100).default([]),
});
export type DraftBody = z.infer<typeof draftBodySchema>;

/** POST /api/v1/cases: a draft, or (submit: true) a submission in one go. */
export const createCaseBodySchema = draftBodySchema.extend({ submit: z.boolean().default(false) });
export type CreateCaseBody = z.infer<typeof createCaseBodySchema>;

export const updateDraftBodySchema = draftBodySchema.omit({ implCode: true }).extend({ version: z.int() });
export type UpdateDraftBody = z.infer<typeof updateDraftBodySchema>;

export const submitBodySchema = z.strictObject({ version: z.int() });

/** POST /api/v1/cases/intake: a clerk at a general window, or a village agent, takes in an application. */
export const intakeBodySchema = z.strictObject({
  implCode: z.string().regex(/^[0-9A-Z]{33}$/),
  applicant: applicantInputSchema,
  /** A person the applicant entrusted, present at the window (授权委托). */
  representative: z.strictObject({ name: text(50), idNumber: idNumberSchema }).optional(),
  answers: answersSchema.default({}),
  form: formSchema.default({}),
  materials: z.array(materialEntrySchema).max(100).default([]),
  /** Clerks accept, refuse or issue a supplement notice on the spot; agents submit for pre-review. */
  decision: z.enum(['accept', 'refuse', 'supplement', 'submit']),
  opinion: z.string().trim().max(2000).optional(),
});
export type IntakeBody = z.infer<typeof intakeBodySchema>;

const base = {
  version: z.int(),
  opinion: z.string().trim().max(2000).optional(),
  attachments: fileIds.default([]),
};
const required = { ...base, opinion: text(2000) };

/** POST /api/v1/cases/:id/actions, discriminated by action; submit has its own route. */
export const actionBodySchema = z.discriminatedUnion('action', [
  z.strictObject({
    action: z.literal('accept'),
    ...base,
    materials: z.array(materialEntrySchema).max(100).optional(),
  }),
  z.strictObject({ action: z.literal('refuse'), ...required }),
  z.strictObject({
    action: z.literal('request_supplement'),
    ...required,
    /** Everything missing, in one notice (一次性告知). */
    missing: z
      .array(z.strictObject({ key, note: z.string().trim().max(500).default('') }))
      .min(1)
      .max(100),
  }),
  z.strictObject({
    action: z.literal('supplement'),
    ...base,
    materials: z.array(z.strictObject({ key, fileIds })).min(1).max(100),
  }),
  /** A material accepted as tolerated (容缺) is handed in as promised; the decision waits for it. */
  z.strictObject({
    action: z.literal('hand_in'),
    ...base,
    materials: z.array(z.strictObject({ key, fileIds })).min(1).max(100),
  }),
  z.strictObject({ action: z.literal('complete_step'), ...base }),
  z.strictObject({ action: z.literal('return_to_step'), ...required, stepKey: key }),
  z.strictObject({ action: z.literal('transfer'), ...required, departmentId: z.uuid() }),
  z.strictObject({ action: z.literal('start_special'), ...required, kind: z.enum(specialKinds) }),
  z.strictObject({ action: z.literal('end_special'), ...base }),
  z.strictObject({
    action: z.literal('extend'),
    ...required,
    days: z.int().min(1).max(180),
    /** The head of the body who approved the extension (本机关负责人), as Art. 42 requires. */
    approver: text(100),
  }),
  z.strictObject({ action: z.literal('approve'), ...base }),
  z.strictObject({ action: z.literal('deny'), ...required }),
  z.strictObject({
    action: z.literal('deliver'),
    ...base,
    method: z.enum(DELIVERY_METHODS),
    trackingNo: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9-]{6,40}$/)
      .optional(),
  }),
  z.strictObject({ action: z.literal('withdraw'), ...base }),
]);
export type ActionBody = z.infer<typeof actionBodySchema>;

export const caseQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
  status: z.enum(CASE_STATUSES).optional(),
  light: z.enum(LIGHTS).optional(),
  department: z.uuid().optional(),
  item: z
    .string()
    .regex(/^[0-9A-Z]{33}$/)
    .optional(),
  overdue: z.enum(['true', 'false']).optional(),
  /** Open cases only (not yet decided, withdrawn or refused). */
  open: z.enum(['true', 'false']).optional(),
  /** The handler (经办人): cases assigned to me, or to nobody yet. */
  assignee: z.enum(['me', 'none']).optional(),
  sort: z.enum(['due', '-due', 'received', '-received']).default('due'),
});
export type CaseQuery = z.infer<typeof caseQuerySchema>;

export const ASSIGN_OPTIONS = ['claim', 'release', 'assign'] as const;
export type AssignOption = (typeof ASSIGN_OPTIONS)[number];

/** POST /api/v1/cases/:id/assignee: claim, release or assign the case's handler (null: nobody). */
export const assignBodySchema = z.strictObject({
  assigneeAccountId: z.uuid().nullable(),
  version: z.int(),
});
export type AssignBody = z.infer<typeof assignBodySchema>;

/** GET /api/v1/cases/:id/assignable: the active reviewers of the case's current department. */
export const assignableSchema = z.array(z.object({ id: z.string(), name: z.string() }));
export type Assignable = z.infer<typeof assignableSchema>;

export const clockSchema = z.object({
  limitDays: z.number(),
  extensionDays: z.number(),
  due: z.string(),
  usedDays: z.number(),
  remainingDays: z.number(),
  paused: z.boolean(),
  light: z.enum(LIGHTS),
  outcome: z.enum(['early', 'on_time', 'late']).nullable(),
});
export type ClockView = z.infer<typeof clockSchema>;

export const caseSummarySchema = z.object({
  id: z.string(),
  caseNo: z.string().nullable(),
  status: z.enum(CASE_STATUSES),
  channel: z.enum(CHANNELS),
  implCode: z.string(),
  itemName: z.string(),
  regionCode: z.string(),
  departmentId: z.string(),
  departmentName: z.string(),
  currentStep: z.object({ key: z.string(), name: z.string(), departmentId: z.string() }).nullable(),
  applicantName: z.string(),
  /** The bundle application (一件事) this case is a member of, for its one progress view. */
  bundleCaseId: z.string().nullable(),
  receivedAt: z.string().nullable(),
  acceptedDay: z.string().nullable(),
  decidedDay: z.string().nullable(),
  /** The promised clock (承诺时限), which the light and "overdue" follow. */
  promisedDue: z.string().nullable(),
  statutoryDue: z.string().nullable(),
  remainingDays: z.number().nullable(),
  light: z.enum(LIGHTS).nullable(),
  /** The reviewer handling the case (经办人), if one has claimed it or been assigned. */
  assigneeAccountId: z.string().nullable(),
  assigneeName: z.string().nullable(),
  version: z.number(),
  updatedAt: z.string(),
});
export type CaseSummary = z.infer<typeof caseSummarySchema>;

export const casePageSchema = z.object({
  items: z.array(caseSummarySchema),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});

export const caseActionViewSchema = z.object({
  id: z.string(),
  action: z.enum(CASE_ACTIONS),
  actorName: z.string(),
  actorRole: z.string(),
  fromStatus: z.enum(CASE_STATUSES),
  toStatus: z.enum(CASE_STATUSES),
  stepKey: z.string().nullable(),
  opinion: z.string().nullable(),
  attachments: z.array(z.string()),
  detail: z.record(z.string(), z.unknown()),
  at: z.string(),
});

export const caseMaterialViewSchema = z.object({
  key: z.string(),
  name: z.string(),
  requirement: z.enum(['always', 'conditional']),
  status: z.enum(MATERIAL_STATES),
  promiseText: z.string().nullable(),
  promiseDue: z.string().nullable(),
  fileIds: z.array(z.string()),
});

export const casePauseViewSchema = z.object({
  kind: z.string(),
  from: z.string(),
  to: z.string().nullable(),
  reason: z.string(),
});

export const caseStepViewSchema = z.object({
  key: z.string(),
  name: z.string(),
  departmentId: z.string(),
  departmentName: z.string(),
  limitDays: z.number(),
  state: z.enum(['done', 'current', 'pending']),
});

export const caseDetailSchema = caseSummarySchema.extend({
  itemId: z.string(),
  itemVersion: z.number(),
  caseType: z.number(),
  applicant: z.object({
    kind: z.enum(['person', 'org']),
    name: z.string(),
    /** Only the applicant's side and staff see a case; each staff read of it is audited. */
    idNumber: z.string().nullable(),
    creditCode: z.string().nullable(),
    phone: z.string().nullable(),
  }),
  agentName: z.string().nullable(),
  representativeName: z.string().nullable(),
  answers: z.record(z.string(), z.string()),
  form: z.record(z.string(), z.unknown()),
  steps: z.array(caseStepViewSchema),
  specialProcedures: z.array(z.enum(specialKinds)),
  clocks: z.object({ statutory: clockSchema, promised: clockSchema }).nullable(),
  extensionDays: z.number(),
  decision: z.enum(['approved', 'denied']).nullable(),
  delivery: z
    .object({
      method: z.enum(DELIVERY_METHODS),
      trackingNo: z.string().nullable(),
      at: z.string(),
    })
    .nullable(),
  materials: z.array(caseMaterialViewSchema),
  pauses: z.array(casePauseViewSchema),
  timeline: z.array(caseActionViewSchema),
  /** The actions this caller may take now; the pages show only these buttons. */
  allowedActions: z.array(z.enum(CASE_ACTIONS)),
  /** What this caller may do with the handler now: claim it, release their own, assign anyone. */
  assignOptions: z.array(z.enum(ASSIGN_OPTIONS)),
});
export type CaseDetail = z.infer<typeof caseDetailSchema>;

/** POST /api/v1/cases/bundles: apply online for a bundle (一件事) with the merged questionnaire. */
export const bundleApplicationBodySchema = z.strictObject({
  bundleCode: z.string().regex(/^[A-Z0-9-]{3,40}$/),
  /** Answers to the bundle's merged questionnaire (its question and option keys). */
  answers: answersSchema.default({}),
  form: formSchema.default({}),
  /** One upload per material; a material members share (same sharedKey) is given once, under any of them. */
  materials: z
    .array(
      z.strictObject({
        implCode: z.string().regex(/^[0-9A-Z]{33}$/),
        key,
        fileIds: fileIds.min(1),
      }),
    )
    .max(200)
    .default([]),
});
export type BundleApplicationBody = z.infer<typeof bundleApplicationBodySchema>;

/** The one progress view of a bundle application: the parent and every child case. */
export const bundleCaseSchema = z.object({
  id: z.string(),
  bundleCode: z.string(),
  bundleName: z.string(),
  status: z.enum(['open', 'completed']),
  leadDepartmentId: z.string(),
  leadDepartmentName: z.string(),
  applicantName: z.string(),
  promisedDays: z.number(),
  createdAt: z.string(),
  completedAt: z.string().nullable(),
  children: z.array(caseSummarySchema),
});
export type BundleCase = z.infer<typeof bundleCaseSchema>;

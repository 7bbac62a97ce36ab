import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  char,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import {
  CASE_ACTIONS,
  CASE_STATUSES,
  CHANNELS,
  DELIVERY_METHODS,
  MATERIAL_STATES,
} from '../../shared/cases.contract';
import { accounts } from '../accounts/accounts.tables';
import { catalogItems } from '../catalog/catalog.tables';
import { centers, departments, regions } from '../org/org.tables';

/**
 * The parent case of a bundle application (一件事): one per application, with one child case per
 * member item in `cases`. It has no clock of its own; it is complete when every child has a result.
 */
export const caseBundles = pgTable(
  'case_bundles',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionCode: varchar('region_code', { length: 12 })
      .notNull()
      .references(() => regions.code),
    bundleCode: varchar('bundle_code', { length: 40 }).notNull(),
    bundleName: text('bundle_name').notNull(),
    leadDepartmentId: uuid('lead_department_id')
      .notNull()
      .references(() => departments.id),
    promisedDays: smallint('promised_days').notNull(),
    applicantAccountId: uuid('applicant_account_id')
      .notNull()
      .references(() => accounts.id),
    applicantName: text('applicant_name').notNull(),
    status: text('status', { enum: ['open', 'completed'] })
      .notNull()
      .default('open'),
    answers: jsonb('answers').$type<Record<string, string>>().notNull().default({}),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    completedAt: timestamp('completed_at', { withTimezone: true }),
  },
  (t) => [
    index('case_bundles_applicant_idx').on(t.applicantAccountId, t.createdAt),
    index('case_bundles_lead_idx').on(t.leadDepartmentId, t.status),
  ],
);

/**
 * One application and its handling (办件). Only facts are stored (acceptance day, limits, extension,
 * pauses, decision day); the due dates are derived from them, and persisted as well, recomputed in
 * the same transaction as every change to those facts, so that queues sort and filter in SQL.
 */
export const cases = pgTable(
  'cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** implCode + YYYYMMDD + 4-digit serial; given on submission or intake, so drafts have none. */
    caseNo: varchar('case_no', { length: 48 }),
    /** A bundle application (一件事) is a parent case with one child per member item. */
    parentId: uuid('parent_id').references(() => caseBundles.id),
    bundleCode: varchar('bundle_code', { length: 40 }),
    /** A bundle's lead department sees every child of it. */
    leadDepartmentId: uuid('lead_department_id').references(() => departments.id),
    regionCode: varchar('region_code', { length: 12 })
      .notNull()
      .references(() => regions.code),
    itemId: uuid('item_id')
      .notNull()
      .references(() => catalogItems.id),
    /** The item version the case was applied under: its materials and process stay the case's. */
    itemVersion: integer('item_version').notNull(),
    implCode: varchar('impl_code', { length: 33 }).notNull(),
    itemName: text('item_name').notNull(),
    /** GB/T 39046 case type: 1 即办件, 2 承诺件. */
    caseType: smallint('case_type').notNull(),
    channel: text('channel', { enum: CHANNELS }).notNull(),
    applicantKind: text('applicant_kind', { enum: ['person', 'org'] }).notNull(),
    applicantAccountId: uuid('applicant_account_id').references(() => accounts.id),
    applicantName: text('applicant_name').notNull(),
    applicantIdNumber: varchar('applicant_id_number', { length: 18 }),
    applicantCreditCode: varchar('applicant_credit_code', { length: 18 }),
    applicantPhone: varchar('applicant_phone', { length: 20 }),
    /** The village agent (帮办代办) who filed it. */
    agentAccountId: uuid('agent_account_id').references(() => accounts.id),
    /** A person entrusted by the applicant who came to the window. */
    representativeName: text('representative_name'),
    representativeIdNumber: varchar('representative_id_number', { length: 18 }),
    /** The clerk who took it in at a window, and their center. */
    intakeAccountId: uuid('intake_account_id').references(() => accounts.id),
    centerId: uuid('center_id').references(() => centers.id),
    /** The department handling the case (changes on transfer). */
    departmentId: uuid('department_id')
      .notNull()
      .references(() => departments.id),
    /** The process step the case is at, and the department acting there. */
    stepIndex: smallint('step_index').notNull().default(0),
    currentDepartmentId: uuid('current_department_id')
      .notNull()
      .references(() => departments.id),
    /** The reviewer of the current department who handles the case (经办人); cleared when it leaves them. */
    assigneeAccountId: uuid('assignee_account_id').references(() => accounts.id),
    status: text('status', { enum: CASE_STATUSES }).notNull(),
    resumeStatus: text('resume_status', { enum: CASE_STATUSES }),
    /** A supplement notice was given in the current phase (before acceptance, or in review): only one is. */
    supplementNoticed: boolean('supplement_noticed').notNull().default(false),
    /** Optimistic locking: every change increments it, and writes are conditional on it. */
    version: integer('version').notNull().default(1),
    answers: jsonb('answers').$type<Record<string, string>>().notNull().default({}),
    form: jsonb('form').$type<Record<string, string | number | boolean | null>>().notNull().default({}),
    receivedAt: timestamp('received_at', { withTimezone: true }),
    /** Art. 32: without a supplement notice by this day the case counts as accepted from receipt. */
    preReviewDue: date('pre_review_due', { mode: 'string' }),
    /** The day materials were last received (submission or supplement), from which Art. 32 counts. */
    awaitingSince: date('awaiting_since', { mode: 'string' }),
    acceptedDay: date('accepted_day', { mode: 'string' }),
    deemedAccepted: boolean('deemed_accepted').notNull().default(false),
    decidedDay: date('decided_day', { mode: 'string' }),
    decision: text('decision', { enum: ['approved', 'denied'] }),
    statutoryDays: smallint('statutory_days').notNull(),
    promisedDays: smallint('promised_days').notNull(),
    extensionDays: smallint('extension_days').notNull().default(0),
    statutoryDue: date('statutory_due', { mode: 'string' }),
    promisedDue: date('promised_due', { mode: 'string' }),
    /** The first day the promised clock shows yellow, for filtering by light in SQL. */
    promisedYellowFrom: date('promised_yellow_from', { mode: 'string' }),
    /** Set while the clock is stopped: the day it stopped, to which the stored light refers. */
    clockStoppedOn: date('clock_stopped_on', { mode: 'string' }),
    deliveryMethod: text('delivery_method', { enum: DELIVERY_METHODS }),
    trackingNo: varchar('tracking_no', { length: 40 }),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => accounts.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('cases_case_no_uq').on(t.caseNo),
    index('cases_region_idx').on(t.regionCode),
    index('cases_queue_idx').on(t.currentDepartmentId, t.status, t.promisedDue),
    index('cases_department_idx').on(t.departmentId, t.status),
    index('cases_status_due_idx').on(t.status, t.promisedDue),
    index('cases_applicant_idx').on(t.applicantAccountId, t.createdAt),
    index('cases_agent_idx').on(t.agentAccountId),
    index('cases_assignee_idx').on(t.assigneeAccountId, t.status),
    index('cases_parent_idx').on(t.parentId),
    index('cases_pre_review_idx')
      .on(t.preReviewDue)
      .where(sql`${t.status} = 'submitted'`),
    check(
      'cases_applicant_identified',
      sql`${t.applicantIdNumber} is not null or ${t.applicantCreditCode} is not null`,
    ),
  ],
);

/** Every action on a case: who, in what role, from which status to which, the opinion and attachments. */
export const caseActions = pgTable(
  'case_actions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Order of the actions: several written in one transaction share their timestamp. */
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    action: text('action', { enum: CASE_ACTIONS }).notNull(),
    actorId: uuid('actor_id').references(() => accounts.id),
    /** The role the actor held, or 'system' for the platform's own actions. */
    actorRole: text('actor_role').notNull(),
    fromStatus: text('from_status', { enum: CASE_STATUSES }).notNull(),
    toStatus: text('to_status', { enum: CASE_STATUSES }).notNull(),
    stepKey: varchar('step_key', { length: 40 }),
    opinion: text('opinion'),
    attachments: uuid('attachments')
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    detail: jsonb('detail').$type<Record<string, unknown>>().notNull().default({}),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('case_actions_case_idx').on(t.caseId, t.seq)],
);

/** A stopped clock (Art. 45): supplement time or a special procedure. */
export const casePauses = pgTable(
  'case_pauses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    /** 'supplement' or 'special:<procedure>' (special:hearing, special:testing, …). */
    kind: varchar('kind', { length: 40 }).notNull(),
    fromDay: date('from_day', { mode: 'string' }).notNull(),
    toDay: date('to_day', { mode: 'string' }),
    reason: text('reason').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('case_pauses_case_idx').on(t.caseId, t.fromDay),
    uniqueIndex('case_pauses_one_open_uq')
      .on(t.caseId)
      .where(sql`${t.toDay} is null`),
  ],
);

/** The case's material checklist, as taken from the item version, and what was handed in. */
export const caseMaterials = pgTable(
  'case_materials',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    materialKey: varchar('material_key', { length: 40 }).notNull(),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    name: text('name').notNull(),
    requirement: text('requirement', { enum: ['always', 'conditional'] }).notNull(),
    status: text('status', { enum: MATERIAL_STATES }).notNull(),
    promiseText: text('promise_text'),
    promiseDue: date('promise_due', { mode: 'string' }),
    fileIds: uuid('file_ids')
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.caseId, t.materialKey] }),
    check(
      'case_materials_promise',
      sql`(${t.status} = 'tolerated') = (${t.promiseText} is not null and ${t.promiseDue} is not null)`,
    ),
  ],
);

/** Domain events for other modules (licences, ratings, notifications), written with the change. */
export const caseOutbox = pgTable(
  'case_outbox',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    caseId: uuid('case_id').notNull(),
    eventType: varchar('event_type', { length: 40 }).notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    dispatchedAt: timestamp('dispatched_at', { withTimezone: true }),
  },
  (t) => [
    index('case_outbox_pending_idx')
      .on(t.id)
      .where(sql`${t.dispatchedAt} is null`),
  ],
);

/** Idempotency-Key of a submission: the same key from the same account always means the same case. */
export const caseRequests = pgTable(
  'case_requests',
  {
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id),
    key: varchar('key', { length: 100 }).notNull(),
    regionCode: varchar('region_code', { length: 12 }),
    /** SHA-256 of the request (route and body), to tell a retry from a different request. */
    requestHash: char('request_hash', { length: 64 }).notNull(),
    caseId: uuid('case_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.key] })],
);

/** The last serial handed out per item and day, for case numbers. */
export const caseSerials = pgTable(
  'case_serials',
  {
    implCode: varchar('impl_code', { length: 33 }).notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    last: integer('last').notNull(),
  },
  (t) => [primaryKey({ columns: [t.implCode, t.day] })],
);

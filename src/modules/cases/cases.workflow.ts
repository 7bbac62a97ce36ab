/**
 * The case workflow as data plus one pure function. For every status: the actions allowed, who may
 * take them (a role in a relation to the case), what they need, and where they lead. The service
 * loads the case, works out the caller's parties, asks `decide`, and writes what it answers.
 */
import {
  CASE_ACTION_LABELS,
  CASE_STATUS_LABELS,
  type CaseAction,
  type CaseStatus,
  type SpecialProcedure,
} from '../../shared/cases.contract';
import type { Localized } from '../../server/http/lang';

/** A caller's relation to one case; the service computes them from the account and the case. */
export type Party =
  /** The account the case belongs to. */
  | 'applicant'
  /** The village agent (帮办代办) who filed the case. */
  | 'agent'
  /** A clerk whose region or center covers the case (无差别全科受理: any department). */
  | 'clerk'
  /** A clerk on an instant item (即办件), which the window decides on the spot. */
  | 'instant_clerk'
  /** A reviewer of the department acting at the case's current step. */
  | 'reviewer'
  /** A center admin over the case's region. */
  | 'center_admin'
  /** The platform itself (Art. 32 deemed acceptance). */
  | 'system';

/** What the rules need to know about a case. */
export type CaseState = {
  status: CaseStatus;
  /** The status a pause (supplement, special procedure) returns to. */
  resumeStatus: CaseStatus | null;
  accepted: boolean;
  stepIndex: number;
  stepCount: number;
  /** A supplement notice was already issued in this phase (before acceptance / during review). */
  supplementNoticeInPhase: boolean;
  extensionDays: number;
  /** Art. 42: at most this many days (configurable share of the statutory limit). */
  maxExtensionDays: number;
  specialProcedures: readonly SpecialProcedure[];
};

export type Command =
  | { action: Exclude<CaseAction, 'return_to_step' | 'extend' | 'start_special'> }
  | { action: 'return_to_step'; toStep: number }
  | { action: 'extend'; days: number }
  | { action: 'start_special'; kind: SpecialProcedure };

export type Refusal = { status: 403 | 409; code: string; reason: Localized };
export type Decision = { ok: true; next: CaseStatus; stepIndex: number } | ({ ok: false } & Refusal);

type Guard = (state: CaseState, command: Command) => Refusal | null;
type Rule = {
  by: readonly Party[];
  /** 'same': the status does not change; 'resume': back to where the pause began. */
  to: CaseStatus | 'same' | 'resume';
  guard?: Guard;
};

const conflict = (code: string, zh: string, en: string): Refusal => ({
  status: 409,
  code,
  reason: { zh, en },
});

const atLastStep: Guard = (s) =>
  s.stepIndex === s.stepCount - 1
    ? null
    : conflict('CASE_NOT_LAST_STEP', '尚未到达决定环节', 'The case has not reached its last step');
const notLastStep: Guard = (s) =>
  s.stepIndex < s.stepCount - 1
    ? null
    : conflict('CASE_LAST_STEP', '已是最后一个环节，请作出决定', 'This is the last step: approve or deny');
const earlierStep: Guard = (s, c) =>
  c.action === 'return_to_step' && c.toStep >= 0 && c.toStep < s.stepIndex
    ? null
    : conflict('CASE_STEP_NOT_EARLIER', '只能退回到之前的环节', 'A case can only return to an earlier step');
const oneNotice: Guard = (s) =>
  s.supplementNoticeInPhase
    ? conflict(
        'CASE_SUPPLEMENT_ONCE',
        '补正告知应一次性告知，本阶段已告知过',
        'A supplement notice is given once, and it was given already',
      )
    : null;
const notAccepted: Guard = (s) =>
  s.accepted
    ? conflict('CASE_ALREADY_ACCEPTED', '已受理的申请不能不予受理', 'An accepted case cannot be refused')
    : null;
const extension: Guard = (s, c) => {
  if (s.extensionDays > 0)
    return conflict('CASE_EXTENSION_USED', '期限只能延长一次', 'The limit can be extended only once');
  if (c.action === 'extend' && c.days > s.maxExtensionDays)
    return conflict(
      'CASE_EXTENSION_TOO_LONG',
      `最多延长 ${s.maxExtensionDays} 个工作日`,
      `At most ${s.maxExtensionDays} working days`,
    );
  return null;
};
const specialAllowed: Guard = (s, c) =>
  c.action === 'start_special' && s.specialProcedures.includes(c.kind)
    ? null
    : conflict(
        'CASE_SPECIAL_NOT_ALLOWED',
        '该事项的办理流程不包括此特别程序',
        "This item's process does not provide for this special procedure",
      );

const APPLICANT: readonly Party[] = ['applicant', 'agent'];
const WINDOW_OR_DEPARTMENT: readonly Party[] = ['clerk', 'reviewer'];
const REVIEWER: readonly Party[] = ['reviewer'];
const withdraw: Rule = { by: APPLICANT, to: 'withdrawn' };
/** Online by the applicant, on paper at the window or to the department. */
const handIn: Rule = { by: ['applicant', 'agent', 'clerk', 'reviewer'], to: 'same' };

/** In review at a step: what the step's reviewer may do. */
const reviewing = {
  complete_step: { by: REVIEWER, to: 'in_review', guard: notLastStep },
  request_supplement: { by: REVIEWER, to: 'supplement_requested', guard: oneNotice },
  start_special: { by: REVIEWER, to: 'special_procedure', guard: specialAllowed },
  extend: { by: REVIEWER, to: 'same', guard: extension },
  transfer: { by: ['reviewer', 'center_admin'], to: 'same' },
  hand_in: handIn,
  approve: { by: ['reviewer', 'instant_clerk'], to: 'approved', guard: atLastStep },
  deny: { by: REVIEWER, to: 'denied', guard: atLastStep },
  withdraw,
} satisfies Partial<Record<CaseAction, Rule>>;

const deliver: Rule = { by: ['clerk', 'reviewer', 'center_admin'], to: 'delivered' };

export const WORKFLOW = {
  draft: {
    submit: { by: APPLICANT, to: 'submitted' },
    withdraw,
  },
  submitted: {
    accept: { by: ['clerk', 'reviewer', 'system'], to: 'accepted' },
    refuse: { by: WINDOW_OR_DEPARTMENT, to: 'refused' },
    request_supplement: { by: WINDOW_OR_DEPARTMENT, to: 'supplement_requested', guard: oneNotice },
    transfer: { by: ['reviewer', 'center_admin'], to: 'same' },
    withdraw,
  },
  supplement_requested: {
    supplement: { by: ['applicant', 'agent', 'clerk'], to: 'resume' },
    refuse: { by: WINDOW_OR_DEPARTMENT, to: 'refused', guard: notAccepted },
    withdraw,
  },
  accepted: reviewing,
  in_review: {
    ...reviewing,
    return_to_step: { by: REVIEWER, to: 'in_review', guard: earlierStep },
  },
  special_procedure: {
    end_special: { by: REVIEWER, to: 'resume' },
    extend: { by: REVIEWER, to: 'same', guard: extension },
    hand_in: handIn,
    withdraw,
  },
  approved: { deliver },
  denied: { deliver },
  delivered: {},
  withdrawn: {},
  refused: {},
} as const satisfies Record<CaseStatus, Partial<Record<CaseAction, Rule>>>;

function ruleFor(status: CaseStatus, action: CaseAction): Rule | undefined {
  const rules: Partial<Record<CaseAction, Rule>> = WORKFLOW[status];
  return rules[action];
}

/** The actions a caller with these parties may try now (guards are checked when they act). */
export function allowedActions(state: CaseState, parties: ReadonlySet<Party>): CaseAction[] {
  const rules: Partial<Record<CaseAction, Rule>> = WORKFLOW[state.status];
  return (Object.keys(rules) as CaseAction[]).filter((action) =>
    rules[action]?.by.some((p) => parties.has(p)),
  );
}

/** Whether the action may be taken, by these parties, on a case in this state; and where it leads. */
export function decide(state: CaseState, command: Command, parties: ReadonlySet<Party>): Decision {
  const rule = ruleFor(state.status, command.action);
  if (!rule) {
    return {
      ok: false,
      status: 409,
      code: 'CASE_ACTION_NOT_ALLOWED',
      reason: {
        zh: `办件处于“${CASE_STATUS_LABELS[state.status].zh}”状态，不能“${CASE_ACTION_LABELS[command.action].zh}”`,
        en: `A case that is "${CASE_STATUS_LABELS[state.status].en}" does not allow "${command.action}"`,
      },
    };
  }
  if (!rule.by.some((p) => parties.has(p))) {
    return {
      ok: false,
      status: 403,
      code: 'CASE_ACTOR_NOT_ALLOWED',
      reason: {
        zh: `您与该办件的关系不允许“${CASE_ACTION_LABELS[command.action].zh}”`,
        en: `Your relation to this case does not allow "${command.action}"`,
      },
    };
  }
  const refused = rule.guard?.(state, command);
  if (refused) return { ok: false, ...refused };
  const next =
    rule.to === 'same'
      ? state.status
      : rule.to === 'resume'
        ? (state.resumeStatus ?? (state.accepted ? 'in_review' : 'submitted'))
        : rule.to;
  const stepIndex =
    command.action === 'complete_step'
      ? state.stepIndex + 1
      : command.action === 'return_to_step'
        ? command.toStep
        : state.stepIndex;
  return { ok: true, next, stepIndex };
}

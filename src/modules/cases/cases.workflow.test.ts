import { describe, expect, it } from 'vitest';
import { CASE_ACTIONS, CASE_STATUSES, type CaseAction, type CaseStatus } from '../../shared/cases.contract';
import { allowedActions, decide, type CaseState, type Command, type Party } from './cases.workflow';

const PARTIES: Party[] = [
  'applicant',
  'agent',
  'clerk',
  'instant_clerk',
  'reviewer',
  'center_admin',
  'system',
];

/**
 * The expected table, written out by hand from the design (not derived from WORKFLOW): for each
 * status, the allowed actions, who may take them, and the status they lead to ('resume' = back to
 * where the pause began, here in_review).
 */
type Expected = Partial<Record<CaseAction, { by: Party[]; to: CaseStatus }>>;
const APPLICANT: Party[] = ['applicant', 'agent'];
const reviewing = (status: CaseStatus): Expected => ({
  complete_step: { by: ['reviewer'], to: 'in_review' },
  request_supplement: { by: ['reviewer'], to: 'supplement_requested' },
  start_special: { by: ['reviewer'], to: 'special_procedure' },
  extend: { by: ['reviewer'], to: status },
  transfer: { by: ['reviewer', 'center_admin'], to: status },
  hand_in: { by: ['applicant', 'agent', 'clerk', 'reviewer'], to: status },
  approve: { by: ['reviewer', 'instant_clerk'], to: 'approved' },
  deny: { by: ['reviewer'], to: 'denied' },
  withdraw: { by: APPLICANT, to: 'withdrawn' },
});
const EXPECTED: Record<CaseStatus, Expected> = {
  draft: {
    submit: { by: APPLICANT, to: 'submitted' },
    withdraw: { by: APPLICANT, to: 'withdrawn' },
  },
  submitted: {
    accept: { by: ['clerk', 'reviewer', 'system'], to: 'accepted' },
    refuse: { by: ['clerk', 'reviewer'], to: 'refused' },
    request_supplement: { by: ['clerk', 'reviewer'], to: 'supplement_requested' },
    transfer: { by: ['reviewer', 'center_admin'], to: 'submitted' },
    withdraw: { by: APPLICANT, to: 'withdrawn' },
  },
  supplement_requested: {
    supplement: { by: ['applicant', 'agent', 'clerk'], to: 'in_review' },
    refuse: { by: ['clerk', 'reviewer'], to: 'refused' },
    withdraw: { by: APPLICANT, to: 'withdrawn' },
  },
  accepted: reviewing('accepted'),
  in_review: { ...reviewing('in_review'), return_to_step: { by: ['reviewer'], to: 'in_review' } },
  special_procedure: {
    end_special: { by: ['reviewer'], to: 'in_review' },
    extend: { by: ['reviewer'], to: 'special_procedure' },
    hand_in: { by: ['applicant', 'agent', 'clerk', 'reviewer'], to: 'special_procedure' },
    withdraw: { by: APPLICANT, to: 'withdrawn' },
  },
  approved: { deliver: { by: ['clerk', 'reviewer', 'center_admin'], to: 'delivered' } },
  denied: { deliver: { by: ['clerk', 'reviewer', 'center_admin'], to: 'delivered' } },
  delivered: {},
  withdrawn: {},
  refused: {},
};

/** A state in which the action's own conditions hold, so only status and party decide. */
function stateFor(status: CaseStatus, action: CaseAction): CaseState {
  const stepIndex = action === 'approve' || action === 'deny' ? 2 : action === 'return_to_step' ? 1 : 0;
  return {
    status,
    resumeStatus: 'in_review',
    accepted: status !== 'supplement_requested',
    stepIndex,
    stepCount: 3,
    supplementNoticeInPhase: false,
    extensionDays: 0,
    maxExtensionDays: 10,
    specialProcedures: ['hearing'],
  };
}
function commandFor(action: CaseAction): Command {
  if (action === 'return_to_step') return { action, toStep: 0 };
  if (action === 'extend') return { action, days: 10 };
  if (action === 'start_special') return { action, kind: 'hearing' };
  return { action };
}
// supplement_requested before acceptance, so that refuse is possible there.
const stateIn = (status: CaseStatus, action: CaseAction) => ({
  ...stateFor(status, action),
  accepted: status === 'supplement_requested' ? action !== 'refuse' : true,
});

describe('the status/action table, every pair', () => {
  for (const status of CASE_STATUSES) {
    for (const action of CASE_ACTIONS) {
      const expected = EXPECTED[status][action];
      if (expected) {
        it(`${status} + ${action}: allowed to ${expected.by.join(', ')}, leads to ${expected.to}`, () => {
          for (const party of PARTIES) {
            const result = decide(stateIn(status, action), commandFor(action), new Set([party]));
            if (expected.by.includes(party)) {
              expect(result, party).toMatchObject({ ok: true, next: expected.to });
            } else {
              expect(result, party).toMatchObject({ ok: false, status: 403, code: 'CASE_ACTOR_NOT_ALLOWED' });
            }
          }
        });
      } else {
        it(`${status} + ${action}: not allowed (409) for anyone`, () => {
          const result = decide(stateIn(status, action), commandFor(action), new Set(PARTIES));
          expect(result).toMatchObject({ ok: false, status: 409, code: 'CASE_ACTION_NOT_ALLOWED' });
          if (!result.ok) expect(result.reason.zh).toContain('不能');
        });
      }
    }
  }

  it('allowedActions lists exactly the allowed pairs for a party', () => {
    for (const status of CASE_STATUSES) {
      for (const party of PARTIES) {
        const expected = CASE_ACTIONS.filter((a) => EXPECTED[status][a]?.by.includes(party));
        expect(
          allowedActions(stateFor(status, 'accept'), new Set([party])).sort(),
          `${status}/${party}`,
        ).toEqual([...expected].sort());
      }
    }
  });
});

describe('conditions inside an allowed action', () => {
  const reviewer = new Set<Party>(['reviewer']);
  const base = stateFor('in_review', 'complete_step');

  it('steps: complete moves on, not past the last; approve and deny only at the last; return only backwards', () => {
    expect(decide({ ...base, stepIndex: 0 }, { action: 'complete_step' }, reviewer)).toEqual({
      ok: true,
      next: 'in_review',
      stepIndex: 1,
    });
    expect(decide({ ...base, stepIndex: 2 }, { action: 'complete_step' }, reviewer)).toMatchObject({
      status: 409,
      code: 'CASE_LAST_STEP',
    });
    expect(decide({ ...base, stepIndex: 1 }, { action: 'approve' }, reviewer)).toMatchObject({
      status: 409,
      code: 'CASE_NOT_LAST_STEP',
    });
    expect(decide({ ...base, stepIndex: 1 }, { action: 'deny' }, reviewer)).toMatchObject({
      code: 'CASE_NOT_LAST_STEP',
    });
    expect(decide({ ...base, stepIndex: 2 }, { action: 'return_to_step', toStep: 0 }, reviewer)).toEqual({
      ok: true,
      next: 'in_review',
      stepIndex: 0,
    });
    for (const toStep of [2, 3, -1]) {
      expect(decide({ ...base, stepIndex: 2 }, { action: 'return_to_step', toStep }, reviewer)).toMatchObject(
        {
          code: 'CASE_STEP_NOT_EARLIER',
        },
      );
    }
  });

  it('Art. 42: one extension, at most the configured share of the statutory limit', () => {
    expect(decide({ ...base, maxExtensionDays: 10 }, { action: 'extend', days: 10 }, reviewer)).toMatchObject(
      {
        ok: true,
        next: 'in_review',
      },
    );
    expect(decide({ ...base, maxExtensionDays: 10 }, { action: 'extend', days: 11 }, reviewer)).toMatchObject(
      {
        code: 'CASE_EXTENSION_TOO_LONG',
      },
    );
    expect(decide({ ...base, extensionDays: 5 }, { action: 'extend', days: 1 }, reviewer)).toMatchObject({
      code: 'CASE_EXTENSION_USED',
    });
  });

  it('special procedures only of the kinds the process allows', () => {
    expect(decide(base, { action: 'start_special', kind: 'hearing' }, reviewer)).toMatchObject({
      ok: true,
      next: 'special_procedure',
    });
    expect(decide(base, { action: 'start_special', kind: 'auction' }, reviewer)).toMatchObject({
      code: 'CASE_SPECIAL_NOT_ALLOWED',
    });
  });

  it('a supplement notice is given once per phase; refusal only before acceptance', () => {
    const submitted = { ...stateFor('submitted', 'request_supplement'), accepted: false };
    expect(
      decide({ ...submitted, supplementNoticeInPhase: true }, { action: 'request_supplement' }, reviewer),
    ).toMatchObject({ code: 'CASE_SUPPLEMENT_ONCE' });
    const waiting = { ...stateFor('supplement_requested', 'refuse'), accepted: true };
    expect(decide(waiting, { action: 'refuse' }, reviewer)).toMatchObject({ code: 'CASE_ALREADY_ACCEPTED' });
  });

  it('a pause resumes where it began', () => {
    const applicant = new Set<Party>(['applicant']);
    const paused = stateFor('supplement_requested', 'supplement');
    expect(
      decide({ ...paused, resumeStatus: 'submitted' }, { action: 'supplement' }, applicant),
    ).toMatchObject({
      next: 'submitted',
    });
    expect(
      decide({ ...paused, resumeStatus: 'accepted' }, { action: 'supplement' }, applicant),
    ).toMatchObject({
      next: 'accepted',
    });
    const special = stateFor('special_procedure', 'end_special');
    expect(
      decide({ ...special, resumeStatus: 'accepted' }, { action: 'end_special' }, reviewer),
    ).toMatchObject({
      next: 'accepted',
    });
  });
});

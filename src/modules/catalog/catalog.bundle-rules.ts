import type { BundleInput } from '../../shared/catalog.contract';
import type { Localized } from '../../server/http/lang';

/** A broken bundle rule, at the field the bundle editor shows it on. */
export type BundleProblem = { field: string; code: BundleProblemCode; message: Localized };

export type BundleProblemCode =
  'MEMBER_DUPLICATE' | 'MEMBER_OUT_OF_REGION' | 'LEAD_HANDLES_NO_MEMBER' | 'BUNDLE_PROMISE_TOO_LONG';

/** What the bundle rules need to know of a member: the published item's region, department and promise. */
export type BundleMemberFacts = {
  implCode: string;
  regionCode: string;
  departmentKey: string;
  promisedDays: number;
};

/** Region code lengths from the city down: 3307, 330703, 330703101, 330703101001. */
const REGION_LENGTHS = [4, 6, 9, 12];

/**
 * The regions a bundle's members may come from: its own and those above it up to the city. A county
 * bundle may take city items (water, power, gas), but not another county's or the province's.
 */
export function memberRegions(bundleRegion: string): string[] {
  const above = REGION_LENGTHS.filter((n) => n < bundleRegion.length).map((n) => bundleRegion.slice(0, n));
  return [...above, bundleRegion];
}

/**
 * The rules of a bundle over its members. Unknown members are the caller's to report (the message
 * differs between the editor and an import); while any is unknown, the rules over all members (lead
 * department, promised limit) wait, so that they never report a side effect of it.
 */
export function checkBundle(
  bundle: Pick<BundleInput, 'regionCode' | 'leadDepartmentKey' | 'memberImplCodes' | 'promisedDays'>,
  members: ReadonlyMap<string, BundleMemberFacts>,
): BundleProblem[] {
  const problems: BundleProblem[] = [];
  const add = (field: string, code: BundleProblemCode, zh: string, en: string) =>
    problems.push({ field, code, message: { zh, en } });
  const allowed = memberRegions(bundle.regionCode);
  const seen = new Set<string>();
  bundle.memberImplCodes.forEach((code, i) => {
    if (seen.has(code)) {
      add(`memberImplCodes.${i}`, 'MEMBER_DUPLICATE', `事项 ${code} 重复`, `Item ${code} is listed twice`);
      return;
    }
    seen.add(code);
    const member = members.get(code);
    if (member && !allowed.includes(member.regionCode)) {
      add(
        `memberImplCodes.${i}`,
        'MEMBER_OUT_OF_REGION',
        `事项 ${code} 不属于本区划或上级市`,
        `Item ${code} belongs neither to the bundle's region nor to the city above it`,
      );
    }
  });
  const known = [...seen].flatMap((c) => members.get(c) ?? []);
  if (known.length === 0 || known.length < seen.size) return problems;

  const leads = known.some(
    (m) => m.regionCode === bundle.regionCode && m.departmentKey === bundle.leadDepartmentKey,
  );
  if (!leads) {
    add(
      'leadDepartmentKey',
      'LEAD_HANDLES_NO_MEMBER',
      '牵头部门必须负责办理至少一个成员事项',
      'The lead department must handle at least one of the member items',
    );
  }
  // Members are handled in parallel: the bundle is done when its slowest member is.
  const slowest = Math.max(...known.map((m) => m.promisedDays));
  if (bundle.promisedDays > slowest) {
    add(
      'promisedDays',
      'BUNDLE_PROMISE_TOO_LONG',
      `一件事并联办理，承诺时限不能超过最慢成员事项的 ${slowest} 个工作日`,
      `Members are handled in parallel: the promised limit cannot exceed the slowest member's ${slowest} working days`,
    );
  }
  return problems;
}

import {
  BODY_NATURES,
  CASE_TYPES,
  CROSS_REGION_SCOPES,
  HANDLING_FORMS,
  ITEM_LEVELS,
  ITEM_TYPES,
  MATERIAL_FORMS,
  ONLINE_DEPTHS,
  RESULT_KINDS,
  SERVICE_OBJECTS,
  TRUST_LEVELS,
} from '../../../../shared/catalog.contract';
import type { ItemType } from '../../../../shared/catalog.contract';
import { hasMessage } from '../../../app/i18n';
import type { Translate } from '../../../app/i18n';

/*
 * The GB/T 39046 code sets of catalog.contract as select options, labelled in the UI language.
 * The contract's own labels are Chinese only; the dictionary has both.
 */

const numericKeys = <T extends Record<number, string>>(o: T) =>
  Object.keys(o).map(Number) as Extract<keyof T, number>[];
const stringKeys = <T extends Record<string, string>>(o: T) => Object.keys(o) as Extract<keyof T, string>[];

export const typeOptions = (t: Translate) =>
  (Object.keys(ITEM_TYPES) as ItemType[]).map((code) => ({
    value: code,
    label: `${code} ${t(`catalogAdmin.type.${code}`)}`,
  }));

export const levelOptions = (t: Translate) =>
  numericKeys(ITEM_LEVELS).map((n) => ({ value: n, label: t(`catalogAdmin.level.${n}`) }));

export const serviceObjectOptions = (t: Translate) =>
  numericKeys(SERVICE_OBJECTS).map((n) => ({ value: n, label: t(`catalogAdmin.object.${n}`) }));

export const handlingFormOptions = (t: Translate) =>
  numericKeys(HANDLING_FORMS).map((n) => ({ value: n, label: t(`catalogAdmin.handlingForm.${n}`) }));

export const caseTypeOptions = (t: Translate) =>
  numericKeys(CASE_TYPES).map((n) => ({ value: n, label: t(`catalogAdmin.caseType.${n}`) }));

export const visitOptions = (t: Translate) =>
  ([0, 1, 2] as const).map((n) => ({ value: n, label: t(`catalogAdmin.visits.${n}`) }));

export const onlineDepthOptions = (t: Translate) =>
  ONLINE_DEPTHS.map((d) => ({ value: d, label: t(`catalogAdmin.onlineDepth.${d}`) }));

export const crossRegionOptions = (t: Translate) =>
  stringKeys(CROSS_REGION_SCOPES).map((k) => ({ value: k, label: t(`catalogAdmin.crossRegion.${k}`) }));

export const bodyNatureOptions = (t: Translate) =>
  stringKeys(BODY_NATURES).map((k) => ({ value: k, label: t(`catalogAdmin.bodyNature.${k}`) }));

export const resultKindOptions = (t: Translate) =>
  stringKeys(RESULT_KINDS).map((k) => ({ value: k, label: t(`catalogAdmin.resultKind.${k}`) }));

export const materialFormOptions = (t: Translate) =>
  stringKeys(MATERIAL_FORMS).map((k) => ({ value: k, label: t(`catalogAdmin.materialForm.${k}`) }));

export const trustLevelOptions = (t: Translate) =>
  TRUST_LEVELS.map((k) => ({ value: k, label: `${k} · ${t(`catalogAdmin.trust.${k}`)}` }));

export const requirementOptions = (t: Translate) =>
  (['always', 'conditional'] as const).map((k) => ({ value: k, label: t(`catalogAdmin.requirement.${k}`) }));

/** 草稿 / 已发布 / 已替代; an unknown status shows as it is. */
export function versionStatusLabel(t: Translate, status: string): string {
  const key = `catalogAdmin.versionStatus.${status}`;
  return hasMessage(key) ? t(key) : status;
}

export function versionStatusColor(status: string): string {
  switch (status) {
    case 'published':
      return 'success';
    case 'draft':
      return 'processing';
    default:
      return 'default';
  }
}

import { useMemo } from 'react';
import {
  BODY_NATURES,
  CASE_TYPES,
  CROSS_REGION_SCOPES,
  HANDLING_FORMS,
  ITEM_LEVELS,
  ITEM_TYPES,
  LIFE_CYCLES,
  MATERIAL_FORMS,
  RESULT_KINDS,
  SERVICE_OBJECTS,
} from '../../../shared/catalog.contract';
import { useLang } from '../../app/i18n';
import type { Lang } from '../../app/i18n';

/*
 * Labels of the GB/T 39046 code sets. Chinese comes from the shared contract (the words citizens
 * see on paper guides too); English is ours. A code without a label shows raw.
 */

type Labels = Record<string, string>;

const ONLINE_DEPTHS_ZH: Labels = {
  I: 'Ⅰ级 · 网上可查询',
  II: 'Ⅱ级 · 网上可预约、下载表格',
  III: 'Ⅲ级 · 网上申请，到现场核验一次',
  IV: 'Ⅳ级 · 全程网办',
};

const SETS = {
  itemType: {
    zh: ITEM_TYPES,
    en: {
      '01': 'Administrative licence',
      '02': 'Administrative penalty',
      '03': 'Administrative enforcement',
      '04': 'Administrative levy',
      '05': 'Administrative benefit',
      '06': 'Administrative inspection',
      '07': 'Administrative confirmation',
      '08': 'Administrative reward',
      '09': 'Administrative adjudication',
      '10': 'Other administrative power',
      '20': 'Public service',
    },
  },
  level: {
    zh: ITEM_LEVELS,
    en: { 1: 'National', 2: 'Provincial', 3: 'City', 4: 'County', 5: 'Township', 6: 'Village' },
  },
  object: {
    zh: SERVICE_OBJECTS,
    en: {
      1: 'Individuals',
      2: 'Companies',
      3: 'Public institutions',
      4: 'Social organisations',
      5: 'Government bodies',
      6: 'Other organisations',
    },
  },
  handlingForm: {
    zh: HANDLING_FORMS,
    en: { 1: 'At the window', 2: 'On a computer', 3: 'On a phone', 4: 'By post' },
  },
  caseType: {
    zh: CASE_TYPES,
    en: { 1: 'Handled on the spot', 2: 'Handled within a promised time' },
  },
  onlineDepth: {
    zh: ONLINE_DEPTHS_ZH,
    en: {
      I: 'Level I · information online',
      II: 'Level II · book or download forms online',
      III: 'Level III · apply online, one visit to verify',
      IV: 'Level IV · fully online',
    },
  },
  crossRegion: {
    zh: CROSS_REGION_SCOPES,
    en: {
      none: 'Not supported',
      national: 'Anywhere in China',
      province: 'Across provinces',
      city: 'Across cities',
      county: 'Across counties',
    },
  },
  bodyNature: {
    zh: BODY_NATURES,
    en: {
      statutory: 'Statutory authority',
      authorized: 'Organisation authorised by law',
      entrusted: 'Entrusted organisation',
    },
  },
  resultKind: {
    zh: RESULT_KINDS,
    en: { license: 'Licence', decision: 'Decision', certificate: 'Certificate', other: 'Other' },
  },
  materialForm: {
    zh: MATERIAL_FORMS,
    en: { original: 'Original', copy: 'Copy', electronic: 'Electronic' },
  },
  lifeCycle: {
    zh: LIFE_CYCLES,
    en: { personal: 'Personal life events', business: 'Business life cycle' },
  },
} satisfies Record<string, { zh: Labels; en: Labels }>;

export type CodeSet = keyof typeof SETS;

export function codeLabel(lang: Lang, set: CodeSet, code: string | number): string {
  const labels: Labels = lang === 'en' ? SETS[set].en : SETS[set].zh;
  return labels[String(code)] ?? String(code);
}

/** `label('level', 4)` → 县级 / County, in the UI language. */
export function useCodeLabel(): (set: CodeSet, code: string | number) => string {
  const { lang } = useLang();
  return useMemo(() => (set: CodeSet, code: string | number) => codeLabel(lang, set, code), [lang]);
}

/** Short online-depth badge for result cards: Ⅳ is the one worth calling out. */
export const ROMAN: Labels = { I: 'Ⅰ', II: 'Ⅱ', III: 'Ⅲ', IV: 'Ⅳ' };

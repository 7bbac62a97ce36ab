import type { ItemInput, Material } from '../../../../shared/catalog.contract';

/*
 * The editor's form values mirror ItemInput field by field, so that a server error's dotted path
 * (`materials.2.key`, `situations.rules.1.when.option`) is also the form's name path. The only
 * differences are where antd needs a plain value: nullable strings are '' and the sub-item and fee
 * carry a switch. toItemInput() turns the values back into the API body.
 */

export type MaterialValues = Omit<Material, 'licenseType' | 'proofItem' | 'sharedKey'> & {
  licenseType: string;
  proofItem: string;
  sharedKey: string;
};

export type ItemFormValues = Omit<ItemInput, 'subItem' | 'fee' | 'result' | 'materials'> & {
  hasSubItem: boolean;
  subItem: { code: string; name: string };
  fee: { free: boolean; amountYuan?: number | null; basis?: string };
  result: { kind: ItemInput['result']['kind']; name: string; licenseType: string };
  materials: MaterialValues[];
};

export const TAB_KEYS = [
  'basic',
  'basis',
  'conditions',
  'handling',
  'materials',
  'situations',
  'faq',
] as const;
export type TabKey = (typeof TAB_KEYS)[number];

/** Which tab shows each top-level field of ItemInput. */
const TAB_OF_FIELD: Record<keyof ItemFormValues, TabKey> = {
  name: 'basic',
  aliases: 'basic',
  keywords: 'basic',
  baseCode: 'basic',
  implCode: 'basic',
  type: 'basic',
  level: 'basic',
  mainItem: 'basic',
  hasSubItem: 'basic',
  subItem: 'basic',
  implementingBody: 'basic',
  regionCode: 'basic',
  departmentKey: 'basic',
  serviceObjects: 'basic',
  themes: 'basic',
  legalBasis: 'basis',
  acceptanceConditions: 'conditions',
  statutoryDays: 'handling',
  promisedDays: 'handling',
  caseType: 'handling',
  visits: 'handling',
  onlineDepth: 'handling',
  handlingForms: 'handling',
  fee: 'handling',
  places: 'handling',
  booking: 'handling',
  onlinePayment: 'handling',
  postalDelivery: 'handling',
  crossRegion: 'handling',
  result: 'handling',
  materials: 'materials',
  situations: 'situations',
  faq: 'faq',
  process: 'handling',
};

export function tabOf(path: readonly (string | number)[]): TabKey {
  const head = path[0];
  return typeof head === 'string' && head in TAB_OF_FIELD
    ? TAB_OF_FIELD[head as keyof ItemFormValues]
    : 'basic';
}

export function parseTab(value: string | null): TabKey {
  return TAB_KEYS.find((k) => k === value) ?? 'basic';
}

export function toFormValues(item: ItemInput): ItemFormValues {
  return {
    ...item,
    hasSubItem: item.subItem !== null,
    subItem: item.subItem ?? { code: '', name: '' },
    fee: item.fee.free
      ? { free: true, amountYuan: null, basis: '' }
      : { free: false, amountYuan: item.fee.amountYuan, basis: item.fee.basis },
    result: { ...item.result, licenseType: item.result.licenseType ?? '' },
    materials: item.materials.map((m) => ({
      ...m,
      licenseType: m.licenseType ?? '',
      proofItem: m.proofItem ?? '',
      sharedKey: m.sharedKey ?? '',
    })),
  };
}

const orNull = (value: string | null | undefined): string | null => {
  const trimmed = (value ?? '').trim();
  return trimmed === '' ? null : trimmed;
};
const str = (value: string | null | undefined): string => value ?? '';
const list = <T>(value: readonly T[] | null | undefined): T[] => (value ?? []).filter((v) => v != null);

/**
 * The API body. Values come from form.getFieldsValue(true), so entries just added may be partial:
 * missing text becomes '' and missing numbers stay missing, and the server names what is wrong.
 */
export function toItemInput(values: ItemFormValues): ItemInput {
  return {
    baseCode: str(values.baseCode).trim(),
    implCode: str(values.implCode).trim(),
    name: str(values.name),
    aliases: list(values.aliases),
    keywords: list(values.keywords),
    type: values.type,
    level: values.level,
    mainItem: { code: str(values.mainItem?.code).trim(), name: str(values.mainItem?.name) },
    subItem: values.hasSubItem
      ? { code: str(values.subItem?.code).trim(), name: str(values.subItem?.name) }
      : null,
    implementingBody: {
      name: str(values.implementingBody?.name),
      creditCode: str(values.implementingBody?.creditCode).trim(),
      nature: values.implementingBody?.nature,
    },
    regionCode: values.regionCode,
    departmentKey: values.departmentKey,
    serviceObjects: list(values.serviceObjects),
    themes: list(values.themes),
    legalBasis: list(values.legalBasis).map((b) => ({
      law: str(b.law),
      article: str(b.article),
      text: str(b.text),
    })),
    acceptanceConditions: list(values.acceptanceConditions).map(str),
    statutoryDays: values.statutoryDays,
    promisedDays: values.promisedDays,
    caseType: values.caseType,
    visits: values.visits,
    onlineDepth: values.onlineDepth,
    handlingForms: list(values.handlingForms),
    fee: values.fee?.free
      ? { free: true }
      : { free: false, amountYuan: values.fee?.amountYuan as number, basis: str(values.fee?.basis) },
    places: list(values.places).map(str),
    booking: Boolean(values.booking),
    onlinePayment: Boolean(values.onlinePayment),
    postalDelivery: Boolean(values.postalDelivery),
    crossRegion: values.crossRegion,
    result: {
      kind: values.result?.kind,
      name: str(values.result?.name),
      licenseType: orNull(values.result?.licenseType),
    },
    faq: list(values.faq).map((f) => ({ q: str(f.q), a: str(f.a) })),
    // The editor has no process fields yet: an item's process passes through unchanged.
    ...(values.process ? { process: values.process } : {}),
    materials: list(values.materials).map((m) => ({
      key: str(m.key).trim(),
      name: str(m.name),
      requirement: m.requirement,
      form: m.form,
      count: m.count,
      issuer: str(m.issuer),
      trustLevel: m.trustLevel,
      essential: Boolean(m.essential),
      note: str(m.note),
      licenseType: orNull(m.licenseType),
      proofItem: orNull(m.proofItem),
      sharedKey: orNull(m.sharedKey),
      blankFormFileId: m.blankFormFileId ?? null,
      sampleFileId: m.sampleFileId ?? null,
    })),
    situations: {
      questions: list(values.situations?.questions).map((q) => ({
        key: str(q.key).trim(),
        text: str(q.text),
        options: list(q.options).map((o) => ({ key: str(o.key).trim(), label: str(o.label) })),
      })),
      rules: list(values.situations?.rules).map((r) => ({
        when: { question: str(r.when?.question), option: str(r.when?.option) },
        addMaterials: list(r.addMaterials),
        addConditions: list(r.addConditions).map(str),
      })),
    },
  };
}

/** GB/T 2260 code length → 行使层级: 2 province, 4 city, 6 county, 9 township. */
export function levelForRegion(regionCode: string | null | undefined): ItemInput['level'] {
  switch (regionCode?.length ?? 0) {
    case 2:
      return 2;
    case 4:
      return 3;
    case 6:
      return 4;
    case 9:
      return 5;
    case 12:
      return 6;
    default:
      return 3;
  }
}

export function blankMaterial(): MaterialValues {
  return {
    key: '',
    name: '',
    requirement: 'always',
    form: 'original',
    count: 1,
    essential: false,
    issuer: '',
    trustLevel: 'D',
    note: '',
    licenseType: '',
    proofItem: '',
    sharedKey: '',
    blankFormFileId: null,
    sampleFileId: null,
  };
}

/** A new item: sensible defaults where the code sets allow one, empty where a person must decide. */
export function blankItem(regionCode: string | null): ItemFormValues {
  return {
    baseCode: '',
    implCode: '',
    name: '',
    aliases: [],
    keywords: [],
    type: '01',
    level: levelForRegion(regionCode),
    mainItem: { code: '', name: '' },
    hasSubItem: false,
    subItem: { code: '', name: '' },
    implementingBody: { name: '', creditCode: '', nature: 'statutory' },
    regionCode: regionCode ?? '',
    departmentKey: '',
    serviceObjects: [1],
    themes: [],
    legalBasis: [{ law: '', article: '', text: '' }],
    acceptanceConditions: [],
    statutoryDays: 20,
    promisedDays: 5,
    caseType: 2,
    visits: 1,
    onlineDepth: 'III',
    handlingForms: [1, 2],
    fee: { free: true, amountYuan: null, basis: '' },
    places: [],
    booking: false,
    onlinePayment: false,
    postalDelivery: false,
    crossRegion: 'none',
    result: { kind: 'license', name: '', licenseType: '' },
    faq: [],
    materials: [{ ...blankMaterial(), key: 'application' }],
    situations: { questions: [], rules: [] },
  };
}

/** The rule of catalog.contract's localKey, for early feedback. */
export const LOCAL_KEY = /^[a-z][a-z0-9_]{0,39}$/;
export const BASE_CODE = /^[0-9A-Z]{12}$/;
export const IMPL_CODE = /^[0-9A-Z]{33}$/;
export const MAIN_CODE = /^[0-9A-Z]{6,12}$/;

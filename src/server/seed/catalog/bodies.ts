import type { ItemInputRaw } from '../../../shared/catalog.contract';
import { makeCreditCode, makeOrgCode } from '../../../shared/identity';

/**
 * The implementing bodies (实施机构) of the demo catalog: one per region and department, plus a few
 * units that handle items in their own name (消防救援大队, 社会保险事业管理中心, 不动产登记中心).
 * Names follow how 金华 bodies are really called (垂直管理 bodies such as 公安、税务、生态环境、
 * 自然资源 are 分局 of the city body); every credit code is fictional but passes GB 32100 checks.
 */
export type RegionCode = '3307' | '330702' | '330703';
export type ImplementingBody = ItemInputRaw['implementingBody'];

export const DEPARTMENT_KEYS = [
  'market',
  'health',
  'police',
  'hrss',
  'medical_insurance',
  'housing',
  'natural_resources',
  'transport',
  'tax',
  'civil_affairs',
  'education',
  'culture_tourism',
  'ecology',
  'emergency',
  'urban_management',
  'water',
  'power',
  'gas',
] as const;
export type DepartmentKey = (typeof DEPARTMENT_KEYS)[number];

/** Utilities are firms that exist only at city level (3307). */
export const UTILITY_KEYS: readonly DepartmentKey[] = ['water', 'power', 'gas'];

/** Two-digit department number used inside basic codes and organisation codes. */
export const DEPARTMENT_NUMBERS: Record<DepartmentKey, string> = {
  market: '01',
  health: '02',
  police: '03',
  hrss: '04',
  medical_insurance: '05',
  housing: '06',
  natural_resources: '07',
  transport: '08',
  tax: '09',
  civil_affairs: '10',
  education: '11',
  culture_tourism: '12',
  ecology: '13',
  emergency: '14',
  urban_management: '15',
  water: '16',
  power: '17',
  gas: '18',
};

const REGION_NAMES: Record<RegionCode, { full: string; district: string | null }> = {
  '3307': { full: '金华市', district: null },
  '330702': { full: '金华市婺城区', district: '婺城' },
  '330703': { full: '金华市金东区', district: '金东' },
};

/** 6-digit region part of a credit code (GB/T 2260, padded). */
const region6 = (region: RegionCode) => region.padEnd(6, '0');

function governmentName(region: RegionCode, key: DepartmentKey): string {
  const { full, district } = REGION_NAMES[region];
  switch (key) {
    case 'police':
      return district ? `金华市公安局${district}分局` : '金华市公安局';
    case 'tax':
      return `国家税务总局${full}税务局`;
    case 'ecology':
      return district ? `金华市生态环境局${district}分局` : '金华市生态环境局';
    case 'natural_resources':
      return district ? `金华市自然资源和规划局${district}分局` : '金华市自然资源和规划局';
    case 'market':
      return `${full}市场监督管理局`;
    case 'health':
      return `${full}卫生健康局`;
    case 'hrss':
      return `${full}人力资源和社会保障局`;
    case 'medical_insurance':
      return `${full}医疗保障局`;
    case 'housing':
      return `${full}住房和城乡建设局`;
    case 'transport':
      return `${full}交通运输局`;
    case 'civil_affairs':
      return `${full}民政局`;
    case 'education':
      return `${full}教育局`;
    case 'culture_tourism':
      return `${full}文化广电旅游体育局`;
    case 'emergency':
      return `${full}应急管理局`;
    case 'urban_management':
      return `${full}综合行政执法局`;
    case 'water':
      return '金华市水务集团有限公司';
    case 'power':
      return '国网浙江省电力有限公司金华供电公司';
    case 'gas':
      return '金华市燃气有限公司';
  }
}

/** Units (other than the department itself) that are the implementing body of some items. */
export const UNITS = {
  /** 消防救援机构: 《消防法》names them as the body for 公众聚集场所消防安全检查. */
  fire: { department: 'emergency', suffix: '消防救援', category: '11', orgSerial: '91' },
  /** 社会保险经办机构 (事业单位, 法律法规授权). */
  social_insurance: { department: 'hrss', suffix: '社会保险事业管理中心', category: '12', orgSerial: '92' },
  /** 不动产登记机构 (事业单位, 法律法规授权). */
  real_estate: {
    department: 'natural_resources',
    suffix: '不动产登记服务中心',
    category: '12',
    orgSerial: '93',
  },
  /** 医疗保障经办机构 (事业单位, 法律法规授权). */
  medical_service: {
    department: 'medical_insurance',
    suffix: '医疗保障服务中心',
    category: '12',
    orgSerial: '94',
  },
} as const satisfies Record<
  string,
  { department: DepartmentKey; suffix: string; category: string; orgSerial: string }
>;
export type UnitKey = keyof typeof UNITS;

function unitName(region: RegionCode, unit: UnitKey): string {
  const { full, district } = REGION_NAMES[region];
  if (unit === 'fire') return district ? `${full}消防救援大队` : '金华市消防救援支队';
  return `${full}${UNITS[unit].suffix}`;
}

const REGION_SERIAL: Record<RegionCode, string> = { '3307': '00', '330702': '02', '330703': '03' };
const UTILITY_ORG_CODES: Partial<Record<DepartmentKey, string>> = {
  water: '14738210',
  power: '14740051',
  gas: '72711903',
};

export type BodyRecord = ImplementingBody & {
  regionCode: RegionCode;
  departmentKey: DepartmentKey;
  unit: UnitKey | null;
};

function buildBodies(): BodyRecord[] {
  const rows: BodyRecord[] = [];
  for (const region of Object.keys(REGION_NAMES) as RegionCode[]) {
    for (const key of DEPARTMENT_KEYS) {
      const utility = UTILITY_KEYS.includes(key);
      if (utility && region !== '3307') continue;
      const org = utility
        ? (UTILITY_ORG_CODES[key] ?? '')
        : `0026${REGION_SERIAL[region]}${DEPARTMENT_NUMBERS[key]}`;
      rows.push({
        regionCode: region,
        departmentKey: key,
        unit: null,
        name: governmentName(region, key),
        creditCode: makeCreditCode(`${utility ? '91' : '11'}${region6(region)}${makeOrgCode(org)}`),
        // The contract has no nature for a public-utility firm (公用企业); 受委托组织 is the closest.
        nature: utility ? 'entrusted' : 'statutory',
      });
    }
    for (const [unit, spec] of Object.entries(UNITS) as [UnitKey, (typeof UNITS)[UnitKey]][]) {
      rows.push({
        regionCode: region,
        departmentKey: spec.department,
        unit,
        name: unitName(region, unit),
        creditCode: makeCreditCode(
          `${spec.category}${region6(region)}${makeOrgCode(`4702${REGION_SERIAL[region]}${spec.orgSerial}`)}`,
        ),
        nature: unit === 'fire' ? 'statutory' : 'authorized',
      });
    }
  }
  return rows;
}

export const BODIES: readonly BodyRecord[] = buildBodies();

/** The implementing body of a department (or one of its units) in a region; throws if there is none. */
export function findBody(
  regionCode: string,
  departmentKey: string,
  unit: UnitKey | null = null,
): ImplementingBody {
  const body = BODIES.find(
    (b) => b.regionCode === regionCode && b.departmentKey === departmentKey && b.unit === unit,
  );
  if (!body)
    throw new Error(`no implementing body for ${departmentKey}${unit ? `/${unit}` : ''} in ${regionCode}`);
  return { name: body.name, creditCode: body.creditCode, nature: body.nature };
}

/** 实施编码 = 实施机构统一社会信用代码 (18) + 基本编码 (12) + 业务办理项序号 (3). */
export function makeImplCode(creditCode: string, baseCode: string, serial: number): string {
  if (!/^[0-9A-Z]{18}$/.test(creditCode)) throw new RangeError(`bad credit code ${creditCode}`);
  if (!/^[0-9A-Z]{12}$/.test(baseCode)) throw new RangeError(`bad basic code ${baseCode}`);
  if (!Number.isInteger(serial) || serial < 1 || serial > 999) throw new RangeError(`bad serial ${serial}`);
  return `${creditCode}${baseCode}${String(serial).padStart(3, '0')}`;
}

import type { ItemInputRaw } from '../../../shared/catalog.contract';

/**
 * Materials many items ask for. A `sharedKey` lets a bundle ask for the material once; the
 * application form is never shared because every item has its own.
 */
type MaterialRaw = ItemInputRaw['materials'][number];
type Overrides = Partial<MaterialRaw>;

const shared =
  (base: MaterialRaw) =>
  (o: Overrides = {}): MaterialRaw => ({ ...base, ...o });

/** 申请表（申请书）: always made by the applicant (D), never shared, never tolerated (关键材料). */
export const form = (name: string, o: Overrides = {}): MaterialRaw => ({
  key: 'application_form',
  name,
  requirement: 'always',
  form: 'original',
  count: 1,
  issuer: '申请人',
  trustLevel: 'D',
  essential: true,
  note: '可在浙江政务服务网或“浙里办”在线填写，系统自动生成',
  ...o,
});

/** A material specific to one item. */
export const mat = (
  key: string,
  name: string,
  issuer: string,
  trustLevel: MaterialRaw['trustLevel'],
  o: Overrides = {},
): MaterialRaw => ({
  key,
  name,
  requirement: 'always',
  form: trustLevel === 'D' ? 'original' : 'copy',
  count: 1,
  issuer,
  trustLevel,
  ...o,
});

/** The same, only when a situation rule adds it. */
export const cond = (
  key: string,
  name: string,
  issuer: string,
  trustLevel: MaterialRaw['trustLevel'],
  o: Overrides = {},
): MaterialRaw => mat(key, name, issuer, trustLevel, { requirement: 'conditional', ...o });

export const idCard = shared({
  key: 'id_card',
  name: '申请人居民身份证',
  requirement: 'always',
  form: 'original',
  count: 1,
  issuer: '公安机关',
  trustLevel: 'B',
  // Who applies must be known: proof of identity is never tolerated.
  essential: true,
  note: '窗口核验原件；可通过“浙里办”亮出电子身份证代替',
  licenseType: '居民身份证',
  sharedKey: 'id_card',
});

export const legalRepId = shared({
  key: 'legal_rep_id',
  name: '法定代表人（负责人、经营者）身份证件',
  requirement: 'always',
  form: 'copy',
  count: 1,
  issuer: '公安机关',
  trustLevel: 'B',
  // Who applies must be known: proof of identity is never tolerated.
  essential: true,
  note: '已通过电子营业执照或实名认证登录的，无需提供',
  licenseType: '居民身份证',
  sharedKey: 'legal_rep_id',
});

export const businessLicense = shared({
  key: 'business_license',
  name: '营业执照',
  requirement: 'always',
  form: 'copy',
  count: 1,
  issuer: '市场监督管理部门',
  trustLevel: 'B',
  note: '通过电子证照库调取，无需提交纸质件',
  licenseType: '营业执照',
  sharedKey: 'business_license',
});

export const premises = shared({
  key: 'premises_proof',
  name: '经营场所使用证明（不动产权证书或房屋租赁合同）',
  requirement: 'always',
  form: 'copy',
  count: 1,
  issuer: '不动产登记机构或出租方',
  trustLevel: 'C',
  note: '浙江实行住所（经营场所）申报承诺制，可填写《住所（经营场所）申报承诺表》代替',
  sharedKey: 'lease_contract',
});

export const householdRegister = shared({
  key: 'household_register',
  name: '居民户口簿',
  requirement: 'always',
  form: 'original',
  count: 1,
  issuer: '公安机关',
  trustLevel: 'B',
  note: '本市户籍的可通过电子证照库调取',
  licenseType: '居民户口簿',
  sharedKey: 'household_register',
});

export const marriageCert = shared({
  key: 'marriage_cert',
  name: '结婚证',
  requirement: 'always',
  form: 'original',
  count: 1,
  issuer: '婚姻登记机关',
  trustLevel: 'B',
  note: '2000年以后在浙江登记的可通过电子证照库调取',
  licenseType: '结婚证',
  sharedKey: 'marriage_cert',
});

export const propertyCert = shared({
  key: 'property_cert',
  name: '不动产权证书（或房屋所有权证、国有土地使用证）',
  requirement: 'always',
  form: 'original',
  count: 1,
  issuer: '不动产登记机构',
  trustLevel: 'B',
  note: '已颁发电子证照的可在线调取',
  licenseType: '不动产权证书',
  sharedKey: 'property_cert',
});

export const birthCert = shared({
  key: 'birth_cert',
  name: '出生医学证明',
  requirement: 'always',
  form: 'original',
  count: 1,
  issuer: '助产机构',
  trustLevel: 'B',
  note: '省内出生的可通过电子证照库调取',
  licenseType: '出生医学证明',
  sharedKey: 'birth_cert',
});

export const deathCert = shared({
  key: 'death_cert',
  name: '居民死亡医学证明（推断）书',
  requirement: 'always',
  form: 'original',
  count: 1,
  issuer: '医疗卫生机构',
  trustLevel: 'B',
  note: '医疗卫生机构已网上签发的，部门间共享，无需再交',
  licenseType: '居民死亡医学证明（推断）书',
  sharedKey: 'death_cert',
});

export const ssCard = shared({
  key: 'ss_card',
  name: '社会保障卡',
  requirement: 'always',
  form: 'original',
  count: 1,
  issuer: '人力资源社会保障部门',
  trustLevel: 'B',
  note: '可用电子社保卡代替',
  licenseType: '社会保障卡',
  sharedKey: 'social_security_card',
});

export const residencePermit = shared({
  key: 'residence_permit',
  name: '浙江省居住证',
  requirement: 'always',
  form: 'original',
  count: 1,
  issuer: '公安机关',
  trustLevel: 'B',
  note: '可通过电子证照库调取',
  licenseType: '居住证',
  sharedKey: 'residence_permit',
});

export const bankAccount = shared({
  key: 'bank_account',
  name: '本人银行账户信息（社会保障卡金融账户或银行卡）',
  requirement: 'always',
  form: 'copy',
  count: 1,
  issuer: '开户银行',
  trustLevel: 'C',
  note: '用于待遇发放，须为申请人本人账户',
  sharedKey: 'bank_account',
});

export const staffHealth = shared({
  key: 'staff_health',
  name: '直接接触入口食品或顾客的从业人员健康证明',
  requirement: 'always',
  form: 'copy',
  count: 1,
  issuer: '医疗卫生机构',
  trustLevel: 'C',
  note: '可通过电子证照库核验从业人员健康证明',
  licenseType: '健康证明',
  sharedKey: 'staff_health_cert',
});

export const photo = (o: Overrides = {}): MaterialRaw => ({
  key: 'photo',
  name: '近期免冠彩色证件照',
  requirement: 'always',
  form: 'original',
  count: 1,
  issuer: '申请人',
  trustLevel: 'D',
  note: '窗口可现场免费拍摄并上传照片回执',
  ...o,
});

export const agentAuth = (): MaterialRaw => ({
  key: 'agent_auth',
  name: '授权委托书',
  requirement: 'conditional',
  form: 'original',
  count: 1,
  issuer: '申请人',
  trustLevel: 'D',
  // One letter naming every matter covers a whole bundle, so a bundle asks for it once.
  sharedKey: 'agent_auth',
  note: '写明委托事项、权限和期限，由委托人签字或盖章',
});

export const agentId = (): MaterialRaw => ({
  key: 'agent_id',
  name: '代理人居民身份证',
  requirement: 'conditional',
  form: 'original',
  count: 1,
  issuer: '公安机关',
  trustLevel: 'B',
  note: '窗口核验原件',
  licenseType: '居民身份证',
  sharedKey: 'agent_id',
});

/** 告知承诺书: the applicant promises instead of bringing a proof; checked afterwards. */
export const commitment = (name: string, o: Overrides = {}): MaterialRaw => ({
  key: 'commitment',
  name,
  requirement: 'always',
  form: 'original',
  count: 1,
  issuer: '申请人',
  trustLevel: 'D',
  note: '按告知承诺制办理，系统提供格式文本',
  ...o,
});

/** The deceased's ID card: handed back when the residence is cancelled, never the applicant's own. */
export const deceasedId = shared({
  key: 'deceased_id',
  name: '死者居民身份证',
  requirement: 'always',
  form: 'original',
  count: 1,
  issuer: '公安机关',
  trustLevel: 'B',
  note: '注销户口时由公安机关收回；已遗失的在申报表中说明即可',
  licenseType: '居民身份证',
  sharedKey: 'deceased_id',
});

export const dischargeCert = shared({
  key: 'discharge_cert',
  name: '退出现役证',
  requirement: 'always',
  form: 'original',
  count: 1,
  issuer: '部队',
  trustLevel: 'B',
  note: '窗口核验原件后退还',
  licenseType: '退出现役证',
  sharedKey: 'discharge_cert',
});

/** 存量房 contract signed and filed online once; tax and registration read the filed record. */
export const resaleContract = shared({
  key: 'contract',
  name: '存量房买卖合同（网签备案）',
  requirement: 'always',
  form: 'electronic',
  count: 1,
  issuer: '买卖双方',
  trustLevel: 'B',
  note: '网签备案信息部门间共享，无需提交纸质件',
  sharedKey: 'resale_contract',
});

/** 商品房 contract signed and filed online once; tax, registration and utilities read the filed record. */
export const newHomeContract = shared({
  key: 'contract',
  name: '商品房买卖合同（网签备案）',
  requirement: 'always',
  form: 'electronic',
  count: 1,
  issuer: '开发企业、购房人',
  trustLevel: 'B',
  note: '网签备案信息部门间共享，无需提交纸质件',
  sharedKey: 'new_home_contract',
});

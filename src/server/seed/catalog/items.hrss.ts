import type { ItemInputRaw } from '../../../shared/catalog.contract';
import {
  FULL_ONLINE,
  ONLINE_ONCE,
  ONLINE_POST,
  WINDOW_ONCE,
  itemsOf,
  law,
  qa,
  question,
  rule,
} from './build';
import {
  bankAccount,
  businessLicense,
  cond,
  deathCert,
  dischargeCert,
  form,
  idCard,
  legalRepId,
  mat,
  photo,
  premises,
  ssCard,
} from './materials';

const item = itemsOf('hrss');

const SI14 = law(
  '《中华人民共和国社会保险法》',
  '第十四条',
  '个人账户不得提前支取，记账利率不得低于银行定期存款利率，免征利息税。个人死亡的，个人账户余额可以继承。',
);
const SI16 = law(
  '《中华人民共和国社会保险法》',
  '第十六条',
  '参加基本养老保险的个人，达到法定退休年龄时累计缴费满十五年的，按月领取基本养老金。',
);
const SI17 = law(
  '《中华人民共和国社会保险法》',
  '第十七条',
  '参加基本养老保险的个人，因病或者非因工死亡的，其遗属可以领取丧葬补助金和抚恤金；在未达到法定退休年龄时因病或者非因工致残完全丧失劳动能力的，可以领取病残津贴。',
);
const SI19 = law(
  '《中华人民共和国社会保险法》',
  '第十九条',
  '个人跨统筹地区就业的，其基本养老保险关系随本人转移，缴费年限累计计算。个人达到法定退休年龄时，基本养老金分段计算、统一支付。',
);
const SI57 = law(
  '《中华人民共和国社会保险法》',
  '第五十七条',
  '用人单位应当自成立之日起三十日内凭营业执照、登记证书或者单位印章，向当地社会保险经办机构申请办理社会保险登记。社会保险经办机构应当自收到申请之日起十五日内予以审核，发给社会保险登记证件。',
);
const SI58 = law(
  '《中华人民共和国社会保险法》',
  '第五十八条',
  '用人单位应当自用工之日起三十日内为其职工向社会保险经办机构申请办理社会保险登记。自愿参加社会保险的无雇工的个体工商户、未在用人单位参加社会保险的非全日制从业人员以及其他灵活就业人员，应当向社会保险经办机构申请办理社会保险登记。',
);
const SI_CARD = law(
  '《中华人民共和国社会保险法》',
  '第五十八条第三款',
  '国家建立全国统一的个人社会保障号码。个人社会保障号码为公民身份号码。',
);
const RESIDENT_PENSION = law(
  '《国务院关于建立统一的城乡居民基本养老保险制度的意见》（国发〔2014〕8号）',
  '',
  '年满16周岁（不含在校学生），非国家机关和事业单位工作人员及不属于职工基本养老保险制度覆盖范围的城乡居民，可以在户籍地参加城乡居民养老保险。',
);
const EMPLOYMENT = law(
  '《就业服务与就业管理规定》（劳动和社会保障部令第28号）',
  '',
  '国家实行劳动者就业登记和失业登记制度。用人单位招用人员后，应当于录用之日起30日内办理就业登记。',
);

const socialUnit = { unit: 'social_insurance' as const };

const unitRegistration = item({
  ...socialUnit,
  main: [1, '社会保险登记'],
  sub: [1, '单位参保登记'],
  variant: 1,
  name: '单位社会保险参保登记',
  aliases: ['单位社保开户', '企业社保登记'],
  keywords: ['社保开户', '企业开办', '给员工交社保', '单位参保'],
  type: '07',
  serviceObjects: [2, 3, 4, 6],
  themes: ['企业开办'],
  legalBasis: [SI57],
  days: [15, 0],
  channel: FULL_ONLINE(),
  result: { kind: 'certificate', name: '社会保险登记信息（单位社保编号）', licenseType: null },
  faq: [
    qa(
      '开公司后多久要办社保登记？',
      '应当自成立之日起30日内办理。通过企业开办“一件事”申请营业执照时勾选社保登记的，领照即完成登记，无需另行申请。',
    ),
    qa(
      '一个员工都没有也要登记吗？',
      '单位社会保险登记与是否招用职工无关，成立后都应办理；招用职工后30日内再为职工办理参保登记。',
    ),
  ],
  materials: [
    businessLicense(),
    legalRepId(),
    mat('bank', '单位银行结算账户信息', '开户银行', 'C', { sharedKey: 'company_bank_account' }),
  ],
});

const unitCancel = item({
  ...socialUnit,
  main: [1, '社会保险登记'],
  sub: [2, '单位参保注销'],
  variant: 1,
  name: '单位社会保险注销登记',
  keywords: ['社保注销', '企业注销', '单位销户'],
  type: '07',
  serviceObjects: [2, 3, 4, 6],
  themes: ['企业注销'],
  legalBasis: [
    law(
      '《社会保险费申报缴纳管理规定》（人力资源社会保障部令第20号）',
      '',
      '用人单位依法终止或者社会保险登记事项发生变化的，应当自变更或者终止之日起三十日内，到社会保险经办机构办理变更或者注销社会保险登记手续。',
    ),
  ],
  acceptanceConditions: ['已结清应缴社会保险费、滞纳金，职工已办理减员或转移'],
  days: [15, 0],
  channel: FULL_ONLINE(),
  result: { kind: 'certificate', name: '单位社会保险注销登记回执', licenseType: null },
  materials: [
    form('单位社会保险注销登记表'),
    mat('termination', '单位终止的证明（清算报告或注销决议）', '申请人', 'D', { form: 'original' }),
  ],
});

const flexibleRegistration = item({
  ...socialUnit,
  main: [1, '社会保险登记'],
  sub: [3, '个人参保登记'],
  variant: 1,
  name: '灵活就业人员职工基本养老保险参保登记',
  aliases: ['个人交社保', '灵活就业参保', '自由职业交社保'],
  keywords: ['个人交社保', '自己交社保', '灵活就业', '个体户社保', '就业'],
  type: '07',
  serviceObjects: [1],
  themes: ['就业'],
  legalBasis: [SI58],
  acceptanceConditions: [
    '无雇工的个体工商户、非全日制从业人员和其他灵活就业人员，年满16周岁、未达到法定退休年龄',
  ],
  days: [15, 0],
  channel: FULL_ONLINE(),
  crossRegion: 'none',
  result: { kind: 'certificate', name: '个人参保登记信息', licenseType: null },
  faq: [
    qa(
      '外地户口可以在金华以灵活就业身份交社保吗？',
      '浙江已全面取消灵活就业人员在就业地参保的户籍限制，持居民身份证即可在“浙里办”登记参保。',
    ),
    qa(
      '缴费基数怎么选？',
      '可在全省上年度全口径城镇单位就业人员平均工资的60%至300%之间自主选择，按月或按季缴费。',
    ),
  ],
  materials: [idCard(), bankAccount({ name: '本人银行扣款账户信息' })],
});

const residentPensionRegistration = item({
  ...socialUnit,
  main: [1, '社会保险登记'],
  sub: [4, '城乡居民养老保险参保登记'],
  variant: 1,
  name: '城乡居民基本养老保险参保登记',
  aliases: ['农村养老保险', '居民养老保险'],
  keywords: ['农保', '居民养老', '城乡居民养老', '社保'],
  type: '07',
  serviceObjects: [1],
  legalBasis: [RESIDENT_PENSION],
  days: [15, 0],
  channel: FULL_ONLINE(),
  result: { kind: 'certificate', name: '城乡居民养老保险参保登记信息', licenseType: null },
  materials: [idCard()],
});

const TRANSFER_FAQ = [
  qa(
    '社保转移要回原参保地吗？',
    '不用。向新参保地社保经办机构申请，或在“浙里办”“国家社会保险公共服务平台”在线申请，转出地和转入地之间内部流转。',
  ),
  qa(
    '转移要多长时间？',
    '转入地受理后15个工作日内向转出地发联系函，转出地15个工作日内办理转出，转入地收到资金后15个工作日内办结，全程约45个工作日。',
  ),
];

const pensionTransfer = item({
  ...socialUnit,
  main: [2, '基本养老保险关系转移接续'],
  variant: 1,
  name: '职工基本养老保险关系转移接续（跨省）',
  aliases: ['社保转移', '养老保险转移', '社保转入'],
  keywords: ['社保转移', '社保转过来', '养老保险转移', '换城市工作', '就业'],
  type: '20',
  serviceObjects: [1],
  themes: ['就业'],
  legalBasis: [
    SI19,
    law(
      '《城镇企业职工基本养老保险关系转移接续暂行办法》（国办发〔2009〕66号）',
      '',
      '参保人员跨省流动就业的，由原参保所在地社会保险经办机构开具参保缴费凭证，其基本养老保险关系应随同转移到新参保地。',
    ),
  ],
  days: [45, 30],
  channel: FULL_ONLINE(),
  crossRegion: 'province',
  result: { kind: 'certificate', name: '基本养老保险关系转入告知单', licenseType: null },
  faq: TRANSFER_FAQ,
  materials: [idCard(), form('基本养老保险关系转移接续申请表', { note: '线上申请的，系统自动生成' })],
});

const veteranPension = item({
  ...socialUnit,
  main: [2, '基本养老保险关系转移接续'],
  variant: 2,
  name: '军人退役基本养老保险关系转移接续',
  keywords: ['退役军人', '退伍', '军龄', '社保转移'],
  type: '20',
  serviceObjects: [1],
  themes: ['退役军人'],
  legalBasis: [
    law(
      '《中华人民共和国军人保险法》',
      '第十二条',
      '军人退出现役参加基本养老保险的，由军人所在单位后勤（联勤）机关财务部门将军人退役养老保险关系和相应资金转入地方社会保险经办机构，地方社会保险经办机构办理相应的转移接续手续。',
    ),
  ],
  days: [15, 5],
  channel: WINDOW_ONCE(),
  result: { kind: 'certificate', name: '基本养老保险关系转入告知单', licenseType: null },
  materials: [
    idCard(),
    dischargeCert(),
    mat('military_pension', '军人退役基本养老保险参保缴费凭证', '部队后勤财务部门', 'B', {
      form: 'original',
    }),
  ],
});

const retirement = item({
  ...socialUnit,
  main: [3, '职工基本养老保险待遇申领'],
  variant: 1,
  name: '职工基本养老保险退休待遇申领',
  aliases: ['办退休', '退休审批', '领养老金'],
  keywords: ['退休', '办退休', '养老金', '领退休工资', '退休手续'],
  type: '05',
  serviceObjects: [1],
  themes: ['退休'],
  legalBasis: [
    SI16,
    law(
      '《全国人民代表大会常务委员会关于实施渐进式延迟法定退休年龄的决定》',
      '',
      '从2025年1月1日起，用十五年时间，逐步将男职工的法定退休年龄从原六十周岁延迟到六十三周岁，将女职工的法定退休年龄从原五十周岁、五十五周岁分别延迟到五十五周岁、五十八周岁。',
    ),
  ],
  acceptanceConditions: [
    '达到法定退休年龄（或按规定申请弹性提前退休）',
    '累计缴费年限达到国家规定的最低缴费年限',
  ],
  days: [20, 5],
  channel: ONLINE_ONCE(),
  crossRegion: 'none',
  result: { kind: 'decision', name: '基本养老金核定表', licenseType: null },
  faq: [
    qa(
      '退休要单位去办还是自己办？',
      '在职参保的由单位在“浙江省人力资源和社会保障网上服务平台”申报；灵活就业参保的本人通过“浙里办”申请。',
    ),
    qa(
      '退休后多久能领到养老金？',
      '审核通过后次月起按月发放到本人社会保障卡金融账户，首月一般补发自退休次月起的待遇。',
    ),
    qa('缴费年限不够15年怎么办？', '可以延长缴费至满足最低缴费年限，也可以申请转入城乡居民基本养老保险。'),
  ],
  materials: [
    form('职工基本养老保险待遇申领表'),
    idCard(),
    ssCard({ note: '用于养老金发放，须已激活金融功能' }),
    cond('special_job', '特殊工种岗位工作经历材料（原始档案记载）', '原用人单位/档案保管机构', 'C'),
    cond('disability_result', '劳动能力鉴定结论书（完全丧失劳动能力）', '劳动能力鉴定委员会', 'B'),
    cond(
      'military_service',
      '入伍、退伍（转业）证明等视同缴费年限材料',
      '退役军人事务部门/档案保管机构',
      'C',
    ),
  ],
  questions: [
    question('type', '退休类型', [
      ['normal', '正常退休（含弹性退休）'],
      ['special_job', '特殊工种提前退休'],
      ['illness', '因病或非因工致残完全丧失劳动能力提前退休'],
    ]),
    question('military', '是否有军龄等视同缴费年限？', [
      ['no', '没有'],
      ['yes', '有'],
    ]),
  ],
  rules: [
    rule('type', 'special_job', ['special_job'], ['特殊工种提前退休须经公示5个工作日']),
    rule('type', 'illness', ['disability_result']),
    rule('military', 'yes', ['military_service']),
  ],
  agent: true,
});

const residentPension = item({
  ...socialUnit,
  main: [4, '城乡居民基本养老保险待遇申领'],
  variant: 1,
  name: '城乡居民基本养老保险待遇申领',
  keywords: ['农保待遇', '居民养老金', '60岁领养老金', '退休'],
  type: '05',
  serviceObjects: [1],
  themes: ['退休'],
  legalBasis: [RESIDENT_PENSION],
  acceptanceConditions: ['年满60周岁，累计缴费满15年，且未领取国家规定的基本养老保障待遇'],
  days: [20, 5],
  channel: FULL_ONLINE(),
  result: { kind: 'decision', name: '城乡居民养老保险待遇核定表', licenseType: null },
  materials: [idCard(), ssCard()],
});

const funeralGrant = item({
  ...socialUnit,
  main: [5, '丧葬补助金、抚恤金申领'],
  variant: 1,
  name: '职工基本养老保险丧葬补助金、抚恤金申领',
  aliases: ['丧葬费', '抚恤金'],
  keywords: ['丧葬费', '抚恤金', '人去世了', '身后事', '社保死亡待遇'],
  type: '05',
  serviceObjects: [1],
  themes: ['身后'],
  legalBasis: [SI17, SI14],
  days: [20, 5],
  channel: ONLINE_ONCE(),
  result: { kind: 'decision', name: '丧葬补助金、抚恤金核定通知', licenseType: null },
  faq: [
    qa(
      '谁可以领取？',
      '由死者的配偶、子女、父母等直系亲属申领；多人共同申领的，应协商一致由一人代领，或分别申领。',
    ),
  ],
  materials: [
    form('丧葬补助金、抚恤金申领表'),
    deathCert(),
    mat('applicant_id', '申领人居民身份证', '公安机关', 'B', {
      form: 'original',
      licenseType: '居民身份证',
      sharedKey: 'id_card',
    }),
    mat('kinship', '申领人与死者的亲属关系证明', '公安机关', 'B', { note: '户口簿记载的，部门核验' }),
    bankAccount({ name: '申领人银行账户信息' }),
  ],
});

const residentFuneral = item({
  ...socialUnit,
  main: [5, '丧葬补助金、抚恤金申领'],
  variant: 2,
  name: '城乡居民基本养老保险丧葬补助金申领及个人账户余额继承',
  keywords: ['农保丧葬费', '身后事', '个人账户继承'],
  type: '05',
  serviceObjects: [1],
  themes: ['身后'],
  legalBasis: [SI14, RESIDENT_PENSION],
  days: [20, 5],
  channel: ONLINE_ONCE(),
  result: { kind: 'decision', name: '城乡居民养老保险丧葬补助金核定通知', licenseType: null },
  materials: [
    deathCert(),
    mat('applicant_id', '申领人居民身份证', '公安机关', 'B', {
      form: 'original',
      licenseType: '居民身份证',
      sharedKey: 'id_card',
    }),
    bankAccount({ name: '申领人银行账户信息' }),
  ],
});

const cardApply = item({
  ...socialUnit,
  main: [6, '社会保障卡服务'],
  variant: 1,
  name: '社会保障卡申领',
  aliases: ['办社保卡', '新生儿社保卡'],
  keywords: ['办社保卡', '社保卡', '生孩子', '宝宝社保卡', '就业'],
  type: '20',
  serviceObjects: [1],
  themes: ['出生', '就业'],
  legalBasis: [
    SI_CARD,
    law(
      '《社会保障卡管理办法》',
      '',
      '社会保障卡是持卡人享有社会保障和公共就业服务权益的电子凭证，具有信息记录、信息查询、业务办理和金融支付等功能。',
    ),
  ],
  days: [20, 5],
  channel: ONLINE_POST(),
  crossRegion: 'province',
  result: { kind: 'license', name: '社会保障卡', licenseType: '社会保障卡' },
  faq: [
    qa(
      '新生儿怎么办社保卡？',
      '通过“出生一件事”同步申请，落户后由系统自动制卡，可选择邮寄到家或到合作银行网点领取。',
    ),
    qa(
      '电子社保卡可以代替实体卡吗？',
      '就医结算、参保查询等大部分场景可以用电子社保卡，领取待遇需要实体卡的金融账户。',
    ),
  ],
  materials: [
    idCard(),
    photo({ name: '社会保障卡制卡照片', note: '可使用居民身份证制证照片' }),
    cond('guardian_id', '监护人居民身份证', '公安机关', 'B', { form: 'original', licenseType: '居民身份证' }),
  ],
  questions: [
    question('age', '申领人年龄', [
      ['minor', '未满16周岁'],
      ['adult', '16周岁以上'],
    ]),
  ],
  rules: [rule('age', 'minor', ['guardian_id'], ['未成年人由监护人代为申领'])],
});

const cardReplace = item({
  ...socialUnit,
  main: [6, '社会保障卡服务'],
  variant: 2,
  name: '社会保障卡挂失、补换',
  aliases: ['社保卡丢了', '补办社保卡'],
  keywords: ['社保卡丢了', '社保卡挂失', '换社保卡'],
  type: '20',
  serviceObjects: [1],
  legalBasis: [SI_CARD],
  days: [20, 0],
  channel: ONLINE_POST(),
  fee: {
    free: false,
    amountYuan: 20,
    basis:
      '《浙江省物价局 浙江省财政厅关于社会保障卡补换卡收费标准的通知》：因个人原因遗失、损坏补换卡的，按每张20元收取工本费',
  },
  crossRegion: 'province',
  result: { kind: 'license', name: '社会保障卡', licenseType: '社会保障卡' },
  materials: [idCard(), photo({ name: '社会保障卡制卡照片' })],
});

const jobRegistration = item({
  main: [7, '就业失业登记'],
  variant: 1,
  name: '就业登记',
  keywords: ['就业', '找到工作', '就业登记', '毕业生就业'],
  type: '20',
  serviceObjects: [1, 2],
  themes: ['就业'],
  legalBasis: [EMPLOYMENT],
  days: [1, 0],
  channel: FULL_ONLINE(),
  result: { kind: 'certificate', name: '就业登记信息', licenseType: null },
  materials: [
    idCard({ name: '劳动者居民身份证' }),
    mat('labor_contract', '劳动合同或用工证明', '用人单位', 'C'),
  ],
});

const unemploymentRegistration = item({
  main: [7, '就业失业登记'],
  variant: 2,
  name: '失业登记',
  keywords: ['失业', '没工作了', '失业登记', '领失业金'],
  type: '20',
  serviceObjects: [1],
  themes: ['就业'],
  legalBasis: [
    EMPLOYMENT,
    law(
      '《中华人民共和国社会保险法》',
      '第五十条',
      '用人单位应当及时为失业人员出具终止或者解除劳动关系的证明，并将失业人员的名单自终止或者解除劳动关系之日起十五日内告知社会保险经办机构。失业人员应当持本单位为其出具的终止或者解除劳动关系的证明，及时到指定的公共就业服务机构办理失业登记。',
    ),
  ],
  days: [1, 0],
  channel: FULL_ONLINE(),
  crossRegion: 'none',
  result: { kind: 'certificate', name: '失业登记证明（电子）', licenseType: null },
  materials: [idCard()],
});

const unemploymentBenefit = item({
  ...socialUnit,
  main: [8, '失业保险金申领'],
  variant: 1,
  name: '失业保险金申领',
  aliases: ['领失业金', '失业补助'],
  keywords: ['失业金', '失业保险', '被裁员', '没工作了'],
  type: '05',
  serviceObjects: [1],
  themes: ['就业'],
  legalBasis: [
    law(
      '《中华人民共和国社会保险法》',
      '第四十五条',
      '失业人员符合下列条件的，从失业保险基金中领取失业保险金：（一）失业前用人单位和本人已经缴纳失业保险费满一年的；（二）非因本人意愿中断就业的；（三）已经进行失业登记，并有求职要求的。',
    ),
  ],
  days: [10, 3],
  channel: FULL_ONLINE(),
  crossRegion: 'province',
  result: { kind: 'decision', name: '失业保险金核定通知', licenseType: null },
  faq: [
    qa(
      '主动辞职能领失业金吗？',
      '因本人意愿中断就业的（如主动辞职），不能领取失业保险金；可按规定申请失业补助金或参加职业培训。',
    ),
  ],
  materials: [
    idCard(),
    mat('termination', '终止或者解除劳动关系的证明', '原用人单位', 'C', {
      note: '单位已网上报送的，无需提交',
    }),
    ssCard(),
  ],
});

const startupCard = item({
  main: [9, '就业创业证申领'],
  variant: 1,
  name: '就业创业证申领',
  keywords: ['就业创业证', '失业证', '创业补贴'],
  type: '20',
  serviceObjects: [1],
  themes: ['就业'],
  legalBasis: [
    law(
      '《人力资源社会保障部关于进一步完善就业失业登记管理办法的通知》（人社部发〔2014〕97号）',
      '',
      '将《就业失业登记证》更名为《就业创业证》，免费发放，作为劳动者享受公共就业服务及就业扶持政策的凭证。',
    ),
  ],
  days: [1, 0],
  channel: FULL_ONLINE(),
  result: { kind: 'license', name: '就业创业证（电子）', licenseType: '就业创业证' },
  materials: [idCard()],
});

const workInjury = item({
  main: [10, '工伤认定'],
  variant: 1,
  name: '工伤认定申请',
  aliases: ['认定工伤'],
  keywords: ['工伤', '上班受伤', '工伤认定'],
  type: '07',
  serviceObjects: [1, 2],
  legalBasis: [
    law(
      '《工伤保险条例》',
      '第十七条',
      '职工发生事故伤害或者按照职业病防治法规定被诊断、鉴定为职业病，所在单位应当自事故伤害发生之日或者被诊断、鉴定为职业病之日起30日内，向统筹地区社会保险行政部门提出工伤认定申请。',
    ),
    law(
      '《工伤保险条例》',
      '第二十条',
      '社会保险行政部门应当自受理工伤认定申请之日起60日内作出工伤认定的决定，并书面通知申请工伤认定的职工或者其近亲属和该职工所在单位。',
    ),
  ],
  days: [60, 30],
  channel: ONLINE_ONCE(),
  result: { kind: 'decision', name: '认定工伤决定书', licenseType: null },
  faq: [
    qa(
      '单位不给申请怎么办？',
      '用人单位未在30日内提出申请的，工伤职工或者其近亲属、工会组织可以在事故伤害发生之日起1年内直接提出申请。',
    ),
  ],
  materials: [
    form('工伤认定申请表'),
    mat('labor_relation', '与用人单位存在劳动关系（包括事实劳动关系）的证明材料', '用人单位', 'C'),
    mat('diagnosis', '医疗诊断证明或者职业病诊断证明书', '医疗机构', 'C'),
    cond('traffic_accident', '交通事故责任认定书', '公安机关交通管理部门', 'B'),
  ],
  questions: [
    question('scene', '受伤情形', [
      ['work', '工作时间、工作场所内因工作原因受伤'],
      ['commute', '上下班途中交通事故'],
    ]),
  ],
  rules: [rule('scene', 'commute', ['traffic_accident'], ['本人须为非主要责任'])],
  agent: true,
});

const disabilityAssessment = item({
  region: '3307',
  main: [11, '劳动能力鉴定'],
  variant: 1,
  name: '劳动能力鉴定申请',
  keywords: ['伤残鉴定', '劳动能力鉴定', '工伤等级'],
  type: '07',
  serviceObjects: [1, 2],
  legalBasis: [
    law(
      '《工伤保险条例》',
      '第二十三条',
      '劳动能力鉴定由用人单位、工伤职工或者其近亲属向设区的市级劳动能力鉴定委员会提出申请，并提供工伤认定决定和职工工伤医疗的有关资料。',
    ),
    law(
      '《工伤保险条例》',
      '第二十五条',
      '设区的市级劳动能力鉴定委员会应当自收到劳动能力鉴定申请之日起60日内作出劳动能力鉴定结论，必要时，作出劳动能力鉴定结论的期限可以延长30日。',
    ),
  ],
  days: [60, 40],
  channel: WINDOW_ONCE(),
  result: { kind: 'decision', name: '劳动能力鉴定结论书', licenseType: null },
  materials: [
    form('劳动能力鉴定申请表'),
    idCard(),
    mat('injury_decision', '认定工伤决定书', '人力资源社会保障部门', 'A', { form: 'copy' }),
    mat('medical_records', '工伤医疗的病历、检查报告等资料', '医疗机构', 'C'),
  ],
  agent: true,
});

const dispatchLicense = item({
  main: [12, '劳务派遣经营许可'],
  variant: 1,
  name: '劳务派遣经营许可（新办）',
  keywords: ['劳务派遣', '劳务公司', '派遣许可证'],
  type: '01',
  serviceObjects: [2],
  legalBasis: [
    law(
      '《中华人民共和国劳动合同法》',
      '第五十七条',
      '经营劳务派遣业务应当具备下列条件：注册资本不得少于人民币二百万元；有与开展业务相适应的固定的经营场所和设施；有符合法律、行政法规规定的劳务派遣管理制度。经营劳务派遣业务，应当向劳动行政部门依法申请行政许可。',
    ),
    law(
      '《劳务派遣行政许可实施办法》（人力资源社会保障部令第19号）',
      '',
      '许可机关应当自受理之日起20个工作日内作出是否准予行政许可的决定。',
    ),
  ],
  days: [20, 5],
  channel: ONLINE_ONCE(),
  result: { kind: 'license', name: '劳务派遣经营许可证', licenseType: '劳务派遣经营许可证' },
  materials: [
    form('劳务派遣经营许可申请书'),
    businessLicense(),
    mat('capital_proof', '公司注册资本实缴证明（验资报告）', '会计师事务所', 'C'),
    premises({ name: '经营场所的使用证明' }),
    mat('rules', '劳务派遣管理制度', '申请人', 'D', { form: 'original' }),
  ],
  agent: true,
});

const hrServiceLicense = item({
  main: [13, '人力资源服务许可'],
  variant: 1,
  name: '人力资源服务许可（职业中介）',
  keywords: ['职业中介', '人力资源服务', '猎头'],
  type: '01',
  serviceObjects: [2, 6],
  legalBasis: [
    law(
      '《人力资源市场暂行条例》',
      '第十八条',
      '经营性人力资源服务机构从事职业中介活动的，应当依法向人力资源社会保障行政部门申请行政许可，取得人力资源服务许可证。',
    ),
    law(
      '《人力资源市场暂行条例》',
      '第十九条',
      '人力资源社会保障行政部门应当自收到经营性人力资源服务机构从事职业中介活动的申请之日起20日内依法作出行政许可决定。',
    ),
  ],
  days: [20, 5],
  channel: FULL_ONLINE(),
  result: { kind: 'license', name: '人力资源服务许可证', licenseType: '人力资源服务许可证' },
  materials: [
    form('人力资源服务许可申请表'),
    businessLicense(),
    mat('staff_cert', '专职工作人员名单及相关资质材料', '申请人', 'C'),
    mat('rules', '职业中介服务管理制度', '申请人', 'D', { form: 'original' }),
  ],
});

const startupLoan = item({
  main: [14, '创业担保贷款'],
  variant: 1,
  name: '创业担保贷款及贴息申请',
  keywords: ['创业贷款', '贴息', '开店贷款', '创业'],
  type: '20',
  serviceObjects: [1, 2],
  themes: ['就业'],
  legalBasis: [
    law(
      '《财政部 人力资源社会保障部 中国人民银行关于进一步加大创业担保贷款贴息力度全力支持重点群体创业就业的通知》（财金〔2020〕21号）',
      '',
      '符合条件的个人创业担保贷款最高额度为20万元，小微企业最高不超过300万元，按规定给予贴息。',
    ),
  ],
  days: [20, 10],
  channel: ONLINE_ONCE(),
  result: { kind: 'decision', name: '创业担保贷款审核意见', licenseType: null },
  materials: [
    form('创业担保贷款申请表'),
    idCard(),
    businessLicense(),
    mat('business_plan', '创业项目计划书', '申请人', 'D', { form: 'original' }),
  ],
});

const insuranceProof = item({
  ...socialUnit,
  main: [15, '社会保险参保证明'],
  variant: 1,
  name: '个人社会保险参保证明查询打印',
  aliases: ['打印社保证明', '社保缴费证明'],
  keywords: ['社保证明', '参保证明', '入学', '买房', '社保记录'],
  type: '20',
  serviceObjects: [1],
  themes: ['入学'],
  legalBasis: [
    law(
      '《中华人民共和国社会保险法》',
      '第七十四条',
      '社会保险经办机构应当及时、完整、准确地记录参加社会保险的个人缴费和用人单位为其缴费，以及享受社会保险待遇等个人权益记录，定期将个人权益记录单免费寄送本人。用人单位和个人可以免费向社会保险经办机构查询、核对其缴费记录和个人权益记录。',
    ),
  ],
  days: [0, 0],
  channel: FULL_ONLINE(),
  crossRegion: 'province',
  places: ['浙江政务服务网、“浙里办”APP', '各级社保经办大厅自助终端'],
  result: {
    kind: 'certificate',
    name: '社会保险个人参保证明（带电子签章）',
    licenseType: '社会保险参保证明',
  },
  materials: [idCard()],
});

const arbitration = item({
  main: [16, '劳动人事争议仲裁'],
  variant: 1,
  name: '劳动人事争议仲裁申请',
  aliases: ['劳动仲裁'],
  keywords: ['劳动仲裁', '拖欠工资', '讨薪', '被辞退'],
  type: '20',
  serviceObjects: [1, 2],
  legalBasis: [
    law(
      '《中华人民共和国劳动争议调解仲裁法》',
      '第二十九条',
      '劳动争议仲裁委员会收到仲裁申请之日起五日内，认为符合受理条件的，应当受理，并通知申请人；认为不符合受理条件的，应当书面通知申请人不予受理，并说明理由。',
    ),
  ],
  days: [5, 5],
  channel: ONLINE_ONCE(),
  result: { kind: 'decision', name: '受理通知书', licenseType: null },
  faq: [
    qa('劳动仲裁要交费吗？', '不收费。劳动争议仲裁不收费，经费由财政予以保障。'),
    qa('多久之内要申请？', '仲裁时效期间为一年，从当事人知道或者应当知道其权利被侵害之日起计算。'),
  ],
  materials: [
    mat('petition', '仲裁申请书（按被申请人人数提交副本）', '申请人', 'D', { form: 'original', count: 2 }),
    idCard(),
    mat('evidence', '证据材料及证据清单', '申请人', 'C'),
  ],
  agent: true,
});

const skillSubsidy = item({
  main: [17, '职业技能提升补贴'],
  variant: 1,
  name: '职业技能提升补贴申领',
  keywords: ['技能补贴', '考证补贴', '职业资格证书补贴'],
  type: '05',
  serviceObjects: [1],
  legalBasis: [
    law(
      '《人力资源社会保障部 财政部关于失业保险支持参保职工提升职业技能有关问题的通知》（人社部发〔2017〕40号）',
      '',
      '参加失业保险累计缴费1年以上，取得职业资格证书或职业技能等级证书的，可申请参保职工技能提升补贴。',
    ),
  ],
  days: [20, 10],
  channel: FULL_ONLINE(),
  result: { kind: 'decision', name: '技能提升补贴核定结果', licenseType: null },
  materials: [
    idCard(),
    mat('skill_cert', '职业资格证书或职业技能等级证书', '评价机构', 'B', { licenseType: '职业技能等级证书' }),
    ssCard(),
  ],
});

export const HRSS_ITEMS: ItemInputRaw[] = [
  unitRegistration,
  unitCancel,
  flexibleRegistration,
  residentPensionRegistration,
  pensionTransfer,
  veteranPension,
  retirement,
  residentPension,
  funeralGrant,
  residentFuneral,
  cardApply,
  cardReplace,
  jobRegistration,
  unemploymentRegistration,
  unemploymentBenefit,
  startupCard,
  workInjury,
  disabilityAssessment,
  dispatchLicense,
  hrServiceLicense,
  startupLoan,
  insuranceProof,
  arbitration,
  skillSubsidy,
];

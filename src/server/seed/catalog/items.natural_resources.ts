import type { ItemInputRaw } from '../../../shared/catalog.contract';
import { FULL_ONLINE, ONLINE_ONCE, ONLINE_POST, itemsOf, law, qa, question, rule } from './build';
import {
  businessLicense,
  cond,
  deathCert,
  form,
  idCard,
  mat,
  newHomeContract,
  propertyCert,
  resaleContract,
} from './materials';

const item = itemsOf('natural_resources');
const registry = { unit: 'real_estate' as const };

const REG14 = law(
  '《不动产登记暂行条例》',
  '第十四条',
  '因买卖、设定抵押权等申请不动产登记的，应当由当事人双方共同申请。属于下列情形之一的，可以由当事人单方申请：尚未登记的不动产首次申请登记的；继承、接受遗赠取得不动产权利的；……',
);
const REG20 = law(
  '《不动产登记暂行条例》',
  '第二十条',
  '不动产登记机构应当自受理登记申请之日起30个工作日内办结不动产登记手续，法律另有规定的除外。',
);
const CIVIL209 = law(
  '《中华人民共和国民法典》',
  '第二百零九条',
  '不动产物权的设立、变更、转让和消灭，经依法登记，发生效力；未经登记，不发生效力，但是法律另有规定的除外。',
);
const FEE_BASIS =
  '《国家发展改革委 财政部关于不动产登记收费标准等有关问题的通知》（发改价格规〔2016〕2559号）';
const RESIDENTIAL_FEE = {
  free: false as const,
  amountYuan: 80,
  basis: `${FEE_BASIS}：住宅类不动产登记费每件80元（含第一本证书工本费）`,
};
const PLANNING_DAYS: [number, number] = [20, 5];

const REGISTRY_FAQ = [
  qa(
    '可以拿电子证书吗？',
    '可以。登记完成后同步生成不动产权电子证书，可在“浙里办”查看和出示，与纸质证书具有同等效力；纸质证书可免费邮寄。',
  ),
  qa(
    '不动产登记费怎么交？',
    '住宅每件80元、非住宅每件550元，可在“浙里办”或窗口扫码在线缴纳；抵押权注销登记、查封登记不收费。',
  ),
];

const firstRegistration = item({
  ...registry,
  main: [1, '不动产登记'],
  sub: [1, '首次登记'],
  variant: 1,
  name: '国有建设用地使用权及房屋所有权首次登记',
  aliases: ['大产证', '房屋初始登记'],
  keywords: ['首次登记', '大证', '开发商办证', '新房交付'],
  type: '07',
  serviceObjects: [2, 3, 6],
  themes: ['新建住宅交付'],
  legalBasis: [CIVIL209, REG14, REG20],
  days: [30, 5],
  channel: ONLINE_ONCE(),
  fee: {
    free: false,
    amountYuan: 550,
    basis: `${FEE_BASIS}：非住宅类不动产登记费每件550元；房地产开发企业首次登记住宅的，只收取证书工本费`,
  },
  result: { kind: 'license', name: '不动产权证书', licenseType: '不动产权证书' },
  faq: REGISTRY_FAQ,
  materials: [
    form('不动产登记申请书（首次登记）'),
    businessLicense(),
    mat('land_cert', '国有建设用地使用权不动产权证书', '不动产登记机构', 'A', {
      form: 'original',
      licenseType: '不动产权证书',
    }),
    mat('planning_check', '建设工程规划核实确认书', '自然资源和规划部门', 'A'),
    mat('completion_filing', '竣工验收备案证明书', '住房和城乡建设部门', 'B'),
    mat('survey_report', '不动产权籍调查表、宗地图、房产测绘报告', '测绘机构', 'C'),
  ],
  agent: true,
});

const resaleTransfer = item({
  ...registry,
  main: [1, '不动产登记'],
  sub: [2, '转移登记'],
  variant: 1,
  name: '国有建设用地使用权及房屋所有权转移登记（存量房买卖）',
  aliases: ['二手房过户', '房产过户', '买卖过户'],
  keywords: ['过户', '二手房过户', '房子过户', '买二手房', '卖房', '房产证'],
  type: '07',
  serviceObjects: [1, 2, 6],
  themes: ['二手房交易'],
  legalBasis: [CIVIL209, REG14, REG20],
  acceptanceConditions: ['买卖双方共同申请；已完成存量房买卖合同网签备案并缴清相关税费'],
  days: [30, 1],
  channel: ONLINE_ONCE(),
  fee: RESIDENTIAL_FEE,
  crossRegion: 'none',
  result: { kind: 'license', name: '不动产权证书', licenseType: '不动产权证书' },
  faq: [
    ...REGISTRY_FAQ,
    qa(
      '二手房过户当天能拿证吗？',
      '金东区二手房转移登记承诺1个工作日办结；买卖双方通过“二手房交易一件事”一窗申请，税费缴清、材料齐全的，多数可当天领证。',
    ),
    qa(
      '买方贷款怎么办？',
      '可以“带押过户”或由银行到不动产登记窗口同步办理抵押权首次登记，转移和抵押一次申请、一并办结。',
    ),
  ],
  materials: [
    form('不动产登记申请书（转移登记）'),
    idCard({ name: '买卖双方居民身份证' }),
    propertyCert({ name: '出卖人不动产权证书' }),
    resaleContract(),
    mat('tax_receipt', '税费缴纳凭证', '税务部门', 'B', {
      note: '部门间共享，无需提交',
      sharedKey: 'tax_receipt',
    }),
    cond('buyer_marriage', '买受人结婚证', '婚姻登记机关', 'B', {
      form: 'original',
      licenseType: '结婚证',
      sharedKey: 'marriage_cert',
    }),
    cond('co_owner_consent', '其他共有人同意出售的书面意见及身份证明', '共有人', 'D', { form: 'original' }),
    cond('loan_mortgage', '借款合同及抵押合同', '贷款银行', 'C'),
    cond('minor_guardian', '监护人为未成年人利益处分房产的书面保证及监护关系证明', '监护人', 'D', {
      form: 'original',
    }),
  ],
  questions: [
    question('buyer_married', '买受人婚姻状况', [
      ['single', '未婚、离异或丧偶'],
      ['married', '已婚（登记为夫妻共有）'],
    ]),
    question('co_owned', '出售的房屋是否为共有？', [
      ['sole', '单独所有'],
      ['joint', '与他人共有'],
    ]),
    question('loan', '买方是否贷款？', [
      ['no', '全款'],
      ['yes', '按揭贷款，同时办理抵押'],
    ]),
    question('minor', '房屋产权人中是否有未成年人？', [
      ['no', '没有'],
      ['yes', '有'],
    ]),
  ],
  rules: [
    rule('buyer_married', 'married', ['buyer_marriage']),
    rule('co_owned', 'joint', ['co_owner_consent']),
    rule('loan', 'yes', ['loan_mortgage'], ['抵押权首次登记与转移登记合并办理，由贷款银行共同申请']),
    rule('minor', 'yes', ['minor_guardian']),
  ],
  agent: true,
});

const newHomeTransfer = item({
  ...registry,
  main: [1, '不动产登记'],
  sub: [2, '转移登记'],
  variant: 2,
  name: '国有建设用地使用权及房屋所有权转移登记（新建商品房）',
  aliases: ['新房办证', '交房即交证', '小产证'],
  keywords: ['新房办证', '交房即交证', '新房房产证', '收房', '新房交付'],
  type: '07',
  serviceObjects: [1, 2],
  themes: ['新建住宅交付'],
  legalBasis: [CIVIL209, REG14, REG20],
  days: [30, 1],
  channel: ONLINE_POST(),
  fee: RESIDENTIAL_FEE,
  result: { kind: 'license', name: '不动产权证书', licenseType: '不动产权证书' },
  faq: [
    qa(
      '什么是“交房即交证”？',
      '开发企业在交房前完成首次登记，购房人在交房现场同步申请转移登记，收钥匙时即可领取不动产权证书。',
    ),
    ...REGISTRY_FAQ,
  ],
  materials: [
    form('不动产登记申请书（转移登记）'),
    idCard({ name: '购房人居民身份证' }),
    newHomeContract(),
    mat('deed_tax', '契税完税凭证', '税务部门', 'B', { note: '部门间共享', sharedKey: 'tax_receipt' }),
    mat('fund_receipt', '住宅专项维修资金交存凭证', '住房和城乡建设部门', 'B', { note: '部门间共享' }),
    cond('buyer_marriage', '购房人结婚证', '婚姻登记机关', 'B', {
      form: 'original',
      licenseType: '结婚证',
      sharedKey: 'marriage_cert',
    }),
    cond('loan_mortgage', '借款合同及抵押合同', '贷款银行', 'C'),
  ],
  questions: [
    question('buyer_married', '购房人婚姻状况', [
      ['single', '未婚、离异或丧偶'],
      ['married', '已婚（登记为夫妻共有）'],
    ]),
    question('loan', '是否有按揭贷款？', [
      ['no', '全款'],
      ['yes', '按揭贷款（预抵押转本抵押）'],
    ]),
  ],
  rules: [rule('buyer_married', 'married', ['buyer_marriage']), rule('loan', 'yes', ['loan_mortgage'])],
  agent: true,
});

const inheritance = item({
  ...registry,
  main: [1, '不动产登记'],
  sub: [2, '转移登记'],
  variant: 3,
  name: '国有建设用地使用权及房屋所有权转移登记（继承、受遗赠）',
  aliases: ['房产继承', '继承过户'],
  keywords: ['继承房产', '房子继承', '身后事', '遗产过户', '人去世了'],
  type: '07',
  serviceObjects: [1],
  themes: ['身后'],
  legalBasis: [
    CIVIL209,
    REG14,
    REG20,
    law('《中华人民共和国民法典》', '第二百三十条', '因继承取得物权的，自继承开始时发生效力。'),
  ],
  days: [30, 10],
  channel: ONLINE_ONCE(),
  fee: RESIDENTIAL_FEE,
  result: { kind: 'license', name: '不动产权证书', licenseType: '不动产权证书' },
  faq: [
    qa(
      '继承房产一定要公证吗？',
      '不一定。全部法定继承人到不动产登记窗口共同申请并签署继承声明的，无需办理继承权公证；也可提交公证书或生效的法律文书。',
    ),
  ],
  materials: [
    form('不动产登记申请书（转移登记）'),
    idCard({ name: '继承人（受遗赠人）居民身份证' }),
    propertyCert({ name: '被继承人不动产权证书' }),
    deathCert({ name: '被继承人死亡证明' }),
    mat('kinship', '继承人与被继承人的亲属关系证明', '公安机关/村（居）委会', 'B', {
      proofItem: '亲属关系证明',
    }),
    cond('notarial_cert', '继承权公证书或生效的法律文书', '公证机构/人民法院', 'C'),
    cond('heirs_statement', '全体继承人共同签署的继承（放弃继承）声明', '继承人', 'D', { form: 'original' }),
    cond('will', '遗嘱或遗赠扶养协议', '被继承人', 'C'),
  ],
  questions: [
    question('basis', '继承方式', [
      ['notarized', '已办理继承权公证或有法院判决'],
      ['statutory', '法定继承，全体继承人到场申请'],
      ['will', '遗嘱继承或受遗赠'],
    ]),
  ],
  rules: [
    rule('basis', 'notarized', ['notarial_cert']),
    rule('basis', 'statutory', ['heirs_statement'], ['不动产登记机构公告15个工作日无异议后登簿']),
    rule('basis', 'will', ['will', 'heirs_statement']),
  ],
  agent: true,
});

const mortgage = item({
  ...registry,
  main: [1, '不动产登记'],
  sub: [3, '抵押权登记'],
  variant: 1,
  name: '抵押权首次登记',
  aliases: ['房产抵押', '抵押登记'],
  keywords: ['房贷', '抵押', '贷款买房', '房产抵押登记'],
  type: '07',
  serviceObjects: [1, 2, 6],
  legalBasis: [
    CIVIL209,
    law(
      '《中华人民共和国民法典》',
      '第四百零二条',
      '以建筑物和其他土地附着物、建设用地使用权等财产抵押的，应当办理抵押登记。抵押权自登记时设立。',
    ),
    REG20,
  ],
  days: [30, 1],
  channel: FULL_ONLINE(),
  fee: RESIDENTIAL_FEE,
  places: ['合作银行“不动产登记便民服务点”', '浙江政务服务网、“浙里办”APP'],
  result: { kind: 'certificate', name: '不动产登记证明（抵押权）', licenseType: '不动产登记证明' },
  materials: [
    form('不动产登记申请书（抵押权首次登记）'),
    propertyCert(),
    mat('mortgage_contract', '主债权合同及抵押合同', '抵押权人、抵押人', 'C'),
    idCard({ name: '抵押人身份证明' }),
  ],
});

const mortgageCancel = item({
  ...registry,
  main: [1, '不动产登记'],
  sub: [3, '抵押权登记'],
  variant: 2,
  name: '抵押权注销登记',
  aliases: ['解押', '房贷还清注销抵押'],
  keywords: ['解押', '房贷还清', '注销抵押', '二手房'],
  type: '07',
  serviceObjects: [1, 2, 6],
  themes: ['二手房交易'],
  legalBasis: [REG20],
  days: [30, 0],
  channel: FULL_ONLINE(),
  result: { kind: 'certificate', name: '抵押权注销登记结果', licenseType: null },
  materials: [
    form('不动产登记申请书（抵押权注销登记）'),
    mat('release', '抵押权人同意注销的证明（主债权消灭证明）', '抵押权人（银行）', 'C', {
      note: '银行在线申请的无需提交',
    }),
  ],
});

const changeRegistration = item({
  ...registry,
  main: [1, '不动产登记'],
  sub: [4, '变更登记'],
  variant: 1,
  name: '不动产变更登记（权利人姓名、身份证号、坐落等）',
  keywords: ['房产证改名', '房产证变更', '门牌号变了'],
  type: '07',
  serviceObjects: [1, 2, 6],
  legalBasis: [REG20],
  days: [30, 3],
  channel: ONLINE_POST(),
  fee: {
    free: false,
    amountYuan: 10,
    basis: `${FEE_BASIS}：权利人姓名或名称、身份证明号码、坐落等发生变化的变更登记，只收取证书工本费每本10元`,
  },
  result: { kind: 'license', name: '不动产权证书', licenseType: '不动产权证书' },
  materials: [
    form('不动产登记申请书（变更登记）'),
    propertyCert(),
    mat('change_proof', '变更事实的证明材料', '相关部门', 'B'),
  ],
  agent: true,
});

const advanceNotice = item({
  ...registry,
  main: [1, '不动产登记'],
  sub: [5, '预告登记'],
  variant: 1,
  name: '预购商品房预告登记',
  keywords: ['期房', '预告登记', '买期房'],
  type: '07',
  serviceObjects: [1, 2],
  legalBasis: [
    law(
      '《中华人民共和国民法典》',
      '第二百二十一条',
      '当事人签订买卖房屋的协议或者签订其他不动产物权的协议，为保障将来实现物权，按照约定可以向登记机构申请预告登记。',
    ),
  ],
  days: [30, 1],
  channel: FULL_ONLINE(),
  result: { kind: 'certificate', name: '不动产登记证明（预告登记）', licenseType: '不动产登记证明' },
  materials: [
    form('不动产登记申请书（预告登记）'),
    idCard({ name: '购房人居民身份证' }),
    mat('contract', '商品房预售合同（网签备案）', '开发企业、购房人', 'B'),
  ],
});

const inquiry = item({
  ...registry,
  main: [1, '不动产登记'],
  sub: [6, '不动产登记资料查询'],
  variant: 1,
  name: '不动产登记资料查询（权利人查询）',
  aliases: ['房产证明', '无房证明', '查房产'],
  keywords: ['房产证明', '无房证明', '查房产', '入学', '有房证明', '住房情况'],
  type: '20',
  serviceObjects: [1, 2, 6],
  themes: ['入学'],
  legalBasis: [
    law(
      '《不动产登记资料查询暂行办法》（国土资源部令第80号）',
      '第十四条',
      '不动产权利人、利害关系人申请查询不动产登记资料，应当提交查询申请书及申请人身份证明材料。',
    ),
  ],
  days: [0, 0],
  channel: FULL_ONLINE(),
  crossRegion: 'none',
  result: { kind: 'certificate', name: '不动产登记信息查询结果证明（带电子签章）', licenseType: null },
  faq: [
    qa(
      '孩子入学要的房产证明怎么开？',
      '在“浙里办”搜索“不动产登记信息查询”，实名认证后即可下载带电子签章的查询结果；入学报名系统已可直接调取，一般无需另行提交。',
    ),
  ],
  materials: [idCard()],
});

const reissue = item({
  ...registry,
  main: [1, '不动产登记'],
  sub: [7, '补证换证'],
  variant: 1,
  name: '不动产权证书补发、换发',
  aliases: ['房产证丢了', '补办房产证'],
  keywords: ['房产证丢了', '补房产证', '换证'],
  type: '07',
  serviceObjects: [1, 2, 6],
  legalBasis: [
    law(
      '《不动产登记暂行条例实施细则》',
      '第二十二条',
      '不动产权属证书或者不动产登记证明遗失、灭失，不动产权利人申请补发的，由不动产登记机构在其门户网站上刊发不动产权利人的遗失、灭失声明15个工作日后，予以补发。',
    ),
  ],
  days: [30, 20],
  channel: ONLINE_ONCE(),
  fee: { free: false, amountYuan: 10, basis: `${FEE_BASIS}：补发、换发证书的，收取证书工本费每本10元` },
  result: { kind: 'license', name: '不动产权证书', licenseType: '不动产权证书' },
  materials: [
    form('不动产登记申请书（补证、换证）'),
    idCard(),
    cond('old_cert', '原不动产权证书（换发时交回）', '不动产登记机构', 'A', { form: 'original' }),
  ],
  questions: [
    question('reason', '申请原因', [
      ['lost', '遗失、灭失'],
      ['damaged', '破损、污损'],
    ]),
  ],
  rules: [
    rule('reason', 'damaged', ['old_cert']),
    rule('reason', 'lost', [], ['遗失声明在门户网站刊发15个工作日后补发']),
  ],
});

const correction = item({
  ...registry,
  main: [1, '不动产登记'],
  sub: [8, '更正登记'],
  variant: 1,
  name: '不动产更正登记',
  keywords: ['房产证写错', '面积错误', '更正'],
  type: '07',
  serviceObjects: [1, 2, 6],
  legalBasis: [
    law(
      '《中华人民共和国民法典》',
      '第二百二十条',
      '权利人、利害关系人认为不动产登记簿记载的事项错误的，可以申请更正登记。不动产登记簿记载的权利人书面同意更正或者有证据证明登记确有错误的，登记机构应当予以更正。',
    ),
  ],
  days: [30, 10],
  channel: ONLINE_ONCE(),
  result: { kind: 'license', name: '不动产权证书', licenseType: '不动产权证书' },
  materials: [
    form('不动产登记申请书（更正登记）'),
    propertyCert(),
    mat('error_proof', '证实不动产登记簿记载事项错误的材料', '申请人/相关部门', 'C'),
  ],
  agent: true,
});

const landUsePlanning = item({
  region: '3307',
  main: [2, '建设用地规划许可证核发'],
  variant: 1,
  name: '建设用地规划许可证核发',
  keywords: ['用地规划许可证', '拿地', '规划许可'],
  type: '01',
  serviceObjects: [2, 3, 5, 6],
  legalBasis: [
    law(
      '《中华人民共和国城乡规划法》',
      '第三十八条',
      '以出让方式取得国有土地使用权的建设项目，建设单位在取得建设项目的批准、核准、备案文件和签订国有土地使用权出让合同后，向城市、县人民政府城乡规划主管部门领取建设用地规划许可证。',
    ),
  ],
  days: PLANNING_DAYS,
  channel: ONLINE_ONCE(),
  result: { kind: 'license', name: '建设用地规划许可证', licenseType: '建设用地规划许可证' },
  materials: [
    form('建设用地规划许可申请表'),
    mat('transfer_contract', '国有建设用地使用权出让合同', '自然资源部门', 'B'),
    mat('project_approval', '建设项目批准、核准或备案文件', '发展改革部门', 'B'),
  ],
});

const engineeringPlanning = item({
  region: '3307',
  main: [3, '建设工程规划许可证核发'],
  variant: 1,
  name: '建设工程规划许可证核发',
  keywords: ['工程规划许可证', '规划许可', '方案审查'],
  type: '01',
  serviceObjects: [2, 3, 5, 6],
  legalBasis: [
    law(
      '《中华人民共和国城乡规划法》',
      '第四十条',
      '在城市、镇规划区内进行建筑物、构筑物、道路、管线和其他工程建设的，建设单位或者个人应当向城市、县人民政府城乡规划主管部门申请办理建设工程规划许可证。',
    ),
  ],
  days: PLANNING_DAYS,
  channel: ONLINE_ONCE(),
  result: { kind: 'license', name: '建设工程规划许可证', licenseType: '建设工程规划许可证' },
  materials: [
    form('建设工程规划许可申请表'),
    mat('land_cert', '使用土地的有关证明文件', '不动产登记机构', 'B'),
    mat('design_plan', '建设工程设计方案（总平面图、建筑单体方案）', '设计单位', 'C'),
  ],
});

const villagePlanning = item({
  main: [4, '乡村建设规划许可证核发'],
  variant: 1,
  name: '乡村建设规划许可证核发',
  aliases: ['农村建房规划许可'],
  keywords: ['农村建房', '盖房子', '农房审批', '乡村规划许可'],
  type: '01',
  serviceObjects: [1, 2, 6],
  legalBasis: [
    law(
      '《中华人民共和国城乡规划法》',
      '第四十一条',
      '在乡、村庄规划区内进行乡镇企业、乡村公共设施和公益事业建设的，建设单位或者个人应当向乡、镇人民政府提出申请，由乡、镇人民政府报城市、县人民政府城乡规划主管部门核发乡村建设规划许可证。',
    ),
  ],
  days: PLANNING_DAYS,
  channel: ONLINE_ONCE(),
  places: ['所在乡镇（街道）便民服务中心', '浙江政务服务网、“浙里办”APP'],
  result: { kind: 'license', name: '乡村建设规划许可证', licenseType: '乡村建设规划许可证' },
  faq: [
    qa(
      '农村建房在哪里申请？',
      '向所在乡镇（街道）便民服务中心提交“农村建房一件事”申请，宅基地审批和乡村建设规划许可一并办理。',
    ),
  ],
  materials: [
    form('乡村建设规划许可申请表'),
    idCard(),
    mat('village_opinion', '村民委员会意见（村民会议或村民代表会议讨论通过）', '村民委员会', 'C'),
    mat('design', '建房设计图或选用的通用图集', '设计单位/申请人', 'C'),
  ],
});

const siteSelection = item({
  region: '3307',
  main: [5, '建设项目用地预审与选址意见书核发'],
  variant: 1,
  name: '建设项目用地预审与选址意见书核发',
  keywords: ['选址意见书', '用地预审'],
  type: '01',
  serviceObjects: [2, 3, 5, 6],
  legalBasis: [
    law(
      '《中华人民共和国城乡规划法》',
      '第三十六条',
      '按照国家规定需要有关部门批准或者核准的建设项目，以划拨方式提供国有土地使用权的，建设单位在报送有关部门批准或者核准前，应当向城乡规划主管部门申请核发选址意见书。',
    ),
    law(
      '《自然资源部关于以“多规合一”为基础推进规划用地“多审合一、多证合一”改革的通知》（自然资规〔2019〕2号）',
      '',
      '将建设项目选址意见书、建设项目用地预审意见合并，自然资源主管部门统一核发建设项目用地预审与选址意见书。',
    ),
  ],
  days: PLANNING_DAYS,
  channel: ONLINE_ONCE(),
  result: {
    kind: 'license',
    name: '建设项目用地预审与选址意见书',
    licenseType: '建设项目用地预审与选址意见书',
  },
  materials: [
    form('建设项目用地预审与选址申请表'),
    mat('site_report', '建设项目选址论证报告及用地范围图', '咨询机构', 'C'),
    mat('project_doc', '项目建议书或项目申请报告', '建设单位', 'D', { form: 'original' }),
  ],
});

const planningCheck = item({
  region: '3307',
  main: [6, '建设工程规划核实'],
  variant: 1,
  name: '建设工程规划核实',
  keywords: ['规划验收', '规划核实', '竣工'],
  type: '07',
  serviceObjects: [2, 3, 5, 6],
  legalBasis: [
    law(
      '《中华人民共和国城乡规划法》',
      '第四十五条',
      '县级以上地方人民政府城乡规划主管部门按照国务院规定对建设工程是否符合规划条件予以核实。未经核实或者经核实不符合规划条件的，建设单位不得组织竣工验收。',
    ),
  ],
  days: [15, 5],
  channel: ONLINE_ONCE(),
  result: { kind: 'certificate', name: '建设工程规划核实确认书', licenseType: null },
  materials: [
    form('建设工程规划核实申请表'),
    mat('survey', '建设工程竣工规划测量成果报告', '测绘机构', 'C'),
    mat('planning_permit', '建设工程规划许可证', '自然资源和规划部门', 'A', {
      licenseType: '建设工程规划许可证',
    }),
  ],
});

const temporaryLand = item({
  main: [7, '临时用地审批'],
  variant: 1,
  name: '临时用地审批',
  keywords: ['临时用地', '工地临时用地', '堆场'],
  type: '01',
  serviceObjects: [1, 2, 3, 6],
  legalBasis: [
    law(
      '《中华人民共和国土地管理法》',
      '第五十七条',
      '建设项目施工和地质勘查需要临时使用国有土地或者农民集体所有的土地的，由县级以上人民政府自然资源主管部门批准。临时使用土地期限一般不超过二年。',
    ),
  ],
  days: [20, 10],
  channel: ONLINE_ONCE(),
  result: { kind: 'decision', name: '临时用地批准文件', licenseType: null },
  materials: [
    form('临时用地申请表'),
    mat('contract', '临时使用土地合同', '土地权利人', 'C'),
    mat('reclamation', '土地复垦方案报告表', '申请人', 'D', { form: 'original' }),
  ],
});

export const NATURAL_RESOURCES_ITEMS: ItemInputRaw[] = [
  firstRegistration,
  resaleTransfer,
  newHomeTransfer,
  inheritance,
  mortgage,
  mortgageCancel,
  changeRegistration,
  advanceNotice,
  inquiry,
  reissue,
  correction,
  landUsePlanning,
  engineeringPlanning,
  villagePlanning,
  siteSelection,
  planningCheck,
  temporaryLand,
];

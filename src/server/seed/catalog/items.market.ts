import type { ItemInputRaw } from '../../../shared/catalog.contract';
import { FULL_ONLINE, ONLINE_ONCE, ONLINE_POST, inRegion, itemsOf, law, qa, question, rule } from './build';
import {
  businessLicense,
  commitment,
  cond,
  form,
  idCard,
  legalRepId,
  mat,
  premises,
  staffHealth,
} from './materials';

const item = itemsOf('market');

const REG3 = law(
  '《中华人民共和国市场主体登记管理条例》',
  '第三条',
  '市场主体应当依照本条例办理登记。未经登记，不得以市场主体名义从事经营活动。法律、行政法规规定无需办理登记的除外。',
);
const REG19 = law(
  '《中华人民共和国市场主体登记管理条例》',
  '第十九条',
  '登记机关应当对申请材料进行形式审查。对申请材料齐全、符合法定形式的予以确认并当场登记。不能当场登记的，应当在3个工作日内予以登记；情形复杂的，经登记机关负责人批准，可以再延长3个工作日。',
);
const REG24 = law(
  '《中华人民共和国市场主体登记管理条例》',
  '第二十四条',
  '市场主体变更登记事项，应当自作出变更决议、决定或者法定变更事项发生之日起30日内向登记机关申请变更登记。',
);
const REG31 = law(
  '《中华人民共和国市场主体登记管理条例》',
  '第三十一条',
  '市场主体因解散、被宣告破产或者其他法定事由需要终止的，应当依法向登记机关申请注销登记。经登记机关注销登记，市场主体终止。',
);
const REG33 = law(
  '《中华人民共和国市场主体登记管理条例》',
  '第三十三条',
  '市场主体未发生债权债务或者已将债权债务清偿完结，未发生或者已结清清偿费用、职工工资、社会保险费用、法定补偿金、应缴纳税款（滞纳金、罚款），并由全体投资人书面承诺对上述情况的真实性承担法律责任的，可以按照简易程序办理注销登记。',
);
const RULES52 = law(
  '《中华人民共和国市场主体登记管理条例实施细则》（国家市场监督管理总局令第52号）',
  '',
  '市场主体登记管理应当遵循依法合规、规范统一、公开透明、便捷高效的原则。',
);
const COMPANY29 = law(
  '《中华人民共和国公司法》',
  '第二十九条',
  '设立公司，应当依法向公司登记机关申请设立登记。',
);
const FOOD35 = law(
  '《中华人民共和国食品安全法》',
  '第三十五条',
  '国家对食品生产经营实行许可制度。从事食品生产、食品销售、餐饮服务，应当依法取得许可。但是，销售食用农产品和仅销售预包装食品的，不需要取得许可。仅销售预包装食品的，应当报所在地县级以上地方人民政府食品安全监督管理部门备案。',
);
const FOOD_MEASURES = law(
  '《食品经营许可和备案管理办法》（国家市场监督管理总局令第78号）',
  '',
  '在中华人民共和国境内从事食品销售和餐饮服务活动，应当依法取得食品经营许可。除可以当场作出行政许可决定的外，市场监督管理部门应当自受理申请之日起10个工作日内作出是否准予行政许可的决定。',
);
const DRUG51 = law(
  '《中华人民共和国药品管理法》',
  '第五十一条',
  '从事药品零售活动，应当经所在地县级以上地方人民政府药品监督管理部门批准，取得药品经营许可证。无药品经营许可证的，不得经营药品。',
);
const DRUG_MEASURES = law(
  '《药品经营和使用质量监督管理办法》（国家市场监督管理总局令第84号）',
  '',
  '从事药品零售活动的，应当向所在地县级以上地方药品监督管理部门申请药品经营许可。',
);

const BIZ_KEYWORDS = ['营业执照', '办执照', '开公司', '注册公司', '工商登记'];

const companySetup = item({
  main: [1, '企业登记注册'],
  sub: [1, '公司设立登记'],
  variant: 1,
  name: '有限责任公司设立登记',
  aliases: ['公司注册', '开公司', '新办企业营业执照'],
  keywords: [...BIZ_KEYWORDS, '企业开办', '开饭店', '公司设立'],
  type: '01',
  serviceObjects: [1, 2],
  themes: ['企业开办', '准营准入'],
  legalBasis: [REG3, REG19, COMPANY29, RULES52],
  acceptanceConditions: [
    '企业名称已通过企业名称自主申报系统申报，且不与同行政区划内同行业企业名称相同',
    '有符合公司章程规定的全体股东认缴的出资额（2024年7月1日起，有限责任公司股东认缴出资额应自公司成立之日起五年内缴足）',
    '有公司住所，经营范围中的许可项目在取得许可后方可开展',
  ],
  days: [3, 0],
  channel: FULL_ONLINE(),
  crossRegion: 'province',
  result: { kind: 'license', name: '营业执照', licenseType: '营业执照' },
  faq: [
    qa(
      '开公司最快多久能拿到营业执照？',
      '通过浙江企业开办全程网办平台提交，材料齐全、符合法定形式的当场核准，同步生成电子营业执照；选择纸质执照的可免费邮寄或到统一出件窗口领取。',
    ),
    qa(
      '没有自有房屋，能用住宅登记为公司住所吗？',
      '浙江实行住所申报承诺制，申请人对住所的真实性、合法性作出承诺即可；利用住宅从事经营的，应遵守法律法规和管理规约，并经有利害关系的业主同意。',
    ),
    qa(
      '注册资本可以随便填吗？',
      '按新《公司法》，有限责任公司全体股东认缴的出资额应自公司成立之日起五年内缴足，请根据实际经营需要和出资能力合理填写。',
    ),
  ],
  materials: [
    form('公司登记（备案）申请书', { note: '全体股东在线实名确认、电子签名' }),
    mat('articles', '公司章程', '申请人', 'D', {
      form: 'original',
      note: '可选用系统提供的章程范本，由全体股东签署',
    }),
    mat('shareholder_ids', '股东的主体资格文件或自然人身份证明', '公安机关或登记机关', 'B', {
      note: '自然人股东通过实名认证核验，无需提交',
    }),
    legalRepId({ name: '法定代表人、董事、监事和高级管理人员的任职文件及身份证明' }),
    premises({ name: '住所（经营场所）申报承诺表或使用证明' }),
    cond('foreign_notarized', '外国（地区）投资者主体资格证明的公证认证文件', '境外公证机构', 'C'),
    cond('pre_approval', '法律、行政法规规定设立前须报经批准的项目的批准文件', '相关审批部门', 'B'),
  ],
  questions: [
    question('investor', '股东中是否有外国（地区）投资者？', [
      ['domestic', '全部为境内投资者'],
      ['foreign', '有外国（地区）投资者'],
    ]),
    question('pre_approval', '经营范围是否含设立前须审批的项目（如金融、危险化学品生产等）？', [
      ['no', '不含'],
      ['yes', '含前置审批项目'],
    ]),
  ],
  rules: [
    rule('investor', 'foreign', ['foreign_notarized'], ['外商投资企业应同时通过企业登记系统报送投资信息']),
    rule('pre_approval', 'yes', ['pre_approval']),
  ],
  agent: true,
});

const companyChange = item({
  main: [1, '企业登记注册'],
  sub: [2, '公司变更登记'],
  variant: 1,
  name: '公司变更登记',
  aliases: ['营业执照变更', '公司改名', '变更法人', '变更地址', '股权变更'],
  keywords: ['执照变更', '换法人', '迁址', '改经营范围'],
  type: '01',
  serviceObjects: [2],
  themes: ['企业变更'],
  legalBasis: [REG24, REG19],
  acceptanceConditions: ['自作出变更决议、决定或者法定变更事项发生之日起30日内申请'],
  days: [3, 1],
  channel: FULL_ONLINE(),
  result: { kind: 'license', name: '营业执照（变更后）', licenseType: '营业执照' },
  faq: [
    qa(
      '变更后旧执照要交回吗？',
      '领取纸质新执照时交回原执照正副本；仅使用电子营业执照的，系统自动更新，无需交回。',
    ),
    qa('变更住所跨区怎么办？', '迁入地登记机关直接办理迁移登记，无需先到迁出地办理迁出手续。'),
  ],
  materials: [
    form('公司变更登记申请书'),
    mat('resolution', '股东会决议或股东决定', '申请人', 'D', { form: 'original' }),
    cond('new_articles', '修改后的公司章程或章程修正案', '申请人', 'D'),
    cond('transfer_agreement', '股权转让协议或股权交割证明', '申请人', 'D'),
    cond('new_premises', '新住所（经营场所）申报承诺表或使用证明', '申请人', 'C', {
      sharedKey: 'lease_contract',
    }),
    cond('new_rep_id', '新任法定代表人身份证件及任职文件', '公安机关/申请人', 'B', {
      licenseType: '居民身份证',
    }),
  ],
  questions: [
    question('change', '变更什么事项？', [
      ['name_scope', '名称或经营范围'],
      ['shareholder', '股东或股权'],
      ['address', '住所'],
      ['legal_rep', '法定代表人'],
    ]),
  ],
  rules: [
    rule('change', 'name_scope', ['new_articles']),
    rule('change', 'shareholder', ['transfer_agreement', 'new_articles']),
    rule('change', 'address', ['new_premises', 'new_articles']),
    rule('change', 'legal_rep', ['new_rep_id']),
  ],
  agent: true,
});

const companyCancel = item({
  main: [1, '企业登记注册'],
  sub: [3, '公司注销登记'],
  variant: 1,
  name: '公司注销登记（一般程序）',
  aliases: ['公司注销', '关闭公司', '注销营业执照'],
  keywords: ['企业注销', '注销公司', '关公司', '清算'],
  type: '01',
  serviceObjects: [2],
  themes: ['企业注销'],
  legalBasis: [
    REG31,
    law(
      '《中华人民共和国公司法》',
      '第二百三十九条',
      '公司清算结束后，清算组应当制作清算报告，报股东会或者人民法院确认，并报送公司登记机关，申请注销公司登记。',
    ),
  ],
  acceptanceConditions: [
    '已成立清算组并通过国家企业信用信息公示系统发布债权人公告满45日',
    '已办结清税手续（税务部门信息共享）',
  ],
  days: [3, 1],
  channel: ONLINE_POST(),
  result: { kind: 'decision', name: '准予注销登记通知书', licenseType: null },
  materials: [
    form('企业注销登记申请书'),
    mat('liquidation_report', '经确认的清算报告', '清算组', 'D', { form: 'original' }),
    mat('resolution', '股东会决议或股东决定', '申请人', 'D', { form: 'original' }),
    mat('license_original', '营业执照正副本', '市场监督管理部门', 'A', {
      form: 'original',
      note: '遗失的可在线声明作废',
      licenseType: '营业执照',
      sharedKey: 'business_license',
    }),
  ],
  agent: true,
});

const companySimpleCancel = item({
  main: [1, '企业登记注册'],
  sub: [4, '简易注销登记'],
  variant: 1,
  name: '企业简易注销登记',
  aliases: ['简易注销'],
  keywords: ['企业注销', '注销公司', '简易注销公告'],
  type: '01',
  serviceObjects: [2, 6],
  themes: ['企业注销'],
  legalBasis: [REG33],
  acceptanceConditions: [
    '未发生债权债务或已清偿完结，全体投资人书面承诺',
    '已在国家企业信用信息公示系统公示20日，公示期内无异议',
  ],
  days: [3, 1],
  channel: FULL_ONLINE(),
  result: { kind: 'decision', name: '准予简易注销登记通知书', licenseType: null },
  faq: [
    qa(
      '哪些企业不能简易注销？',
      '存在股权（财产份额）被冻结、出质或动产抵押，正在被立案调查，被列入严重违法失信名单等情形的，不适用简易注销。',
    ),
    qa('公示期满后多久申请？', '公示期满之日起20日内向登记机关申请；逾期未申请的，可重新公示。'),
  ],
  materials: [form('企业注销登记申请书（简易注销）'), commitment('全体投资人承诺书')],
});

const licenseReissue = item({
  main: [1, '企业登记注册'],
  sub: [5, '营业执照补领、换发'],
  variant: 1,
  name: '营业执照遗失补领、损毁换发',
  aliases: ['执照丢了', '补办营业执照'],
  keywords: ['补执照', '营业执照遗失', '执照补办'],
  type: '01',
  serviceObjects: [2, 6],
  legalBasis: [
    law(
      '《中华人民共和国市场主体登记管理条例》',
      '第二十二条',
      '营业执照分为正本和副本，具有同等法律效力。电子营业执照与纸质营业执照具有同等法律效力。',
    ),
  ],
  days: [3, 0],
  channel: ONLINE_POST(),
  result: { kind: 'license', name: '营业执照', licenseType: '营业执照' },
  materials: [
    form('营业执照补领（换发）申请表'),
    commitment('营业执照遗失声明（在国家企业信用信息公示系统在线发布）'),
  ],
  agent: true,
});

const soleTrader = item({
  main: [2, '个体工商户登记'],
  variant: 1,
  name: '个体工商户设立登记',
  aliases: ['个体户注册', '办个体执照', '开店办执照'],
  keywords: ['个体户', '营业执照', '开店', '开饭店', '开小店', '开理发店', '开便利店', '开洗车店'],
  type: '01',
  serviceObjects: [1],
  themes: ['企业开办', '准营准入'],
  legalBasis: [
    REG3,
    REG19,
    law(
      '《促进个体工商户发展条例》',
      '第八条',
      '个体工商户可以自愿选择个人经营或者家庭经营。登记机关应当为个体工商户提供依法合规、规范统一、公开透明、便捷高效的登记服务。',
    ),
  ],
  acceptanceConditions: [
    '有经营能力的自然人（或家庭）',
    '有固定的经营场所',
    '经营范围中的许可项目在取得许可后方可开展',
  ],
  days: [3, 0],
  channel: FULL_ONLINE(),
  crossRegion: 'province',
  result: { kind: 'license', name: '营业执照', licenseType: '营业执照' },
  faq: [
    qa(
      '个体户需要起名字吗？',
      '个体工商户可以不使用名称；使用名称的，名称由行政区划、字号、行业、组织形式依次组成，如“金东区某某小吃店”。',
    ),
    qa('个体户可以转为公司吗？', '可以。个体工商户可直接申请变更为企业，保留原字号和成立日期等信息。'),
    qa(
      '在家里开网店需要办执照吗？',
      '个人利用自己的技能从事依法无须取得许可的便民劳务活动和零星小额交易的不需要登记；其他网络经营的，可以将网络经营场所登记为经营场所。',
    ),
  ],
  materials: [
    form('个体工商户登记（备案）申请书'),
    idCard({ name: '经营者居民身份证' }),
    premises(),
    cond('family_members', '家庭经营的家庭成员关系证明（户口簿或结婚证）', '公安机关或婚姻登记机关', 'B', {
      licenseType: '居民户口簿',
    }),
  ],
  questions: [
    question('mode', '个人经营还是家庭经营？', [
      ['individual', '个人经营'],
      ['family', '家庭经营'],
    ]),
  ],
  rules: [rule('mode', 'family', ['family_members'], ['参加经营的家庭成员应在申请书上签字'])],
  agent: true,
});

const soleTraderChange = item({
  main: [2, '个体工商户登记'],
  variant: 2,
  name: '个体工商户变更登记',
  aliases: ['个体户变更'],
  keywords: ['个体户改名', '个体户换经营者', '个体户变更地址'],
  type: '01',
  serviceObjects: [1],
  legalBasis: [REG24],
  days: [3, 0],
  channel: FULL_ONLINE(),
  result: { kind: 'license', name: '营业执照（变更后）', licenseType: '营业执照' },
  materials: [
    form('个体工商户变更登记申请书'),
    cond('new_premises', '新经营场所使用证明', '出租方', 'C', { sharedKey: 'lease_contract' }),
  ],
  questions: [
    question('change', '变更什么事项？', [
      ['address', '经营场所'],
      ['other', '名称、经营范围或其他'],
    ]),
  ],
  rules: [rule('change', 'address', ['new_premises'])],
});

const soleTraderCancel = item({
  main: [2, '个体工商户登记'],
  variant: 3,
  name: '个体工商户注销登记',
  aliases: ['个体户注销', '注销个体执照'],
  keywords: ['不开店了', '关店', '注销营业执照'],
  type: '01',
  serviceObjects: [1],
  themes: ['企业注销'],
  legalBasis: [REG31],
  days: [3, 0],
  channel: FULL_ONLINE(),
  result: { kind: 'decision', name: '准予注销登记通知书', licenseType: null },
  materials: [form('个体工商户注销登记申请书')],
});

const coop = item({
  main: [3, '农民专业合作社登记'],
  variant: 1,
  name: '农民专业合作社设立登记',
  aliases: ['合作社注册'],
  keywords: ['合作社', '农村合作社', '种植合作社'],
  type: '01',
  serviceObjects: [1, 6],
  legalBasis: [
    law(
      '《中华人民共和国农民专业合作社法》',
      '第十六条',
      '设立农民专业合作社，应当向工商行政管理部门提交设立登记申请书、全体设立人签名盖章的设立大会纪要、章程等文件，申请设立登记。',
    ),
  ],
  acceptanceConditions: ['有五名以上符合规定的成员，且农民至少占成员总数的百分之八十'],
  days: [3, 1],
  channel: ONLINE_ONCE(),
  result: { kind: 'license', name: '营业执照', licenseType: '营业执照' },
  materials: [
    form('农民专业合作社登记（备案）申请书'),
    mat('founding_minutes', '全体设立人签名、盖章的设立大会纪要', '申请人', 'D', { form: 'original' }),
    mat('articles', '全体设立人签名、盖章的章程', '申请人', 'D', { form: 'original' }),
    mat('member_list', '成员名册及成员身份证明', '申请人', 'D', { form: 'original' }),
    premises({ name: '住所使用证明' }),
  ],
  agent: true,
});

const soleProprietorship = item({
  main: [4, '个人独资企业登记'],
  variant: 1,
  name: '个人独资企业设立登记',
  keywords: ['个人独资', '独资企业', '营业执照'],
  type: '01',
  serviceObjects: [1],
  legalBasis: [
    law(
      '《中华人民共和国个人独资企业法》',
      '第九条',
      '申请设立个人独资企业，应当由投资人或者其委托的代理人向个人独资企业所在地的登记机关提交设立申请书、投资人身份证明、生产经营场所使用证明等文件。',
    ),
    REG19,
  ],
  days: [3, 0],
  channel: FULL_ONLINE(),
  result: { kind: 'license', name: '营业执照', licenseType: '营业执照' },
  materials: [form('个人独资企业登记（备案）申请书'), idCard({ name: '投资人居民身份证' }), premises()],
  agent: true,
});

const FOOD_COMMON_FAQ = [
  qa(
    '开饭店一定要先办营业执照吗？',
    '是的。食品经营许可的申请人应当先取得营业执照等合法主体资格；也可以通过“开餐馆一件事”一次申请营业执照和食品经营许可。',
  ),
  qa(
    '食品经营许可证有效期多久？',
    '有效期为5年。需要延续的，应当在有效期届满前90个工作日至15个工作日期间提出延续申请。',
  ),
];

const foodNew = item({
  main: [5, '食品经营许可'],
  variant: 1,
  name: '食品经营许可（新办）',
  aliases: ['餐饮许可证', '食品许可证', '办食品经营许可证'],
  keywords: ['食品经营许可证', '开饭店', '开餐馆', '餐饮', '饭店', '奶茶店', '开民宿', '小吃店', '食品店'],
  type: '01',
  serviceObjects: [1, 2, 6],
  themes: ['准营准入', '开餐馆'],
  legalBasis: [FOOD35, FOOD_MEASURES],
  acceptanceConditions: [
    '已取得营业执照等合法主体资格',
    '具有与经营的食品品种、数量相适应的食品原料处理和食品加工、销售、贮存等场所',
    '具有与经营的食品品种、数量相适应的经营设备或者设施，有专职或兼职的食品安全管理人员和保证食品安全的规章制度',
  ],
  days: [10, 3],
  channel: ONLINE_ONCE(),
  crossRegion: 'none',
  result: { kind: 'license', name: '食品经营许可证', licenseType: '食品经营许可证' },
  faq: [
    ...FOOD_COMMON_FAQ,
    qa(
      '可以先拿证后核查吗？',
      '对仅从事简单制售、热食类制售且场所已符合要求的申请人，可选择告知承诺方式办理，当场取得许可证，市场监管部门在20个工作日内进行现场核查。',
    ),
  ],
  materials: [
    form('食品经营许可申请书'),
    businessLicense(),
    legalRepId(),
    mat('layout', '与食品经营相适应的主要设备设施布局、操作流程等文件', '申请人', 'D', {
      form: 'original',
      note: '含经营场所平面图，标明各功能区面积',
    }),
    mat(
      'safety_rules',
      '食品安全自查、从业人员健康管理、进货查验记录、食品安全事故处置等保证食品安全的规章制度',
      '申请人',
      'D',
      { form: 'original' },
    ),
    staffHealth({ requirement: 'always' }),
    cond('cold_food_layout', '冷食类、生食类食品专间（操作间）布局图及消毒设施说明', '申请人', 'D', {
      form: 'original',
    }),
    cond('online_statement', '网络经营说明（网站名称、网址或第三方平台名称）', '申请人', 'D', {
      form: 'original',
    }),
    cond('central_kitchen', '集中加工配送的配送方案、食品安全控制措施说明', '申请人', 'D', {
      form: 'original',
    }),
    cond('school_canteen', '学校（托幼机构）食堂食品安全管理人员配备说明', '申请人', 'D', {
      form: 'original',
    }),
  ],
  questions: [
    question('category', '经营项目是否包含冷食类、生食类食品（如凉菜、刺身、裱花蛋糕）？', [
      ['hot_only', '仅热食类、糕点类或饮品'],
      ['cold', '含冷食类、生食类'],
    ]),
    question('online', '是否通过网络（外卖平台、自建网站）经营？', [
      ['no', '否'],
      ['yes', '是'],
    ]),
    question('subject', '经营主体类型', [
      ['restaurant', '餐馆、小吃店、饮品店等'],
      ['central_kitchen', '中央厨房、集体用餐配送单位'],
      ['canteen', '学校、托幼机构食堂'],
    ]),
  ],
  rules: [
    rule(
      'category',
      'cold',
      ['cold_food_layout'],
      ['冷食类、生食类应设专间，专间内配备空气消毒设施和独立的空调设施'],
    ),
    rule('online', 'yes', ['online_statement']),
    rule('subject', 'central_kitchen', ['central_kitchen']),
    rule('subject', 'canteen', ['school_canteen'], ['学校食堂应配备专职食品安全管理人员和营养健康管理人员']),
  ],
  agent: true,
});

const foodChange = item({
  main: [5, '食品经营许可'],
  variant: 2,
  name: '食品经营许可（变更）',
  aliases: ['食品经营许可证变更'],
  keywords: ['食品许可证变更', '增加冷食', '餐饮许可变更'],
  type: '01',
  serviceObjects: [1, 2, 6],
  legalBasis: [FOOD35, FOOD_MEASURES],
  acceptanceConditions: ['许可证载明的许可事项发生变化的，应当在变化后10个工作日内申请变更'],
  days: [10, 3],
  channel: ONLINE_ONCE(),
  result: { kind: 'license', name: '食品经营许可证', licenseType: '食品经营许可证' },
  materials: [
    form('食品经营许可变更申请书'),
    mat('food_license', '食品经营许可证正副本', '市场监督管理部门', 'A', {
      form: 'original',
      licenseType: '食品经营许可证',
      sharedKey: 'food_license',
    }),
    cond('new_layout', '变更后的设备设施布局和操作流程', '申请人', 'D', { form: 'original' }),
  ],
  questions: [
    question('change', '变更事项', [
      ['items', '经营项目（如增加冷食类）'],
      ['layout', '主要设备设施布局'],
      ['name', '名称、法定代表人等登记事项'],
    ]),
  ],
  rules: [rule('change', 'items', ['new_layout']), rule('change', 'layout', ['new_layout'])],
  agent: true,
});

const foodRenew = item({
  main: [5, '食品经营许可'],
  variant: 3,
  name: '食品经营许可（延续）',
  keywords: ['食品许可证到期', '换证', '延续'],
  type: '01',
  serviceObjects: [1, 2, 6],
  legalBasis: [FOOD35, FOOD_MEASURES],
  acceptanceConditions: ['在许可证有效期届满前90个工作日至15个工作日期间提出'],
  days: [10, 3],
  channel: FULL_ONLINE(),
  result: { kind: 'license', name: '食品经营许可证', licenseType: '食品经营许可证' },
  materials: [form('食品经营许可延续申请书'), commitment('经营条件未发生变化的承诺书')],
});

const foodCancel = item({
  main: [5, '食品经营许可'],
  variant: 4,
  name: '食品经营许可（注销）',
  keywords: ['食品许可证注销', '不开饭店了'],
  type: '01',
  serviceObjects: [1, 2, 6],
  themes: ['企业注销'],
  legalBasis: [FOOD35, FOOD_MEASURES],
  days: [10, 0],
  channel: FULL_ONLINE(),
  result: { kind: 'decision', name: '食品经营许可注销通知', licenseType: null },
  materials: [form('食品经营许可注销申请书')],
});

const prepackaged = item({
  main: [6, '仅销售预包装食品备案'],
  variant: 1,
  name: '仅销售预包装食品备案',
  aliases: ['预包装食品备案'],
  keywords: ['开便利店', '小超市', '小卖部', '卖包装食品', '食品备案'],
  type: '10',
  serviceObjects: [1, 2, 6],
  themes: ['准营准入'],
  legalBasis: [FOOD35, FOOD_MEASURES],
  acceptanceConditions: ['仅销售预包装食品（含冷藏冷冻预包装食品应具备相应冷藏冷冻设施）'],
  days: [0, 0],
  channel: FULL_ONLINE(),
  result: { kind: 'certificate', name: '仅销售预包装食品备案信息采集表（备案编号）', licenseType: null },
  faq: [
    qa(
      '便利店卖包装饮料和零食要办食品经营许可证吗？',
      '不需要。仅销售预包装食品的只需备案，备案当场完成；如同时现制现售咖啡、关东煮等，需申请食品经营许可。',
    ),
  ],
  materials: [form('仅销售预包装食品备案信息采集表'), businessLicense()],
});

const smallCatering = item({
  main: [7, '食品小作坊、小餐饮店、小食杂店登记'],
  sub: [1, '小餐饮店登记'],
  variant: 1,
  name: '小餐饮店登记（新办）',
  aliases: ['小餐饮登记证', '小吃店登记'],
  keywords: ['小餐饮', '小吃店', '早餐店', '面馆', '开小饭店'],
  type: '10',
  serviceObjects: [1],
  legalBasis: [
    law(
      '《中华人民共和国食品安全法》',
      '第三十六条',
      '食品生产加工小作坊和食品摊贩等的具体管理办法由省、自治区、直辖市制定。',
    ),
    law(
      '《浙江省食品小作坊小餐饮店小食杂店和食品摊贩管理规定》',
      '',
      '从事小餐饮经营活动的，应当向所在地县级市场监督管理部门申请登记，取得小餐饮店登记证。',
    ),
  ],
  acceptanceConditions: ['经营场所面积在50平方米以下，从业人员较少，有固定的经营场所'],
  days: [10, 1],
  channel: ONLINE_ONCE(),
  result: { kind: 'license', name: '小餐饮店登记证', licenseType: '小餐饮店登记证' },
  materials: [
    form('小餐饮店登记申请表'),
    businessLicense(),
    staffHealth(),
    mat('layout', '经营场所平面布局图', '申请人', 'D', { form: 'original' }),
  ],
});

const foodProduction = item({
  main: [8, '食品生产许可'],
  variant: 1,
  name: '食品生产许可（新办）',
  aliases: ['SC认证', '食品生产许可证'],
  keywords: ['食品厂', 'SC证', '食品生产'],
  type: '01',
  serviceObjects: [2, 6],
  legalBasis: [
    FOOD35,
    law(
      '《食品生产许可管理办法》（国家市场监督管理总局令第24号）',
      '',
      '县级以上地方市场监督管理部门应当自受理申请之日起10个工作日内作出是否准予行政许可的决定。',
    ),
  ],
  days: [10, 5],
  channel: ONLINE_ONCE(),
  result: { kind: 'license', name: '食品生产许可证', licenseType: '食品生产许可证' },
  materials: [
    form('食品生产许可申请书'),
    businessLicense(),
    mat('equipment_layout', '食品生产设备布局图和食品生产工艺流程图', '申请人', 'D', { form: 'original' }),
    mat('equipment_list', '食品生产主要设备、设施清单', '申请人', 'D', { form: 'original' }),
    mat(
      'safety_system',
      '专职或者兼职的食品安全专业技术人员、食品安全管理人员信息和食品安全管理制度',
      '申请人',
      'D',
      { form: 'original' },
    ),
  ],
  agent: true,
});

const PHARMACY_FAQ = [
  qa(
    '开药店需要执业药师吗？',
    '需要。药品零售企业应当配备依法经过资格认定的药师或者其他药学技术人员；经营处方药、甲类非处方药的，应当配备执业药师。',
  ),
  qa(
    '药品经营许可证有效期多久？',
    '有效期为5年，有效期届满需要继续经营的，应当在有效期届满前6个月至2个月期间申请重新审查发证。',
  ),
];

const pharmacyNew = item({
  main: [9, '药品零售企业经营许可'],
  variant: 1,
  name: '药品零售企业经营许可（新办）',
  aliases: ['药店许可证', '药品经营许可证'],
  keywords: ['开药店', '药房', '药店', '药品经营许可证'],
  type: '01',
  serviceObjects: [2, 6],
  themes: ['准营准入', '开药店'],
  legalBasis: [DRUG51, DRUG_MEASURES],
  acceptanceConditions: [
    '具有依法经过资格认定的药师或者其他药学技术人员',
    '具有与所经营药品相适应的营业场所、设备、仓储设施和卫生环境',
    '具有与所经营药品相适应的质量管理机构或者人员，以及保证药品质量的规章制度',
  ],
  days: [20, 10],
  channel: ONLINE_ONCE(),
  result: { kind: 'license', name: '药品经营许可证', licenseType: '药品经营许可证' },
  faq: PHARMACY_FAQ,
  materials: [
    form('药品经营许可证申请表'),
    businessLicense(),
    premises({ name: '营业场所、仓库的产权证明或租赁合同' }),
    mat('pharmacist', '执业药师注册证及劳动合同（或聘用合同）', '药品监督管理部门/申请人', 'C', {
      licenseType: '执业药师注册证',
    }),
    mat('quality_rules', '药品质量管理制度文件及主要设施设备目录', '申请人', 'D', { form: 'original' }),
    mat('layout', '营业场所和仓库平面布置图', '申请人', 'D', { form: 'original' }),
    cond('chain_hq', '连锁总部出具的门店统一管理证明', '连锁总部', 'D', { form: 'original' }),
    cond('cold_chain', '冷藏药品冷链设施设备验证报告', '申请人', 'D', { form: 'original' }),
  ],
  questions: [
    question('chain', '是否为连锁门店？', [
      ['single', '单体药店'],
      ['chain', '药品零售连锁门店'],
    ]),
    question('cold', '是否经营冷藏药品（如胰岛素、疫苗外的生物制品）？', [
      ['no', '否'],
      ['yes', '是'],
    ]),
  ],
  rules: [
    rule('chain', 'chain', ['chain_hq']),
    rule('cold', 'yes', ['cold_chain'], ['应配备冷藏柜、温湿度自动监测系统']),
  ],
  agent: true,
});

const pharmacyChange = item({
  main: [9, '药品零售企业经营许可'],
  variant: 2,
  name: '药品零售企业经营许可（变更）',
  keywords: ['药店变更', '药品经营许可证变更'],
  type: '01',
  serviceObjects: [2, 6],
  legalBasis: [DRUG51, DRUG_MEASURES],
  days: [15, 5],
  channel: ONLINE_ONCE(),
  result: { kind: 'license', name: '药品经营许可证', licenseType: '药品经营许可证' },
  faq: PHARMACY_FAQ,
  materials: [
    form('药品经营许可证变更申请表'),
    mat('drug_license', '药品经营许可证正副本', '药品监督管理部门', 'A', {
      form: 'original',
      licenseType: '药品经营许可证',
    }),
  ],
  agent: true,
});

const pharmacyRenew = item({
  main: [9, '药品零售企业经营许可'],
  variant: 3,
  name: '药品零售企业经营许可（重新审查发证）',
  keywords: ['药店换证', '药品经营许可证到期'],
  type: '01',
  serviceObjects: [2, 6],
  legalBasis: [DRUG51, DRUG_MEASURES],
  days: [20, 10],
  channel: ONLINE_ONCE(),
  result: { kind: 'license', name: '药品经营许可证', licenseType: '药品经营许可证' },
  materials: [
    form('药品经营许可证换证申请表'),
    mat('self_check', '药品经营质量管理规范自查报告', '申请人', 'D', { form: 'original' }),
  ],
});

const deviceFiling = item({
  region: '3307',
  main: [10, '第二类医疗器械经营备案'],
  variant: 1,
  name: '第二类医疗器械经营备案',
  aliases: ['二类医疗器械备案'],
  keywords: ['医疗器械', '开药店', '卖血压计', '器械备案'],
  type: '10',
  serviceObjects: [2, 6],
  themes: ['开药店'],
  legalBasis: [
    law(
      '《医疗器械监督管理条例》',
      '第四十一条',
      '从事第二类医疗器械经营的，由经营企业向所在地设区的市级人民政府负责药品监督管理的部门备案并提交符合本条例第四十条规定条件的有关资料。',
    ),
  ],
  days: [0, 0],
  channel: FULL_ONLINE(),
  result: {
    kind: 'certificate',
    name: '第二类医疗器械经营备案凭证',
    licenseType: '第二类医疗器械经营备案凭证',
  },
  faq: [
    qa(
      '药店卖体温计、血压计需要备案吗？',
      '需要办理第二类医疗器械经营备案；已取得药品经营许可证的药店经营部分第二类医疗器械（如体温计、血压计）的，按规定可免于备案，以当年公布的目录为准。',
    ),
  ],
  materials: [
    form('第二类医疗器械经营备案表'),
    businessLicense(),
    premises({ name: '经营场所和库房的地理位置图、平面图及产权证明或租赁协议' }),
    mat('device_quality', '经营质量管理制度、工作程序等文件目录', '申请人', 'D', { form: 'original' }),
  ],
});

const specialEquipment = item({
  main: [11, '特种设备使用登记'],
  variant: 1,
  name: '特种设备使用登记',
  aliases: ['电梯使用登记', '锅炉登记', '叉车上牌'],
  keywords: ['电梯', '锅炉', '叉车', '压力容器', '特种设备'],
  type: '07',
  serviceObjects: [2, 3, 6],
  legalBasis: [
    law(
      '《中华人民共和国特种设备安全法》',
      '第三十三条',
      '特种设备使用单位应当在特种设备投入使用前或者投入使用后三十日内，向负责特种设备安全监督管理的部门办理使用登记，取得使用登记证书。登记标志应当置于该特种设备的显著位置。',
    ),
  ],
  days: [15, 3],
  channel: ONLINE_POST(),
  result: { kind: 'license', name: '特种设备使用登记证', licenseType: '特种设备使用登记证' },
  materials: [
    form('特种设备使用登记表'),
    businessLicense(),
    mat('product_cert', '特种设备产品合格证（含产品数据表）', '制造单位', 'C'),
    mat('inspection_cert', '监督检验证明（安装监督检验报告）', '特种设备检验机构', 'B'),
  ],
  agent: true,
});

const equityPledge = item({
  main: [12, '股权出质登记'],
  variant: 1,
  name: '股权出质设立登记',
  keywords: ['股权质押', '股权出质'],
  type: '07',
  serviceObjects: [1, 2],
  legalBasis: [
    law('《中华人民共和国民法典》', '第四百四十三条', '以基金份额、股权出质的，质权自办理出质登记时设立。'),
  ],
  days: [3, 0],
  channel: FULL_ONLINE(),
  result: { kind: 'certificate', name: '股权出质设立登记通知书', licenseType: null },
  materials: [
    form('股权出质登记申请书'),
    mat('pledge_contract', '质押合同', '出质人、质权人', 'D', { form: 'original' }),
  ],
  agent: true,
});

const jindong: ItemInputRaw[] = [
  companySetup,
  companyChange,
  companyCancel,
  companySimpleCancel,
  licenseReissue,
  soleTrader,
  soleTraderChange,
  soleTraderCancel,
  coop,
  soleProprietorship,
  foodNew,
  foodChange,
  foodRenew,
  foodCancel,
  prepackaged,
  smallCatering,
  foodProduction,
  pharmacyNew,
  pharmacyChange,
  pharmacyRenew,
  deviceFiling,
  specialEquipment,
  equityPledge,
];

/** 婺城区 runs the same registration and food items: its reviewer account shows scope at work. */
const wucheng = [companySetup, soleTrader, foodNew, foodChange].map((i) => inRegion(i, '330702'));

export const MARKET_ITEMS: ItemInputRaw[] = [...jindong, ...wucheng];

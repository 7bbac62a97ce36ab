import type { ItemInputRaw } from '../../../shared/catalog.contract';
import { FULL_ONLINE, ONLINE_ONCE, itemsOf, law, qa, question, rule } from './build';
import { businessLicense, commitment, cond, form, idCard, mat, premises } from './materials';

const item = itemsOf('urban_management');

const CITY_APPEARANCE11 = law(
  '《城市市容和环境卫生管理条例》',
  '第十一条',
  '在城市中设置户外广告、标语牌、画廊、橱窗等，应当内容健康、外型美观，并定期维修、油饰或者拆除。大型户外广告的设置必须征得城市人民政府市容环境卫生行政主管部门同意后，按照有关规定办理审批手续。',
);
const ROADS = law(
  '《城市道路管理条例》',
  '第三十一条',
  '因特殊情况需要临时占用城市道路的，须经市政工程行政主管部门和公安交通管理部门批准，方可按照规定占用。',
);
const GREEN = law(
  '《城市绿化条例》',
  '',
  '任何单位和个人都不得擅自占用城市绿化用地；因建设或者其他特殊需要临时占用城市绿化用地，须经城市人民政府城市绿化行政主管部门同意。砍伐城市树木，必须经城市人民政府城市绿化行政主管部门批准，并按照国家有关规定补植树木或者采取其他补救措施。',
);

const signboard = item({
  main: [1, '户外招牌设置'],
  variant: 1,
  name: '户外招牌设置备案（店招店牌）',
  aliases: ['店招审批', '招牌备案', '门头招牌'],
  keywords: [
    '招牌',
    '店招',
    '门头',
    '户外招牌',
    '开饭店',
    '开店',
    '开理发店',
    '开便利店',
    '开洗车店',
    '开药店',
  ],
  type: '10',
  serviceObjects: [1, 2, 6],
  themes: ['准营准入'],
  legalBasis: [
    CITY_APPEARANCE11,
    law(
      '《城市容貌标准》（GB 50449—2008）',
      '',
      '户外广告、招牌设施应与周边环境相协调，牢固安全，不得影响建筑物安全和消防通道。',
    ),
  ],
  acceptanceConditions: [
    '招牌设置在经营场所建筑物立面，每个经营场所原则上只设置一块，不得遮挡窗户、消防设施和占用公共空间',
  ],
  days: [5, 0],
  channel: FULL_ONLINE(),
  result: { kind: 'certificate', name: '户外招牌设置备案回执', licenseType: null },
  faq: [
    qa(
      '店招要审批吗？',
      '金东区对一般店招店牌实行备案管理，按照街区店招设置导则设置的，在线提交效果图即可当场备案；设置大型户外广告的需另行审批。',
    ),
    qa(
      '招牌可以做灯箱吗？',
      '可以，但须符合所在街区的店招设置导则（尺寸、材质、色彩），不得使用闪烁、频闪灯光，并落实安全责任。',
    ),
  ],
  materials: [
    form('户外招牌设置备案表'),
    businessLicense(),
    mat('rendering', '招牌设计效果图（标明尺寸、材质、安装位置）', '申请人', 'D', { form: 'original' }),
    commitment('户外招牌设置安全责任承诺书'),
    cond('owner_consent', '房屋所有权人（或业主委员会）同意设置的书面意见', '房屋所有权人', 'D', {
      form: 'original',
    }),
    cond('structure_report', '招牌结构安全计算书', '设计单位', 'C'),
  ],
  questions: [
    question('premises', '经营场所是否为租赁房屋？', [
      ['own', '自有房屋'],
      ['leased', '租赁房屋'],
    ]),
    question('size', '招牌面积是否超过10平方米或设置高度超过8米？', [
      ['no', '否'],
      ['yes', '是'],
    ]),
  ],
  rules: [
    rule('premises', 'leased', ['owner_consent']),
    rule('size', 'yes', ['structure_report'], ['由具有资质的单位安装施工，设置人每年组织一次安全检测']),
  ],
  agent: true,
});

const bigAd = item({
  main: [2, '大型户外广告设置审批'],
  variant: 1,
  name: '设置大型户外广告及在城市建筑物、设施上悬挂、张贴宣传品审批',
  aliases: ['户外广告审批', '大型广告牌'],
  keywords: ['户外广告', '广告牌', '横幅', '宣传品'],
  type: '01',
  serviceObjects: [1, 2, 3, 6],
  legalBasis: [
    CITY_APPEARANCE11,
    law(
      '《国务院对确需保留的行政审批项目设定行政许可的决定》（国务院令第412号）',
      '第107项',
      '设置大型户外广告及在城市建筑物、设施上悬挂、张贴宣传品审批，实施机关为城市人民政府市容环境卫生行政主管部门。',
    ),
  ],
  days: [20, 5],
  channel: ONLINE_ONCE(),
  result: { kind: 'decision', name: '户外广告设置许可决定书', licenseType: null },
  materials: [
    form('户外广告设置申请表'),
    businessLicense(),
    mat('design', '户外广告设计效果图及结构安全计算书', '设计单位', 'C'),
    mat('site_right', '设置场地或载体的使用权证明', '产权人', 'C'),
  ],
  agent: true,
});

const constructionWaste = item({
  main: [3, '城市建筑垃圾处置核准'],
  variant: 1,
  name: '城市建筑垃圾处置核准',
  aliases: ['渣土处置', '装修垃圾清运'],
  keywords: ['建筑垃圾', '渣土', '装修垃圾', '开店装修'],
  type: '01',
  serviceObjects: [1, 2, 3, 6],
  legalBasis: [
    law(
      '《城市建筑垃圾管理规定》（建设部令第139号）',
      '第七条',
      '处置建筑垃圾的单位，应当向城市人民政府市容环境卫生主管部门提出申请，获得城市建筑垃圾处置核准后，方可处置。城市人民政府市容环境卫生主管部门应当在接到申请后的20日内作出是否核准的决定。',
    ),
  ],
  days: [20, 3],
  channel: FULL_ONLINE(),
  result: { kind: 'decision', name: '城市建筑垃圾处置核准决定书', licenseType: null },
  materials: [
    form('城市建筑垃圾处置核准申请表'),
    mat('disposal_plan', '建筑垃圾处置方案（产生量、运输路线、消纳场所）', '申请人', 'D', {
      form: 'original',
    }),
    mat('transport_contract', '与具备资质的运输单位签订的运输合同', '运输单位', 'C'),
  ],
});

const roadOccupation = item({
  main: [4, '临时占用城市道路审批'],
  variant: 1,
  name: '临时占用城市道路审批',
  keywords: ['占道', '占道经营', '搭建临时设施', '堆放物料'],
  type: '01',
  serviceObjects: [1, 2, 3, 6],
  legalBasis: [ROADS],
  days: [20, 5],
  channel: ONLINE_ONCE(),
  result: { kind: 'decision', name: '临时占用城市道路许可决定书', licenseType: null },
  materials: [
    form('临时占用城市道路申请表'),
    idCard({ name: '申请人身份证明' }),
    mat('site_plan', '占用道路位置图、面积及期限说明', '申请人', 'D', { form: 'original' }),
    mat('traffic_opinion', '公安交通管理部门意见（涉及交通的）', '公安交通管理部门', 'B'),
  ],
});

const roadExcavation = item({
  main: [5, '挖掘城市道路审批'],
  variant: 1,
  name: '挖掘城市道路审批',
  keywords: ['挖路', '道路开挖', '管线施工', '接水管'],
  type: '01',
  serviceObjects: [2, 3, 5, 6],
  legalBasis: [
    law(
      '《城市道路管理条例》',
      '第三十三条',
      '因工程建设需要挖掘城市道路的，应当持城市规划部门批准签发的文件和有关设计文件，到市政工程行政主管部门和公安交通管理部门办理审批手续，方可按照规定挖掘。',
    ),
  ],
  days: [20, 5],
  channel: ONLINE_ONCE(),
  result: { kind: 'decision', name: '挖掘城市道路许可决定书', licenseType: null },
  materials: [
    form('挖掘城市道路申请表'),
    mat('planning', '规划部门批准文件及施工设计图', '相关部门', 'B'),
    mat('construction_plan', '施工方案及交通组织方案', '施工单位', 'C'),
  ],
});

const sewerPermit = item({
  main: [6, '城镇污水排入排水管网许可'],
  variant: 1,
  name: '城镇污水排入排水管网许可证核发',
  aliases: ['排水许可证', '排水证'],
  keywords: ['排水许可', '排水证', '开餐馆', '开洗车店', '开饭店', '隔油池', '汽修'],
  type: '01',
  serviceObjects: [1, 2, 3, 6],
  themes: ['准营准入'],
  legalBasis: [
    law(
      '《城镇排水与污水处理条例》',
      '第二十一条',
      '从事工业、建筑、餐饮、医疗等活动的企业事业单位、个体工商户向城镇排水设施排放污水的，应当向城镇排水主管部门申请领取污水排入排水管网许可证。',
    ),
    law(
      '《城镇污水排入排水管网许可管理办法》（住房和城乡建设部令第21号）',
      '',
      '城镇排水主管部门应当自受理申请之日起15日内作出决定。排水许可证的有效期为5年。',
    ),
  ],
  days: [15, 3],
  channel: ONLINE_ONCE(),
  result: { kind: 'license', name: '城镇污水排入排水管网许可证', licenseType: '城镇污水排入排水管网许可证' },
  faq: [
    qa(
      '小餐馆也要办排水许可证吗？',
      '要。从事餐饮活动向城镇排水设施排放污水的个体工商户也应当办理，餐饮单位须设置隔油设施；浙江推行告知承诺，符合条件的当场发证。',
    ),
    qa('洗车店排水有什么要求？', '洗车废水须经沉淀、隔油预处理后排入污水管网，严禁排入雨水管网。'),
  ],
  materials: [
    form('城镇污水排入排水管网许可申请表'),
    businessLicense(),
    premises(),
    mat('drainage_plan', '排水户内部排水管网、专用检测井、污水排放口位置和口径的图纸及说明', '申请人', 'D', {
      form: 'original',
    }),
    cond('grease_trap', '隔油池（隔油器）设置及清掏协议', '申请人', 'D', { form: 'original' }),
    cond('sediment_tank', '洗车废水沉淀隔油设施说明', '申请人', 'D', { form: 'original' }),
    cond('water_test', '排水水质检测报告', '检测机构', 'C'),
    cond('pretreatment', '医疗污水预处理设施说明及消毒记录', '申请人', 'D', { form: 'original' }),
  ],
  questions: [
    question('industry', '排水户行业类别', [
      ['catering', '餐饮'],
      ['car_wash', '洗车、汽修'],
      ['medical', '医疗机构'],
      ['industrial', '工业企业'],
    ]),
  ],
  rules: [
    rule('industry', 'catering', ['grease_trap']),
    rule('industry', 'car_wash', ['sediment_tank']),
    rule('industry', 'medical', ['pretreatment', 'water_test']),
    rule('industry', 'industrial', ['water_test'], ['列入重点排污单位名录的，应安装在线监测设施']),
  ],
  agent: true,
});

const greenOccupation = item({
  main: [7, '临时占用城市绿地审批'],
  variant: 1,
  name: '临时占用城市绿地审批',
  keywords: ['占用绿地', '绿化带', '临时施工'],
  type: '01',
  serviceObjects: [1, 2, 3, 6],
  legalBasis: [GREEN],
  days: [20, 5],
  channel: ONLINE_ONCE(),
  result: { kind: 'decision', name: '临时占用城市绿地许可决定书', licenseType: null },
  materials: [
    form('临时占用城市绿地申请表'),
    mat('site_plan', '占用绿地位置图、面积、期限及恢复方案', '申请人', 'D', { form: 'original' }),
  ],
});

const treeFelling = item({
  main: [8, '砍伐、迁移城市树木审批'],
  variant: 1,
  name: '砍伐、迁移城市树木审批',
  keywords: ['砍树', '移树', '树木影响采光', '修剪树木'],
  type: '01',
  serviceObjects: [1, 2, 3, 6],
  legalBasis: [GREEN],
  days: [20, 5],
  channel: ONLINE_ONCE(),
  result: { kind: 'decision', name: '砍伐（迁移）城市树木许可决定书', licenseType: null },
  materials: [
    form('砍伐、迁移城市树木申请表'),
    mat('tree_list', '拟砍伐、迁移树木的位置图、品种、规格和数量', '申请人', 'D', { form: 'original' }),
    mat('replant', '补植方案或补救措施', '申请人', 'D', { form: 'original' }),
  ],
});

const garbageService = item({
  main: [9, '从事城市生活垃圾经营性清扫、收集、运输服务审批'],
  variant: 1,
  name: '从事城市生活垃圾经营性清扫、收集、运输服务审批',
  keywords: ['垃圾清运', '保洁公司', '垃圾运输'],
  type: '01',
  serviceObjects: [2],
  legalBasis: [
    law(
      '《城市生活垃圾管理办法》（建设部令第157号）',
      '',
      '从事城市生活垃圾经营性清扫、收集、运输的企业，应当取得城市生活垃圾经营性清扫、收集、运输服务许可证。',
    ),
  ],
  days: [20, 10],
  channel: ONLINE_ONCE(),
  result: {
    kind: 'license',
    name: '城市生活垃圾经营性清扫、收集、运输服务许可证',
    licenseType: '城市生活垃圾经营性服务许可证',
  },
  materials: [
    form('城市生活垃圾经营性服务申请表'),
    businessLicense(),
    mat('vehicles', '垃圾收集运输车辆行驶证及密闭化说明', '申请人', 'C'),
    mat('rules', '企业管理制度和作业规范', '申请人', 'D', { form: 'original' }),
  ],
});

export const URBAN_MANAGEMENT_ITEMS: ItemInputRaw[] = [
  signboard,
  bigAd,
  constructionWaste,
  roadOccupation,
  roadExcavation,
  sewerPermit,
  greenOccupation,
  treeFelling,
  garbageService,
];

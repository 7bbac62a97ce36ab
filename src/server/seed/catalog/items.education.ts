import type { ItemInputRaw } from '../../../shared/catalog.contract';
import { FULL_ONLINE, ONLINE_ONCE, itemsOf, law, qa, question, rule } from './build';
import {
  bankAccount,
  birthCert,
  cond,
  form,
  householdRegister,
  idCard,
  mat,
  photo,
  premises,
} from './materials';

const item = itemsOf('education');

const EDU11 = law(
  '《中华人民共和国义务教育法》',
  '第十一条',
  '凡年满六周岁的儿童，其父母或者其他法定监护人应当送其入学接受并完成义务教育；条件不具备的地区的儿童，可以推迟到七周岁。适龄儿童、少年因身体状况需要延缓入学或者休学的，其父母或者其他法定监护人应当提出申请，由当地乡镇人民政府或者县级人民政府教育行政部门批准。',
);
const EDU12 = law(
  '《中华人民共和国义务教育法》',
  '第十二条',
  '适龄儿童、少年免试入学。地方各级人民政府应当保障适龄儿童、少年在户籍所在地学校就近入学。父母或者其他法定监护人在非户籍所在地工作或者居住的适龄儿童、少年，在其父母或者其他法定监护人工作或者居住地接受义务教育的，当地人民政府应当为其提供平等接受义务教育的条件。',
);
const PRIVATE12 = law(
  '《中华人民共和国民办教育促进法》',
  '第十二条',
  '举办实施学历教育、学前教育、自学考试助学及其他文化教育的民办学校，由县级以上人民政府教育行政部门按照国家规定的权限审批。',
);

const ENROL_FAQ = [
  qa(
    '什么时候报名？',
    '每年5月中下旬通过“金华教育招生”平台和“浙里办”网上报名，具体时间以金东区教育局当年招生公告为准。',
  ),
  qa(
    '房产证明、户籍证明要自己去开吗？',
    '不用。报名系统通过数据共享自动核验户籍、不动产和社保信息，核验不通过的才需补交材料。',
  ),
];

const primary = item({
  main: [1, '义务教育招生入学'],
  variant: 1,
  name: '小学一年级新生入学报名',
  aliases: ['小学报名', '幼升小', '一年级报名'],
  keywords: ['入学', '上小学', '小学报名', '孩子上学', '学区', '新居民子女入学', '积分入学'],
  type: '20',
  serviceObjects: [1],
  themes: ['入学'],
  legalBasis: [EDU11, EDU12],
  acceptanceConditions: ['当年8月31日前年满6周岁的适龄儿童'],
  days: [20, 10],
  channel: FULL_ONLINE(),
  places: ['“金华教育招生”平台、“浙里办”APP', '金东区教育局招生咨询窗口'],
  result: { kind: 'certificate', name: '新生录取通知', licenseType: null },
  faq: [
    ...ENROL_FAQ,
    qa(
      '外地户口的孩子怎么在金东读小学？',
      '父母在金东区持有居住证并按规定缴纳社会保险的，可以申请新居民子女积分入学，按积分高低统筹安排学位。',
    ),
  ],
  materials: [
    birthCert({ name: '适龄儿童出生医学证明' }),
    householdRegister({ name: '儿童及父母居民户口簿' }),
    cond('property', '父母（或祖父母、外祖父母）在学区内的不动产权证书', '不动产登记机构', 'B', {
      licenseType: '不动产权证书',
      sharedKey: 'property_cert',
    }),
    cond('lease_record', '住房租赁合同登记备案证明', '住房和城乡建设部门', 'B', {
      sharedKey: 'lease_contract',
    }),
    cond('residence_permit', '父母浙江省居住证', '公安机关', 'B', {
      form: 'original',
      licenseType: '居住证',
      sharedKey: 'residence_permit',
    }),
    cond('social_insurance', '父母社会保险参保证明', '社会保险经办机构', 'B', {
      licenseType: '社会保险参保证明',
    }),
  ],
  questions: [
    question('household', '儿童户籍与住房情况', [
      ['local_owner', '金东区户籍，学区内有自有住房'],
      ['local_renter', '金东区户籍，学区内租房居住'],
      ['migrant', '非金东区户籍（新居民子女）'],
    ]),
  ],
  rules: [
    rule('household', 'local_owner', ['property']),
    rule('household', 'local_renter', ['lease_record'], ['按“租购同权”政策统筹安排学位']),
    rule(
      'household',
      'migrant',
      ['residence_permit', 'social_insurance', 'lease_record'],
      ['按新居民子女积分入学办法统筹安排'],
    ),
  ],
});

const junior = item({
  main: [1, '义务教育招生入学'],
  variant: 2,
  name: '初中新生入学报名',
  aliases: ['小升初'],
  keywords: ['入学', '小升初', '初中报名', '孩子上学'],
  type: '20',
  serviceObjects: [1],
  themes: ['入学'],
  legalBasis: [EDU12],
  days: [20, 10],
  channel: FULL_ONLINE(),
  result: { kind: 'certificate', name: '新生录取通知', licenseType: null },
  faq: ENROL_FAQ,
  materials: [
    householdRegister({ name: '学生及父母居民户口簿' }),
    cond('residence_permit', '父母浙江省居住证', '公安机关', 'B', {
      form: 'original',
      licenseType: '居住证',
      sharedKey: 'residence_permit',
    }),
  ],
  questions: [
    question('household', '学生户籍', [
      ['local', '金东区户籍'],
      ['migrant', '非金东区户籍'],
    ]),
  ],
  rules: [rule('household', 'migrant', ['residence_permit'])],
});

const transfer = item({
  main: [2, '义务教育阶段学生转学'],
  variant: 1,
  name: '义务教育阶段学生转学（转入）',
  aliases: ['转学'],
  keywords: ['转学', '孩子转学', '插班'],
  type: '20',
  serviceObjects: [1],
  themes: ['入学'],
  legalBasis: [
    EDU12,
    law('《中小学生学籍管理办法》', '', '学生转学或升学的，由转入学校通过电子学籍系统办理学籍转接手续。'),
  ],
  days: [20, 10],
  channel: ONLINE_ONCE(),
  result: { kind: 'certificate', name: '转学联系单（学籍转接）', licenseType: null },
  materials: [
    form('义务教育阶段学生转学申请表'),
    householdRegister(),
    mat('reason', '转学原因证明（户籍迁移、父母工作调动、住房变动等）', '相关部门', 'C'),
  ],
});

const deferral = item({
  main: [3, '适龄儿童少年延缓入学、休学'],
  variant: 1,
  name: '适龄儿童少年延缓入学审批',
  keywords: ['延缓入学', '晚一年上学', '休学'],
  type: '07',
  serviceObjects: [1],
  legalBasis: [EDU11],
  days: [10, 5],
  channel: ONLINE_ONCE(),
  result: { kind: 'decision', name: '延缓入学审批意见', licenseType: null },
  materials: [
    form('延缓入学申请表'),
    householdRegister(),
    mat('medical', '县级以上医疗机构出具的诊断证明', '医疗机构', 'C'),
  ],
});

const kindergarten = item({
  main: [4, '幼儿园招生入园'],
  variant: 1,
  name: '幼儿园新生入园报名',
  keywords: ['上幼儿园', '入园', '幼儿园报名', '入学'],
  type: '20',
  serviceObjects: [1],
  themes: ['入学'],
  legalBasis: [
    law(
      '《幼儿园管理条例》',
      '第十一条',
      '国家实行幼儿园登记注册制度，未经登记注册，任何单位和个人不得举办幼儿园。',
    ),
    law('《中华人民共和国学前教育法》', '', '适龄儿童依法平等享有接受学前教育的权利。'),
  ],
  days: [20, 10],
  channel: FULL_ONLINE(),
  result: { kind: 'certificate', name: '入园录取通知', licenseType: null },
  materials: [
    birthCert({ name: '幼儿出生医学证明' }),
    householdRegister(),
    mat('vaccination', '儿童预防接种证', '接种单位', 'B', { licenseType: '预防接种证' }),
  ],
});

const kindergartenSetup = item({
  main: [5, '民办学校设立审批'],
  sub: [1, '民办幼儿园'],
  variant: 1,
  name: '民办幼儿园设立审批',
  keywords: ['开幼儿园', '民办幼儿园', '托育'],
  type: '01',
  serviceObjects: [1, 2, 4, 6],
  legalBasis: [PRIVATE12],
  days: [30, 20],
  channel: ONLINE_ONCE(),
  result: { kind: 'license', name: '民办学校办学许可证', licenseType: '民办学校办学许可证' },
  materials: [
    form('民办幼儿园设立申请书'),
    mat('sponsor', '举办者资格证明文件', '相关机构', 'B'),
    premises({ name: '园舍产权证明或不少于3年的租赁合同' }),
    mat('articles', '幼儿园章程及首届理事会（董事会）组成人员名单', '申请人', 'D', { form: 'original' }),
    mat('staff', '园长、教师、保育员等人员的资格证明', '申请人', 'C'),
    mat('fire_food', '消防安全、食品经营许可及卫生保健评估证明', '相关部门', 'B'),
  ],
  agent: true,
});

const trainingSetup = item({
  main: [5, '民办学校设立审批'],
  sub: [2, '文化教育类培训机构'],
  variant: 1,
  name: '民办文化教育类培训机构设立审批',
  keywords: ['培训机构', '开培训班', '辅导班', '托管'],
  type: '01',
  serviceObjects: [1, 2, 4, 6],
  legalBasis: [PRIVATE12],
  days: [30, 20],
  channel: ONLINE_ONCE(),
  result: { kind: 'license', name: '民办学校办学许可证', licenseType: '民办学校办学许可证' },
  materials: [
    form('民办培训机构设立申请书'),
    premises({ name: '培训场所产权证明或租赁合同' }),
    mat('teachers', '教学人员资格证明', '申请人', 'C'),
    mat('articles', '机构章程及资产来源证明', '申请人', 'D', { form: 'original' }),
  ],
  agent: true,
});

const teacherCert = item({
  main: [6, '教师资格认定'],
  variant: 1,
  name: '教师资格认定（幼儿园、小学、初级中学）',
  aliases: ['教资认定', '教师资格证'],
  keywords: ['教师资格证', '教资', '当老师'],
  type: '07',
  serviceObjects: [1],
  legalBasis: [
    law('《中华人民共和国教师法》', '第十三条', '中小学教师资格由县级以上地方人民政府教育行政部门认定。'),
    law(
      '《教师资格条例实施办法》',
      '',
      '教师资格认定机构应当自受理申请期限终止之日起30个法定工作日内作出是否认定教师资格的结论。',
    ),
  ],
  days: [30, 15],
  channel: ONLINE_ONCE(),
  crossRegion: 'none',
  result: { kind: 'license', name: '教师资格证书', licenseType: '教师资格证书' },
  materials: [
    form('教师资格认定申请表'),
    idCard(),
    mat('diploma', '学历证书', '教育部门', 'B', { licenseType: '学历证书', note: '学信网可核验的无需提交' }),
    mat('mandarin', '普通话水平测试等级证书', '语言文字工作部门', 'B'),
    mat('physical', '指定医院出具的体检合格证明', '医疗机构', 'C'),
    photo(),
    cond('exam_result', '中小学教师资格考试合格证明', '教育考试机构', 'B'),
    cond('normal_student', '师范生教育教学能力考核合格证明', '毕业院校', 'B'),
  ],
  questions: [
    question('route', '申请人类别', [
      ['exam', '参加全国中小学教师资格考试合格'],
      ['normal', '免试认定改革的师范类专业毕业生'],
    ]),
  ],
  rules: [rule('route', 'exam', ['exam_result']), rule('route', 'normal', ['normal_student'])],
});

const teacherReissue = item({
  main: [6, '教师资格认定'],
  variant: 2,
  name: '教师资格证书补发、换发',
  keywords: ['教师资格证丢了', '补办教资'],
  type: '20',
  serviceObjects: [1],
  legalBasis: [
    law(
      '《教师资格条例实施办法》',
      '',
      '教师资格证书遗失或者损毁影响使用的，由本人向原发证机关报告，申请补发。',
    ),
  ],
  days: [20, 10],
  channel: ONLINE_ONCE(),
  result: { kind: 'license', name: '教师资格证书', licenseType: '教师资格证书' },
  materials: [form('教师资格证书补发换发申请表'), idCard(), photo()],
});

const studentAid = item({
  main: [7, '学生资助'],
  variant: 1,
  name: '家庭经济困难学生资助申请',
  aliases: ['助学金', '困难补助'],
  keywords: ['助学金', '学生资助', '困难学生', '贫困生'],
  type: '05',
  serviceObjects: [1],
  legalBasis: [
    law(
      '《中华人民共和国教育法》',
      '第三十八条',
      '国家、社会对符合入学条件、家庭经济困难的儿童、少年、青年，提供各种形式的资助。',
    ),
  ],
  days: [20, 10],
  channel: FULL_ONLINE(),
  places: ['就读学校资助工作窗口', '“浙里办”APP'],
  result: { kind: 'decision', name: '学生资助审核结果', licenseType: null },
  materials: [
    form('家庭经济困难学生认定申请表'),
    idCard({ name: '学生及监护人居民身份证' }),
    bankAccount({ name: '监护人银行账户信息' }),
  ],
});

export const EDUCATION_ITEMS: ItemInputRaw[] = [
  primary,
  junior,
  transfer,
  deferral,
  kindergarten,
  kindergartenSetup,
  trainingSetup,
  teacherCert,
  teacherReissue,
  studentAid,
];

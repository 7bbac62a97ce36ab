import { createContext, useCallback, useContext } from 'react';
import { catalogAdminMessages } from '../features/console/catalog/messages';
import { bundleAdminMessages } from '../features/console/catalog/bundleMessages';
import { calendarAdminMessages } from '../features/console/calendar/messages';
import { guideMessages } from '../features/guide/messages';
import { caseMessages } from '../features/cases/messages';

/** UI languages; the values double as `<html lang>` and `Accept-Language`. */
export type Lang = 'zh-CN' | 'en';
export const DEFAULT_LANG: Lang = 'zh-CN';
export const LANG_STORAGE_KEY = 'tongban.lang';

export function parseLang(value: string | null): Lang {
  return value === 'en' ? 'en' : DEFAULT_LANG;
}

export interface Entry {
  zh: string;
  en: string;
}

// `satisfies` makes a key without both languages a compile error. Features keep their own
// dictionaries (features/*/messages.ts) so that they can grow without touching this file.
const coreMessages = {
  'app.name': { zh: '通办', en: 'Tongban' },
  'app.title': { zh: '通办 · 一体化政务服务平台', en: 'Tongban · Integrated Government Services' },
  'app.loading': { zh: '正在加载…', en: 'Loading…' },
  'app.retry': { zh: '重试', en: 'Retry' },
  'app.unreachable': { zh: '暂时无法连接服务器', en: 'Cannot reach the server' },
  'app.backHome': { zh: '返回首页', en: 'Back to home' },
  'app.notFound': { zh: '页面不存在', en: 'Page not found' },
  'app.notFoundHint': { zh: '您访问的地址不存在或已移动。', en: 'The address does not exist or has moved.' },
  'app.forbidden': { zh: '无权访问', en: 'Not available for your role' },
  'app.forbiddenHint': {
    zh: '您的角色不使用此功能，请从左侧菜单选择。',
    en: 'Your role does not use this page. Please choose from the menu.',
  },
  'app.comingSoon': { zh: '即将上线', en: 'Coming soon' },
  'app.mainNav': { zh: '主导航', en: 'Main navigation' },
  'app.menu': { zh: '菜单', en: 'Menu' },
  'app.skipToMain': { zh: '跳到主要内容', en: 'Skip to main content' },

  'lang.switchTo': { zh: 'English', en: '中文' },
  'lang.switchToLabel': { zh: 'Switch to English', en: '切换到中文' },
  'elder.label': { zh: '长辈模式', en: 'Elder mode' },
  'elder.hint': {
    zh: '大字体、高对比度、简洁页面',
    en: 'Larger text, higher contrast, simpler pages',
  },
  'signOut.label': { zh: '退出', en: 'Sign out' },

  'error.network': {
    zh: '网络连接失败，请检查网络后重试。',
    en: 'Network error. Please check your connection and try again.',
  },
  'error.http': {
    zh: '服务器返回错误（{status}），请稍后重试。',
    en: 'Server error ({status}). Please try again later.',
  },
  'error.badResponse': {
    zh: '服务器返回的数据无法识别，请稍后重试。',
    en: 'The server sent an unexpected response. Please try again later.',
  },

  'signIn.heading': { zh: '登录', en: 'Sign in' },
  'signIn.username': { zh: '用户名', en: 'Username' },
  'signIn.password': { zh: '密码', en: 'Password' },
  'signIn.usernameRequired': { zh: '请输入用户名', en: 'Please enter your username' },
  'signIn.passwordRequired': { zh: '请输入密码', en: 'Please enter your password' },
  'signIn.submit': { zh: '登录', en: 'Sign in' },
  'signIn.demoHint': {
    zh: '演示账号见项目 README。',
    en: 'Demo accounts are listed in the project README.',
  },

  'role.citizen': { zh: '个人', en: 'Citizen' },
  'role.enterprise': { zh: '企业', en: 'Enterprise' },
  'role.clerk': { zh: '综合窗口', en: 'Window clerk' },
  'role.reviewer': { zh: '审批人员', en: 'Reviewer' },
  'role.agent': { zh: '帮办代办员', en: 'Agent' },
  'role.center_admin': { zh: '中心管理员', en: 'Center admin' },
  'role.dept_admin': { zh: '部门管理员', en: 'Department admin' },
  'role.supervisor': { zh: '督查人员', en: 'Supervisor' },
  'role.platform_admin': { zh: '平台管理员', en: 'Platform admin' },

  'user.greeting': { zh: '{name}，您好！', en: 'Hello, {name}!' },

  'area.workbench': { zh: '工作台', en: 'Workbench' },
  'area.console': { zh: '管理控制台', en: 'Admin console' },

  'portal.home': { zh: '首页', en: 'Home' },
  'portal.home.heading': { zh: '网上办事大厅', en: 'Online service hall' },
  'portal.home.intro': {
    zh: '一网通办：在线查询、申请、跟踪和评价政务服务。',
    en: 'Find, apply for, track and rate government services online.',
  },
  'portal.search.label': { zh: '搜索办事事项', en: 'Search services' },
  'portal.search.placeholder': {
    zh: '例如：营业执照、居住证',
    en: 'e.g. business licence, residence permit',
  },
  'portal.search.button': { zh: '搜索', en: 'Search' },
  'portal.services': { zh: '常用服务', en: 'Services' },
  'portal.guide': { zh: '办事指南', en: 'Service guide' },
  'portal.guide.short': { zh: '办事', en: 'Services' },
  'portal.guide.desc': {
    zh: '按事项和办理情形查询申请条件、所需材料、办理时限和办理地点。',
    en: 'Look up conditions, required materials, time limits and where to apply, by service and situation.',
  },
  'portal.cases': { zh: '我的办件', en: 'My cases' },
  'portal.cases.short': { zh: '办件', en: 'Cases' },
  'portal.cases.desc': {
    zh: '查看每一件申请的办理进度、补正通知和办理结果。',
    en: 'Follow each application: progress, supplement notices and results.',
  },
  'portal.bundles': { zh: '一件事', en: 'Bundles' },
  'portal.bundles.desc': {
    zh: '多个相关事项合成一件事：一次申请、一套材料、一次办成。',
    en: 'Related services as one life event: one application, one set of materials.',
  },
  'portal.ratings': { zh: '好差评', en: 'Ratings' },
  'portal.ratings.desc': {
    zh: '评价办理过的事项和服务，差评有专人回访整改。',
    en: 'Rate the services you used; bad reviews are followed up and fixed.',
  },
  'portal.booking': { zh: '预约取号', en: 'Booking' },
  'portal.booking.short': { zh: '预约', en: 'Booking' },
  'portal.booking.desc': {
    zh: '预约大厅办事时间，在线取号并查看叫号进度。',
    en: 'Book a time at the service hall, take a queue number and watch it being called.',
  },
  'portal.licences': { zh: '我的证照', en: 'My licences' },
  'portal.licences.short': { zh: '证照', en: 'Licences' },
  'portal.licences.desc': {
    zh: '查看和出示电子证照，办事免交纸质证明。',
    en: 'View and show your electronic licences instead of paper proofs.',
  },

  'workbench.home': { zh: '工作台首页', en: 'Home' },
  'workbench.home.heading': { zh: '工作台', en: 'Workbench' },
  'workbench.home.intro': {
    zh: '以下是您的角色常用的功能。',
    en: 'These are the tasks your role works on.',
  },
  'workbench.intake': { zh: '综合受理', en: 'Intake' },
  'workbench.intake.desc': {
    zh: '无差别全科受理：核验身份和材料，受理、补正、容缺受理或不予受理。',
    en: 'General window intake: check identity and materials, then accept, request a supplement or refuse.',
  },
  'workbench.queue': { zh: '待办件', en: 'Work queue' },
  'workbench.queue.desc': {
    zh: '按剩余时限排列的待审批办件：审查、决定、特别程序与延期。',
    en: 'Cases awaiting decision, ordered by deadline: review, decide, special procedures and extensions.',
  },
  'workbench.agent': { zh: '代办', en: 'Agent applications' },
  'workbench.agent.desc': {
    zh: '为群众和企业代为申请，并跟踪代办进度。',
    en: 'Apply on behalf of citizens and firms and track the applications.',
  },
  'workbench.pickup': { zh: '出件', en: 'Pickup' },
  'workbench.pickup.desc': {
    zh: '登记办结结果的窗口领取、邮寄和电子送达。',
    en: 'Hand over results at the window, by post or electronically.',
  },

  'console.home': { zh: '概览', en: 'Overview' },
  'console.home.heading': { zh: '概览', en: 'Overview' },
  'console.home.intro': {
    zh: '以下是您的角色可以管理和查看的内容。',
    en: 'These are the areas your role manages or oversees.',
  },
  'console.catalog': { zh: '事项管理', en: 'Service catalog' },
  'console.catalog.desc': {
    zh: '维护政务服务事项：基本编码、实施编码、办理情形、申请材料和时限。',
    en: 'Maintain service items: national and implementation codes, situations, materials and time limits.',
  },
  'console.cases': { zh: '办件监管', en: 'Case oversight' },
  'console.cases.desc': {
    zh: '按区域和部门查询办件，监控即将超期和已超期的办件。',
    en: 'Search cases by region and department; watch cases near or past their deadline.',
  },
  'console.organisation': { zh: '组织机构', en: 'Organisation' },
  'console.organisation.desc': {
    zh: '管理区域、政务服务中心、部门、窗口和工作人员。',
    en: 'Manage regions, service centers, departments, windows and staff.',
  },
  'console.evaluations': { zh: '好差评', en: 'Ratings' },
  'console.evaluations.desc': {
    zh: '查看评价统计，跟踪差评的回访与整改。',
    en: 'Rating statistics; follow-up calls and rectification of bad reviews.',
  },
  'console.cockpit': { zh: '驾驶舱', en: 'Cockpit' },
  'console.cockpit.desc': {
    zh: '办件量、时限和满意度等关键指标的实时看板。',
    en: 'Live dashboard of case volume, deadlines and satisfaction.',
  },
  'console.audit': { zh: '审计日志', en: 'Audit log' },
  'console.audit.desc': {
    zh: '查阅只追加、哈希链防篡改的操作审计记录。',
    en: 'Browse the append-only, hash-chained record of every change.',
  },
  'console.settings': { zh: '系统设置', en: 'Settings' },
  'console.settings.desc': {
    zh: '节假日日历、好差评规则等平台参数。',
    en: 'Platform settings such as the holiday calendar and rating rules.',
  },

  'common.search': { zh: '搜索', en: 'Search' },
  'common.actions': { zh: '操作', en: 'Actions' },
  'common.status': { zh: '状态', en: 'Status' },
  'common.cancel': { zh: '取消', en: 'Cancel' },
  'common.save': { zh: '保存', en: 'Save' },
  'common.details': { zh: '详情', en: 'Details' },
  'common.view': { zh: '查看', en: 'View' },
  'common.total': { zh: '共 {total} 条', en: '{total} in all' },
  'common.loadFailed': { zh: '加载失败', en: 'Could not load' },
  'common.required': { zh: '此项为必填项', en: 'This field is required' },
  'common.clearFilters': { zh: '清除筛选', en: 'Clear filters' },

  'org.tab.centers': { zh: '服务中心', en: 'Service centers' },
  'org.tab.departments': { zh: '部门', en: 'Departments' },
  'org.tab.windows': { zh: '窗口', en: 'Windows' },
  'org.tab.staff': { zh: '人员', en: 'Staff' },
  'org.level.city': { zh: '市级', en: 'City' },
  'org.level.county': { zh: '县级', en: 'County' },
  'org.level.township': { zh: '乡镇（街道）', en: 'Township' },
  'org.center.name': { zh: '中心名称', en: 'Center' },
  'org.center.level': { zh: '层级', en: 'Level' },
  'org.center.region': { zh: '所在区划', en: 'Region' },
  'org.center.address': { zh: '地址', en: 'Address' },
  'org.center.phone': { zh: '电话', en: 'Phone' },
  'org.center.empty': { zh: '暂无服务中心', en: 'No service centers yet' },
  'org.dept.name': { zh: '部门名称', en: 'Department' },
  'org.dept.shortName': { zh: '简称', en: 'Short name' },
  'org.dept.key': { zh: '标识', en: 'Key' },
  'org.dept.region': { zh: '所在区划', en: 'Region' },
  'org.dept.search': { zh: '按名称或简称搜索', en: 'Search by name or short name' },
  'org.dept.empty': { zh: '没有符合条件的部门', en: 'No departments match' },
  'org.region.all': { zh: '全部区划', en: 'All regions' },
  'org.region.label': { zh: '区划', en: 'Region' },

  'org.window.center': { zh: '服务中心', en: 'Service center' },
  'org.window.pickCenter': { zh: '请选择服务中心', en: 'Choose a service center' },
  'org.window.number': { zh: '窗口号', en: 'Number' },
  'org.window.name': { zh: '窗口名称', en: 'Name' },
  'org.window.kind': { zh: '类型', en: 'Kind' },
  'org.window.kind.general': { zh: '综合窗口', en: 'General window' },
  'org.window.kind.dedicated': { zh: '专窗', en: 'Dedicated window' },
  'org.window.department': { zh: '所属部门', en: 'Department' },
  'org.window.inUse': { zh: '使用中', en: 'In use' },
  'org.window.outOfUse': { zh: '已停用', en: 'Out of use' },
  'org.window.deactivate': { zh: '停用', en: 'Deactivate' },
  'org.window.activate': { zh: '启用', en: 'Activate' },
  'org.window.confirmDeactivate': {
    zh: '停用窗口 {number}？停用后该窗口不再受理办件，可随时重新启用。',
    en: 'Deactivate window {number}? It stops taking cases until it is activated again.',
  },
  'org.window.confirmActivate': { zh: '重新启用窗口 {number}？', en: 'Put window {number} back in use?' },
  'org.window.deactivated': { zh: '窗口 {number} 已停用', en: 'Window {number} deactivated' },
  'org.window.activated': { zh: '窗口 {number} 已启用', en: 'Window {number} activated' },
  'org.window.add': { zh: '新增窗口', en: 'Add window' },
  'org.window.added': { zh: '已新增窗口 {number}', en: 'Window {number} added' },
  'org.window.numberHint': {
    zh: '大写字母、数字或短横线，例如 A09',
    en: 'Capital letters, digits or hyphens, e.g. A09',
  },
  'org.window.numberInvalid': {
    zh: '窗口号格式不正确，例如 A09',
    en: 'Not a window number; e.g. A09',
  },
  'org.window.departmentHint': {
    zh: '专窗只办理一个部门的事项',
    en: 'A dedicated window handles one department’s items',
  },
  'org.window.empty': { zh: '该中心暂无窗口', en: 'This center has no windows yet' },
  'org.window.noCenter': { zh: '请先选择服务中心', en: 'Choose a service center first' },
  'org.window.readOnly': {
    zh: '您可以查看该中心的窗口，只有平台管理员和本中心管理员可以修改。',
    en: 'You can view this center’s windows; only platform admins and its own center admin can change them.',
  },

  'org.staff.username': { zh: '用户名', en: 'Username' },
  'org.staff.displayName': { zh: '姓名', en: 'Name' },
  'org.staff.role': { zh: '角色', en: 'Role' },
  'org.staff.idNumber': { zh: '证件号码', en: 'ID number' },
  'org.staff.phone': { zh: '手机号码', en: 'Mobile' },
  'org.staff.phoneOptional': { zh: '手机号码（选填）', en: 'Mobile (optional)' },
  'org.staff.status.active': { zh: '正常', en: 'Active' },
  'org.staff.status.disabled': { zh: '已停用', en: 'Disabled' },
  'org.staff.lockedUntil': { zh: '锁定至', en: 'Locked until' },
  'org.staff.search': { zh: '按用户名或姓名搜索', en: 'Search by username or name' },
  'org.staff.allRoles': { zh: '全部角色', en: 'All roles' },
  'org.staff.empty': { zh: '没有符合条件的人员', en: 'No accounts match' },
  'org.staff.maskedNote': {
    zh: '证件号码和手机号码已脱敏显示。',
    en: 'ID and mobile numbers are shown masked.',
  },
  'org.staff.add': { zh: '新增人员', en: 'Add staff' },
  'org.staff.added': { zh: '已新增人员 {name}', en: '{name} added' },
  'org.staff.password': { zh: '初始密码', en: 'Initial password' },
  'org.staff.region': { zh: '所属区划', en: 'Region' },
  'org.staff.department': { zh: '所属部门', en: 'Department' },
  'org.staff.center': { zh: '所属服务中心', en: 'Service center' },
  'org.staff.window': { zh: '窗口', en: 'Window' },
  'org.staff.usernameInvalid': {
    zh: '以字母开头，3 至 64 位字母、数字或 _ . -',
    en: 'Starts with a letter; 3 to 64 letters, digits or _ . -',
  },
  'org.staff.passwordWeak': {
    zh: '至少 8 位，须同时包含字母和数字',
    en: 'At least 8 characters, with letters and digits',
  },
  'org.staff.displayNameInvalid': { zh: '姓名至少 2 个字', en: 'At least 2 characters' },
  'org.staff.phoneInvalid': { zh: '请输入 11 位手机号码', en: 'Enter an 11-digit mobile number' },

  'audit.seq': { zh: '序号', en: 'Seq' },
  'audit.at': { zh: '时间', en: 'Time' },
  'audit.action': { zh: '操作', en: 'Action' },
  'audit.actor': { zh: '操作人', en: 'Actor' },
  'audit.entity': { zh: '对象', en: 'Entity' },
  'audit.entityType': { zh: '对象类型', en: 'Entity type' },
  'audit.region': { zh: '区划', en: 'Region' },
  'audit.requestId': { zh: '请求编号', en: 'Request ID' },
  'audit.digest': { zh: '内容摘要（SM3）', en: 'Digest (SM3)' },
  'audit.hash': { zh: '链哈希（SM3）', en: 'Chain hash (SM3)' },
  'audit.detail': { zh: '操作内容（已脱敏）', en: 'What changed (masked)' },
  'audit.system': { zh: '系统', en: 'System' },
  'audit.allActions': { zh: '全部操作', en: 'All actions' },
  'audit.allEntityTypes': { zh: '全部对象类型', en: 'All entity types' },
  'audit.onlyActor': { zh: '只看此操作人', en: 'Only this actor' },
  'audit.onlyEntity': { zh: '只看此对象', en: 'Only this entity' },
  'audit.filterActor': { zh: '操作人 {id}', en: 'Actor {id}' },
  'audit.filterEntity': { zh: '对象 {id}', en: 'Entity {id}' },
  'audit.empty': { zh: '没有符合条件的审计记录', en: 'No audit rows match' },
  'audit.scope.all': {
    zh: '全平台的审计记录，最新的在前。',
    en: 'The whole platform’s audit log, newest first.',
  },
  'audit.scope.region': {
    zh: '{region}范围内的审计记录，最新的在前。',
    en: 'The audit log of {region}, newest first.',
  },
  'audit.rowTitle': { zh: '审计记录 #{seq}', en: 'Audit row #{seq}' },
  'audit.verify': { zh: '校验哈希链', en: 'Verify chain' },
  'audit.verify.ok': {
    zh: '哈希链完整，已校验 {n} 条记录',
    en: 'The hash chain is intact: {n} rows checked',
  },
  'audit.verify.okHint': {
    zh: '每条记录都与其 SM3 哈希相符，并与前一条记录相连，没有记录被改动或删除。',
    en: 'Every row matches its SM3 hash and links to the row before it: nothing was changed or removed.',
  },
  'audit.verify.broken': {
    zh: '哈希链在第 {seq} 号记录处断开',
    en: 'The hash chain breaks at row #{seq}',
  },
  'audit.verify.brokenHint': {
    zh: '原因：{reason}。在它之前的 {n} 条记录校验通过。',
    en: 'Reason: {reason}. The {n} rows before it check out.',
  },
  'audit.reason.hash_mismatch': {
    zh: '该记录的内容与其哈希不符，记录在写入后被改动过',
    en: 'the row no longer matches its hash, so it was changed after it was written',
  },
  'audit.reason.link_broken': {
    zh: '该记录与前一条记录的链接断开，之前的记录被删除或改动过',
    en: 'its link to the previous row is broken, so a row before it was removed or changed',
  },

  // Action codes of the audit log; codes without an entry are shown as they are.
  'audit.action.auth.sign_in': { zh: '登录', en: 'Sign-in' },
  'audit.action.auth.sign_in_failed': { zh: '登录失败', en: 'Failed sign-in' },
  'audit.action.auth.sign_in_refused': { zh: '拒绝登录', en: 'Sign-in refused' },
  'audit.action.auth.locked': { zh: '账号锁定', en: 'Account locked' },
  'audit.action.auth.sign_out': { zh: '退出', en: 'Sign-out' },
  'audit.action.account.create': { zh: '创建账号', en: 'Account created' },
  'audit.action.account.register': { zh: '注册', en: 'Registration' },
  'audit.action.account.personal_data.read': {
    zh: '查看个人完整信息',
    en: 'Personal data read',
  },
  'audit.action.window.create': { zh: '新增窗口', en: 'Window added' },
  'audit.action.window.update': { zh: '修改窗口', en: 'Window changed' },
  'audit.action.department.create': { zh: '新增部门', en: 'Department added' },
  'audit.action.api_token.create': { zh: '签发接口令牌', en: 'API token issued' },
  'audit.action.api_token.revoke': { zh: '撤销接口令牌', en: 'API token revoked' },
  'audit.action.system.seed_demo': { zh: '载入演示数据', en: 'Demo data loaded' },

  'audit.entityType.session': { zh: '会话', en: 'Session' },
  'audit.entityType.account': { zh: '账号', en: 'Account' },
  'audit.entityType.window': { zh: '窗口', en: 'Window' },
  'audit.entityType.department': { zh: '部门', en: 'Department' },
  'audit.entityType.api_token': { zh: '接口令牌', en: 'API token' },
  'audit.entityType.system': { zh: '系统', en: 'System' },
} as const satisfies Record<string, Entry>;

const messages = {
  ...coreMessages,
  ...guideMessages,
  ...catalogAdminMessages,
  ...bundleAdminMessages,
  ...calendarAdminMessages,
  ...caseMessages,
};

export type MessageKey = keyof typeof messages;

/** For keys built at run time (e.g. from an audit action code) that may have no entry. */
export function hasMessage(key: string): key is MessageKey {
  return Object.hasOwn(messages, key);
}
export type MessageVars = Record<string, string | number>;

/** Looks up a message and fills `{name}` placeholders. Usable outside React (the API client). */
export function translate(lang: Lang, key: MessageKey, vars?: MessageVars): string {
  const entry: Entry = messages[key];
  const text = lang === 'en' ? entry.en : entry.zh;
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (match, name: string) => String(vars[name] ?? match));
}

export interface LangContextValue {
  lang: Lang;
  setLang: (lang: Lang) => void;
}

export const LangContext = createContext<LangContextValue | null>(null);

export function useLang(): LangContextValue {
  const value = useContext(LangContext);
  if (!value) throw new Error('useLang() outside <LangProvider>');
  return value;
}

export type Translate = (key: MessageKey, vars?: MessageVars) => string;

export function useT(): Translate {
  const { lang } = useLang();
  return useCallback((key, vars) => translate(lang, key, vars), [lang]);
}

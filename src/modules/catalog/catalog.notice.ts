import fs from 'node:fs';
import PDFDocument from 'pdfkit';
import { CASE_TYPES, MATERIAL_FORMS, type ItemInput } from '../../shared/catalog.contract';
import { shanghaiDate } from '../../shared/days';
import type { Config } from '../../server/config';
import { AppError } from '../../server/http/errors';

/** What a one-time notice (一次性告知单) says: everything to bring, once, for this applicant. */
export type Notice = {
  title: string;
  subtitle: string;
  /** Question → chosen option, as the applicant answered. */
  answers: { question: string; answer: string }[];
  facts: [string, string][];
  conditions: string[];
  materials: {
    name: string;
    form: keyof typeof MATERIAL_FORMS;
    count: number;
    issuer: string;
    note: string;
    neededBy?: string;
  }[];
  legalBasis: string[];
  places: string[];
};

export function itemNotice(
  item: ItemInput,
  departmentName: string,
  answers: { question: string; answer: string }[],
  checklist: { materials: ItemInput['materials']; conditions: string[] },
): Notice {
  return {
    title: item.name,
    subtitle: `${item.implementingBody.name}（${departmentName}）  实施编码 ${item.implCode}`,
    answers,
    facts: [
      ['办件类型', CASE_TYPES[item.caseType as keyof typeof CASE_TYPES] ?? String(item.caseType)],
      ['法定办结时限', `${item.statutoryDays} 个工作日`],
      ['承诺办结时限', item.promisedDays === 0 ? '即时办结' : `${item.promisedDays} 个工作日`],
      ['到办事现场次数', `${item.visits} 次`],
      ['收费', item.fee.free ? '不收费' : `${item.fee.amountYuan} 元（${item.fee.basis}）`],
      ['办理结果', item.result.name],
    ],
    conditions: checklist.conditions,
    materials: checklist.materials.map((m) => ({
      name: m.name,
      form: m.form,
      count: m.count,
      issuer: m.issuer,
      note: m.note,
    })),
    legalBasis: item.legalBasis.map((b) => `${b.law}${b.article}`),
    places: item.places,
  };
}

/** Fonts are large (a CJK collection is ~20 MB): read each once per process. */
const fonts = new Map<string, Buffer>();

export function loadFont(config: Config): Buffer {
  const cached = fonts.get(config.pdf.fontPath);
  if (cached) return cached;
  try {
    const font = fs.readFileSync(config.pdf.fontPath);
    fonts.set(config.pdf.fontPath, font);
    return font;
  } catch {
    throw new AppError('SERVICE_UNAVAILABLE', [
      {
        code: 'PDF_FONT_MISSING',
        message: {
          zh: `缺少中文字体文件：${config.pdf.fontPath}`,
          en: `The Chinese font is missing: ${config.pdf.fontPath}`,
        },
      },
    ]);
  }
}

/** A4, Chinese throughout; pdfkit embeds only the glyphs used, so a notice is tens of kilobytes. */
export function renderNotice(notice: Notice, config: Config, now = new Date()): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    info: { Title: `一次性告知单 ${notice.title}`, Producer: 'Tongban' },
  });
  doc.registerFont('cjk', loadFont(config), config.pdf.fontFamily);
  doc.font('cjk');
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const heading = (text: string) =>
    doc.moveDown(0.8).fontSize(13).fillColor('#000').text(text).moveDown(0.3).fontSize(10.5);
  doc.fontSize(20).text('一次性告知单', { align: 'center' });
  doc.moveDown(0.3).fontSize(14).text(notice.title, { align: 'center' });
  doc
    .moveDown(0.2)
    .fontSize(9.5)
    .fillColor('#333')
    .text(notice.subtitle, { align: 'center' })
    .fillColor('#000');

  if (notice.answers.length) {
    heading('您的办理情形');
    for (const a of notice.answers) doc.text(`${a.question.replace(/[？?：:]\s*$/, '')}：${a.answer}`);
  }
  heading('办理须知');
  for (const [k, v] of notice.facts) doc.text(`${k}：${v}`);
  if (notice.conditions.length) {
    heading('受理条件');
    notice.conditions.forEach((c, i) => doc.text(`${i + 1}. ${c}`));
  }
  heading(`申请材料（共 ${notice.materials.length} 项）`);
  notice.materials.forEach((m, i) => {
    const detail = [
      `${MATERIAL_FORMS[m.form]} ${m.count} 份`,
      m.issuer ? `出具单位：${m.issuer}` : '',
      m.neededBy ? `用于：${m.neededBy}` : '',
    ]
      .filter(Boolean)
      .join('；');
    doc.text(`${i + 1}. ${m.name}`, { continued: false });
    doc
      .fontSize(9.5)
      .fillColor('#333')
      .text(`    ${detail}${m.note ? `。${m.note}` : ''}`)
      .fillColor('#000')
      .fontSize(10.5);
  });
  if (notice.places.length) {
    heading('办理地点');
    for (const p of notice.places) doc.text(p);
  }
  if (notice.legalBasis.length) {
    heading('设定依据');
    for (const b of notice.legalBasis) doc.text(b);
  }
  doc
    .moveDown(1.2)
    .fontSize(9)
    .fillColor('#333')
    .text(
      `本告知单根据您选择的办理情形生成，依据《中华人民共和国行政许可法》第三十二条一次性告知所需材料。材料齐全即可受理，无需另行提交本告知单以外的材料。生成日期：${shanghaiDate(now)}`,
    );
  doc.end();
  return done;
}

export function bundleNotice(
  bundle: {
    name: string;
    leadDepartmentName: string;
    promisedDays: number;
    members: { implCode: string; name: string; result: string }[];
  },
  answers: { question: string; answer: string }[],
  checklist: {
    materials: (Omit<Notice['materials'][number], 'neededBy'> & { neededBy: string[] })[];
    conditions: string[];
  },
): Notice {
  const nameOf = new Map(bundle.members.map((m) => [m.implCode, m.name]));
  return {
    title: bundle.name,
    subtitle: `牵头部门：${bundle.leadDepartmentName}  含 ${bundle.members.length} 个事项`,
    answers,
    facts: [
      ['包含事项', bundle.members.map((m) => m.name).join('、')],
      ['办理结果', bundle.members.map((m) => m.result).join('、')],
      ['承诺办结时限', bundle.promisedDays === 0 ? '即时办结' : `${bundle.promisedDays} 个工作日`],
    ],
    conditions: checklist.conditions,
    materials: checklist.materials.map((m) => ({
      ...m,
      neededBy: m.neededBy.map((c) => nameOf.get(c) ?? c).join('、'),
    })),
    legalBasis: [],
    places: [],
  };
}

/** The applicant's answers in words, for the notice. */
export function describeAnswers(
  questions: { key: string; text: string; options: { key: string; label: string }[] }[],
  answers: Record<string, string>,
) {
  return questions.flatMap((q) => {
    const label = q.options.find((o) => o.key === answers[q.key])?.label;
    return label ? [{ question: q.text, answer: label }] : [];
  });
}

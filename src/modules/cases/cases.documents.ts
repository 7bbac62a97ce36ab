import PDFDocument from 'pdfkit';
import type { CaseDetail, MaterialState } from '../../shared/cases.contract';
import type { ItemInput } from '../../shared/catalog.contract';
import type { SignedInCtx } from '../../server/auth/actor';
import { AppError } from '../../server/http/errors';
import { loadFont } from '../catalog/catalog.notice';
import { getCaseDetail } from './cases.queries';
import { pinnedItem } from './cases.process';

export const CASE_DOCUMENTS = ['receipt', 'result'] as const;
export type CaseDocument = (typeof CASE_DOCUMENTS)[number];

const MATERIAL_STATE_ZH = {
  received: '已收取',
  tolerated: '容缺（承诺补交）',
  missing: '未提交',
} as const satisfies Record<MaterialState, string>;

/**
 * 受理回执 once the case is accepted, 决定书 once decided: PDFs rendered from the case itself, so
 * they always say what the case record says. Same visibility as the case.
 */
export async function caseDocument(
  ctx: SignedInCtx,
  id: string,
  kind: CaseDocument,
): Promise<{ pdf: Buffer; filename: string }> {
  const c = await getCaseDetail(ctx, 'zh', id);
  const available = kind === 'receipt' ? c.acceptedDay !== null : c.decision !== null;
  if (!available || !c.caseNo) throw new AppError('CASE_DOCUMENT_UNAVAILABLE');
  // The item version the case was handled under is the template: its result and legal basis.
  const item = await pinnedItem(ctx.db, c.itemId, c.itemVersion);
  const pdf = await render(ctx, c, item, kind);
  return { pdf, filename: `${kind}-${c.caseNo}.pdf` };
}

/** 行政许可 items get a 准予/不予行政许可决定书; other items a result notice naming what was issued. */
export function decisionTitle(item: Pick<ItemInput, 'type'>, approved: boolean): string {
  const permit = item.type === '01';
  if (approved) return permit ? '准予行政许可决定书' : '办理结果通知书';
  return permit ? '不予行政许可决定书' : '不予办理决定书';
}

/** The operative sentence: under which law, and what the applicant receives. */
export function decisionText(
  item: Pick<ItemInput, 'legalBasis' | 'result'>,
  c: Pick<CaseDetail, 'itemName' | 'acceptedDay'>,
  approved: boolean,
): string {
  const basis = item.legalBasis.map((b) => `《${b.law.replace(/^《|》$/g, '')}》${b.article}`).join('、');
  const applied = `你（单位）于${c.acceptedDay ?? ''}受理的“${c.itemName}”申请`;
  if (!approved) return `${applied}，经审查，不符合法定条件、标准。依据${basis}，决定不予办理，理由如下：`;
  const issued = item.result.kind === 'license' || item.result.kind === 'certificate';
  return `${applied}，经审查，符合法定条件、标准。依据${basis}，决定准予办理${issued ? `，核发《${item.result.name}》` : ''}。`;
}

function render(ctx: SignedInCtx, c: CaseDetail, item: ItemInput, kind: CaseDocument): Promise<Buffer> {
  const approved = c.decision === 'approved';
  const title = kind === 'receipt' ? '受理回执' : decisionTitle(item, approved);
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    info: { Title: `${title} ${c.caseNo ?? ''}`, Producer: 'Tongban' },
  });
  doc.registerFont('cjk', loadFont(ctx.config), ctx.config.pdf.fontFamily);
  doc.font('cjk');
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  doc.fontSize(20).text(title, { align: 'center' });
  doc
    .moveDown(0.3)
    .fontSize(10.5)
    .text(`办件编号：${c.caseNo ?? ''}`, { align: 'center' })
    .moveDown(1);
  const line = (label: string, value: string | null) => doc.text(`${label}：${value ?? '—'}`);
  line('申请人', c.applicantName);
  line('申请事项', c.itemName);
  line('办理部门', c.departmentName);
  line('受理日期', c.acceptedDay);
  if (kind === 'receipt') {
    line('承诺办结日期', c.promisedDue);
    line('法定办结日期', c.statutoryDue);
    doc.moveDown(0.8).fontSize(13).text('材料收取情况').moveDown(0.3).fontSize(10.5);
    c.materials.forEach((m, i) => {
      const promise = m.status === 'tolerated' ? `，承诺于 ${m.promiseDue ?? ''} 前补交` : '';
      doc.text(`${i + 1}. ${m.name}：${MATERIAL_STATE_ZH[m.status]}${promise}`);
    });
    doc
      .moveDown(1.2)
      .fontSize(9)
      .fillColor('#333')
      .text(
        '依据《中华人民共和国行政许可法》第三十二条，您的申请已受理。受理当日不计入办理期限，期限按工作日计算。',
      );
  } else {
    const decided = [...c.timeline].reverse().find((a) => a.action === 'approve' || a.action === 'deny');
    line('决定日期', c.decidedDay);
    doc.moveDown(0.8).text(decisionText(item, c, approved));
    if (decided?.opinion) doc.moveDown(0.3).text(`审查意见：${decided.opinion}`);
    if (!approved) {
      doc
        .moveDown(1.2)
        .fontSize(9)
        .fillColor('#333')
        .text(
          '如不服本决定，可以自收到本决定书之日起六十日内依法申请行政复议，或者六个月内依法提起行政诉讼。',
        );
    }
  }
  doc.moveDown(1.5).fontSize(10.5).fillColor('#000').text(`${c.departmentName}`, { align: 'right' });
  // Dated the day of the act it records, not the day it is printed: a reprint says the same.
  doc.text((kind === 'receipt' ? c.acceptedDay : c.decidedDay) ?? '', { align: 'right' });
  doc.end();
  return done;
}

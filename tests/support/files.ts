import { deflateSync, crc32 } from 'node:zlib';
import JSZip from 'jszip';
import type { LightMyRequestResponse } from 'fastify';
import { CSRF_HEADER } from '../../src/shared/auth.contract';
import type { Client, TestApp } from './app';

/**
 * Small real files for upload tests, built byte by byte: each opens in an ordinary viewer.
 */

/** A one-page PDF with a correct cross-reference table; `padTo` pads it with a comment to that size. */
export function pdfBytes(padTo?: number): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] >>',
  ];
  const build = (padding: number) => {
    let out = '%PDF-1.4\n';
    if (padding > 0) out += `%${'x'.repeat(padding - 2)}\n`;
    const offsets: number[] = [];
    objects.forEach((body, i) => {
      offsets.push(out.length);
      out += `${i + 1} 0 obj\n${body}\nendobj\n`;
    });
    const xref = out.length;
    out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
    for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
    out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
    return out;
  };
  const plain = build(0);
  if (padTo === undefined) return Buffer.from(plain, 'latin1');
  // The startxref number grows with the padding; settle on the padding that lands exactly on padTo.
  for (let padding = Math.max(2, padTo - plain.length - 4); padding <= padTo; padding++) {
    const out = build(padding);
    if (out.length === padTo) return Buffer.from(out, 'latin1');
    if (out.length > padTo) break;
  }
  throw new Error(`cannot build a PDF of exactly ${padTo} bytes`);
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** A 2×2 RGB PNG: red, green / blue, white. */
export function pngBytes(): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(2, 0);
  header.writeUInt32BE(2, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits, RGB, deflate, no filter, not interlaced
  const rows = Buffer.from([0, 255, 0, 0, 0, 255, 0, 0, 0, 0, 255, 255, 255, 255]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(rows)),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * An 8×8 mid-grey baseline JPEG: one component, one block whose DC difference and AC part are both
 * empty, with one-code Huffman tables ("0" means category 0 for DC and end-of-block for AC).
 */
export function jpegBytes(): Buffer {
  const segment = (marker: number, body: number[]) => [
    0xff,
    marker,
    (body.length + 2) >> 8,
    (body.length + 2) & 0xff,
    ...body,
  ];
  const oneCodeTable = (tableClass: number) => [tableClass << 4, 1, ...new Array<number>(15).fill(0), 0x00];
  return Buffer.from([
    0xff,
    0xd8, // SOI
    ...segment(0xe0, [...Buffer.from('JFIF\0', 'latin1'), 1, 1, 0, 0, 1, 0, 1, 0, 0]),
    ...segment(0xdb, [0x00, ...new Array<number>(64).fill(1)]), // quantisation table 0, all ones
    ...segment(0xc0, [8, 0, 8, 0, 8, 1, 1, 0x11, 0]), // 8-bit, 8×8, one component
    ...segment(0xc4, oneCodeTable(0)),
    ...segment(0xc4, oneCodeTable(1)),
    ...segment(0xda, [1, 1, 0x00, 0, 63, 0]),
    0x3f, // bits 0 (DC: no change) 0 (AC: end of block), padded with ones
    0xff,
    0xd9, // EOI
  ]);
}

/** A minimal OFD package (GB/T 33190): a ZIP with OFD.xml at its root pointing at one document. */
export async function ofdBytes(): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    'OFD.xml',
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016" Version="1.0" DocType="OFD">' +
      '<ofd:DocBody><ofd:DocInfo><ofd:DocID>8c1b1f0a2d3e4f5a6b7c8d9e0f1a2b3c</ofd:DocID></ofd:DocInfo>' +
      '<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>',
  );
  zip.file(
    'Doc_0/Document.xml',
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<ofd:Document xmlns:ofd="http://www.ofdspec.org/2016"><ofd:CommonData><ofd:MaxUnitID>1</ofd:MaxUnitID>' +
      '<ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea></ofd:CommonData>' +
      '<ofd:Pages/></ofd:Document>',
  );
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** A ZIP that is not an OFD (a Word document's skeleton). */
export async function docxLikeZipBytes(): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types/>');
  zip.file('word/document.xml', '<?xml version="1.0"?><document/>');
  return zip.generateAsync({ type: 'nodebuffer' });
}

/** The first bytes of a Windows executable. */
export function exeBytes(): Buffer {
  const bytes = Buffer.alloc(256);
  bytes.write('MZ', 0, 'latin1');
  bytes.write('This program cannot be run in DOS mode.', 78, 'latin1');
  return bytes;
}

export type Part = { name: string; data: Buffer | string; filename?: string; type?: string };

/** A multipart/form-data body as a browser sends it. */
export function multipartBody(
  parts: Part[],
  boundary = '----TongbanTestBoundary7MA4YWxk',
): {
  body: Buffer;
  contentType: string;
} {
  const chunks: Buffer[] = [];
  for (const part of parts) {
    let head = `--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"`;
    if (part.filename !== undefined) head += `; filename="${part.filename}"`;
    head += '\r\n';
    if (part.type !== undefined) head += `Content-Type: ${part.type}\r\n`;
    chunks.push(Buffer.from(`${head}\r\n`, 'utf8'), Buffer.from(part.data), Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

export type UploadReply = {
  status: number;
  body: Record<string, unknown> & { code?: string; details?: { field?: string; code?: string }[] };
  raw: LightMyRequestResponse;
};

/** POSTs a multipart body to /api/v1/files as the client (its session cookie and CSRF header). */
export async function postMultipart(
  t: TestApp,
  client: Client | null,
  payload: Buffer | string,
  contentType: string,
  headers: Record<string, string> = {},
): Promise<UploadReply> {
  const raw = await t.app.inject({
    method: 'POST',
    url: '/api/v1/files',
    headers: {
      'content-type': contentType,
      ...(client?.cookie ? { cookie: `tb_session=${client.cookie}` } : {}),
      ...(client?.csrf ? { [CSRF_HEADER]: client.csrf } : {}),
      ...headers,
    },
    payload,
  });
  const body = raw.headers['content-type']?.toString().includes('json')
    ? (JSON.parse(raw.body) as UploadReply['body'])
    : {};
  return { status: raw.statusCode, body, raw };
}

/** Uploads one file the way the browser's upload control does. */
export function uploadFile(
  t: TestApp,
  client: Client | null,
  file: { data: Buffer; filename: string; type?: string },
): Promise<UploadReply> {
  const { body, contentType } = multipartBody([
    { name: 'file', data: file.data, filename: file.filename, type: file.type ?? 'application/octet-stream' },
  ]);
  return postMultipart(t, client, body, contentType);
}

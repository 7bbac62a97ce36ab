import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../../tests/support/app';
import {
  docxLikeZipBytes,
  exeBytes,
  jpegBytes,
  multipartBody,
  ofdBytes,
  pdfBytes,
  pngBytes,
  postMultipart,
  uploadFile,
} from '../../../tests/support/files';
import { auditLog } from '../audit/audit.tables';
import { storedFiles } from './files.tables';

let t: TestApp;
let citizen: Client;
beforeAll(async () => {
  t = await createTestApp();
  citizen = await t.as('citizen');
});
afterAll(() => t.close());

const sm3 = (bytes: Buffer) => createHash('sm3').update(bytes).digest('hex');

/** Every file under a directory, relative to it. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
}

describe('SM3', () => {
  it('is the GB/T 32905 hash: the standard\'s example "abc"', () => {
    expect(sm3(Buffer.from('abc'))).toBe('66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0');
  });
});

describe('uploading accepted types', () => {
  it('stores a PDF with its SM3 digest, size and type, and audits the upload', async () => {
    const bytes = pdfBytes();
    const res = await uploadFile(t, citizen, {
      data: bytes,
      filename: '营业执照.pdf',
      type: 'application/pdf',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      originalName: '营业执照.pdf',
      mediaType: 'application/pdf',
      size: bytes.length,
      sm3: sm3(bytes),
    });
    const id = String(res.body.id);
    const [row] = await t.database.db.select().from(storedFiles).where(eq(storedFiles.id, id));
    expect(row?.uploadedBy).toBe(citizen.user?.id);
    expect(row?.sm3).toBe(sm3(bytes));
    expect(row?.size).toBe(bytes.length);
    // The key is random and sharded: ab/cd/abcd…; the bytes on disk are exactly the upload.
    const key = row?.storageKey ?? '';
    expect(key).toMatch(/^[0-9a-f]{32}$/);
    const onDisk = path.join(t.config.files.dir, key.slice(0, 2), key.slice(2, 4), key);
    expect((await fs.readFile(onDisk)).equals(bytes)).toBe(true);

    const audit = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'file.upload'), eq(auditLog.entityId, id)));
    expect(audit).toHaveLength(1);
    expect(audit[0]?.actorId).toBe(citizen.user?.id);
    expect(audit[0]?.detail).toMatchObject({
      sm3: sm3(bytes),
      size: bytes.length,
      mediaType: 'application/pdf',
    });
  });

  it('accepts PNG, JPEG and OFD, naming the type from the bytes', async () => {
    const cases = [
      { data: pngBytes(), filename: '照片.png', type: 'image/png', expected: 'image/png' },
      { data: jpegBytes(), filename: 'photo.JPG', type: 'image/jpeg', expected: 'image/jpeg' },
      // Browsers that do not know .ofd send application/octet-stream.
      {
        data: await ofdBytes(),
        filename: '电子证照.ofd',
        type: 'application/octet-stream',
        expected: 'application/ofd',
      },
    ];
    for (const c of cases) {
      const res = await uploadFile(t, citizen, c);
      expect(res.status, c.filename).toBe(201);
      expect(res.body).toMatchObject({ mediaType: c.expected, size: c.data.length, sm3: sm3(c.data) });
    }
  });

  it('keeps only the base name of a path-like file name and strips control characters', async () => {
    const res = await uploadFile(t, citizen, {
      data: pdfBytes(),
      filename: 'C:\\fakepath\\申请\u202Efdp.exe\u0007.pdf',
    });
    expect(res.status).toBe(201);
    expect(res.body.originalName).toBe('申请fdp.exe.pdf');
  });
});

describe('refusing other content', () => {
  it('refuses a text file or an executable renamed .pdf: 415 FILE_TYPE_NOT_ALLOWED', async () => {
    const text = await uploadFile(t, citizen, {
      data: Buffer.from('这不是 PDF，只是文字。'),
      filename: '证明.pdf',
      type: 'application/pdf',
    });
    expect(text.status).toBe(415);
    expect(text.body.code).toBe('FILE_TYPE_NOT_ALLOWED');
    expect(text.body.details?.[0]).toMatchObject({ field: 'file', code: 'UNRECOGNIZED_CONTENT' });

    const exe = await uploadFile(t, citizen, {
      data: exeBytes(),
      filename: 'setup.pdf',
      type: 'application/pdf',
    });
    expect(exe.status).toBe(415);
    expect(exe.body.code).toBe('FILE_TYPE_NOT_ALLOWED');
  });

  it('refuses a ZIP that is not an OFD package', async () => {
    const res = await uploadFile(t, citizen, { data: await docxLikeZipBytes(), filename: '材料.ofd' });
    expect(res.status).toBe(415);
    expect(res.body.code).toBe('FILE_TYPE_NOT_ALLOWED');
  });

  it('refuses a declared type or an extension the bytes contradict: 415 FILE_TYPE_MISMATCH', async () => {
    const declared = await uploadFile(t, citizen, {
      data: pngBytes(),
      filename: 'scan',
      type: 'application/pdf',
    });
    expect(declared.status).toBe(415);
    expect(declared.body.code).toBe('FILE_TYPE_MISMATCH');
    expect(declared.body.details?.[0]).toMatchObject({
      field: 'file',
      code: 'DECLARED_TYPE_MISMATCH',
      detected: 'image/png',
      claimed: 'application/pdf',
    });

    const extension = await uploadFile(t, citizen, { data: pngBytes(), filename: 'scan.pdf' });
    expect(extension.status).toBe(415);
    expect(extension.body.details?.[0]).toMatchObject({ code: 'EXTENSION_MISMATCH', claimed: '.pdf' });
  });

  it('refuses an empty file: 400 FILE_REQUIRED', async () => {
    const res = await uploadFile(t, citizen, { data: Buffer.alloc(0), filename: 'empty.pdf' });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('FILE_REQUIRED');
  });

  it('leaves no row and no bytes behind for a refused upload', async () => {
    const before = await t.database.db.select().from(storedFiles);
    const filesBefore = await filesUnder(t.config.files.dir);
    await uploadFile(t, citizen, { data: exeBytes(), filename: 'x.pdf' });
    expect(await t.database.db.select().from(storedFiles)).toHaveLength(before.length);
    expect(await filesUnder(t.config.files.dir)).toEqual(filesBefore);
  });
});

describe('the multipart request itself', () => {
  it('needs a signed-in caller and, with a session cookie, the CSRF header', async () => {
    const anon = await uploadFile(t, null, { data: pdfBytes(), filename: 'a.pdf' });
    expect(anon.status).toBe(401);
    const { body, contentType } = multipartBody([{ name: 'file', data: pdfBytes(), filename: 'a.pdf' }]);
    const noCsrf = await postMultipart(t, citizen, body, contentType, { 'x-csrf-token': 'wrong' });
    expect(noCsrf.status).toBe(403);
    expect(noCsrf.body.code).toBe('CSRF_INVALID');
  });

  it('answers 400 FILE_REQUIRED when there is no file part', async () => {
    const { body, contentType } = multipartBody([{ name: 'note', data: 'no file here' }]);
    const res = await postMultipart(t, citizen, body, contentType);
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('FILE_REQUIRED');
  });

  it('answers 400 FILE_TOO_MANY for two files, and stores neither', async () => {
    const before = await t.database.db.select().from(storedFiles);
    const { body, contentType } = multipartBody([
      { name: 'file', data: pdfBytes(), filename: 'a.pdf', type: 'application/pdf' },
      { name: 'file', data: pngBytes(), filename: 'b.png', type: 'image/png' },
    ]);
    const res = await postMultipart(t, citizen, body, contentType);
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('FILE_TOO_MANY');
    expect(await t.database.db.select().from(storedFiles)).toHaveLength(before.length);
  });

  it('answers 400 MULTIPART_MALFORMED for a broken body', async () => {
    const truncated = multipartBody([{ name: 'file', data: pdfBytes(), filename: 'a.pdf' }]);
    const cut = truncated.body.subarray(0, truncated.body.length - 40);
    const res = await postMultipart(t, citizen, cut, truncated.contentType);
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('MULTIPART_MALFORMED');

    const noBoundary = await postMultipart(t, citizen, 'garbage', 'multipart/form-data');
    expect(noBoundary.status).toBe(400);
    expect(noBoundary.body.code).toBe('MULTIPART_MALFORMED');
  });

  it('answers 415 for a JSON body', async () => {
    const res = await citizen.post('/api/v1/files', { file: 'JVBERi0=' });
    expect(res.status).toBe(415);
    expect(res.body.details?.[0]).toMatchObject({ code: 'MULTIPART_REQUIRED' });
  });
});

describe('the size limit', () => {
  let small: TestApp;
  let user: Client;
  beforeAll(async () => {
    small = await createTestApp({ UPLOAD_MAX_MB: '1' });
    user = await small.as('enterprise');
  });
  afterAll(() => small.close());

  it('accepts a file of exactly UPLOAD_MAX_MB (1 MiB = 1,048,576 bytes) and refuses one byte more: 413', async () => {
    const atLimit = pdfBytes(1_048_576);
    const ok = await uploadFile(small, user, { data: atLimit, filename: 'big.pdf' });
    expect(ok.status).toBe(201);
    expect(ok.body.size).toBe(1_048_576);

    const over = await uploadFile(small, user, { data: pdfBytes(1_048_577), filename: 'bigger.pdf' });
    expect(over.status).toBe(413);
    expect(over.body.code).toBe('FILE_TOO_LARGE');
    expect(over.body.details?.[0]).toMatchObject({ field: 'file', code: 'MAX_BYTES', maxBytes: 1_048_576 });
    const rows = await small.database.db.select().from(storedFiles);
    expect(rows.map((r) => r.originalName)).toEqual(['big.pdf']);
    expect(await filesUnder(small.config.files.dir)).toHaveLength(1);
  });
});

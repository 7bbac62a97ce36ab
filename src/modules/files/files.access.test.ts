import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../../tests/support/app';
import { jpegBytes, ofdBytes, pdfBytes, uploadFile } from '../../../tests/support/files';
import { auditLog } from '../audit/audit.tables';
import { LocalFileStore } from './files.store';
import { readFileUnchecked } from './files.service';
import { storedFiles } from './files.tables';

let t: TestApp;
let citizen: Client;
beforeAll(async () => {
  t = await createTestApp();
  citizen = await t.as('citizen');
});
afterAll(() => t.close());

async function upload(client: Client, data: Buffer, filename: string): Promise<string> {
  const res = await uploadFile(t, client, { data, filename });
  expect(res.status).toBe(201);
  return String(res.body.id);
}

async function pathOnDisk(id: string): Promise<string> {
  const [row] = await t.database.db.select().from(storedFiles).where(eq(storedFiles.id, id));
  if (!row) throw new Error('no such file row');
  return new LocalFileStore(t.config.files.dir).pathFor(row.storageKey);
}

describe('the uploader reads their own file', () => {
  it('gets the metadata and exactly the bytes back, with safe download headers', async () => {
    const bytes = pdfBytes();
    const id = await upload(citizen, bytes, '营业执照 (副本).pdf');

    const meta = await citizen.get<Record<string, unknown>>(`/api/v1/files/${id}`);
    expect(meta.status).toBe(200);
    expect(meta.body).toMatchObject({
      id,
      originalName: '营业执照 (副本).pdf',
      mediaType: 'application/pdf',
      size: bytes.length,
      sm3: createHash('sm3').update(bytes).digest('hex'),
    });
    expect(meta.body).not.toHaveProperty('storageKey');

    const content = await citizen.get(`/api/v1/files/${id}/content`);
    expect(content.status).toBe(200);
    expect(content.raw.rawPayload.equals(bytes)).toBe(true);
    expect(content.headers['content-type']).toBe('application/pdf');
    expect(content.headers['x-content-type-options']).toBe('nosniff');
    expect(content.headers['cache-control']).toBe('private, no-store');
    // 营 E8 90 A5, 业 E4 B8 9A, 执 E6 89 A7, 照 E7 85 A7, 副 E5 89 AF, 本 E6 9C AC; RFC 5987 also escapes ( and ).
    expect(content.headers['content-disposition']).toBe(
      `inline; filename="____ (__).pdf"; filename*=UTF-8''%E8%90%A5%E4%B8%9A%E6%89%A7%E7%85%A7%20%28%E5%89%AF%E6%9C%AC%29.pdf`,
    );

    const download = await citizen.get(`/api/v1/files/${id}/content?download=1`);
    expect(String(download.headers['content-disposition'])).toMatch(/^attachment; /);
  });

  it('serves a JPEG as an image and an OFD always as an attachment', async () => {
    const jpeg = jpegBytes();
    const jpegId = await upload(citizen, jpeg, 'a.jpg');
    const img = await citizen.get(`/api/v1/files/${jpegId}/content`);
    expect(img.headers['content-type']).toBe('image/jpeg');
    expect(img.raw.rawPayload.equals(jpeg)).toBe(true);

    const ofd = await ofdBytes();
    const ofdId = await upload(citizen, ofd, 'licence.ofd');
    const res = await citizen.get(`/api/v1/files/${ofdId}/content`);
    expect(res.headers['content-type']).toBe('application/ofd');
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="licence.ofd"; filename*=UTF-8''licence.ofd`,
    );
    expect(res.raw.rawPayload.equals(ofd)).toBe(true);
  });
});

describe('nobody else can see it', () => {
  it('another account, staff included, gets 404 for both metadata and bytes; nobody signed in gets 401', async () => {
    const id = await upload(citizen, pdfBytes(), 'private.pdf');
    for (const username of ['enterprise', 'clerk', 'admin']) {
      const other = await t.as(username);
      const meta = await other.get(`/api/v1/files/${id}`);
      expect(meta.status, username).toBe(404);
      expect(meta.body.code).toBe('NOT_FOUND');
      const content = await other.get(`/api/v1/files/${id}/content`);
      expect(content.status, username).toBe(404);
    }
    // The same answer as for an id that never existed: existence is not revealed.
    const unknown = await citizen.get('/api/v1/files/00000000-0000-4000-8000-000000000000');
    expect(unknown.status).toBe(404);
    expect((await t.anon().get(`/api/v1/files/${id}`)).status).toBe(401);
  });

  it('answers 400 for an id that is not a UUID', async () => {
    const res = await citizen.get('/api/v1/files/not-a-uuid/content');
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
  });
});

describe('integrity on read', () => {
  it('refuses a file changed on disk with FILE_INTEGRITY_FAILED, and audits the refusal', async () => {
    const bytes = pdfBytes();
    const id = await upload(citizen, bytes, 'tampered.pdf');
    const altered = Buffer.from(bytes);
    altered[altered.length - 3] = 0x21; // one byte of "%%EOF" changed
    await fs.writeFile(await pathOnDisk(id), altered);

    const res = await citizen.get(`/api/v1/files/${id}/content`);
    expect(res.status).toBe(500);
    expect(res.body.code).toBe('FILE_INTEGRITY_FAILED');
    expect(res.body.details?.[0]).toMatchObject({ code: 'DIGEST_MISMATCH', fileId: id });
    const audit = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'file.integrity_failed'), eq(auditLog.entityId, id)));
    expect(audit).toHaveLength(1);
    expect(audit[0]?.actorId).toBe(citizen.user?.id);
    expect(audit[0]?.detail).toMatchObject({
      reason: 'DIGEST_MISMATCH',
      expected: createHash('sm3').update(bytes).digest('hex'),
      actual: createHash('sm3').update(altered).digest('hex'),
    });
  });

  it('refuses a file whose bytes are gone', async () => {
    const id = await upload(citizen, pdfBytes(), 'deleted.pdf');
    await fs.rm(await pathOnDisk(id));
    const res = await citizen.get(`/api/v1/files/${id}/content`);
    expect(res.status).toBe(500);
    expect(res.body.details?.[0]).toMatchObject({ code: 'MISSING' });
  });
});

describe('readFileUnchecked, for modules that did their own access check', () => {
  it('returns any file with its verified bytes, and NOT_FOUND for an unknown id', async () => {
    const bytes = jpegBytes();
    const id = await upload(citizen, bytes, 'for-a-case.jpg');
    const store = new LocalFileStore(t.config.files.dir);
    const read = await readFileUnchecked(t.database.db, store, id);
    expect(read.file).toMatchObject({ id, mediaType: 'image/jpeg', originalName: 'for-a-case.jpg' });
    expect(read.bytes.equals(bytes)).toBe(true);
    await expect(
      readFileUnchecked(t.database.db, store, '00000000-0000-4000-8000-000000000000'),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { FileMediaType } from '../../shared/files.contract';
import type { Ctx, SignedInCtx } from '../../server/auth/actor';
import type { Db } from '../../server/db/client';
import { AppError } from '../../server/http/errors';
import { appendAudit } from '../audit/audit.service';
import { newStorageKey, type FileStore } from './files.store';
import { cleanFileName, contradiction, sniffMediaType } from './files.sniff';
import { storedFiles } from './files.tables';

export type StoredFile = Omit<typeof storedFiles.$inferSelect, 'mediaType'> & { mediaType: FileMediaType };

export function sm3Hex(bytes: Buffer): string {
  return createHash('sm3').update(bytes).digest('hex');
}

const MIB = 1024 * 1024;

export function fileTooLarge(maxBytes: number): AppError {
  const mib = Math.floor(maxBytes / MIB);
  return new AppError('FILE_TOO_LARGE', [
    {
      field: 'file',
      code: 'MAX_BYTES',
      message: { zh: `文件不能超过 ${mib} MB`, en: `The file may be at most ${mib} MB` },
      maxBytes,
    },
  ]);
}

/**
 * Checks an upload (size, real type from its bytes, agreement with its claimed type and name),
 * stores the bytes under a fresh key, and records the row and its audit entry in one transaction.
 */
export async function saveUpload(
  ctx: SignedInCtx,
  input: { bytes: Buffer; originalName: string; declaredType: string | null },
): Promise<StoredFile> {
  const { bytes } = input;
  const maxBytes = ctx.config.files.maxBytes;
  if (bytes.length === 0) {
    throw new AppError('FILE_REQUIRED', [
      { field: 'file', code: 'EMPTY_FILE', message: { zh: '文件是空的', en: 'The file is empty' } },
    ]);
  }
  if (bytes.length > maxBytes) throw fileTooLarge(maxBytes);
  const mediaType = sniffMediaType(bytes);
  if (!mediaType) {
    throw new AppError('FILE_TYPE_NOT_ALLOWED', [
      {
        field: 'file',
        code: 'UNRECOGNIZED_CONTENT',
        message: { zh: '文件内容不是 PDF、OFD、PNG 或 JPEG', en: 'The content is not PDF, OFD, PNG or JPEG' },
      },
    ]);
  }
  const clash = contradiction(mediaType, input.declaredType, input.originalName);
  if (clash) {
    throw new AppError('FILE_TYPE_MISMATCH', [
      {
        field: 'file',
        code: clash.field === 'extension' ? 'EXTENSION_MISMATCH' : 'DECLARED_TYPE_MISMATCH',
        message: {
          zh: `文件内容是 ${mediaType}，与 ${clash.claimed} 不符`,
          en: `The content is ${mediaType}, not ${clash.claimed}`,
        },
        detected: mediaType,
        claimed: clash.claimed,
      },
    ]);
  }

  const storageKey = newStorageKey();
  await ctx.files.put(storageKey, bytes);
  try {
    return await ctx.db.transaction(async (tx) => {
      const [row] = await tx
        .insert(storedFiles)
        .values({
          storageKey,
          sm3: sm3Hex(bytes),
          size: bytes.length,
          mediaType,
          originalName: cleanFileName(input.originalName, mediaType),
          uploadedBy: ctx.actor.accountId,
          regionCode: ctx.actor.regionCode,
        })
        .returning();
      if (!row) throw new Error('insert returned no row');
      await appendAudit(tx, ctx, {
        action: 'file.upload',
        entityType: 'file',
        entityId: row.id,
        regionCode: row.regionCode,
        change: { originalName: row.originalName, mediaType, size: row.size, sm3: row.sm3 },
      });
      return { ...row, mediaType };
    });
  } catch (err) {
    // Bytes without a row are unreachable; remove them rather than leave them behind.
    await ctx.files.remove(storageKey).catch(() => undefined);
    throw err;
  }
}

async function findFile(db: Db, fileId: string): Promise<StoredFile | undefined> {
  const [row] = await db.select().from(storedFiles).where(eq(storedFiles.id, fileId));
  return row as StoredFile | undefined;
}

/** The uploader's own file's metadata; anyone else is told it does not exist. */
export async function getOwnFile(ctx: SignedInCtx, fileId: string): Promise<StoredFile> {
  const row = await findFile(ctx.db, fileId);
  if (!row || row.uploadedBy !== ctx.actor.accountId) throw new AppError('NOT_FOUND');
  return row;
}

/** The uploader's own file with its bytes, checked against the SM3 digest taken on upload. */
export async function readFile(
  ctx: SignedInCtx,
  fileId: string,
): Promise<{ file: StoredFile; bytes: Buffer }> {
  const file = await getOwnFile(ctx, fileId);
  return { file, bytes: await verifiedBytes(ctx.db, ctx.files, file, ctx) };
}

/**
 * A file and its verified bytes with NO access check: for modules (cases) that have already decided
 * the caller may see it. Never call it with an id taken from a request before that check.
 */
export async function readFileUnchecked(
  db: Db,
  store: FileStore,
  fileId: string,
  who: Pick<Ctx, 'actor' | 'requestId'> = { actor: null, requestId: null },
): Promise<{ file: StoredFile; bytes: Buffer }> {
  const file = await findFile(db, fileId);
  if (!file) throw new AppError('NOT_FOUND');
  return { file, bytes: await verifiedBytes(db, store, file, who) };
}

/** The stored bytes, refused (and the refusal audited) when missing or no longer matching their SM3. */
async function verifiedBytes(
  db: Db,
  store: FileStore,
  file: StoredFile,
  who: Pick<Ctx, 'actor' | 'requestId'>,
): Promise<Buffer> {
  const bytes = await store.get(file.storageKey);
  const actual = bytes ? sm3Hex(bytes) : null;
  if (bytes && actual === file.sm3) return bytes;
  const reason = bytes ? 'DIGEST_MISMATCH' : 'MISSING';
  await appendAudit(db, who, {
    action: 'file.integrity_failed',
    entityType: 'file',
    entityId: file.id,
    regionCode: file.regionCode,
    change: { reason, expected: file.sm3, actual },
  });
  throw new AppError('FILE_INTEGRITY_FAILED', [
    {
      field: 'file',
      code: reason,
      message: bytes
        ? {
            zh: '文件内容与上传时的 SM3 摘要不符',
            en: 'The bytes no longer match the SM3 digest taken on upload',
          }
        : { zh: '文件内容已丢失', en: 'The bytes are missing from the store' },
      fileId: file.id,
    },
  ]);
}

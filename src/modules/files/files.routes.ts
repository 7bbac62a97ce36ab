import fastifyMultipart from '@fastify/multipart';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { SignedInCtx } from '../../server/auth/actor';
import { AppError } from '../../server/http/errors';
import { fileContentQuerySchema, fileIdParamSchema, fileInfoSchema } from './files.schemas';
import * as files from './files.service';
import type { StoredFile } from './files.service';

const signedIn = (ctx: { actor: unknown }) => ctx as SignedInCtx;

/** What a file looks like to its owner: the storage key and uploader stay inside. */
const info = (f: StoredFile) => ({
  id: f.id,
  originalName: f.originalName,
  mediaType: f.mediaType,
  size: f.size,
  sm3: f.sm3,
  createdAt: f.createdAt,
});

/** RFC 6266 / RFC 5987: an ASCII fallback for old clients, then the exact UTF-8 name. */
export function contentDisposition(kind: 'inline' | 'attachment', name: string): string {
  const fallback = name.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${kind}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

/** Sends verified file bytes; shared with modules that serve files after their own access check. */
export function sendStoredFile(
  reply: FastifyReply,
  { file, bytes }: { file: StoredFile; bytes: Buffer },
  options: { download?: boolean } = {},
): FastifyReply {
  // Browsers show PDFs and images; OFD needs a reader, so it is always saved.
  const inline = !options.download && file.mediaType !== 'application/ofd';
  return reply
    .header('content-type', file.mediaType)
    .header('content-disposition', contentDisposition(inline ? 'inline' : 'attachment', file.originalName))
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-store')
    .send(bytes);
}

/** Reads the one file part of a multipart request into memory, bounded by the upload limit. */
async function readOneFile(
  req: FastifyRequest,
  maxBytes: number,
): Promise<{ bytes: Buffer; filename: string; mimetype: string }> {
  if (!req.isMultipart()) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', [
      {
        field: 'content-type',
        code: 'MULTIPART_REQUIRED',
        message: { zh: '请以 multipart/form-data 上传', en: 'Send the file as multipart/form-data' },
      },
    ]);
  }
  let upload: { bytes: Buffer; filename: string; mimetype: string } | null = null;
  try {
    const parts = req.parts({ limits: { fileSize: maxBytes, files: 1, fields: 10, fieldSize: 1024 } });
    for await (const part of parts) {
      if (part.type === 'file') {
        upload = { bytes: await part.toBuffer(), filename: part.filename, mimetype: part.mimetype };
      }
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    const code = (err as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw files.fileTooLarge(maxBytes);
    if (code === 'FST_FILES_LIMIT') throw new AppError('FILE_TOO_MANY');
    req.log.info({ err }, 'malformed multipart upload');
    throw new AppError('MULTIPART_MALFORMED');
  }
  if (!upload) throw new AppError('FILE_REQUIRED');
  return upload;
}

const routes: FastifyPluginAsyncZod = async (app) => {
  // Multipart is parsed on these routes only; the rest of the API stays JSON-only.
  await app.register(fastifyMultipart);

  app.post(
    '/api/v1/files',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['files'],
        summary: 'Upload one file (multipart/form-data): PDF, OFD, PNG or JPEG, up to UPLOAD_MAX_MB',
        consumes: ['multipart/form-data'],
        response: { 201: fileInfoSchema },
      },
    },
    async (req, reply) => {
      const ctx = signedIn(req.ctx);
      const upload = await readOneFile(req, ctx.config.files.maxBytes);
      const saved = await files.saveUpload(ctx, {
        bytes: upload.bytes,
        originalName: upload.filename,
        declaredType: upload.mimetype,
      });
      return reply.status(201).send(info(saved));
    },
  );
  app.get(
    '/api/v1/files/:id',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['files'],
        summary: "One of the caller's own uploads",
        params: fileIdParamSchema,
        response: { 200: fileInfoSchema },
      },
    },
    async (req) => info(await files.getOwnFile(signedIn(req.ctx), req.params.id)),
  );
  app.get(
    '/api/v1/files/:id/content',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['files'],
        summary: "The bytes of one of the caller's own uploads, checked against their SM3 digest",
        params: fileIdParamSchema,
        querystring: fileContentQuerySchema,
      },
    },
    async (req, reply) =>
      sendStoredFile(reply, await files.readFile(signedIn(req.ctx), req.params.id), {
        download: req.query.download !== undefined,
      }),
  );
};

export default routes;

import type {} from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { FILE_TYPES, type FileType } from '../../../../contracts/index.ts';
import type { Tx } from '../db/database.ts';
import { newId } from '../db/ids.ts';
import type { AppContext } from '../context.ts';
import { firstFilePart, multipartFailure } from '../http/multipart.ts';
import { cleanFileName } from './file-name.ts';
import { fileError } from './files.errors.ts';
import { filesRepository, type FileRow } from './files.repository.ts';
import { sniffType, typeOfName } from './sniff.ts';
import { TooLarge, type StagedFile } from './store.ts';

const FIELD = 'file';
const refuse = (
  code: 'FILE_TYPE_REFUSED' | 'FILE_TYPE_MISMATCH',
  detail: { zh: string; en: string },
) => fileError(code, { [FIELD]: detail });

/** The multipart body's one file, staged and checked: within the size limit, of an accepted type, its bytes matching its name and declared type. */
export type Upload = { staged: StagedFile; type: FileType; originalName: string };

const isTooLarge = (error: unknown) =>
  error instanceof TooLarge || (error as { code?: unknown }).code === 'FST_REQ_FILE_TOO_LARGE';

export async function receiveUpload(req: FastifyRequest, ctx: AppContext): Promise<Upload> {
  if (!req.isMultipart()) throw fileError('FILE_NOT_MULTIPART');
  // One byte past the limit reaches the store, which tells "exactly the limit" from "over it".
  const received = await firstFilePart(req, {
    fileSize: ctx.config.uploadLimit + 1,
    files: 1,
    fields: 0,
  });
  const part = received?.part;
  const fieldName = received?.fieldName ?? '';
  const fileName = received?.fileName ?? '';
  if (!part || fieldName !== FIELD) {
    part?.file.resume();
    throw fileError('FILE_REQUIRED', { [FIELD]: { zh: '必填', en: 'is required' } });
  }
  let staged: StagedFile;
  try {
    staged = await ctx.files.stage(part.file, ctx.config.uploadLimit);
    if (part.file.truncated) {
      await staged.discard();
      throw new TooLarge();
    }
  } catch (error) {
    if (isTooLarge(error))
      throw fileError('FILE_TOO_LARGE', {
        [FIELD]: {
          zh: `不得超过 ${ctx.config.uploadLimit} 字节`,
          en: `at most ${ctx.config.uploadLimit} bytes`,
        },
      });
    throw multipartFailure(error);
  }
  try {
    if (staged.size === 0)
      throw fileError('FILE_REQUIRED', { [FIELD]: { zh: '文件为空', en: 'is empty' } });
    const type = sniffType(staged.head, () => staged.read());
    if (!type)
      throw refuse('FILE_TYPE_REFUSED', {
        zh: '不支持的文件类型',
        en: 'not an accepted file type',
      });
    // The extension is judged on the name as it will be stored and shown.
    const originalName = cleanFileName(fileName);
    const named = typeOfName(originalName);
    const declared = part.mimetype;
    if (
      named !== type ||
      (declared !== FILE_TYPES[type].mime && declared !== 'application/octet-stream')
    ) {
      throw refuse('FILE_TYPE_MISMATCH', {
        zh: `内容为 ${type}，与文件名或声明类型不符`,
        en: `content is ${type}, which its name or declared type does not say`,
      });
    }
    return { staged, type, originalName };
  } catch (error) {
    await staged.discard();
    throw error;
  }
}

/**
 * Step of a write that attaches an upload: moves the content into the store (idempotent, by digest) and
 * records it in the files table inside the caller's transaction. Content kept on disk for a transaction that
 * then rolls back stays there unreferenced; it is harmless and the same bytes reuse it. Content kept in the
 * database is written in that transaction and rolls back with it.
 */
export async function keepUpload(
  ctx: AppContext,
  tx: Tx,
  upload: Upload,
  actorId: string,
): Promise<FileRow> {
  const row: FileRow = {
    id: newId(),
    hash: upload.staged.hash,
    size: upload.staged.size,
    mime: FILE_TYPES[upload.type].mime,
    originalName: upload.originalName,
    createdAt: ctx.clock(),
    createdBy: actorId,
  };
  await upload.staged.keep(tx);
  await filesRepository.insert(tx, row);
  return row;
}

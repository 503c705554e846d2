import type {} from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { FILE_TYPES, type FileType } from '../../../../contracts/index.ts';
import type { Tx } from '../db/database.ts';
import { newId } from '../db/ids.ts';
import type { AppContext } from '../context.ts';
import { fileError } from './files.errors.ts';
import { filesRepository, type FileRow } from './files.repository.ts';
import { sniffType, typeOfName } from './sniff.ts';
import { TooLarge, type StagedFile } from './store.ts';

const FIELD = 'file';
const refuse = (code: 'FILE_TYPE_REFUSED' | 'FILE_TYPE_MISMATCH', detail: { zh: string; en: string }) => fileError(code, { [FIELD]: detail });

/** The multipart body's one file, staged and checked: within the size limit, of an accepted type, its bytes matching its name and declared type. */
export type Upload = { staged: StagedFile; type: FileType; originalName: string };

const isTooLarge = (error: unknown) => error instanceof TooLarge || (error as { code?: unknown }).code === 'FST_REQ_FILE_TOO_LARGE';

export async function receiveUpload(req: FastifyRequest, ctx: AppContext): Promise<Upload> {
  if (!req.isMultipart()) throw fileError('FILE_NOT_MULTIPART');
  // One byte past the limit reaches the store, which tells "exactly the limit" from "over it".
  const part = await req.file({ limits: { fileSize: ctx.config.uploadLimit + 1, files: 1, fields: 0 } });
  if (!part || part.fieldname !== FIELD) {
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
    if (isTooLarge(error)) throw fileError('FILE_TOO_LARGE', { [FIELD]: { zh: `不得超过 ${ctx.config.uploadLimit} 字节`, en: `at most ${ctx.config.uploadLimit} bytes` } });
    throw error;
  }
  try {
    if (staged.size === 0) throw fileError('FILE_REQUIRED', { [FIELD]: { zh: '文件为空', en: 'is empty' } });
    const type = sniffType(staged.head, staged.read);
    if (!type) throw refuse('FILE_TYPE_REFUSED', { zh: '不支持的文件类型', en: 'not an accepted file type' });
    const named = typeOfName(part.filename);
    const declared = part.mimetype;
    if (named !== type || (declared !== FILE_TYPES[type].mime && declared !== 'application/octet-stream')) {
      throw refuse('FILE_TYPE_MISMATCH', { zh: `内容为 ${type}，与文件名或声明类型不符`, en: `content is ${type}, which its name or declared type does not say` });
    }
    return { staged, type, originalName: cleanName(part.filename) };
  } catch (error) {
    await staged.discard();
    throw error;
  }
}

/** A name safe to store and show: no directories, no control characters, at most 200 characters. */
function cleanName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  return base.replace(/[\u0000-\u001f\u007f]/g, '').slice(-200) || 'file';
}

/**
 * Step of a write that attaches an upload: moves the content into the store (idempotent, by digest) and
 * records it in the files table inside the caller's transaction. Content kept for a transaction that then
 * rolls back stays unreferenced on disk; it is harmless and the same bytes reuse it.
 */
export async function keepUpload(ctx: AppContext, tx: Tx, upload: Upload, actorId: string): Promise<FileRow> {
  const row: FileRow = {
    id: newId(), hash: upload.staged.hash, size: upload.staged.size, mime: FILE_TYPES[upload.type].mime, originalName: upload.originalName,
    createdAt: ctx.clock(), createdBy: actorId,
  };
  await upload.staged.keep();
  await filesRepository.insert(tx, row);
  return row;
}

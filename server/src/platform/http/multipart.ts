import type { MultipartFile } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { AppError, platformError } from '../errors/errors.ts';
import { ILL_FORMED_TEXT, textProblem } from '../text/well-formed.ts';

/**
 * Reading a multipart body fails with the parser's own plain errors ("Boundary not found", "Unexpected end of
 * multipart data", a malformed part header): the sender's fault, so a 400 naming the file part; refusals of
 * our own and size limits pass through.
 */
export function multipartFailure(error: unknown): Error {
  if (error instanceof AppError) return error;
  if ((error as { statusCode?: unknown }).statusCode === 413) return error as Error;
  return platformError('MALFORMED_MULTIPART', {
    file: { zh: '上传内容不完整或格式错误', en: 'is incomplete or malformed' },
  });
}

export type FilePart = { part: MultipartFile; fieldName: string; fileName: string };

/**
 * The body's first file part, for the upload and import routes. A part header without `name` or `filename`
 * leaves it undefined, whatever the types say, so both come back as strings. Names decoded from
 * `filename*=utf-16le''…` or `%00` can hold a lone surrogate or NUL, which neither database stores as sent (see
 * well-formed.ts): refused before anything is read.
 */
export async function firstFilePart(
  req: FastifyRequest,
  limits: NonNullable<Parameters<FastifyRequest['file']>[0]>['limits'],
): Promise<FilePart | undefined> {
  const part = await req.file({ limits }).catch((error: unknown) => {
    throw multipartFailure(error);
  });
  if (!part) return undefined;
  const fieldName: string = part.fieldname ?? '';
  const fileName: string = part.filename ?? '';
  const problem = textProblem(fieldName) ?? textProblem(fileName);
  if (problem) {
    part.file.resume();
    throw platformError('VALIDATION_FAILED', { file: ILL_FORMED_TEXT[problem] });
  }
  return { part, fieldName, fileName };
}

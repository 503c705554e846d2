import { errorsFrom, type ErrorCatalog } from '../errors/errors.ts';

export type FileErrorCode =
  | 'FILE_REQUIRED'
  | 'FILE_TOO_LARGE'
  | 'FILE_TYPE_REFUSED'
  | 'FILE_TYPE_MISMATCH'
  | 'FILE_NOT_MULTIPART'
  | 'FILE_MISSING';

const FILE_ERRORS: ErrorCatalog<FileErrorCode> = {
  FILE_REQUIRED: {
    status: 400,
    message: { zh: '请选择要上传的文件', en: 'Choose a file to upload' },
  },
  FILE_TOO_LARGE: {
    status: 413,
    message: { zh: '文件超过大小上限', en: 'The file is over the size limit' },
  },
  FILE_TYPE_REFUSED: {
    status: 415,
    message: {
      zh: '仅接受 PDF、PNG、JPEG、WebP、xlsx 或 docx 文件',
      en: 'Only PDF, PNG, JPEG, WebP, xlsx or docx files are accepted',
    },
  },
  FILE_TYPE_MISMATCH: {
    status: 415,
    message: {
      zh: '文件内容与其类型或扩展名不符',
      en: "The file's content does not match its type or extension",
    },
  },
  FILE_MISSING: {
    status: 404,
    message: {
      zh: '文件已不在存储目录中，请联系管理员从备份恢复',
      en: 'The file is no longer in the store; ask an administrator to restore it from backup',
    },
  },
  FILE_NOT_MULTIPART: {
    status: 415,
    message: {
      zh: '请以 multipart/form-data 上传文件',
      en: 'Upload the file as multipart/form-data',
    },
  },
};

export const fileError = errorsFrom(FILE_ERRORS);

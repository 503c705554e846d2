import { errorsFrom, type ErrorCatalog } from '../../platform/errors/errors.ts';

export type AttachmentErrorCode = 'ATTACHMENT_ARCHIVED' | 'ATTACHMENT_FACILITY_ARCHIVED';

const ATTACHMENT_ERRORS: ErrorCatalog<AttachmentErrorCode> = {
  ATTACHMENT_ARCHIVED: {
    status: 422,
    message: { zh: '该附件已归档', en: 'This attachment is archived' },
  },
  ATTACHMENT_FACILITY_ARCHIVED: {
    status: 422,
    message: {
      zh: '该设施已归档，不能再添加附件',
      en: 'The facility is archived; nothing more can be attached',
    },
  },
};

export const attachmentError = errorsFrom(ATTACHMENT_ERRORS);

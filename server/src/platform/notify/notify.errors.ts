import { errorsFrom, type ErrorCatalog } from '../errors/errors.ts';

export type NotifyErrorCode = 'MAIL_NOT_FOUND' | 'MAIL_NOT_FAILED' | 'MAIL_NO_ADDRESS';

const NOTIFY_ERRORS: ErrorCatalog<NotifyErrorCode> = {
  MAIL_NOT_FOUND: { status: 404, message: { zh: '邮件不存在', en: 'No such mail' } },
  MAIL_NOT_FAILED: {
    status: 409,
    message: {
      zh: '只有发送失败的邮件可以重新发送',
      en: 'Only a mail that failed can be sent again',
    },
  },
  MAIL_NO_ADDRESS: {
    status: 422,
    message: {
      zh: '请先在通知设置中填写邮箱地址',
      en: 'Set an e-mail address in the notification settings first',
    },
  },
};

export const notifyError = errorsFrom(NOTIFY_ERRORS);

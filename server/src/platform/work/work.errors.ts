import { errorsFrom, type ErrorCatalog } from '../errors/errors.ts';

export type WorkErrorCode = 'TASK_UNIT_UNKNOWN' | 'TASK_ASSIGNEE_OUT_OF_SCOPE';

const WORK_ERRORS: ErrorCatalog<WorkErrorCode> = {
  TASK_UNIT_UNKNOWN: {
    status: 422,
    message: { zh: '待办事项所属单位不存在', en: 'The task names an unknown org unit' },
  },
  TASK_ASSIGNEE_OUT_OF_SCOPE: {
    status: 422,
    message: {
      zh: '该账号无权办理此记录，不能为其创建待办',
      en: 'That account cannot act on the record, so the task cannot be given to it',
    },
  },
};

export const workError = errorsFrom(WORK_ERRORS);

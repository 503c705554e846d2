import { errorsFrom, type ErrorCatalog } from '../../platform/errors/errors.ts';

export type ProjectErrorCode =
  | 'PROJECT_ARCHIVED'
  | 'PROJECT_NOT_ARCHIVED'
  | 'PROJECT_PORT_ARCHIVED'
  | 'PROJECT_CATEGORY_UNKNOWN'
  | 'PROJECT_PLACE_KIND'
  | 'GATE_OUT_OF_ORDER'
  | 'GATE_ALREADY_SIGNED'
  | 'GATE_NOT_DONE'
  | 'PROJECT_FACILITIES_MISSING';

const PROJECT_ERRORS: ErrorCatalog<ProjectErrorCode> = {
  PROJECT_ARCHIVED: {
    status: 422,
    message: { zh: '该项目已归档', en: 'This project is archived' },
  },
  PROJECT_NOT_ARCHIVED: {
    status: 422,
    message: { zh: '该项目未归档', en: 'This project is not archived' },
  },
  PROJECT_PORT_ARCHIVED: {
    status: 422,
    message: { zh: '所选口岸已归档', en: 'The chosen port is archived' },
  },
  PROJECT_CATEGORY_UNKNOWN: { status: 422, message: { zh: '类别不存在', en: 'Unknown category' } },
  PROJECT_PLACE_KIND: {
    status: 422,
    message: {
      zh: '只有指定监管场地可以新增指定监管场地功能',
      en: 'Only a designated supervision site can add a designated function',
    },
  },
  GATE_OUT_OF_ORDER: {
    status: 422,
    message: { zh: '请先签署前一环节', en: 'Sign the previous gate first' },
  },
  GATE_ALREADY_SIGNED: {
    status: 409,
    message: { zh: '该环节已签署', en: 'This gate is already signed' },
  },
  GATE_NOT_DONE: {
    status: 422,
    message: { zh: '请先填写该环节的实际完成日期', en: 'Record the gate’s actual date first' },
  },
  PROJECT_FACILITIES_MISSING: {
    status: 422,
    message: {
      zh: '口岸缺少所需设施，不能签署验收',
      en: 'The port lacks required facilities; acceptance cannot be signed',
    },
  },
};

export const projectError = errorsFrom(PROJECT_ERRORS);

import { errorsFrom, type ErrorCatalog } from '../../platform/errors/errors.ts';

export type PortErrorCode =
  | 'PORT_BRANCH_INVALID'
  | 'PORT_REGION_UNKNOWN'
  | 'PORT_ARCHIVED'
  | 'PORT_NOT_ARCHIVED'
  | 'PORT_STATUS_UNCHANGED'
  | 'CATEGORY_UNKNOWN'
  | 'CATEGORY_CODE_TAKEN'
  | 'DESIGNATION_EXISTS'
  | 'DESIGNATION_PLACE_KIND'
  | 'PLACE_KIND_HAS_DESIGNATIONS'
  | 'DESIGNATION_TRANSITION_INVALID'
  | 'TRAFFIC_UNIT_MISFIT'
  | 'TRAFFIC_EXISTS';

const PORT_ERRORS: ErrorCatalog<PortErrorCode> = {
  PORT_BRANCH_INVALID: {
    status: 422,
    message: { zh: '口岸须隶属于一个在用的隶属海关', en: 'A port belongs to an active branch' },
  },
  PORT_REGION_UNKNOWN: {
    status: 400,
    message: { zh: '行政区划代码不存在', en: 'Unknown administrative division code' },
  },
  PORT_ARCHIVED: { status: 422, message: { zh: '该口岸已归档', en: 'This port is archived' } },
  PORT_NOT_ARCHIVED: {
    status: 422,
    message: { zh: '该口岸未归档', en: 'This port is not archived' },
  },
  PORT_STATUS_UNCHANGED: {
    status: 422,
    message: { zh: '口岸已处于该状态', en: 'The port already has this status' },
  },
  CATEGORY_UNKNOWN: {
    status: 422,
    message: { zh: '指定监管场地类别不存在', en: 'Unknown designated site category' },
  },
  CATEGORY_CODE_TAKEN: {
    status: 409,
    message: { zh: '该类别代码已存在', en: 'That category code is already in use' },
  },
  DESIGNATION_EXISTS: {
    status: 409,
    message: {
      zh: '该口岸已有此类别的指定记录，请变更其状态',
      en: 'This port already has a designation for that category; change its status instead',
    },
  },
  DESIGNATION_PLACE_KIND: {
    status: 422,
    message: {
      zh: '只有指定监管场地（及进境动物隔离检疫场）可以登记指定类别；监管作业场所和其他集中作业场地不是指定监管场地',
      en: 'Only designated supervision sites (and animal isolation stations) take designations; workplaces and other centralised sites are not designated sites',
    },
  },
  PLACE_KIND_HAS_DESIGNATIONS: {
    status: 422,
    message: {
      zh: '该场地仍有有效的指定类别，先撤销这些指定，再改为不接受指定的场所类型',
      en: 'This place still has designations in force; withdraw them before changing it to a kind that takes none',
    },
  },
  DESIGNATION_TRANSITION_INVALID: {
    status: 422,
    message: { zh: '指定状态不能这样变更', en: 'The designation cannot move to that status' },
  },
  TRAFFIC_UNIT_MISFIT: {
    status: 422,
    message: { zh: '计量单位与该类别不符', en: 'That unit does not fit the category' },
  },
  TRAFFIC_EXISTS: {
    status: 409,
    message: {
      zh: '该期间已有业务量记录，请修改原记录',
      en: 'A figure for that period exists already; edit it instead',
    },
  },
};

export const portError = errorsFrom(PORT_ERRORS);

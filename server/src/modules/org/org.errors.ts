import { errorsFrom, type ErrorCatalog } from '../../platform/errors/errors.ts';

export type OrgErrorCode =
  | 'ORG_CODE_TAKEN'
  | 'ORG_PARENT_KIND_INVALID'
  | 'ORG_MOVE_INTO_OWN_SUBTREE'
  | 'ORG_HAS_ACTIVE_CHILDREN'
  | 'ORG_HAS_ACTIVE_USERS'
  | 'ORG_HOLDS_ADMIN_GRANTS'
  | 'ORG_ARCHIVED'
  | 'ORG_PARENT_ARCHIVED'
  | 'ORG_NOT_ARCHIVED';

const ORG_ERRORS: ErrorCatalog<OrgErrorCode> = {
  ORG_CODE_TAKEN: {
    status: 409,
    message: { zh: '该代码已被使用', en: 'That code is already in use' },
  },
  ORG_PARENT_KIND_INVALID: {
    status: 422,
    message: {
      zh: '该类型的机构不能放在所选上级之下',
      en: 'A unit of this kind cannot sit under the chosen parent',
    },
  },
  ORG_MOVE_INTO_OWN_SUBTREE: {
    status: 422,
    message: {
      zh: '不能移动到自身或下级机构之下',
      en: 'A unit cannot move under itself or its own descendants',
    },
  },
  ORG_HAS_ACTIVE_CHILDREN: {
    status: 422,
    message: { zh: '请先归档或移走其下级机构', en: 'Archive or move its child units first' },
  },
  ORG_HOLDS_ADMIN_GRANTS: {
    status: 422,
    message: {
      zh: '三员分立：该机构持有管理员角色授权，不能归档',
      en: 'Separation of duties: administrator roles are granted at this unit; it cannot be archived',
    },
  },
  ORG_HAS_ACTIVE_USERS: {
    status: 422,
    message: {
      zh: '该机构仍有在用账号，请先调整',
      en: 'Active accounts still belong to this unit; move them first',
    },
  },
  ORG_ARCHIVED: { status: 422, message: { zh: '该机构已归档', en: 'This unit is archived' } },
  ORG_PARENT_ARCHIVED: {
    status: 422,
    message: { zh: '上级机构已归档', en: 'The parent unit is archived' },
  },
  ORG_NOT_ARCHIVED: {
    status: 422,
    message: { zh: '该机构未归档', en: 'This unit is not archived' },
  },
};

export const orgError = errorsFrom(ORG_ERRORS);

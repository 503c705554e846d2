import { errorsFrom, type ErrorCatalog } from '../../platform/errors/errors.ts';

export type UserErrorCode =
  | 'USERNAME_TAKEN'
  | 'ADMIN_ROLE_EXCLUSIVE'
  | 'ADMIN_DOES_NO_BUSINESS'
  | 'ADMIN_ROLE_BY_SECURITY_ADMIN'
  | 'ADMIN_ACCOUNT_PROTECTED'
  | 'LAST_ADMIN_HOLDER'
  | 'GRANT_EXISTS'
  | 'GRANT_ALREADY_REVOKED'
  | 'SELF_CHANGE_REFUSED'
  | 'ORG_UNIT_ARCHIVED'
  | 'USER_ARCHIVED';

const USER_ERRORS: ErrorCatalog<UserErrorCode> = {
  USERNAME_TAKEN: { status: 409, message: { zh: '用户名已被使用', en: 'That username is taken' } },
  ADMIN_ROLE_EXCLUSIVE: {
    status: 422,
    message: {
      zh: '三员分立：一个账号只能担任系统管理员、安全管理员、安全审计员中的一个，且不兼任其他角色',
      en: 'Separation of duties: an account holds at most one of the three administrator roles, and no other role with it',
    },
  },
  ADMIN_DOES_NO_BUSINESS: {
    status: 422,
    message: {
      zh: '三员分立：管理员账号不能承担业务角色',
      en: 'Separation of duties: an administrator account takes no business role',
    },
  },
  ADMIN_ROLE_BY_SECURITY_ADMIN: {
    status: 422,
    message: {
      zh: '管理员角色只能由安全管理员授予',
      en: 'Administrator roles are granted by the security administrator only',
    },
  },
  ADMIN_ACCOUNT_PROTECTED: {
    status: 422,
    message: {
      zh: '管理员账号只能由本人或通过服务器命令行维护',
      en: 'Administrator accounts are maintained by their holder or from the server command line',
    },
  },
  LAST_ADMIN_HOLDER: {
    status: 422,
    message: {
      zh: '三员分立：这是该管理员角色唯一的在岗人员，须先为他人授予此角色',
      en: 'Separation of duties: this is the only active holder of the administrator role; grant it to someone else first',
    },
  },
  GRANT_EXISTS: {
    status: 409,
    message: {
      zh: '该账号已在该机构拥有此角色',
      en: 'The account already holds this role at this unit',
    },
  },
  GRANT_ALREADY_REVOKED: {
    status: 409,
    message: { zh: '该授权已撤销', en: 'This grant is already revoked' },
  },
  SELF_CHANGE_REFUSED: {
    status: 422,
    message: { zh: '不能对自己的账号执行此操作', en: 'You cannot do this to your own account' },
  },
  ORG_UNIT_ARCHIVED: {
    status: 422,
    message: { zh: '所选机构已归档', en: 'The chosen org unit is archived' },
  },
  USER_ARCHIVED: { status: 422, message: { zh: '该账号已归档', en: 'This account is archived' } },
};

export const userError = errorsFrom(USER_ERRORS);

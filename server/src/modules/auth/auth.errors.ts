import { errorsFrom, type ErrorCatalog } from '../../platform/errors/errors.ts';

export type AuthErrorCode =
  | 'INVALID_CREDENTIALS'
  | 'ADDRESS_THROTTLED'
  | 'MFA_REQUIRED'
  | 'ADMIN_NETWORK_REQUIRED'
  | 'WRONG_CURRENT_PASSWORD'
  | 'PASSWORD_REUSED'
  | 'MFA_NOT_PENDING'
  | 'MFA_CODE_INVALID'
  | 'MFA_MANDATORY'
  | 'MFA_NOT_ENABLED';

const AUTH_ERRORS: ErrorCatalog<AuthErrorCode> = {
  // One answer for an unknown account, a wrong password and a locked account: none of them tells which.
  INVALID_CREDENTIALS: {
    status: 401,
    message: {
      zh: '用户名或密码错误；连续多次失败后账号将被临时锁定',
      en: 'Wrong username or password; repeated failures lock the account for a while',
    },
  },
  ADDRESS_THROTTLED: {
    status: 429,
    message: {
      zh: '该地址登录失败次数过多，请稍后再试',
      en: 'Too many failed logins from this address; try again later',
    },
  },
  MFA_REQUIRED: {
    status: 401,
    message: { zh: '请输入动态口令', en: 'Enter your authenticator code' },
  },
  ADMIN_NETWORK_REQUIRED: {
    status: 403,
    message: {
      zh: '管理员账号只能从管理网络登录',
      en: 'Administrator accounts may only sign in from the management network',
    },
  },
  WRONG_CURRENT_PASSWORD: {
    status: 422,
    message: { zh: '当前密码不正确', en: 'The current password is wrong' },
  },
  PASSWORD_REUSED: {
    status: 422,
    message: {
      zh: '不能使用最近 5 次用过的密码',
      en: 'You may not reuse any of your last 5 passwords',
    },
  },
  MFA_NOT_PENDING: {
    status: 409,
    message: { zh: '请先开始绑定动态口令', en: 'Start the authenticator set-up first' },
  },
  MFA_CODE_INVALID: {
    status: 422,
    message: { zh: '动态口令不正确', en: 'That code is not right' },
  },
  MFA_MANDATORY: {
    status: 422,
    message: {
      zh: '您的账号必须启用双因素认证',
      en: 'Two-factor authentication is mandatory for your account',
    },
  },
  MFA_NOT_ENABLED: {
    status: 409,
    message: { zh: '尚未启用双因素认证', en: 'Two-factor authentication is not enabled' },
  },
};

export const authError = errorsFrom(AUTH_ERRORS);

import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';

import {
  ROLE_LABELS,
  USER_STATUS_LABELS,
  grantCreateSchema,
  grantRevokeSchema,
  idParamsSchema,
  pageOf,
  resetPasswordSchema,
  userCreateSchema,
  userListQuerySchema,
  userSchema,
  userStatusChangeSchema,
  userUpdateSchema,
  versionBodySchema,
} from '../../../../contracts/index.ts';
import { errorResponses } from '../../platform/http/responses.ts';
import { access, actorOf } from '../../platform/http/access.ts';
import { sendWorkbook } from '../../platform/http/excel.ts';
import { pickLang } from '../../platform/i18n/lang.ts';
import { localDateTime } from '../../platform/i18n/time.ts';
import { usersService } from './users.service.ts';

const errors = errorResponses;
const tags = ['users'];

export const userRoutes: FastifyPluginAsync = async (base) => {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const ctx = app.ctx;

  app.get(
    '/users',
    {
      config: { access: access.permission('user.read') },
      schema: {
        tags,
        summary: 'Accounts in your scope',
        querystring: userListQuerySchema,
        response: { 200: pageOf(userSchema), ...errors },
      },
    },
    async (req) => usersService.list(ctx, actorOf(req), req.query),
  );

  app.get(
    '/users/export',
    {
      config: { access: access.permission('user.read') },
      schema: {
        tags,
        summary: 'The filtered account list as an Excel workbook',
        querystring: userListQuerySchema.omit({ page: true, pageSize: true }),
      },
    },
    async (req, reply) => {
      const lang = pickLang(req.headers['accept-language']);
      const items = await usersService.listAll(ctx, actorOf(req), req.query);
      return sendWorkbook(
        reply,
        'users',
        lang === 'en' ? 'Accounts' : '账号',
        [
          { header: { zh: '用户名', en: 'Username' }, value: (u) => u.username },
          { header: { zh: '姓名', en: 'Name' }, value: (u) => u.displayName },
          {
            header: { zh: '所属机构', en: 'Org unit' },
            width: 30,
            value: (u) => (lang === 'en' ? u.orgUnitNameEn : u.orgUnitNameZh),
          },
          {
            header: { zh: '角色', en: 'Roles' },
            width: 40,
            value: (u) =>
              u.roles.map((r) => `${ROLE_LABELS[r.role][lang]}@${r.orgUnitCode}`).join('; '),
          },
          {
            header: { zh: '状态', en: 'Status' },
            value: (u) => USER_STATUS_LABELS[u.status][lang],
          },
          { header: { zh: '双因素', en: 'Two-factor' }, value: (u) => (u.mfaEnabled ? '✓' : '') },
          {
            header: { zh: '最近登录', en: 'Last login' },
            width: 24,
            value: (u) => (u.lastLoginAt ? localDateTime(u.lastLoginAt, ctx.config.timeZone) : ''),
          },
        ],
        items,
        lang,
      );
    },
  );

  app.get(
    '/users/:id',
    {
      config: { access: access.permission('user.read') },
      schema: {
        tags,
        summary: 'One account',
        params: idParamsSchema,
        response: { 200: userSchema, ...errors },
      },
    },
    async (req) => usersService.get(ctx, actorOf(req), req.params.id),
  );

  app.post(
    '/users',
    {
      config: { access: access.permission('user.write') },
      schema: {
        tags,
        summary: 'Create an account (it must change its password at first login)',
        body: userCreateSchema,
        response: { 201: userSchema, ...errors },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await usersService.create(ctx, actorOf(req), req.body)),
  );

  app.put(
    '/users/:id',
    {
      config: { access: access.permission('user.write') },
      schema: {
        tags,
        summary: 'Change name or home unit',
        params: idParamsSchema,
        body: userUpdateSchema,
        response: { 200: userSchema, ...errors },
      },
    },
    async (req) => usersService.update(ctx, actorOf(req), req.params.id, req.body),
  );

  app.post(
    '/users/:id/status',
    {
      config: { access: access.permission('user.write') },
      schema: {
        tags,
        summary: 'Enable, disable or archive an account, with a reason',
        params: idParamsSchema,
        body: userStatusChangeSchema,
        response: { 200: userSchema, ...errors },
      },
    },
    async (req) => usersService.changeStatus(ctx, actorOf(req), req.params.id, req.body),
  );

  app.post(
    '/users/:id/password',
    {
      config: { access: access.permission('user.write') },
      schema: {
        tags,
        summary: 'Set a temporary password; the holder must change it at next login',
        params: idParamsSchema,
        body: resetPasswordSchema,
        response: { 200: userSchema, ...errors },
      },
    },
    async (req) => usersService.resetPassword(ctx, actorOf(req), req.params.id, req.body),
  );

  app.post(
    '/users/:id/unlock',
    {
      config: { access: access.permission('user.write') },
      schema: {
        tags,
        summary: 'Lift a lockout after failed logins',
        params: idParamsSchema,
        body: versionBodySchema,
        response: { 200: userSchema, ...errors },
      },
    },
    async (req) => usersService.unlock(ctx, actorOf(req), req.params.id, req.body.version),
  );

  app.post(
    '/users/:id/mfa-reset',
    {
      config: { access: access.permission('user.write') },
      schema: {
        tags,
        summary: 'Remove a lost authenticator so the holder enrols again',
        params: idParamsSchema,
        body: versionBodySchema,
        response: { 200: userSchema, ...errors },
      },
    },
    async (req) => usersService.resetMfa(ctx, actorOf(req), req.params.id, req.body.version),
  );

  app.post(
    '/grants',
    {
      config: { access: access.permission('grant.write') },
      schema: {
        tags: ['grants'],
        summary: 'Grant a role at an org unit (reaches its subtree)',
        body: grantCreateSchema,
        response: { 201: userSchema, ...errors },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await usersService.grant(ctx, actorOf(req), req.body)),
  );

  app.post(
    '/grants/:id/revoke',
    {
      config: { access: access.permission('grant.write') },
      schema: {
        tags: ['grants'],
        summary: 'Revoke a grant, with a reason',
        params: idParamsSchema,
        body: grantRevokeSchema,
        response: { 200: userSchema, ...errors },
      },
    },
    async (req) => usersService.revokeGrant(ctx, actorOf(req), req.params.id, req.body.reason),
  );
};

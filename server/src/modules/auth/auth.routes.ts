import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  changePasswordSchema,
  loginSchema,
  meSchema,
  mfaConfirmSchema,
  mfaDisableSchema,
  mfaEnrolmentSchema,
  okSchema,
  recoveryCodesSchema,
} from '../../../../contracts/index.ts';
import { authErrorResponses } from '../../platform/http/responses.ts';
import { access, actorOf, sessionOf, SESSION_COOKIE } from '../../platform/http/access.ts';
import { DEVICE_COOKIE, DEVICE_COOKIE_MAX_AGE_SECONDS } from '../../platform/auth/device-token.ts';
import { authService } from './auth.service.ts';

const errors = authErrorResponses;
const tags = ['auth'];

export const authRoutes: FastifyPluginAsync = async (base) => {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const ctx = app.ctx;
  const setCookie = (reply: FastifyReply, token: string) =>
    reply.setCookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'strict',
      secure: ctx.config.tls,
      path: '/',
    });

  app.post(
    '/auth/login',
    {
      config: { access: access.public() },
      schema: {
        tags,
        summary: 'Sign in with username, password and, when enrolled, a second factor',
        body: loginSchema,
        response: { 200: meSchema, ...errors },
      },
    },
    async (req, reply) => {
      const result = await authService.login(ctx, req.body, {
        address: req.ip,
        userAgent: req.headers['user-agent'] ?? null,
        previousToken: req.cookies[SESSION_COOKIE],
        deviceCookie: req.cookies[DEVICE_COOKIE],
      });
      setCookie(reply, result.token);
      void reply.setCookie(DEVICE_COOKIE, result.deviceCookie, {
        httpOnly: true,
        sameSite: 'strict',
        secure: ctx.config.tls,
        path: '/api/v1/auth/login',
        maxAge: DEVICE_COOKIE_MAX_AGE_SECONDS,
      });
      return result.me;
    },
  );

  app.get(
    '/auth/me',
    {
      config: { access: access.signedIn({ whilePending: true }) },
      schema: {
        tags,
        summary: 'The signed-in user, roles, scopes, permissions and CSRF token',
        response: { 200: meSchema, ...errors },
      },
    },
    async (req) => authService.me(ctx, actorOf(req), sessionOf(req)),
  );

  app.post(
    '/auth/logout',
    {
      config: { access: access.signedIn({ whilePending: true }) },
      schema: { tags, summary: 'End this session', response: { 200: okSchema, ...errors } },
    },
    async (req, reply) => {
      await authService.logout(ctx, actorOf(req));
      void reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true as const };
    },
  );

  app.post(
    '/auth/logout-everywhere',
    {
      config: { access: access.signedIn({ whilePending: true }) },
      schema: {
        tags,
        summary: 'End every session of this account',
        response: {
          200: z.object({ ok: z.literal(true), sessionsEnded: z.number().int() }),
          ...errors,
        },
      },
    },
    async (req, reply) => {
      const sessionsEnded = await authService.logoutEverywhere(ctx, actorOf(req));
      void reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true as const, sessionsEnded };
    },
  );

  app.post(
    '/auth/password',
    {
      config: { access: access.signedIn({ whilePending: true }) },
      schema: {
        tags,
        summary: 'Change your password',
        body: changePasswordSchema,
        response: { 200: okSchema, ...errors },
      },
    },
    async (req) => {
      await authService.changePassword(
        ctx,
        actorOf(req),
        req.body.currentPassword,
        req.body.newPassword,
      );
      return { ok: true as const };
    },
  );

  app.post(
    '/auth/mfa/enrol',
    {
      config: { access: access.signedIn({ whilePending: true }) },
      schema: {
        tags,
        summary: 'Start authenticator enrolment: a new secret and its QR code',
        response: { 200: mfaEnrolmentSchema, ...errors },
      },
    },
    async (req) => authService.startMfaEnrolment(ctx, actorOf(req)),
  );

  app.post(
    '/auth/mfa/confirm',
    {
      config: { access: access.signedIn({ whilePending: true }) },
      schema: {
        tags,
        summary: 'Finish enrolment with a code from the app; returns one-time recovery codes',
        body: mfaConfirmSchema,
        response: { 200: recoveryCodesSchema, ...errors },
      },
    },
    async (req) => authService.confirmMfa(ctx, actorOf(req), req.body.otp),
  );

  app.post(
    '/auth/mfa/recovery-codes',
    {
      config: { access: access.signedIn() },
      schema: {
        tags,
        summary: 'Replace the recovery codes',
        body: mfaDisableSchema,
        response: { 200: recoveryCodesSchema, ...errors },
      },
    },
    async (req) => authService.regenerateRecoveryCodes(ctx, actorOf(req), req.body.password),
  );

  app.post(
    '/auth/mfa/disable',
    {
      config: { access: access.signedIn() },
      schema: {
        tags,
        summary: 'Turn off the second factor where policy allows',
        body: mfaDisableSchema,
        response: { 200: okSchema, ...errors },
      },
    },
    async (req) => {
      await authService.disableMfa(ctx, actorOf(req), req.body.password);
      return { ok: true as const };
    },
  );
};

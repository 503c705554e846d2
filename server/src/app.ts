import fs from 'node:fs';
import path from 'node:path';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, serializerCompiler } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { z } from 'zod';
import type { AppContext } from './platform/context.ts';
import { newId } from './platform/db/ids.ts';
import { access, createAccessHook, type RouteAccess } from './platform/http/access.ts';
import { errorHandler } from './platform/http/error-handler.ts';
import { validatorCompiler } from './platform/http/validator.ts';
import { installJsonParser, rejectIllFormedText } from './platform/http/text-guard.ts';
import { registerMetrics } from './platform/http/observability.ts';
import { securityHeaders } from './platform/http/security-headers.ts';
import { platformError } from './platform/errors/errors.ts';
import { authRoutes } from './modules/auth/auth.routes.ts';
import { orgRoutes } from './modules/org/org.routes.ts';
import { userRoutes } from './modules/users/users.routes.ts';
import { securityRoutes } from './modules/security/security.routes.ts';
import { auditRoutes } from './modules/audit/audit.routes.ts';
import { homeRoutes } from './modules/home/home.routes.ts';
import { portRoutes } from './modules/ports/ports.routes.ts';
import { facilityRoutes } from './modules/facilities/facilities.routes.ts';
import { projectRoutes } from './modules/projects/projects.routes.ts';
import { attachmentRoutes } from './modules/attachments/attachments.routes.ts';
import { standardsRoutes } from './modules/standards/standards.routes.ts';
import { workRoutes } from './modules/work/work.routes.ts';
import { notificationRoutes } from './modules/notifications/notifications.routes.ts';
import { followRegisterChanges } from './modules/standards/assessment-refresh.service.ts';

const NO_FIELDS = z.strictObject({});

const trustHops = (hops: number) => (_address: string, hop: number) => hop < hops;

export type RouteEntry = { method: string; url: string; access: RouteAccess };

export type BuildOptions = {
  logger?: FastifyServerOptions['logger'];
  /** Directory of the built web app; served with an SPA fallback when it exists. */
  webDir?: string | null;
};

declare module 'fastify' {
  interface FastifyInstance {
    ctx: AppContext;
    routeTable: RouteEntry[];
  }
}

/** Builds the whole HTTP application on a context; tests call this with their own database. */
export async function buildApp(
  ctx: AppContext,
  options: BuildOptions = {},
): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w.-]{1,64}$/.test(given) ? given : newId();
    },
    bodyLimit: ctx.config.bodyLimit,
    // A hop count trusts that many proxies nearest the server (hop 0 is the socket's peer), as proxy-addr counts.
    trustProxy:
      typeof ctx.config.trustProxy === 'number'
        ? trustHops(ctx.config.trustProxy)
        : ctx.config.trustProxy,
    return503OnClosing: true,
    // A URL that does not decode (bad percent-encoding) answers in the product's error shape, not Fastify's.
    frameworkErrors: (_error, req, reply) => {
      void errorHandler(
        platformError('VALIDATION_FAILED', {
          url: { zh: '地址编码无效', en: 'is not a validly encoded address' },
        }),
        req,
        reply,
      );
    },
    forceCloseConnections: 'idle',
    routerOptions: { ignoreTrailingSlash: true },
  });
  app.decorate('ctx', ctx);
  app.decorate('routeTable', [] as RouteEntry[]);
  app.decorateRequest('actor', null);
  app.decorateRequest('session', null);
  app.setValidatorCompiler(validatorCompiler);
  // Presenters decide what leaves the server; checking each answer against its schema again costs a tenth
  // of a millisecond per list page, so only the test suite does it.
  app.setSerializerCompiler(
    ctx.config.validateResponses ? serializerCompiler : () => (data) => JSON.stringify(data),
  );
  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler((req) => {
    throw platformError(req.url.startsWith('/api/') ? 'ROUTE_NOT_FOUND' : 'NOT_FOUND');
  });
  // Writes are JSON only: without a text/plain parser, anything else answers 415.
  app.removeContentTypeParser('text/plain');
  installJsonParser(app);
  const headers = securityHeaders(ctx.config.tls);
  // While shutting down, answers to in-flight requests close their connection, so keep-alive clients
  // do not hold the process open once the work is done.
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', async (req, reply) => {
    void reply.headers(headers);
    if (closing) void reply.header('connection', 'close');
    void reply.header('x-request-id', req.id);
    if (req.url.startsWith('/api/')) void reply.header('cache-control', 'no-store');
  });

  const checkAccess = createAccessHook(ctx);
  app.addHook('onRoute', (route) => {
    const isDocs = route.url.startsWith('/api/docs');
    const isWeb = route.url === '/*' || route.url.startsWith('/assets');
    if (isDocs || isWeb) {
      route.config = { ...(route.config ?? {}), access: access.public() };
    }
    const rule = route.config?.access;
    if (!rule)
      throw new Error(`route ${String(route.method)} ${route.url} declares no access rule`);
    const existing = route.preValidation ? [route.preValidation].flat() : [];
    route.preValidation = [checkAccess, rejectIllFormedText, ...existing];
    if (!isDocs && !isWeb) {
      // A route that declares no query or body accepts none: unknown fields are refused by name, not ignored.
      // (Fastify hands a missing body to the validator as null.)
      const writes = [route.method]
        .flat()
        .some((m) => m === 'POST' || m === 'PUT' || m === 'PATCH');
      route.schema = {
        ...route.schema,
        querystring: route.schema?.querystring ?? NO_FIELDS,
        ...(writes && !route.schema?.body ? { body: NO_FIELDS.nullable() } : {}),
      };
    }
    if (!isDocs && !isWeb && route.method !== 'HEAD') {
      for (const method of [route.method].flat())
        app.routeTable.push({ method, url: route.url, access: rule });
    }
  });

  await app.register(cookie);
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Guomen 国门 API',
        version: '1',
        description: 'Port animal and plant quarantine standardisation and early warning.',
      },
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'guomen_sid' } },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  const metrics = registerMetrics(app);
  app.get(
    '/healthz',
    { config: { access: access.public() }, schema: { hide: true } },
    async () => ({ status: 'ok' }),
  );
  app.get(
    '/readyz',
    { config: { access: access.public() }, schema: { hide: true } },
    async (_req, reply) => {
      try {
        await sql`select 1`.execute(ctx.db);
        return { status: 'ready' };
      } catch {
        return reply.status(503).send({ status: 'database unavailable' });
      }
    },
  );
  app.get(
    '/metrics',
    { config: { access: access.metricsNetwork() }, schema: { hide: true } },
    async (_req, reply) => {
      void reply.header('content-type', metrics.contentType);
      return metrics.metrics();
    },
  );
  app.get(
    '/api/openapi.json',
    { config: { access: access.public() }, schema: { hide: true } },
    async () => app.swagger(),
  );

  await app.register(
    async (api) => {
      await api.register(authRoutes);
      await api.register(orgRoutes);
      await api.register(userRoutes);
      await api.register(securityRoutes);
      await api.register(auditRoutes);
      await api.register(homeRoutes);
      await api.register(portRoutes);
      await api.register(facilityRoutes);
      await api.register(projectRoutes);
      await api.register(attachmentRoutes);
      await api.register(standardsRoutes);
      await api.register(workRoutes);
      await api.register(notificationRoutes);
    },
    { prefix: '/api/v1' },
  );
  // The registers that ports and facilities write are standards facts: open assessments follow them.
  followRegisterChanges(ctx, app.log);

  const webDir = options.webDir;
  if (webDir && fs.existsSync(path.join(webDir, 'index.html'))) {
    await app.register(fastifyStatic, { root: path.resolve(webDir), serve: false });
    app.get('/*', { config: { access: access.public() }, schema: { hide: true } }, (req, reply) => {
      if (req.url.startsWith('/api/')) throw platformError('ROUTE_NOT_FOUND');
      const file = req.url.split('?')[0] ?? '/';
      if (file !== '/' && fs.existsSync(path.join(webDir, file)) && !file.includes('..'))
        return reply.sendFile(file.slice(1));
      return reply.sendFile('index.html');
    });
  }
  return app;
}

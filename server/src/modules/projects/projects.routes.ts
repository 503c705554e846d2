import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  idParamsSchema,
  pageOf,
  projectArchiveSchema,
  projectCreateSchema,
  projectGateParamsSchema,
  projectGateSignSchema,
  projectGateUpdateSchema,
  projectListQuerySchema,
  projectSchema,
  versionBodySchema,
} from '../../../../contracts/index.ts';
import { errorResponses as errors } from '../../platform/http/responses.ts';
import { access, actorOf } from '../../platform/http/access.ts';
import { projectsService } from './projects.service.ts';

const tags = ['projects'];

export const projectRoutes: FastifyPluginAsync = async (base) => {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const ctx = app.ctx;

  app.get(
    '/projects',
    {
      config: { access: access.permission('project.read') },
      schema: {
        tags,
        summary: 'New-port and new-function projects in your scope',
        querystring: projectListQuerySchema,
        response: { 200: pageOf(projectSchema), ...errors },
      },
    },
    async (req) => projectsService.list(ctx, actorOf(req), req.query),
  );

  app.get(
    '/projects/:id',
    {
      config: { access: access.permission('project.read') },
      schema: {
        tags,
        summary: 'One project with its five gates',
        params: idParamsSchema,
        response: { 200: projectSchema, ...errors },
      },
    },
    async (req) => projectsService.get(ctx, actorOf(req), req.params.id),
  );

  app.post(
    '/projects',
    {
      config: { access: access.permission('project.write') },
      schema: {
        tags,
        summary: 'Start a project for a port',
        body: projectCreateSchema,
        response: { 201: projectSchema, ...errors },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await projectsService.create(ctx, actorOf(req), req.body)),
  );

  app.put(
    '/projects/:id/gates/:gate',
    {
      config: { access: access.permission('project.write') },
      schema: {
        tags,
        summary: "Record a gate's dates and documents",
        params: projectGateParamsSchema,
        body: projectGateUpdateSchema,
        response: { 200: projectSchema, ...errors },
      },
    },
    async (req) =>
      projectsService.updateGate(ctx, actorOf(req), req.params.id, req.params.gate, req.body),
  );

  app.post(
    '/projects/:id/gates/:gate/sign',
    {
      config: { access: access.permission('project.sign') },
      schema: {
        tags,
        summary: 'Sign off the current gate (FACILITY working group)',
        params: projectGateParamsSchema,
        body: projectGateSignSchema,
        response: { 200: projectSchema, ...errors },
      },
    },
    async (req) =>
      projectsService.signGate(ctx, actorOf(req), req.params.id, req.params.gate, req.body.version),
  );

  app.post(
    '/projects/:id/archive',
    {
      config: { access: access.permission('project.write') },
      schema: {
        tags,
        summary: 'Archive a project with a reason',
        params: idParamsSchema,
        body: projectArchiveSchema,
        response: { 200: projectSchema, ...errors },
      },
    },
    async (req) =>
      projectsService.archive(ctx, actorOf(req), req.params.id, req.body.version, req.body.reason),
  );

  app.post(
    '/projects/:id/restore',
    {
      config: { access: access.permission('project.write') },
      schema: {
        tags,
        summary: 'Bring an archived project back',
        params: idParamsSchema,
        body: versionBodySchema,
        response: { 200: projectSchema, ...errors },
      },
    },
    async (req) => projectsService.restore(ctx, actorOf(req), req.params.id, req.body.version),
  );
};

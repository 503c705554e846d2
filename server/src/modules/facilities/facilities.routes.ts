import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CERTIFICATION_STATE_LABELS,
  FACILITY_STATUS_LABELS,
  certificationCreateSchema,
  certificationSchema,
  expiringCertificationSchema,
  expiringQuerySchema,
  facilityArchiveSchema,
  facilityCreateSchema,
  facilityListQuerySchema,
  facilitySchema,
  facilityTypeCodeParamsSchema,
  facilityTypeCreateSchema,
  facilityTypeSchema,
  facilityTypeUpdateSchema,
  facilityUpdateSchema,
  facilityGapQuerySchema,
  facilityGapSchema,
  idParamsSchema,
  pageOf,
  versionBodySchema,
} from '../../../../contracts/index.ts';
import { errorResponses as errors } from '../../platform/http/responses.ts';
import { access, actorOf } from '../../platform/http/access.ts';
import { importRoutes } from '../../platform/http/import-routes.ts';
import { sendWorkbook } from '../../platform/http/excel.ts';
import { nameIn, pickLang, type Lang } from '../../platform/i18n/lang.ts';
import type { AppContext } from '../../platform/context.ts';
import type { Actor } from '../../platform/access/actor.ts';
import { facilityImport } from './facilities.import.ts';
import { facilitiesService } from './facilities.service.ts';
import { facilityGapsService } from './facilities.gaps.ts';
import { facilityTypesService } from './facility-types.service.ts';

const tags = ['facilities'];

/** Names for an export's cells in its language: records' names (Chinese where no English one) and facility types. */
async function exportNames(ctx: AppContext, actor: Actor, lang: Lang) {
  const named = (n: { nameZh: string; nameEn: string }) => nameIn(lang, n);
  const types = new Map(
    (await facilityTypesService.types(ctx, actor)).map((t) => [t.code, named(t)] as const),
  );
  return { named, typeName: (code: string) => types.get(code) ?? code };
}

export const facilityRoutes: FastifyPluginAsync = async (base) => {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const ctx = app.ctx;

  app.get(
    '/reference/facility-types',
    {
      config: { access: access.permission('facility.read') },
      schema: {
        tags,
        summary: 'The facility type catalog',
        response: { 200: z.array(facilityTypeSchema), ...errors },
      },
    },
    async (req) => facilityTypesService.types(ctx, actorOf(req)),
  );

  app.post(
    '/reference/facility-types',
    {
      config: { access: access.permission('reference.write') },
      schema: {
        tags,
        summary: 'Add a facility type',
        body: facilityTypeCreateSchema,
        response: { 201: facilityTypeSchema, ...errors },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await facilityTypesService.createType(ctx, actorOf(req), req.body)),
  );

  app.put(
    '/reference/facility-types/:code',
    {
      config: { access: access.permission('reference.write') },
      schema: {
        tags,
        summary: 'Edit a facility type with the version read',
        params: facilityTypeCodeParamsSchema,
        body: facilityTypeUpdateSchema,
        response: { 200: facilityTypeSchema, ...errors },
      },
    },
    async (req) => facilityTypesService.updateType(ctx, actorOf(req), req.params.code, req.body),
  );

  app.get(
    '/facilities',
    {
      config: { access: access.permission('facility.read') },
      schema: {
        tags,
        summary: 'The facility ledger in your scope, paginated and filtered',
        querystring: facilityListQuerySchema,
        response: { 200: pageOf(facilitySchema), ...errors },
      },
    },
    async (req) => facilitiesService.list(ctx, actorOf(req), req.query),
  );

  app.get(
    '/facilities/export',
    {
      config: { access: access.permission('facility.read') },
      schema: {
        tags,
        summary: 'The filtered ledger as an Excel workbook',
        querystring: facilityListQuerySchema.omit({ page: true, pageSize: true }),
      },
    },
    async (req, reply) => {
      const lang = pickLang(req.headers['accept-language']);
      const rows = await facilitiesService.listAll(ctx, actorOf(req), req.query);
      const { named, typeName } = await exportNames(ctx, actorOf(req), lang);
      return sendWorkbook(
        reply,
        'facilities',
        lang === 'en' ? 'Facilities' : '设施台账',
        [
          {
            header: { zh: '口岸', en: 'Port' },
            width: 24,
            value: (r) => named({ nameZh: r.portNameZh, nameEn: r.portNameEn }),
          },
          { header: { zh: '口岸代码', en: 'Port code' }, value: (r) => r.portCode },
          { header: { zh: '设施类型', en: 'Type' }, width: 24, value: (r) => typeName(r.typeCode) },
          { header: { zh: '设施类型代码', en: 'Type code' }, width: 24, value: (r) => r.typeCode },
          {
            header: { zh: '功能区', en: 'Functional area' },
            width: 28,
            value: (r) => r.functionalArea,
          },
          { header: { zh: '数量', en: 'Quantity' }, value: (r) => r.quantity },
          { header: { zh: '能力', en: 'Capacity' }, value: (r) => r.capacity },
          { header: { zh: '投用日期', en: 'Commissioned' }, value: (r) => r.commissionedDate },
          {
            header: { zh: '状态', en: 'Status' },
            value: (r) => FACILITY_STATUS_LABELS[r.status][lang],
          },
          {
            header: { zh: '认证到期', en: 'Certification expiry' },
            value: (r) => r.certificationExpiry,
          },
          {
            header: { zh: '认证状态', en: 'Certification' },
            value: (r) => CERTIFICATION_STATE_LABELS[r.certificationState][lang],
          },
        ],
        rows,
        lang,
      );
    },
  );

  app.get(
    '/facilities/gaps',
    {
      config: { access: access.permission('facility.read') },
      schema: {
        tags,
        summary: 'Ports lacking required facility types for their designated categories',
        querystring: facilityGapQuerySchema,
        response: { 200: z.array(facilityGapSchema), ...errors },
      },
    },
    async (req) => facilityGapsService.gaps(ctx, actorOf(req), req.query),
  );

  app.get(
    '/facilities/:id',
    {
      config: { access: access.permission('facility.read') },
      schema: {
        tags,
        summary: 'One facility',
        params: idParamsSchema,
        response: { 200: facilitySchema, ...errors },
      },
    },
    async (req) => facilitiesService.get(ctx, actorOf(req), req.params.id),
  );

  app.post(
    '/facilities',
    {
      config: { access: access.permission('facility.write') },
      schema: {
        tags,
        summary: 'Add a facility to a port',
        body: facilityCreateSchema,
        response: { 201: facilitySchema, ...errors },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await facilitiesService.create(ctx, actorOf(req), req.body)),
  );

  app.put(
    '/facilities/:id',
    {
      config: { access: access.permission('facility.write') },
      schema: {
        tags,
        summary: 'Edit a facility (naming another port moves it)',
        params: idParamsSchema,
        body: facilityUpdateSchema,
        response: { 200: facilitySchema, ...errors },
      },
    },
    async (req) => facilitiesService.update(ctx, actorOf(req), req.params.id, req.body),
  );

  app.post(
    '/facilities/:id/archive',
    {
      config: { access: access.permission('facility.write') },
      schema: {
        tags,
        summary: 'Archive a facility with a reason',
        params: idParamsSchema,
        body: facilityArchiveSchema,
        response: { 200: facilitySchema, ...errors },
      },
    },
    async (req) =>
      facilitiesService.archive(
        ctx,
        actorOf(req),
        req.params.id,
        req.body.version,
        req.body.reason,
      ),
  );

  app.post(
    '/facilities/:id/restore',
    {
      config: { access: access.permission('facility.write') },
      schema: {
        tags,
        summary: 'Bring an archived facility back',
        params: idParamsSchema,
        body: versionBodySchema,
        response: { 200: facilitySchema, ...errors },
      },
    },
    async (req) => facilitiesService.restore(ctx, actorOf(req), req.params.id, req.body.version),
  );

  app.get(
    '/facilities/:id/certifications',
    {
      config: { access: access.permission('facility.read') },
      schema: {
        tags,
        summary: "A facility's certifications, latest expiry first",
        params: idParamsSchema,
        response: { 200: z.array(certificationSchema), ...errors },
      },
    },
    async (req) => facilitiesService.certifications(ctx, actorOf(req), req.params.id),
  );

  app.post(
    '/facilities/:id/certifications',
    {
      config: { access: access.permission('facility.write') },
      schema: {
        tags,
        summary: 'Record a certification (renewals are new records)',
        params: idParamsSchema,
        body: certificationCreateSchema,
        response: { 201: certificationSchema, ...errors },
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(await facilitiesService.certify(ctx, actorOf(req), req.params.id, req.body)),
  );

  app.get(
    '/certifications/expiring',
    {
      config: { access: access.permission('facility.read') },
      schema: {
        tags,
        summary: 'Expired and expiring certifications in your scope',
        querystring: expiringQuerySchema,
        response: { 200: pageOf(expiringCertificationSchema), ...errors },
      },
    },
    async (req) => facilitiesService.expiring(ctx, actorOf(req), req.query),
  );

  app.get(
    '/certifications/expiring/export',
    {
      config: { access: access.permission('facility.read') },
      schema: {
        tags,
        summary: 'The filtered expiry board as an Excel workbook',
        querystring: expiringQuerySchema.omit({ page: true, pageSize: true }),
      },
    },
    async (req, reply) => {
      const lang = pickLang(req.headers['accept-language']);
      const rows = await facilitiesService.expiringAll(ctx, actorOf(req), req.query);
      const { named, typeName } = await exportNames(ctx, actorOf(req), lang);
      return sendWorkbook(
        reply,
        'certifications-expiring',
        lang === 'en' ? 'Expiring certifications' : '认证到期',
        [
          {
            header: { zh: '口岸', en: 'Port' },
            width: 24,
            value: (r) => named({ nameZh: r.portNameZh, nameEn: r.portNameEn }),
          },
          { header: { zh: '口岸代码', en: 'Port code' }, value: (r) => r.portCode },
          {
            header: { zh: '隶属海关', en: 'Branch' },
            width: 20,
            value: (r) => named({ nameZh: r.branchNameZh, nameEn: r.branchNameEn }),
          },
          { header: { zh: '设施类型', en: 'Type' }, width: 24, value: (r) => typeName(r.typeCode) },
          { header: { zh: '设施类型代码', en: 'Type code' }, width: 24, value: (r) => r.typeCode },
          {
            header: { zh: '功能区', en: 'Functional area' },
            width: 28,
            value: (r) => r.functionalArea,
          },
          { header: { zh: '签发单位', en: 'Issuer' }, width: 28, value: (r) => r.issuer },
          { header: { zh: '签发日期', en: 'Issued' }, value: (r) => r.issuedDate },
          { header: { zh: '到期日期', en: 'Expiry' }, value: (r) => r.expiryDate },
          { header: { zh: '剩余天数', en: 'Days left' }, value: (r) => r.daysLeft },
          {
            header: { zh: '状态', en: 'State' },
            value: (r) => CERTIFICATION_STATE_LABELS[r.state][lang],
          },
        ],
        rows,
        lang,
      );
    },
  );

  await app.register(importRoutes([facilityImport]));
};

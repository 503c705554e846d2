import { fileError } from '../../platform/files/files.errors.ts';
import type { Readable } from 'node:stream';
import type {
  Attachment,
  AttachmentKind,
  AttachmentListQuery,
} from '../../../../contracts/index.ts';
import { inTransaction, type AppContext } from '../../platform/context.ts';
import type { Actor } from '../../platform/access/actor.ts';
import { ensureAllowed } from '../../platform/access/policy.ts';
import { newId } from '../../platform/db/ids.ts';
import { notFound } from '../../platform/errors/errors.ts';
import { keepUpload, type Upload } from '../../platform/files/upload.ts';
import { facilitiesService } from '../facilities/facilities.service.ts';
import type { FacilityRow } from '../facilities/facilities.repository.ts';
import { attachmentError } from './attachments.errors.ts';
import { attachmentPolicy, canAttach } from './attachments.policy.ts';
import { attachmentSnapshot, presentAttachment } from './attachments.presenter.ts';
import {
  attachmentsRepository,
  type AttachmentOwner,
  type AttachmentRow,
} from './attachments.repository.ts';

/** Reads the request's file only once the caller is known to be allowed to attach. */
export type ReceiveUpload = () => Promise<Upload>;

async function readable(
  ctx: AppContext,
  actor: Actor,
  id: string,
): Promise<{ attachment: AttachmentRow; facility: FacilityRow }> {
  const attachment = await attachmentsRepository.findById(ctx.db, id);
  if (!attachment) throw notFound();
  const facility = await facilitiesService.readable(ctx, actor, attachment.facilityId);
  if (!attachmentPolicy.read({ actor, facility, attachment })) throw notFound();
  return { attachment, facility };
}

async function attach(
  ctx: AppContext,
  actor: Actor,
  facility: FacilityRow,
  owner: AttachmentOwner,
  kind: AttachmentKind,
  receive: ReceiveUpload,
): Promise<Attachment> {
  ensureAllowed(canAttach(actor, facility), [
    facility.archivedAt !== null,
    () => attachmentError('ATTACHMENT_FACILITY_ARCHIVED'),
  ]);
  const upload = await receive();
  const id = newId();
  try {
    await inTransaction(ctx, async (tx) => {
      const file = await keepUpload(ctx, tx, upload, actor.userId);
      const now = ctx.clock();
      await attachmentsRepository.insert(tx, {
        id,
        fileId: file.id,
        ...owner,
        kind,
        archivedAt: null,
        archivedReason: null,
        version: 1,
        createdAt: now,
        createdBy: actor.userId,
        updatedAt: now,
        updatedBy: actor.userId,
      });
      await ctx.audit.append(tx, actor, {
        action: 'attachment.create',
        entityType: 'attachment',
        entityId: id,
        after: attachmentSnapshot({
          ...owner,
          kind,
          fileId: file.id,
          fileName: file.originalName,
          mimeType: file.mime,
          size: file.size,
          hash: file.hash,
          archivedReason: null,
          version: 1,
        }),
      });
    });
  } finally {
    // Kept content has moved into the store; anything left staged (a refused write) goes.
    await upload.staged.discard();
  }
  const created = await attachmentsRepository.findById(ctx.db, id);
  if (!created) throw notFound();
  return presentAttachment(created, actor, facility);
}

export const attachmentsService = {
  async listForFacility(
    ctx: AppContext,
    actor: Actor,
    facilityId: string,
    query: AttachmentListQuery,
  ): Promise<Attachment[]> {
    const facility = await facilitiesService.readable(ctx, actor, facilityId);
    const rows = await attachmentsRepository.listOf(
      ctx.db,
      { facilityId, certificationId: null },
      query.archived === 'true',
    );
    return rows.map((r) => presentAttachment(r, actor, facility));
  },

  async listForCertification(
    ctx: AppContext,
    actor: Actor,
    certificationId: string,
    query: AttachmentListQuery,
  ): Promise<Attachment[]> {
    const { certification, facility } = await facilitiesService.readableCertification(
      ctx,
      actor,
      certificationId,
    );
    const rows = await attachmentsRepository.listOf(
      ctx.db,
      { facilityId: facility.id, certificationId: certification.id },
      query.archived === 'true',
    );
    return rows.map((r) => presentAttachment(r, actor, facility));
  },

  /** A photo or document of the facility itself. */
  async attachToFacility(
    ctx: AppContext,
    actor: Actor,
    facilityId: string,
    kind: 'photo' | 'document',
    receive: ReceiveUpload,
  ): Promise<Attachment> {
    const facility = await facilitiesService.readable(ctx, actor, facilityId);
    return attach(ctx, actor, facility, { facilityId, certificationId: null }, kind, receive);
  },

  /** The certificate document of a certification. */
  async attachToCertification(
    ctx: AppContext,
    actor: Actor,
    certificationId: string,
    receive: ReceiveUpload,
  ): Promise<Attachment> {
    const { certification, facility } = await facilitiesService.readableCertification(
      ctx,
      actor,
      certificationId,
    );
    return attach(
      ctx,
      actor,
      facility,
      { facilityId: facility.id, certificationId: certification.id },
      'certificate',
      receive,
    );
  },

  /** The stored bytes with the type recorded at upload (archived attachments stay readable: nothing is deleted). */
  async content(
    ctx: AppContext,
    actor: Actor,
    id: string,
  ): Promise<{ stream: Readable; mimeType: string; fileName: string; size: number }> {
    const { attachment } = await readable(ctx, actor, id);
    const stream = await ctx.files.open(attachment.hash);
    if (!stream) throw fileError('FILE_MISSING');
    return {
      stream,
      mimeType: attachment.mimeType,
      fileName: attachment.fileName,
      size: Number(attachment.size),
    };
  },

  async archive(
    ctx: AppContext,
    actor: Actor,
    id: string,
    version: number,
    reason: string,
  ): Promise<Attachment> {
    const { attachment, facility } = await readable(ctx, actor, id);
    ensureAllowed(attachmentPolicy.archive({ actor, facility, attachment }), [
      attachment.archivedAt !== null,
      () => attachmentError('ATTACHMENT_ARCHIVED'),
    ]);
    await inTransaction(ctx, async (tx) => {
      await attachmentsRepository.archive(tx, id, version, reason, actor.userId, ctx.clock());
      await ctx.audit.append(tx, actor, {
        action: 'attachment.archive',
        entityType: 'attachment',
        entityId: id,
        before: attachmentSnapshot(attachment),
        after: attachmentSnapshot({ ...attachment, archivedReason: reason, version: version + 1 }),
      });
    });
    const after = await attachmentsRepository.findById(ctx.db, id);
    if (!after) throw notFound();
    return presentAttachment(after, actor, facility);
  },
};

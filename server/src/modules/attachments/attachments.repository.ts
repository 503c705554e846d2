import type { Db, Tx } from '../../platform/db/database.ts';
import type { AttachmentTable } from '../../platform/db/schema.ts';
import { updateVersioned } from '../../platform/db/versioned.ts';

/** An attachment with its file's name, type, size and content hash. */
export type AttachmentRow = AttachmentTable & {
  fileName: string;
  mimeType: string;
  size: number;
  hash: string;
};

/** Attachments of a facility itself (photos, documents) or of one of its certifications. */
export type AttachmentOwner = { facilityId: string; certificationId: string | null };

function withFile(db: Db | Tx) {
  return db
    .selectFrom('attachments as a')
    .innerJoin('files as fl', 'fl.id', 'a.fileId')
    .selectAll('a')
    .select(['fl.originalName as fileName', 'fl.mime as mimeType', 'fl.size', 'fl.hash']);
}

export const attachmentsRepository = {
  findById(db: Db | Tx, id: string): Promise<AttachmentRow | undefined> {
    return withFile(db).where('a.id', '=', id).executeTakeFirst();
  },

  listOf(db: Db, owner: AttachmentOwner, archived: boolean): Promise<AttachmentRow[]> {
    let q = withFile(db).where('a.facilityId', '=', owner.facilityId);
    q =
      owner.certificationId === null
        ? q.where('a.certificationId', 'is', null)
        : q.where('a.certificationId', '=', owner.certificationId);
    q = archived ? q.where('a.archivedAt', 'is not', null) : q.where('a.archivedAt', 'is', null);
    return q.orderBy('a.createdAt', 'desc').orderBy('a.id', 'desc').execute();
  },

  async insert(tx: Tx, row: AttachmentTable): Promise<void> {
    await tx.insertInto('attachments').values(row).execute();
  },

  /** Throws STALE_VERSION when the attachment's version has moved on. */
  archive(
    tx: Tx,
    id: string,
    version: number,
    reason: string,
    actorId: string,
    now: number,
  ): Promise<AttachmentTable> {
    return updateVersioned(
      tx,
      'attachments',
      { id, version },
      { archivedAt: now, archivedReason: reason, updatedAt: now, updatedBy: actorId },
    );
  },
};

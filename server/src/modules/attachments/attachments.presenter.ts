import type { Attachment } from '../../../../contracts/index.ts';
import type { Actor } from '../../platform/access/actor.ts';
import { visibleText } from '../../platform/files/file-name.ts';
import { toIso } from '../../platform/db/values.ts';
import type { FacilitySubject } from '../facilities/facilities.policy.ts';
import { attachmentAbilities } from './attachments.policy.ts';
import type { AttachmentRow } from './attachments.repository.ts';

export const presentAttachment = (
  row: AttachmentRow,
  actor: Actor,
  facility: FacilitySubject['facility'],
): Attachment => ({
  id: row.id,
  facilityId: row.facilityId,
  certificationId: row.certificationId,
  kind: row.kind,
  fileName: row.fileName,
  mimeType: row.mimeType,
  size: Number(row.size),
  url: `/api/v1/attachments/${row.id}/content`,
  archived: row.archivedAt !== null,
  archivedReason: row.archivedReason,
  version: row.version,
  createdAt: toIso(row.createdAt),
  createdBy: row.createdBy,
  can: attachmentAbilities(actor, facility, row),
});

export const attachmentSnapshot = (
  row: Pick<
    AttachmentRow,
    | 'facilityId'
    | 'certificationId'
    | 'kind'
    | 'fileId'
    | 'fileName'
    | 'mimeType'
    | 'size'
    | 'hash'
    | 'archivedReason'
    | 'version'
  >,
) => ({
  facilityId: row.facilityId,
  certificationId: row.certificationId,
  kind: row.kind,
  fileId: row.fileId,
  fileName: row.fileName,
  mimeType: row.mimeType,
  size: Number(row.size),
  hash: row.hash,
  archivedReason: row.archivedReason,
  version: row.version,
});

/**
 * `content-disposition` for a stored name: an ASCII fallback and the UTF-8 name (RFC 6266 / 5987). Invisible
 * characters are dropped here too, so a name stored before uploads were cleaned of them cannot disguise its
 * extension in a download, and a lone surrogate cannot make encodeURIComponent throw.
 */
export function contentDisposition(stored: string): string {
  const name = visibleText(stored);
  const fallback = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
}

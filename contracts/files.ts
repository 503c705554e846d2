import { z } from 'zod';
import { abilitiesSchema, archiveBodySchema, idSchema, archivedFilterSchema } from './common.ts';

/** File types an attachment may have: each is recognised by its bytes, and its name must carry one of its extensions. */
export const FILE_TYPES = {
  pdf: { mime: 'application/pdf', extensions: ['pdf'] },
  png: { mime: 'image/png', extensions: ['png'] },
  jpeg: { mime: 'image/jpeg', extensions: ['jpg', 'jpeg'] },
  webp: { mime: 'image/webp', extensions: ['webp'] },
  xlsx: {
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extensions: ['xlsx'],
  },
  docx: {
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['docx'],
  },
} as const satisfies Record<string, { mime: string; extensions: readonly string[] }>;
export type FileType = keyof typeof FILE_TYPES;
export const FILE_TYPE_NAMES = Object.keys(FILE_TYPES) as FileType[];
/** For a file picker's `accept`. */
export const FILE_ACCEPT = FILE_TYPE_NAMES.flatMap((t) =>
  FILE_TYPES[t].extensions.map((e) => `.${e}`),
).join(',');
/** The server's default upload limit (`GUOMEN_UPLOAD_LIMIT_BYTES` changes it per deployment). */
export const UPLOAD_LIMIT_BYTES_DEFAULT = 20 * 1024 * 1024;

/** What an attachment is to its record: a facility has photos and documents, a certification its certificate. */
export const ATTACHMENT_KINDS = ['photo', 'document', 'certificate'] as const;
export const attachmentKindSchema = z.enum(ATTACHMENT_KINDS);
export type AttachmentKind = z.infer<typeof attachmentKindSchema>;
/** Kinds a facility's own attachments take (a certificate hangs off its certification). */
export const FACILITY_ATTACHMENT_KINDS = ['photo', 'document'] as const;

/** Upload to a facility: the kind is named in the query, the file is the multipart body's one part. */
export const facilityAttachmentUploadQuerySchema = z.strictObject({
  kind: z.enum(FACILITY_ATTACHMENT_KINDS),
});
export type FacilityAttachmentUploadQuery = z.infer<typeof facilityAttachmentUploadQuerySchema>;
export const attachmentListQuerySchema = z.strictObject({ archived: archivedFilterSchema });
export type AttachmentListQuery = z.infer<typeof attachmentListQuerySchema>;
export const attachmentArchiveSchema = archiveBodySchema;

export const attachmentSchema = z.object({
  id: idSchema,
  facilityId: idSchema,
  certificationId: idSchema.nullable(),
  kind: attachmentKindSchema,
  fileName: z.string(),
  mimeType: z.string(),
  size: z.number().int(),
  /** Where the browser downloads it. */
  url: z.string(),
  archived: z.boolean(),
  archivedReason: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  can: abilitiesSchema,
});
export type Attachment = z.infer<typeof attachmentSchema>;

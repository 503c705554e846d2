// Tables the platform keeps for itself: settings, the audit trail, job leases, uploaded files and the
// migrations applied. No module owns them.
import type { Generated } from 'kysely';

export type SettingTable = {
  key: string;
  value: string;
  version: number;
  updatedAt: number;
  updatedBy: string | null;
};

export type AuditLogTable = {
  seq: number;
  id: string;
  at: number;
  actorId: string | null;
  actorUsername: string | null;
  address: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  beforeJson: string | null;
  afterJson: string | null;
  prevHash: string;
  hash: string;
};

export type AuditAnchorTable = {
  id: string;
  throughSeq: number;
  throughHash: string;
  rowCount: number;
  archiveFile: string;
  archiveDigest: string;
  signature: string;
  createdAt: number;
};

export type JobLeaseTable = {
  name: string;
  holder: string | null;
  leaseUntil: number;
  lastRunAt: number | null;
};

/** One upload: the stored bytes are found by `hash` (shared by uploads of the same content). */
export type FileTable = {
  id: string;
  hash: string;
  size: number;
  mime: string;
  originalName: string;
  createdAt: number;
  createdBy: string | null;
};

export type MigrationRow = { name: string; appliedAt: Generated<number> };

// Tables of units, accounts, grants and sign-in: what access control reads on every request.
import type {
  OrgKind,
  OrgStatus,
  Role,
  UserStatus,
  WorkingGroup,
} from '../../../../../contracts/index.ts';
import type { Stamps } from './stamps.ts';

export type OrgUnitTable = Stamps & {
  id: string;
  code: string;
  kind: OrgKind;
  nameZh: string;
  nameEn: string;
  parentId: string | null;
  path: string;
  depth: number;
  status: OrgStatus;
  archivedReason: string | null;
};

export type UserTable = Stamps & {
  id: string;
  username: string;
  displayName: string;
  orgUnitId: string;
  passwordHash: string;
  passwordChangedAt: number;
  mustChangePassword: number;
  status: UserStatus;
  statusReason: string | null;
  failedLogins: number;
  lockedUntil: number | null;
  mfaSecret: string | null;
  mfaEnabled: number;
  mfaPendingSecret: string | null;
  mfaLastStep: number | null;
  lastLoginAt: number | null;
};

export type PasswordHistoryTable = {
  id: string;
  userId: string;
  passwordHash: string;
  createdAt: number;
};
export type RecoveryCodeTable = {
  id: string;
  userId: string;
  codeHash: string;
  usedAt: number | null;
  createdAt: number;
};

export type GrantTable = {
  id: string;
  userId: string;
  role: Role;
  orgUnitId: string;
  workingGroup: WorkingGroup | null;
  createdAt: number;
  createdBy: string | null;
  revokedAt: number | null;
  revokedBy: string | null;
  revokeReason: string | null;
};

export type SessionTable = {
  id: string;
  userId: string;
  csrfToken: string;
  createdAt: number;
  lastSeenAt: number;
  expiresAt: number;
  address: string | null;
  userAgent: string | null;
  revokedAt: number | null;
};

export type AddressThrottleTable = { address: string; windowStart: number; failures: number };

/** One row: bumped by triggers whenever grants or unit paths change, so sessions know their cached grants are current. */
export type AuthEpochTable = { id: number; value: number };

import type { ColumnType, Generated } from 'kysely';
import type {
  AttachmentKind,
  DesignationStatus,
  FacilityCapacityUnit,
  FacilityStatus,
  OrgKind,
  OrgStatus,
  PortClass,
  PortStatus,
  ProjectGate,
  ProjectKind,
  Role,
  SourceTag,
  TrafficUnit,
  UserStatus,
  WorkingGroup,
} from '../../../../contracts/index.ts';

/**
 * Table shapes as the code sees them (camelCase; the database uses snake_case).
 * Instants are epoch milliseconds, booleans 0/1, JSON as text: the same in both dialects,
 * converted at the repository edge. A column holding one of the contracts' enums has that enum's type:
 * nothing writes another value to it, so what is read needs no cast.
 */
type Stamps = {
  version: number;
  createdAt: number;
  createdBy: string | null;
  updatedAt: number;
  updatedBy: string | null;
};

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

export type PortTable = Stamps & {
  id: string;
  orgUnitId: string;
  modesJson: string;
  portClass: PortClass;
  provinceCode: string;
  cityCode: string;
  latitude: number | null;
  longitude: number | null;
  status: PortStatus;
  statusReason: string | null;
  openedDate: string | null;
  designCapacityJson: string;
  archivedAt: number | null;
  archivedReason: string | null;
};

export type DesignationCategoryTable = Stamps & {
  code: string;
  nameZh: string;
  nameEn: string;
  trafficUnitsJson: string;
  builtIn: number;
  source: string | null;
};

export type PortDesignationTable = Stamps & {
  id: string;
  portId: string;
  categoryCode: string;
  status: DesignationStatus;
  effectiveDate: string;
  legalBasis: string;
  reason: string | null;
};

export type DesignationHistoryTable = {
  id: string;
  designationId: string;
  portId: string;
  categoryCode: string;
  status: DesignationStatus;
  effectiveDate: string;
  legalBasis: string;
  reason: string | null;
  at: number;
  by: string | null;
};

export type TrafficTable = Stamps & {
  id: string;
  portId: string;
  categoryCode: string;
  year: number;
  month: number;
  unit: TrafficUnit;
  value: number;
};

export type FacilityTypeTable = Stamps & {
  code: string;
  nameZh: string;
  nameEn: string;
  capacityUnit: FacilityCapacityUnit;
  certificationCycleMonths: number | null;
  applicableCategoriesJson: string;
  sourceTag: SourceTag;
  source: string;
};

export type FacilityTable = Stamps & {
  id: string;
  portId: string;
  typeCode: string;
  functionalArea: string;
  quantity: number;
  capacity: number | null;
  commissionedDate: string | null;
  status: FacilityStatus;
  notes: string | null;
  archivedAt: number | null;
  archivedReason: string | null;
};

export type FacilityCertificationTable = {
  id: string;
  facilityId: string;
  issuer: string;
  issuedDate: string;
  expiryDate: string;
  documentRef: string | null;
  createdAt: number;
  createdBy: string | null;
};

export type ProjectTable = Stamps & {
  id: string;
  portId: string;
  kind: ProjectKind;
  title: string;
  categoriesJson: string;
  archivedAt: number | null;
  archivedReason: string | null;
};

export type ProjectGateTable = Stamps & {
  id: string;
  projectId: string;
  gate: ProjectGate;
  plannedDate: string | null;
  actualDate: string | null;
  documents: string | null;
  signedBy: string | null;
  signedAt: number | null;
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

export type AttachmentTable = Stamps & {
  id: string;
  fileId: string;
  facilityId: string;
  certificationId: string | null;
  kind: AttachmentKind;
  archivedAt: number | null;
  archivedReason: string | null;
};

export type RequirementCatalogTable = Stamps & {
  id: string;
  code: string;
  nameZh: string;
  nameEn: string;
  source: string;
};

export type CatalogVersionTable = Stamps & {
  id: string;
  catalogId: string;
  number: number;
  status: string;
  previousVersionId: string | null;
  removedCodesJson: string;
  publishedAt: number | null;
  publishedBy: string | null;
};

export type CatalogItemTable = Stamps & {
  id: string;
  versionId: string;
  code: string;
  aspect: string;
  titleZh: string;
  titleEn: string;
  guidanceZh: string;
  guidanceEn: string;
  basisKind: string;
  basis: string;
  importance: string;
  weight: number;
  appliesWhen: string | null;
  requiredExpr: string | null;
  measureExpr: string | null;
  evidenceGuidance: string;
  change: string | null;
  sortOrder: number;
};

export type CampaignTable = Stamps & {
  id: string;
  code: string;
  nameZh: string;
  nameEn: string;
  kind: string;
  status: string;
  catalogVersionId: string;
  deadline: string;
  portIdsJson: string;
  reviewersJson: string;
  openedAt: number | null;
  closedAt: number | null;
};

export type AssessmentTable = Stamps & {
  id: string;
  campaignId: string;
  portId: string;
  status: string;
  submittedAt: number | null;
  submittedBy: string | null;
  approvedAt: number | null;
  approvedBy: string | null;
  reopenRequestedAt: number | null;
  reopenRequestedBy: string | null;
  reopenReason: string | null;
};

export type AssessmentAspectTable = Stamps & {
  id: string;
  assessmentId: string;
  aspect: string;
  status: string;
  reviewedBy: string | null;
  reviewedAt: number | null;
  comment: string | null;
};

export type AssessmentItemTable = Stamps & {
  id: string;
  assessmentId: string;
  catalogItemId: string;
  itemCode: string;
  aspect: string;
  importance: string;
  weight: number;
  automatic: number;
  result: string | null;
  grade: string | null;
  requiredValue: number | null;
  presentValue: number | null;
  presentBool: number | null;
  explanationJson: string | null;
  errorMessage: string | null;
  naReason: string | null;
  note: string | null;
  returnComment: string | null;
  answeredBy: string | null;
  answeredAt: number | null;
  evaluatedAt: number | null;
};

export type FindingTable = Stamps & {
  id: string;
  assessmentItemId: string;
  assessmentId: string;
  campaignId: string;
  portId: string;
  itemCode: string;
  aspect: string;
  grade: string;
  resultAtFinding: string;
  status: string;
  ownerId: string | null;
  dueDate: string | null;
  priority: string;
  plan: string | null;
  progressNote: string | null;
  verifiedBy: string | null;
  verifiedAt: number | null;
  reviewComment: string | null;
};

export type StandardsEvidenceTable = Stamps & {
  id: string;
  fileId: string;
  assessmentItemId: string | null;
  findingId: string | null;
  archivedAt: number | null;
};

/** One row: bumped by triggers whenever grants or unit paths change, so sessions know their cached grants are current. */
export type AuthEpochTable = { id: number; value: number };

export type MigrationRow = { name: string; appliedAt: Generated<number> };

/** Text for an enum column's value, keeping its null where the column is nullable. */
type Text<V> = V extends string ? string : V;

/**
 * A table as the database holds it: an enum column reads as its enum, and takes text when written, as every
 * row built from plain strings (migrations, fixtures) is; the repositories' signatures take the typed row.
 */
type Stored<Row> = {
  [K in keyof Row]: [NonNullable<Row[K]>] extends [string]
    ? string extends NonNullable<Row[K]>
      ? Row[K]
      : ColumnType<Row[K], Text<Row[K]>, Text<Row[K]>>
    : Row[K];
};

export type DB = {
  orgUnits: Stored<OrgUnitTable>;
  users: Stored<UserTable>;
  passwordHistory: Stored<PasswordHistoryTable>;
  recoveryCodes: Stored<RecoveryCodeTable>;
  grants: Stored<GrantTable>;
  sessions: Stored<SessionTable>;
  addressThrottle: Stored<AddressThrottleTable>;
  authEpoch: Stored<AuthEpochTable>;
  settings: Stored<SettingTable>;
  auditLog: Stored<AuditLogTable>;
  auditAnchors: Stored<AuditAnchorTable>;
  jobLeases: Stored<JobLeaseTable>;
  ports: Stored<PortTable>;
  designationCategories: Stored<DesignationCategoryTable>;
  portDesignations: Stored<PortDesignationTable>;
  designationHistory: Stored<DesignationHistoryTable>;
  traffic: Stored<TrafficTable>;
  facilityTypes: Stored<FacilityTypeTable>;
  facilities: Stored<FacilityTable>;
  facilityCertifications: Stored<FacilityCertificationTable>;
  projects: Stored<ProjectTable>;
  projectGates: Stored<ProjectGateTable>;
  files: Stored<FileTable>;
  attachments: Stored<AttachmentTable>;
  requirementCatalogs: Stored<RequirementCatalogTable>;
  catalogVersions: Stored<CatalogVersionTable>;
  catalogItems: Stored<CatalogItemTable>;
  campaigns: Stored<CampaignTable>;
  assessments: Stored<AssessmentTable>;
  assessmentAspects: Stored<AssessmentAspectTable>;
  assessmentItems: Stored<AssessmentItemTable>;
  findings: Stored<FindingTable>;
  standardsEvidence: Stored<StandardsEvidenceTable>;
};

import type { Generated } from 'kysely';

/**
 * Table shapes as the code sees them (camelCase; the database uses snake_case).
 * Instants are epoch milliseconds, booleans 0/1, JSON as text: the same in both dialects,
 * converted at the repository edge.
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
  kind: string;
  nameZh: string;
  nameEn: string;
  parentId: string | null;
  path: string;
  depth: number;
  status: string;
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
  status: string;
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
  role: string;
  orgUnitId: string;
  workingGroup: string | null;
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
  portClass: string;
  provinceCode: string;
  cityCode: string;
  latitude: number | null;
  longitude: number | null;
  status: string;
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
  status: string;
  effectiveDate: string;
  legalBasis: string;
  reason: string | null;
};

export type DesignationHistoryTable = {
  id: string;
  designationId: string;
  portId: string;
  categoryCode: string;
  status: string;
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
  unit: string;
  value: number;
};

export type FacilityTypeTable = Stamps & {
  code: string;
  nameZh: string;
  nameEn: string;
  capacityUnit: string;
  certificationCycleMonths: number | null;
  applicableCategoriesJson: string;
  sourceTag: string;
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
  status: string;
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
  kind: string;
  title: string;
  categoriesJson: string;
  archivedAt: number | null;
  archivedReason: string | null;
};

export type ProjectGateTable = Stamps & {
  id: string;
  projectId: string;
  gate: string;
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
  kind: string;
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

export type DB = {
  orgUnits: OrgUnitTable;
  users: UserTable;
  passwordHistory: PasswordHistoryTable;
  recoveryCodes: RecoveryCodeTable;
  grants: GrantTable;
  sessions: SessionTable;
  addressThrottle: AddressThrottleTable;
  authEpoch: AuthEpochTable;
  settings: SettingTable;
  auditLog: AuditLogTable;
  auditAnchors: AuditAnchorTable;
  jobLeases: JobLeaseTable;
  ports: PortTable;
  designationCategories: DesignationCategoryTable;
  portDesignations: PortDesignationTable;
  designationHistory: DesignationHistoryTable;
  traffic: TrafficTable;
  facilityTypes: FacilityTypeTable;
  facilities: FacilityTable;
  facilityCertifications: FacilityCertificationTable;
  projects: ProjectTable;
  projectGates: ProjectGateTable;
  files: FileTable;
  attachments: AttachmentTable;
  requirementCatalogs: RequirementCatalogTable;
  catalogVersions: CatalogVersionTable;
  catalogItems: CatalogItemTable;
  campaigns: CampaignTable;
  assessments: AssessmentTable;
  assessmentAspects: AssessmentAspectTable;
  assessmentItems: AssessmentItemTable;
  findings: FindingTable;
  standardsEvidence: StandardsEvidenceTable;
};

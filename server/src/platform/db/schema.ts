// The database as Kysely sees it. Table shapes are as the code sees them (camelCase; the database uses
// snake_case). Instants are epoch milliseconds, booleans 0/1, JSON as text: the same in both dialects,
// converted at the repository edge. A column holding one of the contracts' enums has that enum's type:
// nothing writes another value to it, so what is read needs no cast.
//
// The shapes live in tables/, one file per area, so that no one file has to hold every table; this file
// assembles them into `DB` and re-exports them, so every table type is still imported from here.
import type { ColumnType } from 'kysely';
import type {
  AddressThrottleTable,
  AuthEpochTable,
  GrantTable,
  OrgUnitTable,
  PasswordHistoryTable,
  RecoveryCodeTable,
  SessionTable,
  UserTable,
} from './tables/access.ts';
import type {
  AuditAnchorTable,
  AuditLogTable,
  FileTable,
  JobLeaseTable,
  SettingTable,
} from './tables/platform.ts';
import type {
  AttachmentTable,
  DesignationCategoryTable,
  DesignationHistoryTable,
  FacilityCertificationTable,
  FacilityTable,
  FacilityTypeTable,
  PortDesignationTable,
  PortTable,
  ProjectGateTable,
  ProjectTable,
  TrafficTable,
} from './tables/ports.ts';
import type {
  AssessmentAspectTable,
  AssessmentItemTable,
  AssessmentTable,
  CampaignTable,
  CatalogItemTable,
  CatalogVersionTable,
  FindingTable,
  RequirementCatalogTable,
  StandardsEvidenceTable,
} from './tables/standards.ts';
import type { TaskTable } from './tables/work.ts';
import type {
  MailOutboxTable,
  NotificationSettingTable,
  NotificationTable,
} from './tables/notifications.ts';

export type * from './tables/access.ts';
export type * from './tables/platform.ts';
export type * from './tables/ports.ts';
export type * from './tables/standards.ts';
export type * from './tables/work.ts';
export type * from './tables/notifications.ts';

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
  tasks: Stored<TaskTable>;
  notificationSettings: Stored<NotificationSettingTable>;
  notifications: Stored<NotificationTable>;
  mailOutbox: Stored<MailOutboxTable>;
};

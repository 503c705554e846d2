// Tables of the standards work: requirement catalogs and their versions, campaigns, assessments,
// findings and their evidence.
import type { Stamps } from './stamps.ts';

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

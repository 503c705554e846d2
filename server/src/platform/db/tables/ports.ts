// Tables of the port register: ports, designations, traffic, facilities, projects and the files
// attached to facilities.
import type {
  AttachmentKind,
  DesignationStatus,
  FacilityCapacityUnit,
  FacilityStatus,
  PlaceKind,
  PlaceType,
  PortClass,
  PortStatus,
  ProjectGate,
  ProjectKind,
  SourceTag,
  TrafficUnit,
} from '../../../../../contracts/index.ts';
import type { Stamps } from './stamps.ts';

export type PortTable = Stamps & {
  id: string;
  orgUnitId: string;
  placeKind: PlaceKind;
  placeType: PlaceType | null;
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

export type AttachmentTable = Stamps & {
  id: string;
  fileId: string;
  facilityId: string;
  certificationId: string | null;
  kind: AttachmentKind;
  archivedAt: number | null;
  archivedReason: string | null;
};

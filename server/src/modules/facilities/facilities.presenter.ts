import type {
  Certification,
  CertificationState,
  ExpiringCertification,
  Facility,
  FacilityType,
} from '../../../../contracts/index.ts';
import { CERTIFICATION_EXPIRING_DAYS } from '../../../../contracts/index.ts';
import type { Actor } from '../../platform/access/actor.ts';
import { readJson, toIso } from '../../platform/db/values.ts';
import { addDays, daysBetween } from '../../platform/dates.ts';
import { facilityAbilities, referencePolicy } from './facilities.policy.ts';
import type {
  CertificationRow,
  ExpiringRow,
  FacilityRow,
  FacilityTypeRow,
} from './facilities.repository.ts';

/** Whether a facility's required certification holds on `today`: a type without a cycle needs none. */
export function certificationState(
  cycleMonths: number | null,
  latestExpiry: string | null,
  today: string,
): CertificationState {
  if (cycleMonths === null) return 'not_required';
  if (latestExpiry === null) return 'missing';
  if (latestExpiry < today) return 'expired';
  return latestExpiry <= addDays(today, CERTIFICATION_EXPIRING_DAYS) ? 'expiring' : 'valid';
}

export function presentFacility(row: FacilityRow, actor: Actor, today: string): Facility {
  return {
    id: row.id,
    portId: row.portId,
    portCode: row.portCode,
    portNameZh: row.portNameZh,
    portNameEn: row.portNameEn,
    typeCode: row.typeCode,
    functionalArea: row.functionalArea,
    quantity: row.quantity,
    capacity: row.capacity,
    commissionedDate: row.commissionedDate,
    status: row.status,
    notes: row.notes,
    certificationExpiry: row.certificationExpiry,
    certificationState: certificationState(
      row.certificationCycleMonths,
      row.certificationExpiry,
      today,
    ),
    archived: row.archivedAt !== null,
    archivedReason: row.archivedReason,
    version: row.version,
    createdAt: toIso(row.createdAt),
    updatedAt: toIso(row.updatedAt),
    can: facilityAbilities(actor, { ...row }),
  };
}

export const facilitySnapshot = (
  row: Pick<
    FacilityRow,
    | 'portId'
    | 'typeCode'
    | 'functionalArea'
    | 'quantity'
    | 'capacity'
    | 'commissionedDate'
    | 'status'
    | 'notes'
    | 'archivedReason'
    | 'version'
  >,
) => ({
  portId: row.portId,
  typeCode: row.typeCode,
  functionalArea: row.functionalArea,
  quantity: row.quantity,
  capacity: row.capacity,
  commissionedDate: row.commissionedDate,
  status: row.status,
  notes: row.notes,
  archivedReason: row.archivedReason,
  version: row.version,
});

export const presentCertification = (row: CertificationRow): Certification => ({
  id: row.id,
  facilityId: row.facilityId,
  issuer: row.issuer,
  issuedDate: row.issuedDate,
  expiryDate: row.expiryDate,
  documentRef: row.documentRef,
  createdAt: toIso(row.createdAt),
});

export const presentFacilityType = (row: FacilityTypeRow, actor: Actor): FacilityType => ({
  code: row.code,
  nameZh: row.nameZh,
  nameEn: row.nameEn,
  capacityUnit: row.capacityUnit,
  certificationCycleMonths: row.certificationCycleMonths,
  applicableCategories: readJson(row.applicableCategoriesJson) as string[],
  sourceTag: row.sourceTag,
  source: row.source,
  version: row.version,
  can: { update: referencePolicy.write(actor) },
});

/** A row of the expiry board, counted in days from `today`. */
export function presentExpiring(row: ExpiringRow, today: string): ExpiringCertification {
  const daysLeft = daysBetween(today, row.expiryDate);
  return {
    ...row,
    branchId: row.branchId ?? '',
    daysLeft,
    state: daysLeft < 0 ? 'expired' : 'expiring',
  };
}

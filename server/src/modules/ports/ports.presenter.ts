import {
  DESIGNATION_TRANSITIONS,
  type Designation,
  type DesignationCategory,
  type DesignationHistoryEntry,
  type Port,
  type PortMode,
  type TrafficEntry,
  type TrafficUnit,
} from '../../../../contracts/index.ts';
import type { Actor } from '../../platform/access/actor.ts';
import { readJson, toIso } from '../../platform/db/values.ts';
import type { DesignationHistoryTable } from '../../platform/db/schema.ts';
import { portAbilities, portPolicy } from './ports.policy.ts';
import type { CategoryRow, DesignationRow, PortRow, TrafficRow } from './ports.repository.ts';

export const portModesOf = (row: Pick<PortRow, 'modesJson'>) =>
  readJson(row.modesJson) as PortMode[];
export const designCapacityOf = (row: Pick<PortRow, 'designCapacityJson'>) =>
  readJson(row.designCapacityJson) as Port['designCapacity'];

/** The fields of a port that leave the server (never its org path), with what the caller may do. */
export function presentPort(
  row: PortRow,
  designations: readonly DesignationRow[],
  actor: Actor,
): Port {
  return {
    id: row.id,
    orgUnitId: row.orgUnitId,
    code: row.code,
    nameZh: row.nameZh,
    nameEn: row.nameEn,
    branchId: row.branchId,
    branchCode: row.branchCode,
    branchNameZh: row.branchNameZh,
    branchNameEn: row.branchNameEn,
    placeKind: row.placeKind,
    placeType: row.placeType,
    modes: portModesOf(row),
    portClass: row.portClass,
    provinceCode: row.provinceCode,
    cityCode: row.cityCode,
    latitude: row.latitude,
    longitude: row.longitude,
    status: row.status,
    statusReason: row.statusReason,
    openedDate: row.openedDate,
    designCapacity: designCapacityOf(row),
    categories: designations.map((d) => ({
      code: d.categoryCode,
      status: d.status,
    })),
    archived: row.archivedAt !== null,
    archivedReason: row.archivedReason,
    version: row.version,
    createdAt: toIso(row.createdAt),
    updatedAt: toIso(row.updatedAt),
    can: portAbilities(actor, row),
  };
}

export const portSnapshot = (row: PortRow) => ({
  code: row.code,
  nameZh: row.nameZh,
  nameEn: row.nameEn,
  branchId: row.branchId,
  placeKind: row.placeKind,
  placeType: row.placeType,
  modes: portModesOf(row),
  portClass: row.portClass,
  provinceCode: row.provinceCode,
  cityCode: row.cityCode,
  latitude: row.latitude,
  longitude: row.longitude,
  status: row.status,
  statusReason: row.statusReason,
  openedDate: row.openedDate,
  designCapacity: designCapacityOf(row),
  archivedReason: row.archivedReason,
  version: row.version,
});

export function presentDesignation(row: DesignationRow, port: PortRow, actor: Actor): Designation {
  const live = portPolicy.designate({ actor, port });
  const next = DESIGNATION_TRANSITIONS[row.status];
  return {
    id: row.id,
    portId: row.portId,
    categoryCode: row.categoryCode,
    status: row.status,
    effectiveDate: row.effectiveDate,
    legalBasis: row.legalBasis,
    reason: row.reason,
    version: row.version,
    updatedAt: toIso(row.updatedAt),
    can: {
      suspend: live && next.includes('suspended'),
      withdraw: live && next.includes('withdrawn'),
      reinstate: live && next.includes('approved'),
    },
  };
}

export const designationSnapshot = (row: DesignationRow) => ({
  portId: row.portId,
  categoryCode: row.categoryCode,
  status: row.status,
  effectiveDate: row.effectiveDate,
  legalBasis: row.legalBasis,
  reason: row.reason,
  version: row.version,
});

export const presentHistory = (row: DesignationHistoryTable): DesignationHistoryEntry => ({
  id: row.id,
  designationId: row.designationId,
  categoryCode: row.categoryCode,
  status: row.status,
  effectiveDate: row.effectiveDate,
  legalBasis: row.legalBasis,
  reason: row.reason,
  at: toIso(row.at),
  by: row.by,
});

export const presentCategory = (row: CategoryRow): DesignationCategory => ({
  code: row.code,
  nameZh: row.nameZh,
  nameEn: row.nameEn,
  trafficUnits: readJson(row.trafficUnitsJson) as TrafficUnit[],
  builtIn: row.builtIn === 1,
  source: row.source,
});

export function presentTraffic(row: TrafficRow, port: PortRow, actor: Actor): TrafficEntry {
  return {
    id: row.id,
    portId: row.portId,
    categoryCode: row.categoryCode,
    year: row.year,
    month: row.month === 0 ? null : row.month,
    unit: row.unit,
    value: row.value,
    version: row.version,
    can: { update: portPolicy.recordTraffic({ actor, port }) },
  };
}
